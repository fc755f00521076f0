package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A credential a step uses, and that its command prints back alone and inside a longer line, is
 * nowhere in what MOP Studio writes: the console, the JSON result, the audit database's bytes,
 * or an export of the run.
 */
class SecretMaskingCliTest {

    private static final String SECRET = "tok-9f3b1c77e2d84a05";

    @TempDir
    Path temp;

    @Test
    void aSecretNeverReachesTheConsoleTheAuditFileOrAnExport() throws Exception {
        Files.writeString(temp.resolve("api-token"), SECRET + "\n");
        Files.copy(Path.of("src/test/resources/providers/local-catalog.yaml"), temp.resolve("local-catalog.yaml"));
        Path env = Files.writeString(temp.resolve("env.yaml"), Files.readString(Path.of(
                "src/test/resources/providers/local.yaml")).replace("env:MOP_TEST_API_TOKEN",
                "file:" + temp.resolve("api-token")));
        Path audit = temp.resolve("audit");

        CliRunTest.Outcome run = CliRunTest.cli("run", "src/test/resources/providers/secret-use.yaml", "--env",
                env.toString(), "--audit-db", audit.toString(), "--output", "json");
        assertEquals(0, run.code(), run.err());

        String runId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("run_id").asText();
        CliRunTest.Outcome text = CliRunTest.cli("audit", "show", runId, "--audit-db", audit.toString());
        CliRunTest.Outcome json = CliRunTest.cli("audit", "show", runId, "--audit-db", audit.toString(),
                "--output", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("alone:\\n******\\ninside: Bearer ******."),
                "the export holds the step's output, masked:\n" + json.out());

        for (String written : new String[] {run.out(), run.err(), text.out(), text.err(), json.out(), json.err()}) {
            assertFalse(written.contains(SECRET), written);
        }
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.endsWith("api-token")).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(SECRET), "the secret is in " + file);
            }
        }
        assertTrue(Files.exists(Path.of(audit + ".mv.db")), "the audit database was written");
    }
}
