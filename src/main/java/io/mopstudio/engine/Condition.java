package io.mopstudio.engine;

import io.mopstudio.template.Template;
import io.mopstudio.template.TemplateException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's {@code when:}: either a comparison {@code LEFT OP RIGHT} with OP one of
 * {@code == != < <= > >=}, each side a template or a literal, or a single template that renders to
 * true or false. Ordering operators compare numbers; equality compares numbers as numbers and
 * anything else as text.
 */
final class Condition {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^{}]*}}");
    private static final Pattern COMPARISON = Pattern.compile("^(.*?)\\s*(==|!=|<=|>=|<|>)\\s*(.*)$");

    private Condition() {
    }

    /** True or false, or a {@link StepFailure} saying plainly why the condition cannot be decided. */
    static boolean evaluate(String when, Map<String, Object> scope) throws StepFailure {
        String masked = TEMPLATE.matcher(when).replaceAll(m -> "_".repeat(m.group().length()));
        Matcher matcher = COMPARISON.matcher(masked);
        try {
            if (!matcher.matches()) {
                return truth(when, Template.render(when.strip(), scope));
            }
            String left = when.substring(matcher.start(1), matcher.end(1)).strip();
            String op = matcher.group(2);
            String right = when.substring(matcher.start(3), matcher.end(3)).strip();
            return compare(when, Template.render(unquote(left), scope), op, Template.render(unquote(right), scope));
        } catch (TemplateException e) {
            throw new StepFailure("when '" + when + "': " + e.getMessage());
        }
    }

    private static boolean compare(String when, Object left, String op, Object right) throws StepFailure {
        Optional<Double> a = number(left);
        Optional<Double> b = number(right);
        if (a.isPresent() && b.isPresent()) {
            int c = Double.compare(a.get(), b.get());
            return switch (op) {
                case "==" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
        return switch (op) {
            case "==" -> String.valueOf(left).equals(String.valueOf(right));
            case "!=" -> !String.valueOf(left).equals(String.valueOf(right));
            default -> throw new StepFailure("when '" + when + "': '" + op + "' compares numbers, but got '" + left
                    + "' and '" + right + "'");
        };
    }

    private static boolean truth(String when, Object value) throws StepFailure {
        String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        if (text.equals("true")) {
            return true;
        }
        if (text.equals("false")) {
            return false;
        }
        throw new StepFailure("when '" + when + "' must be true or false, or a comparison such as "
                + "\"{{ incident.severity }} == critical\"; it gave '" + value + "'");
    }

    private static String unquote(String side) {
        if (side.length() >= 2 && (side.startsWith("'") && side.endsWith("'")
                || side.startsWith("\"") && side.endsWith("\""))) {
            return side.substring(1, side.length() - 1);
        }
        return side;
    }

    private static Optional<Double> number(Object value) {
        if (value instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        try {
            return Optional.of(Double.parseDouble(String.valueOf(value).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
