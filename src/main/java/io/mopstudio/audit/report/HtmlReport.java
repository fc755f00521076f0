package io.mopstudio.audit.report;

import java.util.List;

/**
 * A {@link RunReport} as one self-contained HTML file (its stylesheet inside, nothing fetched).
 * Written as well-formed XHTML so that {@link PdfReport} can lay out the very same document.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body { font-family: sans-serif; font-size: 10pt; color: #1f2328; margin: 24px; }
            h1 { font-size: 16pt; margin-bottom: 12px; }
            h2 { font-size: 12pt; margin-top: 20px; border-bottom: 1px solid #d0d7de; }
            table { border-collapse: collapse; width: 100%; margin: 6px 0; table-layout: fixed; }
            th, td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; vertical-align: top;
                     word-wrap: break-word; }
            p { white-space: pre-wrap; }
            th { background: #f6f8fa; }
            table.facts th { width: 20%; }
            pre { background: #f6f8fa; padding: 8px; font-size: 8.5pt; white-space: pre-wrap; word-wrap: break-word; }
            figure { margin: 8px 0; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-size: 9pt; color: #57606a; }
            @page { size: A4 landscape; margin: 12mm; }
            """;

    private HtmlReport() {
    }

    public static String of(RunReport report) {
        return of(report, true);
    }

    /**
     * {@code pictures} false leaves the SVG pictures out: the PDF layout draws no inline SVG, and
     * would print their labels as loose text.
     */
    static String of(RunReport report, boolean pictures) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n"
                + "<head>\n<meta charset=\"UTF-8\" />\n<title>").append(escape(report.title()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(report.title())).append("</h1>\n");
        for (ReportBlock block : report.blocks()) {
            if (block instanceof ReportBlock.Heading h) {
                html.append("<h2>").append(escape(h.text())).append("</h2>\n");
            } else if (block instanceof ReportBlock.Paragraph p) {
                html.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof ReportBlock.Facts f) {
                html.append("<table class=\"facts\">\n");
                f.pairs().forEach(pair -> html.append("<tr><th>").append(escape(pair.get(0))).append("</th><td>")
                        .append(escape(pair.get(1))).append("</td></tr>\n"));
                html.append("</table>\n");
            } else if (block instanceof ReportBlock.Table t) {
                table(html, t);
            } else if (block instanceof ReportBlock.Picture p && pictures) {
                html.append("<figure>\n").append(p.svg()).append("\n<figcaption>").append(escape(p.caption()))
                        .append("</figcaption>\n</figure>\n");
            } else if (block instanceof ReportBlock.Code c) {
                html.append("<pre>").append(escape(c.text())).append("</pre>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, ReportBlock.Table table) {
        if (table.rows().isEmpty()) {
            html.append("<p>").append(escape(table.empty())).append("</p>\n");
            return;
        }
        html.append("<table>\n");
        table.widths().forEach(w -> html.append("<col style=\"width: ").append(w).append("%\" />"));
        html.append("\n<tr>");
        table.headers().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** Text as XML character data; control characters XML cannot hold become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
