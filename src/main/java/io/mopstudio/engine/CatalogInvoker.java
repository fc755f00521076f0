package io.mopstudio.engine;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.catalog.ParamDef;
import io.mopstudio.environment.Inventory;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.Primitives;
import io.mopstudio.providers.ShellQuoting;
import io.mopstudio.catalog.ParamRules;
import io.mopstudio.template.Template;
import io.mopstudio.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carries out a catalog entry for one MOP node: renders the node's parameters in the run's scope,
 * fills defaults, checks types, resolves resources through the inventory, renders the primitive
 * call and makes it.
 */
final class CatalogInvoker {

    private final Primitives primitives;
    private final Inventory inventory;

    CatalogInvoker(Primitives primitives, Inventory inventory) {
        this.primitives = primitives;
        this.inventory = inventory;
    }

    /** Rendered, typed parameters: resources as template values ({@code url}, {@code href}, ...). */
    Map<String, Object> prepare(CatalogEntry entry, Map<String, Object> given, Map<String, Object> scope, String node)
            throws StepFailure {
        for (String name : given.keySet()) {
            if (!entry.params().containsKey(name)) {
                throw new StepFailure(node + ": '" + entry.name() + "' has no parameter '" + name + "' (it has: "
                        + String.join(", ", entry.params().keySet()) + ")");
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        // Issue 5: a primitive's shell-line parameters get every template value shell-quoted.
        java.util.Set<String> shellLines = entry.call().params().isPresent() ? java.util.Set.of()
                : primitives.find(entry.call().primitive()).map(Primitive::shellLineParams).orElse(java.util.Set.of());
        for (ParamDef def : entry.params().values()) {
            Object raw;
            if (given.containsKey(def.name())) {
                raw = given.get(def.name());
            } else if (def.defaultValue().isPresent()) {
                raw = def.defaultValue().get();
            } else if (def.required()) {
                throw new StepFailure(node + ": missing required parameter '" + def.name() + "' of '"
                        + entry.name() + "'");
            } else {
                continue;
            }
            Object rendered = render(raw, scope, node + ": parameter '" + def.name() + "'",
                    shellLines.contains(def.name()));
            Object coerced = ParamCoercion.coerce(def, rendered, inventory, node);
            // Issue 5: enum and pattern rules of the catalog's parameter schema.
            java.util.Optional<String> broken = ParamRules.problem(def, coerced);
            if (broken.isPresent()) {
                throw new StepFailure(node + ": parameter '" + def.name() + "' " + broken.get());
            }
            out.put(def.name(), coerced);
        }
        return out;
    }

    Invocation invoke(CatalogEntry entry, Map<String, Object> prepared, Map<String, Object> scope, String node)
            throws StepFailure, InterruptedException {
        Primitive primitive = primitives.find(entry.call().primitive()).orElseThrow(() -> new StepFailure(
                node + ": '" + entry.name() + "' uses primitive '" + entry.call().primitive()
                        + "', which this version of MOP Studio does not have"));
        Map<String, Object> callParams;
        if (entry.call().params().isPresent()) {
            Map<String, Object> callScope = new LinkedHashMap<>(scope);
            callScope.put("params", prepared);
            Map<String, Object> rendered = new LinkedHashMap<>();
            for (Map.Entry<String, Object> param : entry.call().params().get().entrySet()) {
                rendered.put(param.getKey(), render(param.getValue(), callScope, node + ": catalog entry '"
                        + entry.name() + "'", primitive.shellLineParams().contains(param.getKey())));
            }
            callParams = rendered;
        } else {
            callParams = prepared;
        }
        try {
            return new Invocation(forDisplay(prepared), callParams, primitive.invoke(callParams));
        } catch (PrimitiveException e) {
            throw new StepFailure(node + ": " + e.getMessage());
        }
    }

    /** Resources are shown and audited by the name the author wrote, not their whole inventory entry. */
    static Map<String, Object> forDisplay(Map<String, Object> prepared) {
        Map<String, Object> out = new LinkedHashMap<>();
        prepared.forEach((key, value) -> out.put(key,
                value instanceof Map<?, ?> map && map.containsKey("href") && map.containsKey("resource")
                        ? map.get("name") : value));
        return out;
    }

    private static Object render(Object raw, Map<String, Object> scope, String where, boolean shellLine)
            throws StepFailure {
        try {
            return shellLine ? Template.renderQuoted(raw, scope, ShellQuoting::quote) : Template.render(raw, scope);
        } catch (TemplateException e) {
            throw new StepFailure(where + ": " + e.getMessage());
        }
    }
}
