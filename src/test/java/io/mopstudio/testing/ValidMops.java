package io.mopstudio.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The valid corpus: every fixture in {@code mops/valid/} and every shipped sample in {@code sample-mops/}. */
public final class ValidMops {

    public static final Path SAMPLE = Path.of("sample-mops", "MOP-284-db-connection-pool-recovery.yaml");

    private ValidMops() {
    }

    public static List<Path> all() throws IOException, URISyntaxException {
        Path dir = Path.of(ValidMops.class.getResource("/mops/valid").toURI());
        try (Stream<Path> fixtures = Files.list(dir); Stream<Path> samples = Files.list(Path.of("sample-mops"))) {
            List<Path> files = Stream.concat(fixtures, samples).filter(p -> p.toString().endsWith(".yaml"))
                    .sorted().toList();
            assertTrue(files.size() >= 8, "the valid corpus is missing: " + files);
            return files;
        }
    }
}
