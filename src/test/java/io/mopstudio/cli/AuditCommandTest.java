package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code audit} itself, and the in-process runner the audit command tests share. */
class AuditCommandTest {

    /** One in-process run of {@code audit ...}: its exit code and what it printed on each stream. */
    record Run(int exitCode, String out, String err) {

        /** A user must never see a Java stack trace for a bad path or file. */
        boolean hasStackTrace() {
            return err.contains("\tat ") || err.contains("Exception") || out.contains("\tat ");
        }
    }

    static Run audit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new AuditCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void auditAloneIsAUsageError() {
        Run run = audit();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("audit list | show RUN_ID | review RUN_ID | verify [RUN_ID] | export RUN_ID"),
                run.err());
    }

    @Test
    void outputFormatIgnoresCase(@TempDir Path dir) {
        Run run = audit("list", "--output", "JSON", "--audit-db", dir.resolve("none").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("[ ]", run.out().strip());
    }

    @Test
    void helpListsTheDefaultAuditLocation() {
        Run run = audit("list", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains(Path.of(".mop-studio", "audit", "audit").toString()), run.out());
    }
}
