package io.mopstudio.ui.forms;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.environment.Environment;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Input;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Snapshot;
import io.mopstudio.model.Step;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The template variables a field of a node may use, as docs/mop-format.md lists them: incident
 * inputs, the environment's variables, snapshots (not in pre-checks), and the outputs of the
 * execution steps that are sure to have run before (ancestors; any of them for validation and rollback).
 */
public final class TemplateScope {

    private TemplateScope() {
    }

    /**
     * The variables listed for completion, and the roots nothing declares: {@code incident} while the
     * MOP has no {@code inputs:} (any incident field may be given), {@code env} while no environment
     * is chosen (its variables are unknown until one is; the env names the MOP already uses are listed).
     */
    public static TemplateNames names(Mop mop, NodeKey node, Optional<Environment> env, Catalog catalog) {
        Set<String> open = new LinkedHashSet<>();
        if (mop.inputs().isEmpty()) {
            open.add("incident");
        }
        if (env.isEmpty()) {
            open.add("env");
        }
        return new TemplateNames(variables(mop, node, env, catalog), open);
    }

    public static List<String> variables(Mop mop, NodeKey node, Optional<Environment> env, Catalog catalog) {
        List<String> out = new ArrayList<>();
        if (mop.inputs().isEmpty()) {
            out.add("incident.affected_resource");
        } else {
            mop.inputs().stream().map(Input::name).forEach(n -> out.add("incident." + n));
        }
        if (env.isPresent()) {
            env.get().variables().keySet().forEach(v -> out.add("env." + v));
        } else {
            out.addAll(EnvNamesInUse.of(mop));
        }
        if (node.kind() != NodeKind.PRE_CHECK) {
            Set<String> snapshots = new LinkedHashSet<>();
            mop.snapshots().stream().map(Snapshot::id).forEach(snapshots::add);
            snapshots.addAll(catalog.snapshots().keySet());
            snapshots.forEach(s -> out.add("pre_execution." + s));
        }
        stepsBefore(mop, node).forEach(id -> out.add("steps." + id + ".output"));
        return out;
    }

    private static List<String> stepsBefore(Mop mop, NodeKey node) {
        return switch (node.kind()) {
            case PRE_CHECK -> List.of();
            case VALIDATION, ROLLBACK_STEP -> mop.executionGraph().stream().map(Step::id).toList();
            case EXECUTION_STEP -> ancestors(mop, node.id());
        };
    }

    private static List<String> ancestors(Mop mop, String id) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(id));
        while (!queue.isEmpty()) {
            mop.step(GraphKind.EXECUTION, queue.poll()).ifPresent(step -> step.dependsOn().forEach(dep -> {
                if (seen.add(dep)) {
                    queue.add(dep);
                }
            }));
        }
        return List.copyOf(seen);
    }
}
