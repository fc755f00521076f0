package io.mopstudio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.mopstudio.testing.ValidMops;
import io.mopstudio.yaml.ExpectedProblems;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The published schema ({@code resources/schema/mop.schema.json}) agrees with the loader: it accepts
 * every valid MOP and rejects every invalid fixture whose mistake is one of structure alone.
 */
class MopSchemaTest {

    /** Rules a JSON Schema can express; the others need the catalog, the graph or the YAML text. */
    private static final Set<String> STRUCTURAL = Set.of("structure.type", "structure.required",
            "structure.unknown_key", "structure.on_failure", "structure.step_id", "structure.duration",
            "structure.blast_radius", "structure.input_type", "structure.snapshot_source", "structure.retries");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = MopSchemaTest.class.getClassLoader().getResourceAsStream("schema/mop.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    /** YAML as editors' language servers see it: the data, anchors and merge keys resolved. */
    private static Set<ValidationMessage> validate(Path file) throws Exception {
        Object data = new Yaml().load(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        JsonNode json = JSON.valueToTree(data);
        return schema.validate(json);
    }

    static Stream<Path> validMops() throws Exception {
        return ValidMops.all().stream();
    }

    static Stream<Path> structuralMistakes() throws Exception {
        List<Path> files = ExpectedProblems.corpus("/mops/invalid", 60).filter(file -> {
            try {
                List<ExpectedProblems.Expected> errors = ExpectedProblems.of(file).expected();
                return !errors.isEmpty() && errors.stream().allMatch(e -> STRUCTURAL.contains(e.rule()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertTrue(files.size() >= 25, "structural fixtures: " + files.size());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMops")
    void acceptsEveryValidMop(Path file) throws Exception {
        assertEquals(Set.of(), validate(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralMistakes")
    void rejectsEveryStructuralMistake(Path file) throws Exception {
        assertFalse(validate(file).isEmpty(), "the schema accepted " + file);
    }

    @Test
    void isPublishedBesideTheCatalogs() {
        assertTrue(Files.isRegularFile(Path.of("resources", "schema", "mop.schema.json")));
    }
}
