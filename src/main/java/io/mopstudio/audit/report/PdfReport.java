package io.mopstudio.audit.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/** A {@link RunReport} as PDF: the HTML report laid out by openhtmltopdf, so both read the same. */
public final class PdfReport {

    private PdfReport() {
    }

    public static byte[] of(RunReport report) {
        // openhtmltopdf logs every layout step at INFO on stderr, around the command's own output;
        // warnings still show. Its log levels are its own global setting, so set on each use.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(HtmlReport.of(report, false), null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out the PDF report: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }
}
