package io.mopstudio.catalog;

import java.util.Set;

/**
 * Pre-checks the engine itself evaluates from the environment, not through a catalog:
 * {@code change_window} (maintenance windows, freezes, business hours). They take no parameters.
 */
public final class BuiltInChecks {

    public static final String CHANGE_WINDOW = "change_window";
    public static final Set<String> NAMES = Set.of(CHANGE_WINDOW);

    private BuiltInChecks() {
    }

    public static boolean isBuiltIn(String checkName) {
        return NAMES.contains(checkName);
    }
}
