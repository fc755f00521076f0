package io.mopstudio.ui.forms;

import io.mopstudio.environment.Environment;
import io.mopstudio.model.Durations;
import io.mopstudio.model.ValidationSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The MOP's validation window and interval as two duration fields, on the MOP's form and on each
 * validation check's form; blank means the environment's timing, which the prompt shows when known.
 */
final class ValidationTimingFields {

    private ValidationTimingFields() {
    }

    static void add(FormGrid grid, FormContext context) {
        ValidationSettings own = context.mop().validationSettings();
        Optional<io.mopstudio.environment.ValidationSettings> env = context.environment().map(Environment::validation);
        ValidationTimingEdits edits = context.edits().validationTiming();
        grid.heading("Validation timing");
        grid.text("field-validation-window", "window", "How long all checks must hold together: 2m, 90s",
                own.window().map(Durations::format).orElse(""), prompt(env.map(s -> s.window())), TemplateNames.NONE,
                text -> edits.set("window", text));
        grid.text("field-validation-interval", "interval", "Time between samples: 5s, 10s",
                own.interval().map(Durations::format).orElse(""), prompt(env.map(s -> s.interval())), TemplateNames.NONE,
                text -> edits.set("interval", text));
    }

    private static String prompt(Optional<Duration> fromEnvironment) {
        Function<Duration, String> shown = d -> "the environment's " + Durations.format(d);
        return fromEnvironment.map(shown).orElse("the environment's default");
    }
}
