package io.mopstudio.validation;

import io.mopstudio.catalog.ParamType;
import io.mopstudio.model.Durations;
import io.mopstudio.yaml.YamlValues;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Whether a value as written fits a parameter type. Only literals are judged: a value holding a
 * {@code {{ }}} template gets its type when it is rendered, and is checked then.
 */
final class LiteralTypes {

    /** YAML 1.1 reads these words as booleans; authors who write them for a state or a name mean the text. */
    private static final Set<String> YAML11_BOOLEAN_WORDS = Set.of("yes", "no", "on", "off", "y", "n");

    private LiteralTypes() {
    }

    /** What is wrong with the value for the type, e.g. "must be a whole number, not 'twenty'". */
    static Optional<String> check(Node node, ParamType type) {
        if (isUnquotedTemplate(node)) {
            // Already an error of its own (yaml.unquoted_template): the fix is quotes, not another type.
            return Optional.empty();
        }
        Object value = YamlValues.toValue(node);
        if (value instanceof String text && text.contains("{{")) {
            return Optional.empty();
        }
        boolean fits = switch (type) {
            case STRING, RESOURCE -> isScalar(value);
            case INTEGER -> value instanceof Long || value instanceof BigInteger;
            case NUMBER -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
            case DURATION -> Durations.parse(value).isPresent();
            case LIST -> value instanceof List<?>;
            case MAP -> value instanceof Map<?, ?>;
            case ANY -> true;
        };
        return fits ? Optional.empty() : Optional.of("must be " + expected(type) + ", not " + describe(value));
    }

    /**
     * A plain {@code no} or {@code 0755} where the parameter is not a boolean or a number: YAML 1.1
     * would read it as false or as octal, so the author is told to quote it rather than left guessing.
     */
    static Optional<String> ambiguous(Node node, ParamType type) {
        if (!(node instanceof ScalarNode scalar) || scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return Optional.empty();
        }
        String text = scalar.getValue();
        if (Tag.BOOL.equals(scalar.getTag()) && YAML11_BOOLEAN_WORDS.contains(text.toLowerCase(Locale.ROOT))
                && type != ParamType.BOOLEAN) {
            return Optional.of("'" + text + "' is a YAML 1.1 boolean word; write \"" + text
                    + "\" in quotes for the text, or true/false for a boolean");
        }
        if (Tag.INT.equals(scalar.getTag()) && YamlValues.hasLeadingZero(text) && type != ParamType.STRING
                && type != ParamType.RESOURCE) {
            return Optional.of("'" + text + "' has a leading zero, which YAML 1.1 reads as octal; it is kept as the"
                    + " text '" + text + "': write it in quotes to say so, or drop the zero for a number");
        }
        return Optional.empty();
    }

    private static boolean isUnquotedTemplate(Node node) {
        return node instanceof MappingNode mapping && mapping.getValue().size() == 1
                && mapping.getValue().get(0).getKeyNode() instanceof MappingNode;
    }

    private static boolean isScalar(Object value) {
        return value != null && !(value instanceof List<?>) && !(value instanceof Map<?, ?>);
    }

    private static String expected(ParamType type) {
        return switch (type) {
            case STRING -> "text";
            case RESOURCE -> "a resource name such as orders-db, orders-db.replica or orders-db/health";
            case INTEGER -> "a whole number";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case DURATION -> "a duration such as 500ms, 15s, 2m or 1h30m";
            case LIST -> "a list";
            case MAP -> "a mapping";
            case ANY -> "a value";
        };
    }

    private static String describe(Object value) {
        if (value == null) {
            return "an empty value";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        return "'" + value + "'";
    }
}
