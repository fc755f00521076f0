package io.mopstudio.ui.yamlpane;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML pane's colours: which stretches of the text are mapping keys, comments, quoted strings,
 * {@code {{ templates }}} (also inside strings, where MOPs write them), plain scalars such as
 * numbers, durations and booleans, and list dashes. A line-oriented approximation for the eye, not a
 * parser: the loader decides what the text means, and its errors are marked separately.
 */
public final class YamlHighlighting {

    /** A stretch of text and the style class it is drawn with. */
    public record Span(String style, int start, int end) {
    }

    static final String KEY = "yaml-key";
    static final String COMMENT = "yaml-comment";
    static final String STRING = "yaml-string";
    static final String TEMPLATE = "yaml-template";
    static final String SCALAR = "yaml-scalar";
    static final String DASH = "yaml-dash";

    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>(?<=^|[ \\t])#[^\\n]*)"
                    + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\n]|'')*')"
                    + "|(?<TEMPLATE>\\{\\{[^\\n]*?}})"
                    + "|(?<KEY>(?<=^[ \\t]{0,80}(?:-[ \\t]{1,8})?)[A-Za-z_][\\w.-]*(?=[ \\t]*:(?:[ \\t]|$)))"
                    + "|(?<DASH>(?<=^[ \\t]{0,80})-(?=[ \\t]|$))"
                    + "|(?<SCALAR>(?<=:[ \\t]{1,8}|-[ \\t]{1,8}|[\\[,][ \\t]{0,8})"
                    + "(?:true|false|null|~|-?\\d+(?:\\.\\d+)?(?:ms|s|m|h|d)?)(?=[ \\t]*(?:$|#|,|\\]|\\})))",
            Pattern.MULTILINE);
    private static final Pattern TEMPLATES = Pattern.compile("\\{\\{.*?}}");

    private YamlHighlighting() {
    }

    /** The styled stretches of {@code text}, in order, never overlapping; the rest is plain. */
    public static List<Span> of(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = TOKENS.matcher(text);
        while (m.find()) {
            if (m.group("COMMENT") != null) {
                spans.add(new Span(COMMENT, m.start(), m.end()));
            } else if (m.group("STRING") != null) {
                string(text, m.start(), m.end(), spans);
            } else if (m.group("TEMPLATE") != null) {
                spans.add(new Span(TEMPLATE, m.start(), m.end()));
            } else if (m.group("KEY") != null) {
                spans.add(new Span(KEY, m.start(), m.end()));
            } else if (m.group("DASH") != null) {
                spans.add(new Span(DASH, m.start(), m.end()));
            } else {
                spans.add(new Span(SCALAR, m.start(), m.end()));
            }
        }
        return spans;
    }

    /** A quoted string, with the templates inside it picked out. */
    private static void string(String text, int start, int end, List<Span> spans) {
        Matcher t = TEMPLATES.matcher(text).region(start, end);
        int at = start;
        while (t.find()) {
            if (t.start() > at) {
                spans.add(new Span(STRING, at, t.start()));
            }
            spans.add(new Span(TEMPLATE, t.start(), t.end()));
            at = t.end();
        }
        if (at < end) {
            spans.add(new Span(STRING, at, end));
        }
    }
}
