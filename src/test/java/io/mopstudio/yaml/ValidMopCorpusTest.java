package io.mopstudio.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.Check;
import io.mopstudio.model.Mop;
import io.mopstudio.model.OnFailure;
import io.mopstudio.model.Step;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in {@code mops/valid/} and {@code sample-mops/} loads with no problem at all, not even a warning. */
class ValidMopCorpusTest {

    static Stream<Path> validMops() throws IOException, URISyntaxException {
        Path dir = Path.of(ValidMopCorpusTest.class.getResource("/mops/valid").toURI());
        try (Stream<Path> fixtures = Files.list(dir); Stream<Path> samples = Files.list(Path.of("sample-mops"))) {
            List<Path> files = Stream.concat(fixtures, samples).filter(p -> p.toString().endsWith(".yaml"))
                    .sorted().toList();
            assertTrue(files.size() >= 8, "the valid corpus is missing: " + files);
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMops")
    void loadsWithoutProblems(Path file) {
        LoadResult<Mop> result = new MopLoader().load(file).result();
        assertEquals(List.of(), result.problems());
        assertTrue(result.valid().isPresent());
    }

    private static Mop load(String name) throws URISyntaxException {
        Path file = Path.of(ValidMopCorpusTest.class.getResource("/mops/valid/" + name).toURI());
        return new MopLoader().load(file).result().valid().orElseThrow();
    }

    @Test
    void teamMetadataKeysAreAcceptedButAreNotParameters() throws Exception {
        Mop mop = load("team-metadata.yaml");
        assertEquals(Map.of("target", "{{ incident.affected_resource }}.replica"),
                mop.preChecks().get(0).check().params());
        assertEquals(Map.of("threshold_ms", 50L), mop.validation().get(0).params());
        assertEquals(Map.of("graceful_timeout", "15s"), mop.executionGraph().get(0).params());
    }

    @Test
    void mergeKeysBringTheAnchoredParametersAndLetLocalOnesWin() throws Exception {
        Mop mop = load("anchors-and-merge-keys.yaml");
        assertEquals(Map.of("initial_size", 20L, "target", "orders-db"), mop.executionGraph().get(0).params());
        assertEquals(Map.of("initial_size", 20L, "target", "orders-db.replica"), mop.executionGraph().get(1).params());
    }

    @Test
    void repeatedChecksGetTheirOwnNodeIds() throws Exception {
        Mop mop = load("repeated-checks.yaml");
        assertEquals(List.of("service_health_probe", "service_health_probe#2"),
                mop.validation().stream().map(Check::nodeId).toList());
        assertEquals(Map.of("endpoint", "{{ incident.affected_resource }}/ready"), mop.validation().get(1).params());
    }

    @Test
    void onFailureIsReadWhateverItsCaseAndDefaultsToRollback() throws Exception {
        Mop mop = load("diamond-dependencies.yaml");
        assertEquals(List.of(OnFailure.ROLLBACK, OnFailure.ABORT, OnFailure.ROLLBACK, OnFailure.ROLLBACK),
                mop.executionGraph().stream().map(Step::onFailure).toList());
        assertEquals(List.of("restart_primary", "restart_replica"), mop.executionGraph().get(3).dependsOn());
    }

    @Test
    void templatesInsidePlainTextStayText() throws Exception {
        Map<String, Object> params = load("templates-in-text.yaml").executionGraph().get(0).params();
        assertEquals("http://chat.example/hooks/{{ env.channel }}", params.get("url"));
        assertEquals(List.of(200L, 204L), params.get("expect_status"));
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkKeepLinesRight() throws Exception {
        Mop mop = load("windows-bom-crlf.yaml");
        assertEquals("MOP-106", mop.mopId());
        assertEquals("Windows-edited MOP", mop.name());
        assertEquals(List.of(6, 8), mop.executionGraph().stream().map(s -> s.position().line()).toList());
    }
}
