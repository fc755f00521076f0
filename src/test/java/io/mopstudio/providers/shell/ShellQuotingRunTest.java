package io.mopstudio.providers.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mopstudio.engine.RunResult;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.providers.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Hostile incident values through a whole run: a shell line in a MOP, one in a catalog, an argument list. */
class ShellQuotingRunTest {

    private static final Path DIR = Path.of("src/test/resources/providers");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"nginx; touch PWNED", "$(touch PWNED)", "`touch PWNED`", "x' ; touch PWNED ; '",
            "a\nb && touch PWNED"})
    void aValueFullOfShellSyntaxIsOneWordAndRunsNothing(String template) throws Exception {
        Path pwned = temp.resolve("pwned");
        Path out = temp.resolve("out.txt");
        String value = template.replace("PWNED", pwned.toString());
        RunResult result = new RunFixture(Map.of("MOP_TEST_API_TOKEN", "unused-token"))
                .run(DIR.resolve("shell-quoting.yaml"), DIR.resolve("local.yaml"),
                        Map.of("unit", value, "out", out.toString()));

        assertEquals(FinalState.RESOLVED, result.finalState(), result.summary());
        assertEquals("[" + value + "]<" + value + ">(" + value + ")", Files.readString(out));
        assertFalse(Files.exists(pwned), "a template value was read as shell syntax");
    }
}
