package io.mopstudio.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.catalog.CatalogLoader;
import io.mopstudio.yaml.ExpectedProblems;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.PlainMessages;
import io.mopstudio.yaml.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnvironmentLoaderTest {

    private final EnvironmentLoader loader = new EnvironmentLoader();

    @Test
    void theDemoEnvironmentShipsAndLoads() {
        assertTrue(loader.bundledNames().contains("demo"), loader.bundledNames().toString());
        LoadResult<Environment> result = loader.load("demo");
        assertEquals(List.of(), result.problems());
        Environment demo = result.valid().orElseThrow();

        assertEquals("demo", demo.name());
        assertTrue(demo.demo());
        assertEquals("connection-pool-http", demo.catalog());
        assertEquals(Optional.of(8787), demo.labPort());
        assertEquals(Map.of("pool_size_default", 20L), demo.variables());
        assertEquals(Set.of("orders-db", "billing-db", "ledger-db", "search-db"), demo.inventory().names());
        assertEquals("{{ lab.url }}/resources/orders-db", demo.inventory().resources().get("orders-db").get("url"));
        assertEquals(new ValidationSettings(Duration.ofSeconds(3), Duration.ofMillis(500), Duration.ofSeconds(60)),
                demo.validation());
        assertEquals("bundled:environments/demo.yaml", demo.source());
    }

    @Test
    void everyBundledEnvironmentLoadsAndNamesABundledCatalog() {
        for (String name : loader.bundledNames()) {
            Environment env = loader.load(name).valid().orElseThrow(() -> new AssertionError(name));
            assertEquals(List.of(), new CatalogLoader().load(env.catalog(), Optional.empty()).problems(), name);
        }
    }

    @Test
    void anUnknownNameListsTheBundledOnes() {
        LoadResult<Environment> result = loader.load("prod");
        assertTrue(result.value().isEmpty());
        assertEquals(1, result.problems().size());
        Problem problem = result.problems().get(0);
        assertEquals("environment.unreadable", problem.rule());
        assertEquals("no environment 'prod': not a file, and not a bundled environment (demo)", problem.message());
        PlainMessages.assertPlain(problem.message());
    }

    @Test
    void anEnvironmentFileLoadsByPath() throws Exception {
        Path file = Path.of(getClass().getResource("/environments-valid/staging.yaml").toURI());
        LoadResult<Environment> result = loader.load(file.toString());
        assertEquals(List.of(), result.problems());
        Environment staging = result.valid().orElseThrow();

        assertEquals("staging", staging.name());
        assertEquals(false, staging.demo());
        assertEquals(Optional.empty(), staging.labPort());
        assertEquals(file.toString(), staging.source());
        assertEquals(Map.of("pool_size_default", 30L, "oncall", Map.of("team", "dba", "channel", "#dba-oncall")),
                staging.variables());
        assertEquals(List.of("orders-db", "orders-db.replica", "billing-db"), List.copyOf(staging.inventory().names()));
        assertEquals(new ValidationSettings(Duration.ofMinutes(2), Duration.ofSeconds(15), Duration.ofMinutes(90)),
                staging.validation());
    }

    @Test
    void validationSettingsDefaultWhenNotGiven() {
        Environment env = loader.parse("environment: bare\ncatalog: primitives\n", "bare.yaml").valid().orElseThrow();
        assertEquals(ValidationSettings.defaults(), env.validation());
        assertEquals(new ValidationSettings(Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofMinutes(10)),
                env.validation());
        assertEquals(Set.of(), env.inventory().names());
    }

    static Stream<Path> brokenEnvironments() throws IOException, URISyntaxException {
        return ExpectedProblems.corpus("/environments-invalid", 8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEnvironments")
    void aBrokenEnvironmentGivesPositionedProblems(Path file) throws IOException {
        LoadResult<Environment> result = loader.load(file.toString());
        ExpectedProblems.of(file).assertMatch(result.problems());
        assertTrue(result.valid().isEmpty());
    }
}
