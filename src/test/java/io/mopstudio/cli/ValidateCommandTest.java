package io.mopstudio.cli;

import static io.mopstudio.cli.CliRunTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.testing.ValidMops;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} for CI: JSON findings, exit codes, and checks against a chosen environment. */
class ValidateCommandTest {

    @TempDir
    Path temp;

    @Test
    void jsonFindingsCarryFileLineColumnSeverityRuleAndMessage() throws Exception {
        Path bad = temp.resolve("bad.yaml");
        Files.writeString(bad, "mop_id: X\nname: n\nversion: \"1\"\nexecution_graph:\n"
                + "  - id: reset\n    action: db.conection_pool.reset\n");
        CliRunTest.Outcome outcome = cli("validate", "--output", "json", bad.toString(), ValidMops.SAMPLE.toString());
        assertEquals(1, outcome.code(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        assertEquals(1, json.get("errors").asInt());
        JsonNode finding = json.get("files").get(0).get("findings").get(0);
        assertEquals(bad.toString(), finding.get("file").asText());
        assertEquals(6, finding.get("line").asInt());
        assertEquals(13, finding.get("column").asInt());
        assertEquals("error", finding.get("severity").asText());
        assertEquals("catalog.unknown_action", finding.get("rule").asText());
        assertTrue(finding.get("message").asText().contains("did you mean 'db.connection_pool.reset'?"));
        assertTrue(json.get("files").get(1).get("valid").asBoolean());
    }

    @Test
    void warningsAloneExitZero() throws Exception {
        Path warned = temp.resolve("warned.yaml");
        Files.writeString(warned, "mop_id: X\nname: n\nversion: \"1\"\nexecution_graph:\n"
                + "  - id: reset\n    action: db.connection_pool.reset\n    params: {initial_size: 5}\n"
                + "    on_failure: rollback\n");
        CliRunTest.Outcome outcome = cli("validate", warned.toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("warning: step 'reset' says on_failure: rollback"), outcome.out());
    }

    @Test
    void anEnvironmentChecksItsVariables() throws Exception {
        Path mop = temp.resolve("env.yaml");
        Files.writeString(mop, "mop_id: X\nname: n\nversion: \"1\"\nexecution_graph:\n"
                + "  - id: reset\n    action: db.connection_pool.reset\n"
                + "    params: {initial_size: \"{{ env.pool_size_defualt }}\"}\n");
        assertEquals(0, cli("validate", mop.toString()).code(), "env.* is not checked without --env");
        CliRunTest.Outcome outcome = cli("validate", "--env", "demo", mop.toString());
        assertEquals(1, outcome.code());
        assertTrue(outcome.err().contains("did you mean 'pool_size_default'?"), outcome.err());
        assertEquals(2, cli("validate", "--env", "no-such-env", mop.toString()).code());
    }

    @Test
    void withoutEnvOrCatalogAMopWrittenForOneShippedCatalogIsCheckedAgainstItAsTheWindowDoes() throws Exception {
        Path restart = Path.of("resources", "templates", "restart-service.yaml");
        CliRunTest.Outcome chosen = cli("validate", restart.toString());
        assertEquals(0, chosen.code(), chosen.out() + chosen.err());
        assertTrue(chosen.out().contains(restart + ": checked against catalog 'systemd-ssh', which has every action"
                + " and check it names (the default catalogs do not)"), chosen.out());
        JsonNode json = new ObjectMapper().readTree(cli("validate", "--output", "json", restart.toString(),
                ValidMops.SAMPLE.toString()).out());
        assertEquals("catalog 'systemd-ssh'", json.get("files").get(0).get("catalog").asText());
        assertEquals("the default catalogs", json.get("files").get(1).get("catalog").asText());

        // Names from two catalogs: no one catalog has them all, so the default ones judge and say where each is.
        Path mixed = Files.writeString(temp.resolve("mixed.yaml"), Files.readString(restart)
                .replace("execution_graph:\n", "execution_graph:\n  - id: drain\n    action: db.connection_pool.drain\n"
                        + "    params: {target: x}\n"));
        CliRunTest.Outcome byDefault = cli("validate", mixed.toString());
        assertEquals(1, byDefault.code(), byDefault.out() + byDefault.err());
        assertTrue(byDefault.err().contains("catalog 'systemd-ssh' has it"), byDefault.err());
        assertTrue(!byDefault.out().contains("checked against"), byDefault.out());
    }

    @Test
    void aCatalogChecksAMopWrittenForItWithoutAnEnvironment() throws Exception {
        Path restart = Path.of("resources", "templates", "restart-service.yaml");
        CliRunTest.Outcome against = cli("validate", "--catalog", "systemd-ssh", restart.toString());
        assertEquals(0, against.code(), against.out() + against.err());
        assertEquals(2, cli("validate", "--catalog", "no-such-catalog", restart.toString()).code());
        CliRunTest.Outcome both = cli("validate", "--catalog", "systemd-ssh", "--env", "demo", restart.toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("not both"), both.err());
    }
}
