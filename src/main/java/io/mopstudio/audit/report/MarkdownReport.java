package io.mopstudio.audit.report;

import java.util.List;

/** A {@link RunReport} as GitHub-flavoured Markdown, for a change ticket or a pull request. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String of(RunReport report) {
        StringBuilder md = new StringBuilder("# ").append(inline(report.title())).append("\n\n");
        for (ReportBlock block : report.blocks()) {
            if (block instanceof ReportBlock.Heading h) {
                md.append("## ").append(inline(h.text())).append("\n\n");
            } else if (block instanceof ReportBlock.Paragraph p) {
                md.append(inline(p.text())).append("\n\n");
            } else if (block instanceof ReportBlock.Facts f) {
                table(md, List.of("", ""), f.pairs().stream()
                        .map(pair -> List.of("**" + inline(pair.get(0)) + "**", inline(pair.get(1)))).toList());
            } else if (block instanceof ReportBlock.Table t) {
                if (t.rows().isEmpty()) {
                    md.append(inline(t.empty())).append("\n\n");
                } else {
                    table(md, t.headers().stream().map(MarkdownReport::inline).toList(), t.rows().stream()
                            .map(row -> row.stream().map(MarkdownReport::inline).toList()).toList());
                }
            } else if (block instanceof ReportBlock.Picture p) {
                md.append("*Drawn in the HTML report: ").append(inline(p.caption())).append("*\n\n");
            } else if (block instanceof ReportBlock.Code c) {
                // A fence longer than any backtick run in the text, so the MOP cannot close it early.
                String fence = "`".repeat(Math.max(3, longestBacktickRun(c.text()) + 1));
                md.append(fence).append("yaml\n").append(c.text());
                if (!c.text().endsWith("\n")) {
                    md.append('\n');
                }
                md.append(fence).append("\n\n");
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<String> headers, List<List<String>> rows) {
        md.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        headers.forEach(h -> md.append(" --- |"));
        md.append('\n');
        rows.forEach(row -> md.append("| ").append(String.join(" | ", row)).append(" |\n"));
        md.append('\n');
    }

    /** Table cells and text on one line, with Markdown's active characters escaped. */
    static String inline(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("<", "&lt;").replace("\r", "").replace("\n", "<br>");
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
