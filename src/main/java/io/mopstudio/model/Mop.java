package io.mopstudio.model;

import java.util.List;
import java.util.Optional;

/** A Machine Operations Procedure as its YAML file describes it. */
public record Mop(
        String mopId,
        String name,
        String version,
        String category,
        Optional<String> blastRadiusMax,
        List<PreCheck> preChecks,
        List<Step> executionGraph,
        List<Check> validation,
        List<Step> rollbackGraph,
        MopExtras extras,
        SourcePosition position) {

    public Mop {
        preChecks = List.copyOf(preChecks);
        executionGraph = List.copyOf(executionGraph);
        validation = List.copyOf(validation);
        rollbackGraph = List.copyOf(rollbackGraph);
    }

    public List<Step> graph(GraphKind kind) {
        return kind == GraphKind.EXECUTION ? executionGraph : rollbackGraph;
    }

    public Optional<Step> step(GraphKind kind, String id) {
        return graph(kind).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public String description() {
        return extras.description();
    }

    public List<Input> inputs() {
        return extras.inputs();
    }

    public List<Snapshot> snapshots() {
        return extras.snapshots();
    }

    public ValidationSettings validationSettings() {
        return extras.validationSettings();
    }
}
