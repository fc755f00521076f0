package io.mopstudio.ui.canvas;

import io.mopstudio.model.Check;
import io.mopstudio.model.Durations;
import io.mopstudio.model.OnFailure;
import io.mopstudio.model.Step;
import io.mopstudio.model.StepOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a node box says beyond its id: the first parameters, and badges for non-default run settings. */
final class NodeSummary {

    /** A box has room for two parameter lines, "+N more" included; the form shows them all. */
    static final int PARAM_LINES = 2;
    private static final int LONGEST_VALUE = 36;

    private NodeSummary() {
    }

    static List<String> params(Map<String, Object> params) {
        List<String> out = new ArrayList<>();
        // A third line pushed the status pill out of the box: with more parameters than lines, the last says how many.
        int shown = params.size() <= PARAM_LINES ? params.size() : PARAM_LINES - 1;
        params.entrySet().stream().limit(shown).forEach(e -> out.add(e.getKey() + " = " + shorten(e.getValue())));
        if (params.size() > shown) {
            out.add("+" + (params.size() - shown) + " more");
        }
        return out;
    }

    static List<String> badges(Step step) {
        List<String> out = new ArrayList<>();
        if (step.onFailure() != OnFailure.ROLLBACK) {
            out.add("on_failure: " + step.onFailure().yamlName());
        }
        StepOptions options = step.options();
        if (options.retries().max() > 0) {
            out.add("retries: " + options.retries().max());
        }
        options.timeout().ifPresent(t -> out.add("timeout: " + Durations.format(t)));
        if (options.when().isPresent()) {
            out.add("when");
        }
        if (!options.compensates().isEmpty()) {
            out.add("compensates: " + String.join(", ", options.compensates()));
        }
        return out;
    }

    static List<String> badges(Check check) {
        return check.timeout().map(t -> List.of("timeout: " + Durations.format(t))).orElse(List.of());
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() <= LONGEST_VALUE ? text : text.substring(0, LONGEST_VALUE - 1) + "…";
    }
}
