package io.mopstudio.audit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Naming an export by format or by file extension, as the command line and the viewer both do. */
class RunExportTest {

    @Test
    void formatsAndExtensionsNameTheirExport() {
        assertEquals("html", RunExport.parse("HTML").orElseThrow().extension());
        assertEquals("html", RunExport.parse("htm").orElseThrow().extension());
        assertEquals("md", RunExport.parse("markdown").orElseThrow().extension());
        assertEquals("json", RunExport.forFile(Path.of("/tmp/run.JSON")).orElseThrow().extension());
        assertEquals("csv", RunExport.forFile(Path.of("events.csv")).orElseThrow().extension());
        assertEquals(Optional.empty(), RunExport.parse("doc"));
        assertEquals(Optional.empty(), RunExport.forFile(Path.of("no-extension")));
    }

    @Test
    void everyExportIsOfferedOnceWithTheReportFirst() {
        assertEquals(5, RunExport.ALL.stream().map(RunExport::extension).distinct().count());
        assertEquals("html", RunExport.ALL.get(0).extension());
    }
}
