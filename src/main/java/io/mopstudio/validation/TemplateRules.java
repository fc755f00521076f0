package io.mopstudio.validation;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.catalog.ParamDef;
import io.mopstudio.model.Mop;
import io.mopstudio.model.SourcePosition;
import io.mopstudio.yaml.MopNodes;
import io.mopstudio.yaml.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Every template in parameters and {@code when} conditions is parsed, and every variable must be
 * provided by something that exists before that point of the run (see {@link TemplateVariables}).
 * Catalog defaults the MOP relies on are checked too: a default that reads an undeclared input
 * would otherwise fail only when the step runs. Without {@code inputs:}, incident fields that look
 * misspelled are warned about once every site has been read (see {@link IncidentTypos}).
 */
final class TemplateRules {

    private final MopNodes nodes;
    private final TemplateVariables variables;
    private final Function<Site, Optional<CatalogEntry>> entries;
    private final boolean incidentOpen;
    /** Each incident field as written, once per written text even when aliases repeat it elsewhere. */
    private final List<IncidentTypos.Use> incidentUses = new ArrayList<>();
    private final Set<Node> counted = Collections.newSetFromMap(new IdentityHashMap<>());

    TemplateRules(Mop mop, ValidationContext context, MopNodes nodes, Function<Site, Optional<CatalogEntry>> entries) {
        this.nodes = nodes;
        // Declared inputs already make an unknown incident field an error (template.undeclared_input).
        this.incidentOpen = mop.inputs().isEmpty();
        this.variables = new TemplateVariables(mop, context);
        this.entries = entries;
    }

    List<Problem> check(List<Site> sites) {
        List<Problem> problems = new ArrayList<>();
        for (Site site : sites) {
            Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (ParamSite param : site.params()) {
                scalars(param.value(), seen, scalar -> checkText(site, scalar, problems));
            }
            site.when().ifPresent(when -> checkWhen(site, when, problems));
            entries.apply(site).ifPresent(entry -> checkDefaults(site, entry, problems));
        }
        if (incidentOpen) {
            problems.addAll(IncidentTypos.check(incidentUses));
        }
        return problems;
    }

    private void checkWhen(Site site, Node when, List<Problem> problems) {
        if (!(when instanceof ScalarNode scalar)) {
            return;
        }
        Optional<String> problem = WhenCondition.problem(scalar.getValue());
        problem.ifPresent(message -> problems.add(Problem.error(nodes.position(when), "template.condition",
                site.label() + ": " + message)));
        if (problem.isEmpty()) {
            checkText(site, scalar, problems);
        }
    }

    private void checkDefaults(Site site, CatalogEntry entry, List<Problem> problems) {
        for (ParamDef def : entry.params().values()) {
            if (!site.hasParam(def.name()) && def.defaultValue().isPresent()) {
                Set<String> paths = io.mopstudio.template.Template.variables(def.defaultValue().get());
                for (String path : paths) {
                    if (!path.startsWith("params.")) {
                        variables.problem(site, path, " (the catalog's default for parameter '" + def.name() + "')")
                                .ifPresent(p -> problems.add(Problem.error(site.namePosition(), p.rule(), p.message())));
                    }
                }
            }
        }
    }

    private void checkText(Site site, ScalarNode scalar, List<Problem> problems) {
        String text = scalar.getValue();
        if (!text.contains("{{") && !text.contains("}}")) {
            return;
        }
        SourcePosition at = nodes.position(scalar);
        TemplateScan scan = TemplateScan.of(text);
        scan.error().ifPresent(flaw -> problems.add(Problem.error(ScalarColumns.of(scalar, flaw.offset(), nodes),
                "template.syntax", site.label() + ": " + flaw.message())));
        boolean firstTime = counted.add(scalar);
        for (TemplateScan.Use use : scan.uses()) {
            variables.problem(site, use.path(), "").ifPresent(p -> problems.add(Problem.error(at, p.rule(),
                    p.message())));
            String[] parts = use.path().split("\\.");
            if (firstTime && parts[0].equals("incident") && parts.length > 1) {
                incidentUses.add(new IncidentTypos.Use(parts[1], ScalarColumns.of(scalar, use.offset(), nodes),
                        site.label()));
            }
        }
    }

    /** Text scalars under a value, each once even when an alias repeats it. */
    private static void scalars(Node node, Set<Node> seen, java.util.function.Consumer<ScalarNode> action) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())) {
            action.accept(scalar);
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> scalars(child, seen, action));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                scalars(tuple.getValueNode(), seen, action);
            }
        }
    }
}
