package io.mopstudio.engine;

import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import io.mopstudio.template.Template;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The template variables a MOP names, by where they are written ({@code pre_checks.service_state.target},
 * {@code execution_graph.reset_pool.params.initial_size}, ...). The Run dialog asks for the
 * {@code incident.*} ones; the pre-flight checks that every one is defined.
 */
public final class MopVariables {

    private MopVariables() {
    }

    /** Field path to the variables its templates name. */
    public static Map<String, Set<String>> byField(Mop mop) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (PreCheck preCheck : mop.preChecks()) {
            addCheck(out, "pre_checks", preCheck.check());
        }
        for (GraphKind kind : GraphKind.values()) {
            for (Step step : mop.graph(kind)) {
                step.params().forEach((name, value) -> add(out, kind.yamlKey() + "." + step.id() + ".params." + name,
                        Template.variables(value)));
            }
        }
        for (Check check : mop.validation()) {
            addCheck(out, "validation", check);
        }
        return out;
    }

    /** The incident fields the MOP uses, in order of first use, e.g. {@code affected_resource}. */
    public static Set<String> incidentFields(Mop mop) {
        return namesUnder(mop, "incident");
    }

    /** The snapshot names the MOP uses as {@code pre_execution.<name>}. */
    public static Set<String> snapshotNames(Mop mop) {
        return namesUnder(mop, "pre_execution");
    }

    private static Set<String> namesUnder(Mop mop, String root) {
        Set<String> out = new LinkedHashSet<>();
        byField(mop).values().forEach(vars -> vars.stream()
                .filter(v -> v.startsWith(root + "."))
                .map(v -> v.substring(root.length() + 1).split("\\.")[0])
                .forEach(out::add));
        return out;
    }

    private static void addCheck(Map<String, Set<String>> out, String section, Check check) {
        check.params().forEach((name, value) -> add(out, section + "." + check.nodeId() + "." + name,
                Template.variables(value)));
    }

    private static void add(Map<String, Set<String>> out, String field, Set<String> variables) {
        if (!variables.isEmpty()) {
            out.computeIfAbsent(field, k -> new LinkedHashSet<>()).addAll(variables);
        }
    }
}
