package io.mopstudio.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@code {{ path }}} templates strictly: a variable that is not defined is an error naming
 * it, never an empty string. A value that is exactly one template keeps the variable's type (a
 * number stays a number, a snapshot stays a mapping); inside a longer text it is written as text,
 * mappings and lists as JSON.
 */
public final class Template {

    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Template() {
    }

    /** Renders every string inside {@code value}, recursing through lists and mappings. */
    public static Object render(Object value, Map<String, ?> scope) throws TemplateException {
        if (value instanceof String text) {
            return renderString(text, scope);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.put(String.valueOf(entry.getKey()), render(entry.getValue(), scope));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(render(item, scope));
            }
            return out;
        }
        return value;
    }

    /**
     * Renders like {@link #render(Object, Map)}, but every template value becomes text passed through
     * {@code quoting} (such as shell quoting), even where the text is exactly one template: the
     * result is always text in which no value can act as syntax.
     */
    public static Object renderQuoted(Object value, Map<String, ?> scope, java.util.function.UnaryOperator<String> quoting)
            throws TemplateException {
        if (!(value instanceof String text)) {
            return render(value, scope);
        }
        if (EXPRESSION.matcher(text).replaceAll("").contains("{{")) {
            throw new TemplateException(text, "malformed template in '" + text + "': write {{ name.field }}");
        }
        Matcher matcher = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(text, last, matcher.start());
            String path = matcher.group(1);
            try {
                out.append(quoting.apply(asText(path, lookup(path, scope))));
            } catch (IllegalArgumentException e) {
                throw new TemplateException(path, "'" + path + "' cannot be used here: " + e.getMessage());
            }
            last = matcher.end();
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    /** Where one template names a variable in a text: the path and its span (the path alone, not the braces). */
    public record Reference(String path, int start, int end) {
    }

    /** The variable paths the templates in {@code text} name, with where each stands, in order. */
    public static List<Reference> references(String text) {
        List<Reference> out = new ArrayList<>();
        Matcher matcher = EXPRESSION.matcher(text);
        while (matcher.find()) {
            if (!matcher.group(1).isEmpty()) {
                out.add(new Reference(matcher.group(1), matcher.start(1), matcher.end(1)));
            }
        }
        return out;
    }

    /** Every variable path named by templates inside {@code value}, in order of appearance. */
    public static Set<String> variables(Object value) {
        Set<String> out = new LinkedHashSet<>();
        collect(value, out);
        return out;
    }

    private static void collect(Object value, Set<String> out) {
        if (value instanceof String text) {
            Matcher matcher = EXPRESSION.matcher(text);
            while (matcher.find()) {
                out.add(matcher.group(1));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        }
    }

    private static Object renderString(String text, Map<String, ?> scope) throws TemplateException {
        if (EXPRESSION.matcher(text).replaceAll("").contains("{{")) {
            throw new TemplateException(text, "malformed template in '" + text + "': write {{ name.field }}");
        }
        Matcher matcher = EXPRESSION.matcher(text);
        if (matcher.matches()) {
            return lookup(matcher.group(1), scope);
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        matcher.reset();
        while (matcher.find()) {
            out.append(text, last, matcher.start());
            out.append(asText(matcher.group(1), lookup(matcher.group(1), scope)));
            last = matcher.end();
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    /** Resolves a dotted path in the scope; the error names the path and what was available. */
    public static Object lookup(String path, Map<String, ?> scope) throws TemplateException {
        if (!PATH.matcher(path).matches()) {
            throw new TemplateException(path, "'" + path + "' is not a variable; write {{ name.field }}");
        }
        String[] parts = path.split("\\.");
        Object current = scope;
        StringBuilder walked = new StringBuilder();
        for (String part : parts) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
                String known = current instanceof Map<?, ?> m && !m.isEmpty()
                        ? " (" + (walked.length() == 0 ? "known" : walked + " has") + ": "
                                + String.join(", ", m.keySet().stream().map(String::valueOf).sorted().toList()) + ")"
                        : "";
                throw new TemplateException(path, "'" + path + "' is not defined" + known);
            }
            current = map.get(part);
            if (walked.length() > 0) {
                walked.append('.');
            }
            walked.append(part);
        }
        if (current == null) {
            throw new TemplateException(path, "'" + path + "' is empty (null)");
        }
        return current;
    }

    /** How a value reads for people (logs, plans, details): as {@link #asText}, never failing. */
    public static String display(Object value) {
        try {
            return asText("value", value);
        } catch (TemplateException e) {
            return String.valueOf(value);
        }
    }

    /** How a value reads inside a longer text. */
    public static String asText(String path, Object value) throws TemplateException {
        if (value instanceof String s) {
            return s;
        }
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            // BigDecimal has no NaN or infinity; these read as Java writes them.
            return String.valueOf(value);
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new TemplateException(path, "'" + path + "' cannot be written as text: " + e.getMessage());
            }
        }
        return String.valueOf(value);
    }
}
