package io.mopstudio.validation;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.catalog.ParamDef;
import io.mopstudio.catalog.ParamType;
import io.mopstudio.model.Input;
import io.mopstudio.model.Mop;
import io.mopstudio.template.Template;
import io.mopstudio.yaml.MopNodes;
import io.mopstudio.yaml.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A resource parameter (an inventory name) fed by an input declared as a number or a boolean: no
 * value could both pass the input's type and name a resource, so the MOP could never run. Found here
 * rather than as "'orders-db' is not a valid integer" when someone tries.
 */
final class ResourceInputRule {

    private ResourceInputRule() {
    }

    static List<Problem> check(Mop mop, List<Site> sites, Function<Site, Optional<CatalogEntry>> entries,
            MopNodes nodes) {
        Map<String, Input> notText = mop.inputs().stream().filter(i -> i.type() != Input.InputType.STRING)
                .collect(Collectors.toMap(Input::name, i -> i, (a, b) -> a));
        List<Problem> problems = new ArrayList<>();
        if (notText.isEmpty()) {
            return problems;
        }
        for (Site site : sites) {
            Map<String, ParamDef> defs = entries.apply(site).map(CatalogEntry::params).orElse(Map.of());
            for (ParamSite param : site.params()) {
                ParamDef def = defs.get(param.name());
                if (def == null || def.type() != ParamType.RESOURCE || !(param.value() instanceof ScalarNode scalar)) {
                    continue;
                }
                for (String path : Template.variables(scalar.getValue())) {
                    Input input = path.startsWith("incident.") ? notText.get(path.substring("incident.".length()))
                            : null;
                    if (input != null) {
                        problems.add(Problem.error(nodes.position(scalar), "template.input_type", site.label()
                                + ": parameter '" + param.name() + "' names a resource, but " + path + " is declared "
                                + input.type().yamlName() + "; declare input '" + input.name() + "' as string"));
                    }
                }
            }
        }
        return problems;
    }
}
