package io.mopstudio.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks a rendered, typed parameter value against its schema's {@code enum} and {@code pattern}. */
public final class ParamRules {

    private ParamRules() {
    }

    /** What is wrong with {@code value}, as the end of a sentence starting with the parameter's name. */
    public static Optional<String> problem(ParamDef def, Object value) {
        Object plain = value instanceof Map<?, ?> map && map.containsKey("name") && map.containsKey("resource")
                ? map.get("name") : value;
        if (!def.allowed().isEmpty() && def.allowed().stream().noneMatch(a -> same(a, plain))) {
            return Optional.of("must be one of " + def.allowed() + ", not '" + plain + "'");
        }
        if (def.pattern().isPresent() && !(plain instanceof Map<?, ?> || plain instanceof List<?>)) {
            try {
                if (!Pattern.compile(def.pattern().get()).matcher(String.valueOf(plain)).matches()) {
                    return Optional.of("must match " + def.pattern().get() + ", not '" + plain + "'");
                }
            } catch (PatternSyntaxException e) {
                return Optional.of("has a pattern that is not a regular expression: " + def.pattern().get());
            }
        }
        return Optional.empty();
    }

    /** 20 given as text and 20 as a number are the same choice. */
    private static boolean same(Object allowed, Object value) {
        return String.valueOf(allowed).equals(String.valueOf(value));
    }
}
