package io.mopstudio.audit.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A {@link RunReport} as PDF: the HTML report laid out by openhtmltopdf, so both read the same. */
public final class PdfReport {

    private PdfReport() {
    }

    public static byte[] of(RunReport report) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(HtmlReport.of(report), null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out the PDF report: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }
}
