package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit diff: two real demo runs of two versions of MOP-284, compared through the MOP texts the audit kept. */
class AuditDiffCommandTest {

    @TempDir
    Path temp;

    private String runOf(Path mop) throws Exception {
        CliRunTest.Outcome outcome = CliRunTest.cli("run", mop.toString(), "--env", "demo", "--incident",
                "affected_resource=billing-db", "--audit-db", temp.resolve("audit").toString(), "--output", "json");
        List<String> lines = outcome.out().strip().lines().toList();
        return new ObjectMapper().readTree(lines.get(lines.size() - 1)).get("run_id").asText();
    }

    @Test
    void comparesTheMopsTwoRunsRanByMeaning() throws Exception {
        Path v1 = temp.resolve("v1.yaml");
        Files.copy(Path.of(CliRunTest.SAMPLE), v1);
        Path v2 = temp.resolve("v2.yaml");
        Files.writeString(v2, Files.readString(v1).replace("threshold_ms: 50", "threshold_ms: 75"));
        String first = runOf(v1);
        String second = runOf(v2);
        // The file changes after its run: the diff must read what ran, from the audit.
        Files.writeString(v2, Files.readString(v2).replace("threshold_ms: 75", "threshold_ms: 99"));

        AuditCommandTest.Run text = AuditCommandTest.audit("diff", first, second, "--audit-db",
                temp.resolve("audit").toString());
        assertEquals(1, text.exitCode(), text.err());
        assertTrue(text.out().contains("Validation\n  ~ validation.connection_wait_time.threshold_ms: 50 -> 75\n"),
                text.out());
        assertTrue(text.out().contains("1 change."), text.out());

        AuditCommandTest.Run json = AuditCommandTest.audit("diff", first, v2.toString(), "--output", "json",
                "--audit-db", temp.resolve("audit").toString());
        JsonNode change = new ObjectMapper().readTree(json.out()).get("changes").get(0);
        assertEquals("99", change.get("after").asText(), json.out());

        AuditCommandTest.Run same = AuditCommandTest.audit("diff", first, first, "--audit-db",
                temp.resolve("audit").toString());
        assertEquals(0, same.exitCode(), same.err());
        assertTrue(same.out().contains("No change in meaning"), same.out());
    }

    @Test
    void anUnknownRunIsBadInput() {
        AuditCommandTest.Run result = AuditCommandTest.audit("diff", "R-none", CliRunTest.SAMPLE, "--audit-db",
                temp.resolve("audit").toString());
        assertEquals(2, result.exitCode());
    }
}
