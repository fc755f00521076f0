package io.mopstudio.validation;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Snapshot;
import io.mopstudio.model.SourcePosition;
import io.mopstudio.model.Step;
import io.mopstudio.yaml.CheckReader;
import io.mopstudio.yaml.MopNodes;
import io.mopstudio.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every {@link Site} of a MOP, in file order of sections, each with its written parameters. */
final class Sites {

    private Sites() {
    }

    static List<Site> of(Mop mop, MopNodes nodes) {
        List<Site> out = new ArrayList<>();
        for (PreCheck preCheck : mop.preChecks()) {
            out.add(check(preCheck.check(), Site.Phase.PRE_CHECK, CheckReader.PRE_CHECK_RESERVED, nodes,
                    "pre-check"));
        }
        for (Snapshot snapshot : mop.snapshots()) {
            out.add(snapshot(snapshot, nodes));
        }
        for (Step step : mop.executionGraph()) {
            out.add(step(step, Site.Phase.EXECUTION, nodes));
        }
        for (Check check : mop.validation()) {
            out.add(check(check, Site.Phase.VALIDATION, CheckReader.VALIDATION_RESERVED, nodes, "validation check"));
        }
        for (Step step : mop.rollbackGraph()) {
            out.add(step(step, Site.Phase.ROLLBACK, nodes));
        }
        return out;
    }

    private static Site check(Check check, Site.Phase phase, Set<String> reserved, MopNodes nodes, String what) {
        Optional<YamlMap> item = nodes.item(check.position());
        List<ParamSite> params = new ArrayList<>();
        item.ifPresent(fields -> fields.keys().stream()
                .filter(key -> !reserved.contains(key) && !key.startsWith("x-"))
                .forEach(key -> params.add(new ParamSite(key, fields.keyPosition(key), fields.node(key).orElseThrow()))));
        return new Site(what + " '" + check.nodeId() + "'", phase, CatalogEntry.Kind.CHECK, check.check(),
                namePosition(item, "check", check.position(), nodes), params, true, Optional.empty(), Optional.empty());
    }

    private static Site step(Step step, Site.Phase phase, MopNodes nodes) {
        Optional<YamlMap> item = nodes.item(step.position());
        GraphKind kind = phase == Site.Phase.ROLLBACK ? GraphKind.ROLLBACK : GraphKind.EXECUTION;
        return new Site("step '" + step.id() + "' of " + kind.yamlKey(), phase, CatalogEntry.Kind.ACTION,
                step.action(), namePosition(item, "action", step.position(), nodes), params(item, nodes),
                paramsReadable(item), Optional.of(step.id()), item.flatMap(fields -> fields.node("when")));
    }

    private static Site snapshot(Snapshot snapshot, MopNodes nodes) {
        Optional<YamlMap> item = nodes.item(snapshot.position());
        boolean fromCatalog = snapshot.snapshot().isPresent();
        String key = fromCatalog ? "snapshot" : "action";
        return new Site("snapshot '" + snapshot.id() + "'", Site.Phase.SNAPSHOT,
                fromCatalog ? CatalogEntry.Kind.SNAPSHOT : CatalogEntry.Kind.ACTION,
                snapshot.snapshot().or(snapshot::action).orElse(""),
                namePosition(item, key, snapshot.position(), nodes), params(item, nodes), paramsReadable(item),
                Optional.empty(),
                Optional.empty());
    }

    private static List<ParamSite> params(Optional<YamlMap> item, MopNodes nodes) {
        List<ParamSite> out = new ArrayList<>();
        item.flatMap(fields -> fields.node("params")).flatMap(nodes::mapping).ifPresent(params -> params.keys()
                .forEach(key -> out.add(new ParamSite(key, params.keyPosition(key), params.node(key).orElseThrow()))));
        return out;
    }

    private static boolean paramsReadable(Optional<YamlMap> item) {
        return item.flatMap(fields -> fields.node("params"))
                .map(node -> node instanceof org.yaml.snakeyaml.nodes.MappingNode).orElse(true);
    }

    private static SourcePosition namePosition(Optional<YamlMap> item, String key, SourcePosition fallback,
            MopNodes nodes) {
        return item.flatMap(fields -> fields.node(key)).map(nodes::position).orElse(fallback);
    }
}
