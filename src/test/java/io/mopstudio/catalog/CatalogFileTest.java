package io.mopstudio.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.yaml.ExpectedProblems;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.PlainMessages;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Catalogs given by path: a team's own, and broken ones from {@code catalogs-invalid/}. */
class CatalogFileTest {

    static Stream<Path> brokenCatalogs() throws IOException, URISyntaxException {
        return ExpectedProblems.corpus("/catalogs-invalid", 10);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CatalogFileTest.class.getResource(name).toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCatalogs")
    void aBrokenCatalogGivesPositionedProblems(Path file) throws IOException {
        LoadResult<Catalog> result = new CatalogLoader().load(file.toString(), Optional.empty());
        ExpectedProblems.of(file).assertMatch(result.problems());
        assertTrue(result.valid().isEmpty());
    }

    @Test
    void aTeamsCatalogLoadsByPathWithThePrimitivesAdded() throws Exception {
        Path file = fixture("/catalogs-valid/site-restarts.yaml");
        LoadResult<Catalog> result = new CatalogLoader().load(file.toString(), Optional.empty());
        assertEquals(List.of(), result.problems());
        Catalog catalog = result.valid().orElseThrow();
        assertEquals("site-restarts", catalog.name());
        assertEquals(List.of("service.restart", "shell.run", "http.request"),
                List.copyOf(catalog.actionNames()).subList(0, 3), "its own entries first, then the primitives");
        assertEquals(List.of("unit_active", "shell.run", "http.request"), List.copyOf(catalog.checkNames()).subList(0, 3));
        CatalogEntry restart = catalog.action("service.restart").orElseThrow();
        assertEquals(Map.of("command", List.of("systemctl", "restart", "{{ params.service }}"),
                "timeout", "{{ params.timeout }}"), restart.call().params().orElseThrow());
        assertEquals(file + ":6:5", restart.position().toString());
    }

    @Test
    void aRelativePathIsResolvedAgainstTheGivenFolder() throws Exception {
        Path folder = fixture("/catalogs-valid");
        LoadResult<Catalog> result = new CatalogLoader().load("site-restarts.yaml", Optional.of(folder));
        assertEquals("site-restarts", result.valid().orElseThrow().name());
    }

    @Test
    void aMissingCatalogFileIsAPlainProblem(@TempDir Path dir) {
        LoadResult<Catalog> result = new CatalogLoader().load("team.yaml", Optional.of(dir));
        assertTrue(result.value().isEmpty());
        assertEquals("catalog.unreadable", result.problems().get(0).rule());
        assertTrue(result.problems().get(0).message().contains(dir.resolve("team.yaml").toString()));
        PlainMessages.assertPlain(result.problems().get(0).message());
    }

    /** In Turkish, "ACTION".toLowerCase() is "actıon" with a dotless i. */
    @Test
    void messagesDoNotDependOnTheWorkstationsLanguage() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Path file = fixture("/catalogs-invalid/entry-not-a-mapping.yaml");
            LoadResult<Catalog> result = new CatalogLoader().load(file.toString(), Optional.empty());
            assertEquals("action 'service.restart' must be a mapping of keys to values",
                    result.problems().get(0).message());
        } finally {
            Locale.setDefault(before);
        }
    }
}
