package io.mopstudio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.yaml.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document over the size limit is refused before it is parsed, naming the limit (too big for a fixture file). */
class OversizedMopTest {

    @TempDir
    Path temp;

    @Test
    void aHugeFileIsRefusedFastNamingTheLimit() throws Exception {
        Path file = temp.resolve("huge.yaml");
        Files.writeString(file, "mop_id: X\nx-padding: \"" + "a".repeat(20 * 1024 * 1024) + "\"\n");
        MopValidator validator = new MopValidator(new ValidationContexts().bundled().valid().orElseThrow());

        Validation validation = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> validator.validate(file));

        assertEquals(1, validation.problems().size(), validation.problems().toString());
        Problem problem = validation.problems().get(0);
        assertEquals("yaml.too_large", problem.rule());
        assertTrue(problem.message().contains("3 MiB"), problem.message());
        assertEquals(1, problem.position().line());
    }

    @Test
    void textJustOverTheLimitIsRefusedToo() {
        String text = "mop_id: X\nx-padding: \"" + "a".repeat(3 * 1024 * 1024) + "\"\n";
        MopValidator validator = new MopValidator(new ValidationContexts().bundled().valid().orElseThrow());
        assertEquals("yaml.too_large", validator.validate(text, "big.yaml").problems().get(0).rule());
    }
}
