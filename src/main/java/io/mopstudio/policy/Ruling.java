package io.mopstudio.policy;

import java.util.Optional;

/** What a change policy says at one instant, with the rule that says it. */
record Ruling(boolean permitted, ChangeRuleKind kind, String name, Optional<Freeze> freeze,
        Optional<WeeklyWindow> window) {

    static Ruling of(boolean permitted, ChangeRuleKind kind, String name) {
        return new Ruling(permitted, kind, name, Optional.empty(), Optional.empty());
    }

    /** The rule as an operator reads it in a sentence. */
    String label() {
        return switch (kind) {
            case MAINTENANCE_WINDOW -> "maintenance window " + name;
            case NO_RESTRICTION -> "no rule restricts changes";
            default -> name;
        };
    }
}
