package io.mopstudio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.cli.MopStudioCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenderCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesAValidSvgNamingEveryNode() throws Exception {
        Path out = temp.resolve("mop.svg");
        CommandLine cmd = MopStudioCommand.commandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        cmd.setOut(new PrintWriter(new StringWriter()));
        int code = cmd.execute("render", "sample-mops/MOP-284-db-connection-pool-recovery.yaml", "--format", "svg",
                "-o", out.toString());
        assertEquals(0, code, err.toString());
        String svg = Files.readString(out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertEquals("svg", factory.newDocumentBuilder().parse(out.toFile()).getDocumentElement().getNodeName());
        for (String id : List.of("drain_connections", "restart_conn_manager", "reset_pool", "restore_pool_config",
                "service_state", "replica_healthy", "no_active_writes", "connection_wait_time",
                "service_health_probe", "execution_graph", "rollback_graph")) {
            assertTrue(svg.contains(">" + id + "<"), id + " is written in the SVG");
        }
    }

    @Test
    void theExecutionGraphIsDrawnAboveTheRollbackGraph() throws Exception {
        Path out = temp.resolve("order.svg");
        CommandLine cmd = MopStudioCommand.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, cmd.execute("render", "sample-mops/MOP-284-db-connection-pool-recovery.yaml", "-o",
                out.toString()));
        String svg = Files.readString(out);
        assertTrue(labelY(svg, "execution_graph") < labelY(svg, "rollback_graph"),
                "execution graph first, reading down: " + svg);
    }

    /** The y of a cluster's label: SVG's y grows downwards. */
    private static double labelY(String svg, String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]* y=\"([-0-9.]+)\"[^>]*>" + label + "<")
                .matcher(svg);
        assertTrue(m.find(), label + " is labelled");
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aFileThatIsNotAMopIsAMessageNotAPicture() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad.yaml"), "mop_id: [\n");
        CommandLine cmd = MopStudioCommand.commandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("render", bad.toString(), "-o", temp.resolve("x.svg").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("cannot be drawn until it reads as a MOP"), err.toString());
        assertTrue(Files.notExists(temp.resolve("x.svg")));

        assertEquals(1, cmd.execute("render", temp.toString(), "-o", temp.resolve("y.svg").toString()));
        assertTrue(err.toString().contains(temp + ": is a directory, not a MOP file"), err.toString());
    }

    @Test
    void aMopWithErrorsIsDrawnAndEveryErrorValidateFindsIsListed() throws Exception {
        String sample = Files.readString(Path.of("sample-mops/MOP-284-db-connection-pool-recovery.yaml"));
        Path bad = Files.writeString(temp.resolve("two.yaml"), sample
                .replace("action: service.restart", "action: service.restrat")
                .replace("depends_on: [restart_conn_manager]", "depends_on: [restart_conn_mgr]"));
        CommandLine cmd = MopStudioCommand.commandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));

        assertEquals(0, cmd.execute("render", bad.toString(), "-o", temp.resolve("two.svg").toString()));

        assertTrue(err.toString().contains("'restart_conn_mgr', which is not a step"), err.toString());
        assertTrue(err.toString().contains("'service.restrat'"), "the catalog's findings too: " + err);
        assertTrue(Files.exists(temp.resolve("two.svg")));
    }

    @Test
    void aMissingFileIsSaidOnce() {
        CommandLine cmd = MopStudioCommand.commandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));

        assertEquals(1, cmd.execute("render", temp.resolve("nofile.yaml").toString(), "-o",
                temp.resolve("n.svg").toString()));

        assertEquals(List.of(temp.resolve("nofile.yaml") + ": no such file"), err.toString().lines().toList());
    }

    @Test
    void theFormatFollowsTheOutputNameAndAMismatchIsRefused() throws Exception {
        Path png = temp.resolve("mop.PNG");
        CommandLine cmd = MopStudioCommand.commandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        cmd.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, cmd.execute("render", "sample-mops/MOP-284-db-connection-pool-recovery.yaml", "-o",
                png.toString()), err.toString());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertEquals("\u0089PNG", new String(head, java.nio.charset.StandardCharsets.ISO_8859_1), "a PNG, by its name");

        Path mismatch = temp.resolve("mop.png");
        int code = cmd.execute("render", "sample-mops/MOP-284-db-connection-pool-recovery.yaml", "--format", "svg",
                "-o", mismatch.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--format svg but " + mismatch + " ends in .png"), err.toString());
        assertTrue(Files.notExists(mismatch));

        Path pdf = temp.resolve("mop.pdf");
        assertEquals(2, cmd.execute("render", "sample-mops/MOP-284-db-connection-pool-recovery.yaml", "-o",
                pdf.toString()));
        assertTrue(err.toString().contains(pdf + " ends in .pdf, but render writes svg or png"), err.toString());
        assertTrue(Files.notExists(pdf));
        assertEquals(0, cmd.execute("render", "sample-mops/MOP-284-db-connection-pool-recovery.yaml", "-o",
                temp.resolve("mop").toString()), "no ending: svg, as before");
    }
}
