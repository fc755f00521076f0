package io.mopstudio.diff;

import io.mopstudio.diff.MopChange.Section;
import io.mopstudio.model.Check;
import io.mopstudio.model.Durations;
import io.mopstudio.model.Input;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Retries;
import io.mopstudio.model.Snapshot;
import io.mopstudio.model.Step;
import io.mopstudio.template.Template;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two versions of a MOP, by meaning rather than by text: steps, checks,
 * inputs and snapshots matched by id; parameters, thresholds, settings and edges compared as
 * values. Reordering, reformatting and comments are not changes; a renamed step reads as one
 * removed and one added, as it does to the engine.
 */
public final class MopDiff {

    private final List<MopChange> changes = new ArrayList<>();

    private MopDiff() {
    }

    public static List<MopChange> between(Mop before, Mop after) {
        MopDiff diff = new MopDiff();
        diff.header(before, after);
        diff.keyed(Section.INPUTS, "inputs", before.inputs(), after.inputs(), Input::name, MopDiff::inputFields);
        diff.keyed(Section.PRE_CHECKS, "pre_checks", before.preChecks(), after.preChecks(), PreCheck::nodeId,
                MopDiff::preCheckFields);
        diff.keyed(Section.SNAPSHOTS, "snapshots", before.extras().snapshots(), after.extras().snapshots(),
                Snapshot::id, MopDiff::snapshotFields);
        diff.graph(Section.EXECUTION_GRAPH, "execution_graph", before.executionGraph(), after.executionGraph());
        diff.value(Section.VALIDATION, "validation.window", duration(before.extras().validationSettings().window()),
                duration(after.extras().validationSettings().window()));
        diff.value(Section.VALIDATION, "validation.interval",
                duration(before.extras().validationSettings().interval()),
                duration(after.extras().validationSettings().interval()));
        diff.keyed(Section.VALIDATION, "validation", before.validation(), after.validation(), Check::nodeId,
                MopDiff::checkFields);
        diff.graph(Section.ROLLBACK_GRAPH, "rollback_graph", before.rollbackGraph(), after.rollbackGraph());
        return List.copyOf(diff.changes);
    }

    private void header(Mop before, Mop after) {
        value(Section.HEADER, "mop_id", Optional.of(before.mopId()), Optional.of(after.mopId()));
        value(Section.HEADER, "name", Optional.of(before.name()), Optional.of(after.name()));
        value(Section.HEADER, "version", Optional.of(before.version()), Optional.of(after.version()));
        value(Section.HEADER, "category", text(before.category()), text(after.category()));
        value(Section.HEADER, "blast_radius_max", before.blastRadiusMax(), after.blastRadiusMax());
        value(Section.HEADER, "description", text(before.description()), text(after.description()));
    }

    /** Items matched by key: added, removed, or compared field by field. */
    private <T> void keyed(Section section, String prefix, List<T> before, List<T> after, Function<T, String> key,
            Function<T, Map<String, String>> fields) {
        Map<String, T> old = byKey(before, key);
        Map<String, T> now = byKey(after, key);
        for (Map.Entry<String, T> entry : old.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                changes.add(MopChange.removed(section, prefix + "." + entry.getKey(), summary(fields.apply(entry.getValue()))));
            }
        }
        for (Map.Entry<String, T> entry : now.entrySet()) {
            String path = prefix + "." + entry.getKey();
            T previous = old.get(entry.getKey());
            if (previous == null) {
                changes.add(MopChange.added(section, path, summary(fields.apply(entry.getValue()))));
            } else {
                fieldsDiff(section, path, fields.apply(previous), fields.apply(entry.getValue()));
            }
        }
    }

    private void graph(Section section, String prefix, List<Step> before, List<Step> after) {
        keyed(section, prefix, before, after, Step::id, MopDiff::stepFields);
        Set<String> oldEdges = edges(before);
        Set<String> newEdges = edges(after);
        for (String edge : oldEdges) {
            if (!newEdges.contains(edge)) {
                changes.add(MopChange.removed(section, prefix + " edge", edge));
            }
        }
        for (String edge : newEdges) {
            if (!oldEdges.contains(edge)) {
                changes.add(MopChange.added(section, prefix + " edge", edge));
            }
        }
    }

    private static Set<String> edges(List<Step> steps) {
        Set<String> edges = new LinkedHashSet<>();
        steps.forEach(step -> step.dependsOn().forEach(from -> edges.add(from + " -> " + step.id())));
        return edges;
    }

    private void fieldsDiff(Section section, String path, Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            value(section, path + "." + name, Optional.ofNullable(before.get(name)), Optional.ofNullable(after.get(name)));
        }
    }

    private void value(Section section, String path, Optional<String> before, Optional<String> after) {
        if (before.equals(after)) {
            return;
        }
        if (before.isEmpty()) {
            changes.add(MopChange.added(section, path, after.get()));
        } else if (after.isEmpty()) {
            changes.add(MopChange.removed(section, path, before.get()));
        } else {
            changes.add(MopChange.changed(section, path, before.get(), after.get()));
        }
    }

    private static Map<String, String> stepFields(Step step) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", step.action());
        params(fields, step.params());
        // Edges are reported as edges; depends_on is not repeated as a field.
        fields.put("on_failure", step.onFailure().name().toLowerCase(java.util.Locale.ROOT));
        step.options().timeout().ifPresent(t -> fields.put("timeout", Durations.format(t)));
        Retries retries = step.options().retries();
        if (!retries.equals(Retries.NONE)) {
            fields.put("retries", retries.max() + " (delay " + Durations.format(retries.delay()) + ", backoff "
                    + retries.backoff() + retries.total().map(t -> ", total " + Durations.format(t)).orElse("") + ")");
        }
        step.options().when().ifPresent(when -> fields.put("when", when));
        if (!step.options().compensates().isEmpty()) {
            fields.put("compensates", String.join(", ", step.options().compensates()));
        }
        step.options().blastRadius().ifPresent(radius -> fields.put("blast_radius", radius));
        return fields;
    }

    private static Map<String, String> checkFields(Check check) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("check", check.check());
        params(fields, check.params());
        check.timeout().ifPresent(t -> fields.put("timeout_seconds", Long.toString(t.toSeconds())));
        return fields;
    }

    private static Map<String, String> preCheckFields(PreCheck preCheck) {
        Map<String, String> fields = checkFields(preCheck.check());
        fields.put("abort_on_fail", Boolean.toString(preCheck.abortOnFail()));
        return fields;
    }

    private static Map<String, String> inputFields(Input input) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", input.type().yamlName());
        fields.put("required", Boolean.toString(input.required()));
        input.pattern().ifPresent(p -> fields.put("pattern", p));
        input.defaultValue().ifPresent(d -> fields.put("default", d));
        return fields;
    }

    private static Map<String, String> snapshotFields(Snapshot snapshot) {
        Map<String, String> fields = new LinkedHashMap<>();
        snapshot.snapshot().ifPresent(s -> fields.put("snapshot", s));
        snapshot.action().ifPresent(a -> fields.put("action", a));
        params(fields, snapshot.params());
        snapshot.observe().ifPresent(o -> fields.put("observe", o));
        return fields;
    }

    private static void params(Map<String, String> fields, Map<String, Object> params) {
        params.forEach((name, value) -> fields.put(name, Template.display(value)));
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(Objects.requireNonNull(key.apply(item)), item));
        return map;
    }

    private static String summary(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((name, value) -> parts.add(name + "=" + value));
        return String.join(", ", parts);
    }

    private static Optional<String> duration(Optional<Duration> duration) {
        return duration.map(Durations::format);
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
