package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line in-process, as scripts and CI use it: exit codes, output, audit. */
class CliRunTest {

    static final String SAMPLE = "sample-mops/MOP-284-db-connection-pool-recovery.yaml";

    @TempDir
    Path temp;

    record Outcome(int code, String out, String err) {
    }

    static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = MopStudioCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private Outcome run(String resource, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", SAMPLE, "--env", "demo", "--incident",
                "affected_resource=" + resource, "--audit-db", temp.resolve("audit").toString()));
        args.addAll(List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    @Test
    void eachDemoPathExitsWithItsFinalStatesCodeAndIsAudited() {
        assertEquals(0, run("orders-db").code());
        assertEquals(10, run("billing-db").code());
        assertEquals(11, run("ledger-db").code());
        Outcome search = run("search-db");
        assertEquals(11, search.code(), search.err());

        Outcome list = cli("audit", "list", "--audit-db", temp.resolve("audit").toString());
        assertEquals(0, list.code(), list.err());
        for (String state : List.of("RESOLVED", "ABORTED", "ROLLED_BACK")) {
            assertTrue(list.out().contains(state), list.out());
        }
        assertEquals(5, list.out().strip().lines().count(), "a header and four runs:\n" + list.out());
    }

    @Test
    void textOutputSaysItIsTheDemoAndShowsProgress() {
        Outcome outcome = run("orders-db");

        assertTrue(outcome.out().contains("DEMO ENVIRONMENT"), outcome.out());
        assertTrue(outcome.out().contains("drain_connections"), outcome.out());
        assertTrue(outcome.out().contains("RESOLVED"), outcome.out());
    }

    @Test
    void jsonOutputEndsWithOneObjectWithRunIdStateAndSteps() throws Exception {
        Outcome outcome = run("search-db", "--output", "json");

        assertEquals(11, outcome.code());
        List<String> lines = outcome.out().strip().lines().toList();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertEquals("ROLLED_BACK", json.get("final_state").asText());
        assertEquals("MOP-284", json.get("mop_id").asText());
        assertTrue(json.get("run_id").asText().startsWith("R"));
        assertEquals("FAILED", stepStatus(json, "restart_conn_manager"));
        assertEquals("SUCCEEDED", stepStatus(json, "restore_pool_config"));
        assertTrue(outcome.err().contains("restart_conn_manager"), "progress goes to stderr in json mode");

        Outcome show = cli("audit", "show", json.get("run_id").asText(), "--audit-db", temp.resolve("audit").toString());
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("rollback_started"), show.out());
    }

    @Test
    void jsonOutputListsOnlyRollbackStepsThatRan() throws Exception {
        Outcome outcome = run("orders-db", "--output", "json");

        assertEquals(0, outcome.code(), outcome.err());
        List<String> lines = outcome.out().strip().lines().toList();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        for (JsonNode step : json.get("steps")) {
            assertEquals("execution", step.get("graph").asText(), "a resolved run rolled nothing back: " + json);
        }
    }

    @Test
    void jsonLinesStreamEveryEventInOrderAsTheAuditRecordsIt() throws Exception {
        Outcome outcome = run("ledger-db", "--output", "jsonl");

        assertEquals(11, outcome.code(), outcome.err());
        List<JsonNode> events = new java.util.ArrayList<>();
        for (String line : outcome.out().strip().lines().toList()) {
            events.add(new ObjectMapper().readTree(line));
        }
        assertEquals("run_started", events.get(0).get("kind").asText());
        assertEquals("run_finished", events.get(events.size() - 1).get("kind").asText());
        assertEquals("ROLLED_BACK", events.get(events.size() - 1).get("finalState").asText());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).get("seq").asLong(), "seq without gaps: " + events.get(i));
        }
        assertTrue(events.stream().anyMatch(e -> e.get("kind").asText().equals("rollback_started")));
        assertTrue(outcome.err().contains("restore_pool_config"), "progress lines go to stderr");

        String runId = events.get(0).get("runId").asText();
        Outcome show = cli("audit", "show", runId, "--audit-db", temp.resolve("audit").toString(), "--output", "json");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("\"" + runId + "\""), show.out());
    }

    @Test
    void machineOutputsSayOnStdoutWhyNothingRan() throws Exception {
        Path broken = temp.resolve("broken.yaml");
        Files.writeString(broken, "id: X\nname: [unclosed\n");
        for (String format : List.of("json", "jsonl")) {
            Outcome outcome = cli("run", broken.toString(), "--env", "demo", "--output", format,
                    "--audit-db", temp.resolve("audit").toString());

            assertEquals(2, outcome.code());
            JsonNode json = new ObjectMapper().readTree(outcome.out().strip());
            assertFalse(json.get("started").asBoolean());
            assertEquals(2, json.get("exit_code").asInt());
            assertTrue(json.get("problems").get(0).asText().startsWith(broken + ":2:7:"), json.toString()); // at the unclosed [
            assertTrue(outcome.err().contains("YAML syntax error"), "stderr still says it: " + outcome.err());
        }
    }

    private static String stepStatus(JsonNode json, String id) {
        for (JsonNode step : json.get("steps")) {
            if (step.get("id").asText().equals(id)) {
                return step.get("status").asText();
            }
        }
        throw new AssertionError("no step " + id + " in " + json);
    }

    @Test
    void aMopThatValidateRejectsIsNotRunAndNothingIsRecorded() throws Exception {
        Path stray = Files.writeString(temp.resolve("stray.yaml"), Files.readString(Path.of(SAMPLE)).replace(
                "}}.conn_manager\"", "}}.conn_manager }}\""));
        assertEquals(1, cli("validate", stray.toString()).code());

        Outcome outcome = cli("run", stray.toString(), "--env", "demo", "--incident", "affected_resource=orders-db",
                "--audit-db", temp.resolve("audit").toString());
        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains(stray + ":30:63: step 'restart_conn_manager' of execution_graph: a '}}' with"
                + " no '{{' before it"), outcome.err());
        assertTrue(outcome.err().contains("nothing was run"), outcome.err());
        assertTrue(Files.notExists(temp.resolve("audit.mv.db")), "no run recorded");
    }

    @Test
    void aMopWrittenForAnotherCatalogSaysWhichBeforeAnythingRuns() {
        String restart = Path.of("resources", "templates", "restart-service.yaml").toString();
        Outcome outcome = cli("run", restart, "--env", "demo", "--incident", "affected_resource=orders-db",
                "--audit-db", temp.resolve("audit").toString());
        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("pre-check 'service_active' uses check 'service_active', which is not in"
                + " catalog 'connection-pool-http' of environment 'demo'; catalog 'systemd-ssh' has it"), outcome.err());
        assertTrue(Files.notExists(temp.resolve("audit.mv.db")));
    }

    @Test
    void aResourceTheInventoryLacksIsBadInputAndNothingIsRecorded() {
        Outcome outcome = run("nosuch-db");
        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains(SAMPLE + ": incident.affected_resource: 'nosuch-db' is not in the inventory"
                + " of environment 'demo' (it has: orders-db, billing-db, ledger-db, search-db)"), outcome.err());
        assertTrue(Files.notExists(temp.resolve("audit.mv.db")), "bad input, not a run");
    }

    @Test
    void aMissingIncidentFieldIsBadInputAndNothingRuns() {
        Outcome outcome = cli("run", SAMPLE, "--env", "demo", "--audit-db", temp.resolve("audit").toString());

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("incident.affected_resource"), outcome.err());
        assertTrue(outcome.err().contains("nothing was run"), outcome.err());
        assertEquals(List.of(SAMPLE + ": needs incident.affected_resource (give it with --incident"
                + " affected_resource=VALUE); used by 9 fields: pre_checks.service_state.target,"
                + " pre_checks.replica_healthy.target, pre_checks.no_active_writes.target (default from the catalog)"
                + " and 6 more", "mop-studio run: nothing was run."), outcome.err().lines().toList(),
                "one line for the one missing field, not one per use");
    }

    @Test
    void aConfidenceOutsideZeroToOneIsBadInputAndNothingIsRecorded() {
        Outcome outcome = cli("run", SAMPLE, "--env", "demo", "--incident", "affected_resource=orders-db",
                "--incident", "confidence=high", "--audit-db", temp.resolve("audit").toString());

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("incident field confidence must be a number from 0 to 1"), outcome.err());
        assertTrue(!java.nio.file.Files.exists(temp.resolve("audit.mv.db")), "no audit was even opened");
    }

    @Test
    void anUnknownEnvironmentIsBadInputNamingTheBundledOnes() {
        Outcome outcome = cli("run", SAMPLE, "--env", "staging", "--incident", "affected_resource=orders-db",
                "--audit-db", temp.resolve("audit").toString());

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("no environment 'staging'") && outcome.err().contains("demo"),
                outcome.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, cli("run", SAMPLE).code(), "--env is required");
        assertEquals(2, cli("no-such-command").code());
    }

    @Test
    void validateAcceptsTheSampleAndReportsProblemsAsFileLineColumn() throws Exception {
        Outcome valid = cli("validate", SAMPLE);
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().contains("valid"), valid.out());

        Path bad = temp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "mop_id: X-1",
                "name: broken",
                "version: \"1\"",
                "execution_graph:",
                "  - id: a",
                "    action: shell.run",
                "    depends_on: [b]",
                "  - id: b",
                "    action: shell.run",
                "    depends_on: [a]",
                ""));
        Outcome invalid = cli("validate", bad.toString());
        assertEquals(1, invalid.code());
        assertTrue(invalid.err().contains(bad + ":7:18: depends_on forms a cycle: a -> b -> a"), invalid.err());
        assertFalse(invalid.err().contains("Exception"), invalid.err());

        Outcome missing = cli("validate", temp.resolve("nope.yaml").toString());
        assertEquals(2, missing.code());
    }

    @Test
    void anInvalidMopIsRefusedByRunWithItsPositions() throws Exception {
        Path bad = temp.resolve("dup.yaml");
        Files.writeString(bad, "mop_id: X\nname: n\nversion: \"1\"\nname: again\nexecution_graph: []\n");
        Outcome outcome = cli("run", bad.toString(), "--env", "demo", "--audit-db", temp.resolve("audit").toString());

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains(bad + ":4:1: duplicate key 'name' (first defined at line 2)"), outcome.err());
    }

    @Test
    void aMopWithNoStepsIsRefusedByRunAndNothingIsRecorded() throws Exception {
        Path empty = temp.resolve("empty.yaml");
        Files.writeString(empty, "mop_id: X\nname: n\nversion: \"1\"\nexecution_graph: []\n");
        Outcome outcome = cli("run", empty.toString(), "--env", "demo", "--incident", "affected_resource=orders-db",
                "--audit-db", temp.resolve("none/audit").toString());

        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("execution_graph has no steps: there is nothing to run"), outcome.err());
        assertFalse(Files.exists(temp.resolve("none")), "nothing ran, so nothing is recorded");
    }

    @Test
    void aDryRunWhosePreChecksFailExitsAsTheLiveRunWouldAndActsOnNothing() {
        Outcome failing = run("billing-db", "--dry-run", "--with-pre-checks");
        assertEquals(10, failing.code(), failing.out());
        assertTrue(failing.out().contains("a live run would abort now"), failing.out());
        assertFalse(failing.out().contains("start drain_connections"), failing.out());

        Outcome passing = run("orders-db", "--dry-run", "--with-pre-checks");
        assertEquals(0, passing.code(), passing.out());
        assertTrue(passing.out().contains("wave 1:"), passing.out());
    }

    @Test
    void aRunThatCannotStartDoesNotCreateAnAudit() {
        Outcome outcome = cli("run", SAMPLE, "--env", "demo", "--audit-db", temp.resolve("never/audit").toString());

        assertEquals(2, outcome.code());
        assertFalse(Files.exists(temp.resolve("never")), "the audit is opened only for a run that starts");
    }

    @Test
    void renderRefusesAMissingFolderAndWarnsAboutAnInvalidMop() throws Exception {
        Outcome missing = cli("render", SAMPLE, "--format", "svg", "-o", temp.resolve("no/such/dir/g.svg").toString());
        assertEquals(2, missing.code(), missing.err());
        assertFalse(Files.exists(temp.resolve("no")), "no folder is created behind the user's back");

        Path cycle = temp.resolve("cycle.yaml");
        Files.writeString(cycle, "mop_id: X\nname: n\nversion: \"1\"\nexecution_graph:\n"
                + "  - {id: a, action: shell.run, params: {command: [\"true\"]}, depends_on: [b]}\n"
                + "  - {id: b, action: shell.run, params: {command: [\"true\"]}, depends_on: [a]}\n");
        Outcome drawn = cli("render", cycle.toString(), "--format", "svg", "-o", temp.resolve("c.svg").toString());
        assertTrue(drawn.err().contains("depends_on forms a cycle") && drawn.err().contains("will not validate"),
                drawn.err());
    }
}
