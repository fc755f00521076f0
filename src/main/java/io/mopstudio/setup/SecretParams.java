package io.mopstudio.setup;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.catalog.ParamDef;
import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a MOP that gives a value to a parameter its catalog marks {@code secret: true}: secrets
 * come from the environment's credentials through the inventory, never from a MOP, which is shared,
 * reviewed and stored whole in the audit.
 */
final class SecretParams {

    private SecretParams() {
    }

    static List<String> problems(Mop mop, Catalog catalog) {
        List<String> out = new ArrayList<>();
        for (PreCheck preCheck : mop.preChecks()) {
            check(out, "pre_checks." + preCheck.nodeId(), catalog.check(preCheck.check().check()),
                    preCheck.check().params());
        }
        for (GraphKind kind : GraphKind.values()) {
            for (Step step : mop.graph(kind)) {
                check(out, kind.yamlKey() + "." + step.id(), catalog.action(step.action()), step.params());
            }
        }
        for (Check check : mop.validation()) {
            check(out, "validation." + check.nodeId(), catalog.check(check.check()), check.params());
        }
        return out;
    }

    private static void check(List<String> out, String node, Optional<CatalogEntry> entry, Map<String, Object> given) {
        entry.ifPresent(e -> given.keySet().forEach(name -> {
            ParamDef def = e.params().get(name);
            if (def != null && def.secret()) {
                out.add(node + ": parameter '" + name + "' of '" + e.name() + "' is a secret; a MOP may not give it."
                        + " Name a credential in the environment (credentials: {NAME: env:VAR}) and use it from the"
                        + " inventory through a catalog entry");
            }
        }));
    }
}
