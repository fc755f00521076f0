package io.mopstudio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.testing.ValidMops;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every valid fixture and sample passes the full validation with no finding at all, not even a warning. */
class ValidMopsValidateTest {

    private static final MopValidator BUNDLED = new MopValidator(
            new ValidationContexts().bundled().valid().orElseThrow());

    static Stream<Path> validMops() throws Exception {
        return ValidMops.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMops")
    void validatesWithoutFindings(Path file) {
        Validation validation = BUNDLED.validate(file);
        assertEquals(List.of(), validation.problems());
        assertTrue(validation.valid().isPresent());
    }

    @Test
    void theSampleIsValidInTheDemoEnvironmentToo() {
        ValidationContext demo = new ValidationContexts().forEnvironment("demo").valid().orElseThrow();
        Validation validation = new MopValidator(demo).validate(ValidMops.SAMPLE);
        assertEquals(List.of(), validation.problems());
    }
}
