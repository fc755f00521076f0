package io.mopstudio.cli;

import static io.mopstudio.cli.CliRunTest.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.testing.ValidMops;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mop-studio set} in-process: minimal writes, refusals that leave the file alone. */
class SetCommandTest {

    @TempDir
    Path temp;

    private Path copyOfSample() throws Exception {
        Path file = temp.resolve("MOP-284.yaml");
        Files.copy(ValidMops.SAMPLE, file);
        return file;
    }

    @Test
    void setsOneValueAndTouchesNothingElse() throws Exception {
        Path file = copyOfSample();
        CliRunTest.Outcome outcome = cli("set", file.toString(), "validation.connection_wait_time.threshold_ms", "75");
        assertEquals(0, outcome.code(), outcome.err());
        assertEquals(Files.readString(ValidMops.SAMPLE).replace("threshold_ms: 50", "threshold_ms: 75"),
                Files.readString(file));
    }

    @Test
    void withoutAPathTheFileIsRewrittenByteForByte() throws Exception {
        Path file = copyOfSample();
        CliRunTest.Outcome outcome = cli("set", file.toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("unchanged"), outcome.out());
        assertArrayEquals(Files.readAllBytes(ValidMops.SAMPLE), Files.readAllBytes(file));
    }

    @Test
    void aResultThatWouldBeInvalidIsRefusedAndTheFileIsUntouched() throws Exception {
        Path file = copyOfSample();
        CliRunTest.Outcome outcome = cli("set", file.toString(), "execution_graph.reset_pool.params.initial_size",
                "twenty");
        assertEquals(1, outcome.code());
        assertTrue(outcome.err().contains("must be a whole number, not 'twenty'"), outcome.err());
        assertTrue(outcome.err().contains("not changed"), outcome.err());
        assertArrayEquals(Files.readAllBytes(ValidMops.SAMPLE), Files.readAllBytes(file));

        CliRunTest.Outcome badPath = cli("set", file.toString(), "execution_graph.nope.params.x", "1");
        assertEquals(1, badPath.code());
        assertTrue(badPath.err().contains("no item 'nope'"), badPath.err());
        assertArrayEquals(Files.readAllBytes(ValidMops.SAMPLE), Files.readAllBytes(file));
    }

    @Test
    void usageErrorsExit2() throws Exception {
        Path file = copyOfSample();
        assertEquals(2, cli("set", file.toString(), "version").code());
        assertEquals(2, cli("set", temp.resolve("missing.yaml").toString(), "version", "1").code());
    }
}
