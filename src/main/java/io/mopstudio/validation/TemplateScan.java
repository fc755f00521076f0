package io.mopstudio.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code {{ path }}} templates in one text, parsed strictly: an unclosed "{{", a "}}" that
 * closes nothing, an empty template or anything but one dotted variable path is a syntax error,
 * found here rather than at run time, when the step fails to render or (for a stray "}}") writes it
 * as text into a command or URL. Offsets are into the text, so findings can point at the braces or
 * the name.
 */
record TemplateScan(List<Use> uses, Optional<Flaw> error) {

    static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

    /** One variable path a template names, and where the path starts in the text. */
    record Use(String path, int offset) {
    }

    /** What is wrong with the text's templates, and where in the text. */
    record Flaw(String message, int offset) {
    }

    TemplateScan {
        uses = List.copyOf(uses);
    }

    static TemplateScan of(String text) {
        List<Use> uses = new ArrayList<>();
        // Single braces outside templates are counted so that text which balances them, such as a JSON
        // body ending in "}}", is left alone: a "}}" is stray when it closes nothing, or when the text
        // closes more braces than it opens and the "}}" follows a template, as when completion's braces
        // are typed again inside a JSON body.
        int depth = 0;
        int opened = 0;
        int closed = 0;
        int afterTemplate = -1;
        int at = 0;
        while (at < text.length()) {
            if (text.startsWith("{{", at)) {
                int close = text.indexOf("}}", at + 2);
                int nextOpen = text.indexOf("{{", at + 2);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                    return new TemplateScan(uses, Optional.of(new Flaw("'{{' is not closed with '}}' in '"
                            + lineAt(text, at) + "'", at)));
                }
                String written = text.substring(at + 2, close);
                String inner = written.strip();
                if (!PATH.matcher(inner).matches()) {
                    return new TemplateScan(uses, Optional.of(new Flaw("'{{ " + inner + " }}' is not a variable path;"
                            + " a template holds one name such as incident.affected_resource or"
                            + " steps.drain.output.count", at)));
                }
                uses.add(new Use(inner, at + 2 + written.indexOf(inner)));
                at = close + 2;
                int next = at;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (afterTemplate < 0 && text.startsWith("}}", next)) {
                    afterTemplate = next;
                }
                continue;
            }
            char c = text.charAt(at);
            if (c == '{') {
                depth++;
                opened++;
            } else if (c == '}') {
                closed++;
                if (depth > 0) {
                    depth--;
                } else if (text.startsWith("}}", at)) {
                    return stray(uses, text, at);
                }
            }
            at++;
        }
        if (closed > opened && afterTemplate >= 0) {
            return stray(uses, text, afterTemplate);
        }
        return new TemplateScan(uses, Optional.empty());
    }

    private static TemplateScan stray(List<Use> uses, String text, int at) {
        return new TemplateScan(uses, Optional.of(new Flaw("a '}}' with no '{{' before it in '" + lineAt(text, at)
                + "': the run would write it as text; remove it", at)));
    }

    /** The line of the text holding {@code at}: a message is one line, and a command or body may be many. */
    private static String lineAt(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }
}
