package io.mopstudio.yaml.edit;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** A new value as the author typed it (YAML), and how it is written where an old value stood. */
record ValueText(String text, Node parsed) {

    static ValueText parse(String value) throws EditException {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new EditException("the value is empty; write '' for empty text or null for no value");
        }
        try {
            Node parsed = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (parsed == null) {
                throw new EditException("the value '" + text + "' holds no YAML value");
            }
            return new ValueText(text, parsed);
        } catch (YAMLException e) {
            throw new EditException("the value '" + text + "' is not YAML: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "invalid" : message.lines().findFirst().orElse("invalid");
    }

    List<String> lines() {
        return text.lines().toList();
    }

    boolean multiLine() {
        return lines().size() > 1;
    }

    /**
     * Text for a scalar written in place of {@code old}: a plain text value keeps the old value's
     * quotes, so {@code version: "2.3.1"} set to 2.4.0 stays quoted. Anything else is written as typed.
     */
    String inPlaceOf(Node old) {
        if (parsed instanceof ScalarNode value && value.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                && Tag.STR.equals(value.getTag()) && old instanceof ScalarNode oldScalar) {
            if (oldScalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
                return "\"" + value.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            }
            if (oldScalar.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED) {
                return "'" + value.getValue().replace("'", "''") + "'";
            }
        }
        return text;
    }

    /** The value's lines, the first as is, the others indented by {@code indent} spaces. */
    String indentedAfterFirst(int indent, String lineBreak) {
        List<String> lines = lines();
        StringBuilder out = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            out.append(lineBreak).append(" ".repeat(indent)).append(lines.get(i));
        }
        return out.toString();
    }

    /** Every line indented by {@code indent} spaces, joined by the file's line break, none at the end. */
    String indented(int indent, String lineBreak) {
        return " ".repeat(indent) + indentedAfterFirst(indent, lineBreak);
    }
}
