package io.mopstudio.ui.editor;

import io.mopstudio.model.Mop;
import io.mopstudio.model.Step;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/** New step ids: the action name's last part, suffixed _2, _3... until no step of either graph has it. */
public final class StepIds {

    private StepIds() {
    }

    public static Set<String> taken(Mop mop) {
        Set<String> ids = new HashSet<>();
        Stream.concat(mop.executionGraph().stream(), mop.rollbackGraph().stream()).map(Step::id).forEach(ids::add);
        return ids;
    }

    /** For an action {@code db.connection_pool.drain}: drain, else drain_2, drain_3... */
    public static String forAction(String action, Set<String> taken) {
        String base = action.substring(action.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_-]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0)) && base.charAt(0) != '_') {
            base = "step_" + base;
        }
        return unique(base, taken);
    }

    /** {@code base}, or base_2, base_3... A copy of {@code drain_2} is drain_3, not drain_2_2. */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        String stem = base.replaceFirst("_\\d+$", "");
        for (int n = 2; ; n++) {
            String candidate = stem + "_" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
