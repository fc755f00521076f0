package io.mopstudio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.yaml.ExpectedProblems;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code mops/invalid/} gives exactly the findings its header states, checked as
 * {@code mop-studio validate} checks it (the bundled catalogs, no environment): an error file is
 * never offered for running, a warning-only file is, with its warnings.
 */
class InvalidMopCorpusTest {

    /** No invalid file, however hostile, may keep the validator busy for long. */
    private static final Duration QUICKLY = Duration.ofSeconds(2);

    private static final MopValidator VALIDATOR = new MopValidator(
            new ValidationContexts().bundled().valid().orElseThrow());

    /** The first validation loads and compiles the validator's classes: not what the bound is about. */
    @BeforeAll
    static void warmUp() {
        VALIDATOR.validate(Path.of("sample-mops/MOP-284-db-connection-pool-recovery.yaml"));
    }

    static Stream<Path> invalidMops() throws IOException, URISyntaxException {
        return ExpectedProblems.corpus("/mops/invalid", 60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMops")
    void reportsExactlyTheExpectedFindings(Path file) throws IOException {
        ExpectedProblems expected = ExpectedProblems.of(file);

        Validation validation = assertTimeoutPreemptively(QUICKLY, () -> VALIDATOR.validate(file));

        expected.assertMatch(validation.problems());
        if (expected.expected().isEmpty()) {
            assertTrue(validation.valid().isPresent(), "warnings alone must not stop a run");
        } else {
            assertEquals(java.util.Optional.empty(), validation.valid(), "an invalid MOP must not be offered for running");
        }
    }
}
