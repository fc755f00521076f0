package io.mopstudio.ui.forms;

import io.mopstudio.yaml.Suggestions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The template variables one field may name: those listed (offered as completions) and the roots that
 * are open, where any name is accepted because nothing declares them ({@code incident} while the MOP
 * has no {@code inputs:}, {@code env} while no environment is chosen) and the run decides.
 */
public record TemplateNames(List<String> variables, Set<String> openRoots) {

    /** For a field that takes no templates. */
    public static final TemplateNames NONE = new TemplateNames(List.of(), Set.of());

    /** The most completions offered at once; typing more narrows them. */
    static final int MOST_OFFERED = 12;

    public TemplateNames {
        variables = List.copyOf(variables);
        openRoots = Set.copyOf(openRoots);
    }

    public boolean isEmpty() {
        return variables.isEmpty() && openRoots.isEmpty();
    }

    /**
     * Whether {@code path} names something in scope: a listed variable, a field inside one (a step's
     * {@code output.json.lag}, a snapshot's {@code max_size}), or any name under an open root.
     */
    public boolean knows(String path) {
        int dot = path.indexOf('.');
        if (dot > 0 && openRoots.contains(path.substring(0, dot))) {
            return true;
        }
        return variables.stream().anyMatch(v -> path.equals(v) || path.startsWith(v + "."));
    }

    /** The listed variables that start with what was typed (all of them for nothing typed), in scope order. */
    public List<String> completing(String typed) {
        return variables.stream().filter(v -> v.startsWith(typed) && !v.equals(typed)).limit(MOST_OFFERED).toList();
    }

    /** The listed variable nearest to an unknown path, to suggest in its place; empty when none is close. */
    public Optional<String> nearest(String path) {
        return Suggestions.nearest(path, variables);
    }
}
