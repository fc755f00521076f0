package io.mopstudio.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Turns composed YAML nodes into plain Java values: String, Long, Double, Boolean, null, List, Map. */
public final class YamlValues {

    private YamlValues() {
    }

    public static Object toValue(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> out = new ArrayList<>();
            sequence.getValue().forEach(child -> out.add(toValue(child)));
            return out;
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (Tag.MERGE.equals(tuple.getKeyNode().getTag())) {
                    mergeInto(out, toValue(tuple.getValueNode()));
                } else {
                    out.put(String.valueOf(toValue(tuple.getKeyNode())), toValue(tuple.getValueNode()));
                }
            }
            return out;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> target, Object merged) {
        if (merged instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach(target::putIfAbsent);
        } else if (merged instanceof List<?> list) {
            list.forEach(item -> mergeInto(target, item));
        }
    }

    private static Object scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on", "y" -> Boolean.TRUE;
                default -> Boolean.FALSE;
            };
        }
        if (Tag.INT.equals(tag)) {
            return integer(text);
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return Double.parseDouble(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }

    private static Object integer(String text) {
        String digits = text.replace("_", "");
        if (hasLeadingZero(digits)) {
            // YAML 1.1 reads 0755 as octal and a naive reading drops the zero: both change what was
            // written (a file mode, a zip code), so the text is kept exactly.
            return text;
        }
        try {
            BigInteger value = new BigInteger(digits);
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        } catch (NumberFormatException e) {
            // Octal, hex and sexagesimal forms are kept as written rather than guessed at.
            return text;
        }
    }

    /** {@code 0755}, {@code -007}: digits after a leading zero, which YAML 1.1 reads as octal. */
    public static boolean hasLeadingZero(String number) {
        String unsigned = number.startsWith("-") || number.startsWith("+") ? number.substring(1) : number;
        return unsigned.length() > 1 && unsigned.charAt(0) == '0' && Character.isDigit(unsigned.charAt(1));
    }
}
