package io.mopstudio.ui.forms;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.catalog.Expectation;
import io.mopstudio.environment.Environment;
import io.mopstudio.model.Check;
import io.mopstudio.model.Durations;
import io.mopstudio.model.ValidationSettings;
import io.mopstudio.template.Template;
import io.mopstudio.template.TemplateException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a validation check's form says it means, in the engine's terms: the catalog's expectation
 * with the check's parameters put in, held for the window, sampled every interval, given up after
 * the check's timeout. Timing the MOP does not set comes from the environment, named as such.
 */
final class ValidationSentence {

    /** An expectation that is one parameter, such as {@code {{ params.threshold_ms }}}: its name gives the unit. */
    private static final Pattern ONE_PARAM = Pattern.compile("\\{\\{\\s*params\\.([A-Za-z0-9_]+)\\s*}}");

    private ValidationSentence() {
    }

    static String of(Check check, Catalog catalog, ValidationSettings own, Optional<Environment> environment) {
        Optional<io.mopstudio.environment.ValidationSettings> env = environment.map(Environment::validation);
        String condition = catalog.check(check.check()).map(entry -> condition(check, entry))
                .orElse(check.check() + " (not in the catalog) keeps passing");
        return "Passes when " + condition
                + " " + timing("for", own.window(), env.map(s -> s.window()), "window")
                + ", sampled " + timing("every", own.interval(), env.map(s -> s.interval()), "interval")
                + ", giving up after " + check.timeout().map(Durations::format)
                        .orElseGet(() -> env.map(s -> Durations.format(s.defaultTimeout()) + " (the environment's default)")
                                .orElse("the environment's default timeout"));
    }

    /** {@code for 3m}; {@code for 5m (the environment's default window)}; {@code at the environment's default interval}. */
    private static String timing(String preposition, Optional<Duration> own, Optional<Duration> env, String name) {
        if (own.isPresent()) {
            return preposition + " " + Durations.format(own.get());
        }
        return env.map(d -> preposition + " " + Durations.format(d) + " (the environment's default " + name + ")")
                .orElse((name.equals("window") ? "for" : "at") + " the environment's default " + name);
    }

    /** {@code connection_wait_time <= 50 ms holds}; a check with no expectation passes when its call succeeds. */
    private static String condition(Check check, CatalogEntry entry) {
        if (entry.expect().isEmpty()) {
            return check.check() + " keeps succeeding";
        }
        Expectation expectation = entry.expect().get();
        Map<String, Object> params = new LinkedHashMap<>();
        entry.params().values().forEach(def -> def.defaultValue().ifPresent(d -> params.put(def.name(), d)));
        params.putAll(check.params());
        String value;
        try {
            value = Template.display(Template.render(expectation.value(), Map.of("params", params)));
        } catch (TemplateException e) {
            // A parameter read from the incident or a snapshot is known only during the run.
            value = String.valueOf(expectation.value());
        }
        return check.check() + " " + expectation.kind().symbol() + " " + value + unit(expectation) + " holds";
    }

    private static String unit(Expectation expectation) {
        Matcher m = ONE_PARAM.matcher(String.valueOf(expectation.value()).strip());
        if (!m.matches()) {
            return "";
        }
        String name = m.group(1);
        if (name.endsWith("_ms")) {
            return " ms";
        }
        if (name.endsWith("_seconds")) {
            return " s";
        }
        return name.endsWith("_percent") ? " %" : "";
    }
}
