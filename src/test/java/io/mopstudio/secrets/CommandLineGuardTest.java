package io.mopstudio.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.RunResult;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.providers.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineGuardTest {

    private static final Path DIR = Path.of("src/test/resources/providers");

    @TempDir
    Path temp;

    @Test
    void aSecretInACommandsArgumentsStopsTheStepBeforeAnyProcessStarts() throws Exception {
        Path out = temp.resolve("out.txt");
        RunFixture fixture = new RunFixture(Map.of("MOP_TEST_API_TOKEN", "tok-on-the-command-line"));

        RunResult result = fixture.run(DIR.resolve("secret-argument.yaml"), DIR.resolve("local.yaml"),
                Map.of("out", out.toString()));

        assertEquals(FinalState.FAILED, result.finalState(), result.summary());
        assertEquals(StepStatus.FAILED, result.steps().get("leak"));
        StepFinished leak = fixture.events().stream().filter(StepFinished.class::isInstance)
                .map(StepFinished.class::cast).findFirst().orElseThrow();
        assertTrue(leak.message().contains("would put a secret on the command line"), leak.message());
        assertFalse(Files.exists(out), "the command ran");
        assertFalse(result.summary().contains("tok-on-the-command-line"));
    }
}
