package io.mopstudio.ui.editor;

import io.mopstudio.catalog.ParamType;
import io.mopstudio.model.Durations;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What a form field's text becomes in the YAML, written as a person would: plain where YAML reads
 * it back as the same text, double-quoted otherwise (templates, {@code yes}, {@code 0755}, colons).
 * A value that does not fit its type is refused with a message instead of being written.
 */
public final class YamlScalars {

    private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z_][A-Za-z0-9_ ./-]*");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private YamlScalars() {
    }

    /** Text, quoted only when YAML would not read it back as this same text. */
    public static String text(String value) {
        if (PLAIN_SAFE.matcher(value).matches() && !value.endsWith(" ") && readsAsText(value)) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean readsAsText(String value) {
        try {
            Node node = new Yaml(new LoaderOptions()).compose(new StringReader(value));
            return node instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())
                    && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && scalar.getValue().equals(value);
        } catch (YAMLException e) {
            return false;
        }
    }

    public static boolean isTemplate(String value) {
        return value.strip().startsWith("{{") && value.strip().endsWith("}}");
    }

    /** The YAML for {@code value} as a parameter of {@code type}; an IllegalArgumentException says why it does not fit. */
    public static String typed(String value, ParamType type) {
        String v = value.strip();
        if (isTemplate(v)) {
            return text(v);
        }
        return switch (type) {
            case INTEGER -> require(v, INTEGER.matcher(v).matches(), "a whole number, such as 10");
            case NUMBER -> require(v, NUMBER.matcher(v).matches(), "a number, such as 50 or 0.5");
            case BOOLEAN -> require(v, v.equals("true") || v.equals("false"), "true or false");
            case DURATION -> require(v, Durations.parse(v).isPresent(),
                    "a duration such as 500ms, 15s, 2m or 1h30m (at most 366 days)");
            case LIST -> list(splitList(v));
            case MAP, ANY -> yaml(v);
            default -> text(value);
        };
    }

    /** A flow list of text items: {@code [a, "b: c"]}. */
    public static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(YamlScalars::text).toList()) + "]";
    }

    static List<String> splitList(String text) {
        String inner = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        return inner.isBlank() ? List.of() : List.of(inner.split("\\s*,\\s*")).stream().map(String::strip)
                .map(s -> s.replaceAll("^\"|\"$", "")).toList();
    }

    private static String yaml(String value) {
        try {
            new Yaml(new LoaderOptions()).compose(new StringReader(value));
            return value;
        } catch (YAMLException e) {
            throw new IllegalArgumentException("not YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String require(String value, boolean fits, String expected) {
        if (!fits) {
            throw new IllegalArgumentException("'" + value + "' is not " + expected);
        }
        return value;
    }
}
