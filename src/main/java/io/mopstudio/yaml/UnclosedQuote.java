package io.mopstudio.yaml;

import io.mopstudio.model.SourcePosition;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/** Finds the quote a YAML syntax error really comes from, for {@link YamlDocument}'s messages. */
final class UnclosedQuote {

    /** What stands before a quote that opens a value: "key: " or a list item's "- ". */
    private static final Pattern VALUE_START = Pattern.compile("(?:^\\s*(?:-\\s+)+|:\\s+)$");
    /** A line's indentation and the "- " of the list items it opens. */
    private static final Pattern LEADING_ITEMS = Pattern.compile("^( *)(?:-\\s+)*");
    /** SnakeYAML's context while a quoted scalar runs on to the end of the text or to a "---". */
    private static final String SCANNING_QUOTED = "while scanning a quoted scalar";

    private UnclosedQuote() {
    }

    /**
     * A '"' or "'" left open: a quoted scalar may span lines, so the first quote on a later line
     * closes it and the parser fails on what follows there, or at the end of the text. The finding
     * stands at the quote that opened it. Only a quoted value that ran past its own line is taken
     * for this, only when the parser failed on the line where it ended (or while still inside it),
     * and, for one that did end, only if it swallowed a line no further right than its own key.
     */
    static Optional<Problem> find(MarkedYAMLException e, String text, String file,
            LoaderOptions options) {
        Mark noticed = e.getProblemMark();
        if (noticed == null) {
            return Optional.empty();
        }
        Mark opened;
        if (SCANNING_QUOTED.equals(e.getContext())) {
            // Still inside the quotes at the end of the text, or at a "---" on a later line.
            opened = e.getContextMark();
            boolean endOfStream = String.valueOf(e.getProblem()).startsWith("found unexpected end of stream");
            if (opened == null || !(endOfStream || noticed.getLine() > opened.getLine())) {
                return Optional.empty();
            }
        } else {
            ScalarEvent quoted = lastQuotedScalarBefore(e, text, options);
            if (quoted == null) {
                return Optional.empty();
            }
            opened = quoted.getStartMark();
            Mark closed = quoted.getEndMark();
            if (opened == null || closed == null || closed.getLine() <= opened.getLine()
                    || noticed.getLine() != closed.getLine()) {
                return Optional.empty();
            }
            String prefix = before(text, opened);
            if (prefix == null || !VALUE_START.matcher(prefix).find()
                    || !reachesOwnersIndentation(text, prefix, opened.getLine(), closed.getLine())) {
                return Optional.empty();
            }
        }
        String line = lineAt(text, opened.getLine());
        String prefix = before(text, opened);
        if (line == null || prefix == null || prefix.length() >= line.length()) {
            return Optional.empty();
        }
        char quote = line.charAt(prefix.length());
        if (quote != '"' && quote != '\'') {
            return Optional.empty();
        }
        String context = e.getContext() == null ? "" : ", " + e.getContext();
        String message = "YAML syntax error: this " + quote + " is not closed on its line: add the closing "
                + quote + " (a quoted value may not run onto the next lines here; YAML: "
                + Optional.ofNullable(e.getProblem()).orElse("invalid YAML") + " at " + (noticed.getLine() + 1)
                + ":" + (noticed.getColumn() + 1) + context + ")";
        return Optional.of(Problem.error(new SourcePosition(file, opened.getLine() + 1, opened.getColumn() + 1),
                "yaml.syntax", message));
    }

    /**
     * The last quoted scalar the parser read before it failed, or null: the text is parsed again
     * event by event (only after a failure), since the composer's exception does not say what it had read.
     */
    private static ScalarEvent lastQuotedScalarBefore(MarkedYAMLException failure, String text,
            LoaderOptions options) {
        ScalarEvent last = null;
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                if (event instanceof ScalarEvent scalar) {
                    DumperOptions.ScalarStyle style = scalar.getScalarStyle();
                    boolean quotedStyle = style == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                            || style == DumperOptions.ScalarStyle.SINGLE_QUOTED;
                    last = quotedStyle ? scalar : null;
                }
            }
        } catch (MarkedYAMLException again) {
            Mark was = failure.getProblemMark();
            Mark is = again.getProblemMark();
            // The same failure, met again: the events before it are what the composer had read.
            return is != null && was != null && is.getLine() == was.getLine() && is.getColumn() == was.getColumn()
                    ? last : null;
        } catch (YAMLException again) {
            return null;
        }
        return null;
    }

    /**
     * Whether a line the quoted value ran over starts no further right than the key (or, for a
     * list item, the '-') the value belongs to: a line like that is a sibling the quote swallowed,
     * where a multi-line value written on purpose goes on further right.
     */
    private static boolean reachesOwnersIndentation(String text, String prefix, int openedLine, int closedLine) {
        Matcher lead = LEADING_ITEMS.matcher(prefix);
        if (!lead.find()) {
            return false;
        }
        boolean listItem = lead.end() == prefix.length();
        int owner = listItem ? lead.group(1).length() : lead.end();
        for (int line = openedLine + 1; line <= closedLine; line++) {
            String ran = lineAt(text, line);
            if (ran == null) {
                return false;
            }
            int indent = 0;
            while (indent < ran.length() && ran.charAt(indent) == ' ') {
                indent++;
            }
            if (!ran.isBlank() && indent <= owner) {
                return true;
            }
        }
        return false;
    }

    /** The text of a mark's line before its column (columns count code points), or null if out of range. */
    private static String before(String text, Mark mark) {
        String line = lineAt(text, mark.getLine());
        if (line == null || mark.getColumn() > line.codePointCount(0, line.length())) {
            return null;
        }
        return line.substring(0, line.offsetByCodePoints(0, mark.getColumn()));
    }

    private static String lineAt(String text, int zeroBasedLine) {
        String[] lines = text.split("\r?\n", -1);
        return zeroBasedLine < 0 || zeroBasedLine >= lines.length ? null : lines[zeroBasedLine];
    }
}
