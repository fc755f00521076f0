package io.mopstudio.ui.forms;

import io.mopstudio.yaml.edit.MopEdit;
import io.mopstudio.yaml.edit.Patch;
import io.mopstudio.yaml.edit.ReplaceText;
import io.mopstudio.yaml.edit.TextPatch;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a MOP header field that is not written yet goes: on its own line after the header field the
 * format lists before it (blast_radius_max after category), as a person would write it, rather than
 * at the end of the file after the graphs. Only when that line holds the whole earlier value; else
 * the ordinary edit (at the end of the mapping) is used.
 */
final class HeaderPlacement {

    /** The header keys in the order the format and the seed write them. */
    static final List<String> ORDER = List.of("mop_id", "name", "version", "category", "blast_radius_max",
            "description");

    private HeaderPlacement() {
    }

    /** The edit that adds {@code field: yaml} below the header field before it; empty if it is written already. */
    static Optional<MopEdit> newKey(String text, String field, String yaml) {
        int index = ORDER.indexOf(field);
        if (index < 0 || topLevelKey(text, field).isPresent() || yaml.contains("\n")) {
            return Optional.empty();
        }
        int lineEnd = -1;
        for (String earlier : ORDER.subList(0, index)) {
            lineEnd = Math.max(lineEnd, topLevelKey(text, earlier).map(Matcher::end).orElse(-1));
        }
        if (lineEnd < 0 || lineEnd >= text.length()) {
            return Optional.empty();
        }
        int next = lineEnd + 1;
        // A value that goes on below its key (a block scalar, a folded string) must not be split.
        if (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            return Optional.empty();
        }
        String lineBreak = text.charAt(lineEnd) == '\r' ? "\r\n" : "\n";
        int at = lineBreak.length() == 2 ? lineEnd + 2 : next;
        return Optional.of(new ReplaceText(new Patch(List.of(new TextPatch(at, at, field + ": " + yaml + lineBreak)))));
    }

    /** A key at column 0 is a top-level key: nested keys are indented and block text is too. */
    private static Optional<Matcher> topLevelKey(String text, String key) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(key) + ":[^\\r\\n]*").matcher(text);
        return matcher.find() ? Optional.of(matcher) : Optional.empty();
    }
}
