package io.mopstudio.audit.report;

import java.util.List;

/** One piece of a run report, written out by {@link MarkdownReport} and {@link HtmlReport} alike. */
public sealed interface ReportBlock {

    record Heading(String text) implements ReportBlock {
    }

    record Paragraph(String text) implements ReportBlock {
    }

    /** Name and value pairs, as a two-column table. */
    record Facts(List<List<String>> pairs) implements ReportBlock {
        public Facts {
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * A table; {@code empty} is said instead when it has no rows. {@code widths} are the columns'
     * shares of the page in percent, for layouts that need them (HTML, PDF); one per header.
     */
    record Table(List<String> headers, List<Integer> widths, List<List<String>> rows, String empty)
            implements ReportBlock {
        public Table {
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            rows = List.copyOf(rows);
            if (widths.size() != headers.size()) {
                throw new IllegalArgumentException("one width per column");
            }
        }
    }

    /**
     * A picture as SVG markup ({@code <svg>} with its namespace, every text in it escaped), with
     * a caption. Formats that cannot hold one say where to find it instead.
     */
    record Picture(String caption, String svg) implements ReportBlock {
    }

    /** Verbatim text: the MOP as it ran. */
    record Code(String text) implements ReportBlock {
    }
}
