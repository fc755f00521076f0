package io.mopstudio.validation;

import io.mopstudio.model.Mop;
import io.mopstudio.yaml.MopLoader;
import io.mopstudio.yaml.MopNodes;
import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.Problems;
import io.mopstudio.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that can be known wrong with a MOP before it runs: the loader's YAML, structure and
 * graph rules, then the catalog's names and parameters, template variables and rollback coverage.
 * The command line, the window's problem list and (later) the run's preflight share it.
 */
public final class MopValidator {

    private final ValidationContext context;
    private final MopLoader loader = new MopLoader();

    public MopValidator(ValidationContext context) {
        this.context = context;
    }

    public Validation validate(Path file) {
        return check(loader.loadDocument(file));
    }

    public Validation validate(String text, String file) {
        return check(loader.parseDocument(text, file));
    }

    private Validation check(MopLoader.Parsed parsed) {
        List<Problem> problems = new ArrayList<>(parsed.result().problems());
        if (parsed.result().value().isPresent() && parsed.document().isPresent()) {
            problems.addAll(rules(parsed.result().value().get(), parsed.document().get()));
        }
        return new Validation(parsed.text(), parsed.result().value(), Problems.sorted(problems));
    }

    private List<Problem> rules(Mop mop, YamlDocument document) {
        MopNodes nodes = MopNodes.of(document);
        List<Site> sites = Sites.of(mop, nodes);
        CatalogRules catalog = new CatalogRules(context.catalog(), context.catalogLabel(), context.elsewhere(), nodes);
        List<Problem> out = new ArrayList<>(catalog.check(sites));
        out.addAll(new TemplateRules(mop, context, nodes, catalog::entry).check(sites));
        out.addAll(RollbackRules.check(mop, nodes));
        out.addAll(NoStepsRule.check(mop, nodes));
        out.addAll(ResourceInputRule.check(mop, sites, catalog::entry, nodes));
        return out;
    }
}
