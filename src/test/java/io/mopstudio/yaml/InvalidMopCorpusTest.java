package io.mopstudio.yaml;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in {@code mops/invalid/} gives exactly the problems its header states, and no runnable MOP. */
class InvalidMopCorpusTest {

    /** No invalid file, however hostile, may keep the loader busy for long. */
    private static final Duration QUICKLY = Duration.ofSeconds(2);

    static Stream<Path> invalidMops() throws IOException, URISyntaxException {
        return ExpectedProblems.corpus("/mops/invalid", 27);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMops")
    void reportsExactlyTheExpectedProblems(Path file) throws IOException {
        ExpectedProblems expected = ExpectedProblems.of(file);

        MopLoader.Loaded loaded = assertTimeoutPreemptively(QUICKLY, () -> new MopLoader().load(file));

        expected.assertMatch(loaded.result().problems());
        assertTrue(loaded.result().valid().isEmpty(), "an invalid MOP must not be offered for running");
    }
}
