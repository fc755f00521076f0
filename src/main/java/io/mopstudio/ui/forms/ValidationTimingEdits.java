package io.mopstudio.ui.forms;

import io.mopstudio.catalog.ParamType;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.editor.YamlScalars;
import io.mopstudio.yaml.edit.SetValidationTiming;
import java.util.Optional;

/**
 * The MOP's own validation window and interval, set from a form as durations; blank text clears
 * one, and with neither written the environment's timing applies.
 */
public final class ValidationTimingEdits {

    private final MopDocument document;

    ValidationTimingEdits(MopDocument document) {
        this.document = document;
    }

    /** {@code key} is window or interval. */
    public Optional<String> set(String key, String text) {
        if (text.isBlank()) {
            return document.apply("clear validation " + key, new SetValidationTiming(key, ""));
        }
        try {
            String yaml = YamlScalars.typed(text, ParamType.DURATION);
            return document.apply("set validation " + key, new SetValidationTiming(key, yaml));
        } catch (IllegalArgumentException e) {
            return Optional.of(key + ": " + e.getMessage());
        }
    }
}
