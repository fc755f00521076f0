package io.mopstudio.engine;

import io.mopstudio.catalog.ParamDef;
import io.mopstudio.environment.Inventory;
import io.mopstudio.environment.ResolvedResource;
import io.mopstudio.model.Durations;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a rendered parameter against its declared type and converts it (text "20" to 20, a resource name to its entry). */
final class ParamCoercion {

    private ParamCoercion() {
    }

    static Object coerce(ParamDef def, Object value, Inventory inventory, String node) throws StepFailure {
        String where = node + ": parameter '" + def.name() + "'";
        return switch (def.type()) {
            case STRING -> scalarText(value, where);
            case INTEGER -> integer(value, where);
            case NUMBER -> number(value, where);
            case BOOLEAN -> bool(value, where);
            case DURATION -> {
                String text = scalarText(value, where);
                if (Durations.parse(text).isEmpty()) {
                    throw new StepFailure(where + " must be a duration such as 15s or 2m, not '" + text + "'");
                }
                yield text;
            }
            case RESOURCE -> resource(scalarText(value, where), inventory, where);
            case LIST -> {
                if (!(value instanceof List<?>)) {
                    throw new StepFailure(where + " must be a list");
                }
                yield value;
            }
            case MAP -> {
                if (!(value instanceof Map<?, ?>)) {
                    throw new StepFailure(where + " must be a mapping");
                }
                yield value;
            }
            case ANY -> value;
        };
    }

    /** The resolved entry as a template value; it is shown and audited by its name. */
    private static Object resource(String name, Inventory inventory, String where) throws StepFailure {
        Optional<ResolvedResource> resolved = inventory.resolve(name);
        if (resolved.isEmpty()) {
            throw new StepFailure(where + ": '" + name + "' is not in the environment's inventory (it has: "
                    + String.join(", ", inventory.names()) + ")");
        }
        return resolved.get().asTemplateValue();
    }

    private static String scalarText(Object value, String where) throws StepFailure {
        if (value instanceof Map<?, ?> || value instanceof List<?> || value == null) {
            throw new StepFailure(where + " must be a single value");
        }
        return String.valueOf(value);
    }

    private static Long integer(Object value, String where) throws StepFailure {
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        try {
            return Long.parseLong(scalarText(value, where).trim());
        } catch (NumberFormatException e) {
            throw new StepFailure(where + " must be a whole number, not '" + value + "'");
        }
    }

    private static Number number(Object value, String where) throws StepFailure {
        if (value instanceof Number n) {
            return n;
        }
        try {
            return Double.parseDouble(scalarText(value, where).trim());
        } catch (NumberFormatException e) {
            throw new StepFailure(where + " must be a number, not '" + value + "'");
        }
    }

    private static Boolean bool(Object value, String where) throws StepFailure {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = scalarText(value, where).trim();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new StepFailure(where + " must be true or false, not '" + value + "'");
    }
}
