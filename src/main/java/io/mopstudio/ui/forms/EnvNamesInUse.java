package io.mopstudio.ui.forms;

import io.mopstudio.model.Mop;
import io.mopstudio.template.Template;
import java.util.List;
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

    private static final Pattern ENV_NAME = Pattern.compile("^(env\\.[A-Za-z_][A-Za-z0-9_-]*)");

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
        for (String path : Template.variables(value)) {
            Matcher env = ENV_NAME.matcher(path);
            if (env.find()) {
                names.add(env.group(1));
            }
        }
    }
}
