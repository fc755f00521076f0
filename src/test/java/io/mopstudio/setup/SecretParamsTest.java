package io.mopstudio.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.secrets.SecretResolver;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretParamsTest {

    private static final Path DIR = Path.of("src/test/resources/providers");

    private SetupResult prepare(String mop, Map<String, String> processEnv) {
        return new RunSetup(port -> {
            throw new AssertionError("no lab");
        }, new SecretResolver(processEnv, Path.of("/nonexistent-home"))).prepare(DIR.resolve(mop),
                DIR.resolve("local.yaml").toString(), Map.of(), "tester");
    }

    @Test
    void aMopMayNotGiveAParameterTheCatalogMarksSecret() {
        SetupResult setup = prepare("secret-literal.yaml", Map.of("MOP_TEST_API_TOKEN", "token-value"));
        assertTrue(setup.request().isEmpty());
        assertEquals(1, setup.problems().size(), setup.problems().toString());
        assertTrue(setup.problems().get(0).contains("execution_graph.feed: parameter 'stdin' of 'shell.run' is a secret"),
                setup.problems().get(0));
        assertTrue(setup.problems().stream().noneMatch(p -> p.contains("hunter2")), "the value is not repeated");
    }

    @Test
    void anUnresolvableCredentialStopsTheRunBeforeAnythingStarts() {
        SetupResult setup = prepare("secret-use.yaml", Map.of());
        assertTrue(setup.request().isEmpty());
        assertTrue(setup.problems().get(0).contains("credential 'api_token' (env:MOP_TEST_API_TOKEN)"),
                setup.problems().toString());
    }
}
