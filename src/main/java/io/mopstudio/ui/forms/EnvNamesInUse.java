package io.mopstudio.ui.forms;

import io.mopstudio.model.Mop;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code env.*} names a MOP's own templates already use. With no environment chosen nothing lists
 * the environment's variables, yet a name written once is the likeliest to be wanted again: offering it
 * spares typing it a second time, differently.
 */
final class EnvNamesInUse {

    private static final Pattern ENV_NAME = Pattern.compile("\\{\\{\\s*(env\\.[A-Za-z_][A-Za-z0-9_-]*)");

    private EnvNamesInUse() {
    }

    /** Sorted, each once. */
    static List<String> of(Mop mop) {
        TreeSet<String> names = new TreeSet<>();
        Stream.of(mop.executionGraph(), mop.rollbackGraph()).flatMap(List::stream).forEach(step -> {
            collect(step.params(), names);
            step.options().when().ifPresent(when -> collect(when, names));
        });
        mop.preChecks().forEach(p -> collect(p.check().params(), names));
        mop.validation().forEach(check -> collect(check.params(), names));
        mop.snapshots().forEach(snapshot -> collect(snapshot.params(), names));
        return List.copyOf(names);
    }

    private static void collect(Object value, TreeSet<String> names) {
        if (value instanceof String text) {
            Matcher found = ENV_NAME.matcher(text);
            while (found.find()) {
                names.add(found.group(1));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, names));
        } else if (value instanceof Collection<?> items) {
            items.forEach(v -> collect(v, names));
        }
    }
}
