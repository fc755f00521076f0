package io.mopstudio.audit.report;

import java.util.Locale;

/**
 * Writes the few SVG elements the report's pictures need, every text escaped. Coordinates are
 * written with a dot whatever the locale, or a German workstation would write "12,5".
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();
    /** The picture's class, which also names its arrow marker: ids must be unique in the page. */
    private final String className;

    Svg(String className, double width, double height, String description) {
        this.className = className;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(className)
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" role=\"img\" font-family=\"sans-serif\">\n<title>").append(HtmlReport.escape(description))
                .append("</title>\n<defs><marker id=\"").append(className).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\""
                        + " refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                        + "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#57606a\" /></marker></defs>\n");
    }

    /** A rectangle; {@code attributes} are extra raw attributes (already escaped), {@code tooltip} its hover text. */
    Svg rect(double x, double y, double w, double h, Palette colour, String attributes, String tooltip) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" rx=\"4\" fill=\"").append(colour.fill())
                .append("\" stroke=\"").append(colour.stroke()).append('"').append(attributes).append('>');
        return tooltip(tooltip).append("</rect>\n");
    }

    Svg text(double x, double y, String text, String attributes) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"').append(attributes)
                .append('>').append(HtmlReport.escape(text)).append("</text>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String attributes) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(attributes).append(" />\n");
        return this;
    }

    /** A curve from one point to another, leaving and arriving horizontally, with the arrow head. */
    Svg arrow(double x1, double y1, double x2, double y2, boolean dashed) {
        double bend = Math.max(20, (x2 - x1) / 2);
        out.append("<path d=\"M ").append(n(x1)).append(' ').append(n(y1)).append(" C ").append(n(x1 + bend))
                .append(' ').append(n(y1)).append(", ").append(n(x2 - bend)).append(' ').append(n(y2)).append(", ")
                .append(n(x2)).append(' ').append(n(y2)).append("\" fill=\"none\" stroke=\"#57606a\"")
                .append(dashed ? " stroke-dasharray=\"4 3\"" : "").append(" marker-end=\"url(#")
                .append(className).append("-arrow)\" />\n");
        return this;
    }

    /** Raw SVG attributes {@code name="value"}, the value escaped. */
    static String attr(String name, String value) {
        return " " + name + "=\"" + HtmlReport.escape(value) + "\"";
    }

    String done() {
        return out + "</svg>";
    }

    private Svg tooltip(String text) {
        if (!text.isEmpty()) {
            out.append("<title>").append(HtmlReport.escape(text)).append("</title>");
        }
        return this;
    }

    private Svg append(String text) {
        out.append(text);
        return this;
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
