package io.mopstudio.ui.forms;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.catalog.ParamDef;
import io.mopstudio.catalog.ParamType;
import io.mopstudio.ui.canvas.NodeKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;

/**
 * One control per parameter, from the catalog's schema: a toggle for booleans, the inventory's names
 * for resources (when an environment is chosen), an item-by-item editor for lists, the allowed words
 * for an enum, a masked field that takes nothing for a secret, and text with the variables in scope
 * for the rest.
 * Parameters written but unknown to the catalog, and a boolean written as anything but true or false
 * (a template, or a mistake such as {@code maybe}), are shown as text so that they can be seen and fixed.
 */
final class ParamFields {

    private ParamFields() {
    }

    static void add(FormGrid grid, FormContext context, NodeKey node, Optional<CatalogEntry> entry,
            Map<String, Object> written) {
        add(grid, context, ParamTarget.of(context, node, ""), entry, written);
    }

    static void add(FormGrid grid, FormContext context, ParamTarget target, Optional<CatalogEntry> entry,
            Map<String, Object> written) {
        Map<String, ParamDef> defs = new LinkedHashMap<>(entry.map(CatalogEntry::params).orElse(Map.of()));
        written.keySet().forEach(name -> defs.putIfAbsent(name, new ParamDef(name, ParamType.ANY, false,
                Optional.empty(), "not a parameter of this " + target.owner())));
        if (defs.isEmpty()) {
            return;
        }
        grid.heading("Parameters");
        TemplateNames templates = target.names();
        for (ParamDef def : defs.values()) {
            String value = Optional.ofNullable(written.get(def.name())).map(ParamFields::text).orElse("");
            String label = def.name() + (def.required() && def.defaultValue().isEmpty() ? " *" : "");
            String tip = def.type().yamlName() + (def.description().isEmpty() ? "" : ": " + def.description());
            String prompt = def.defaultValue().map(d -> "default: " + (String.valueOf(d).isEmpty() ? "empty" : d))
                    .orElse(def.type().yamlName());
            String id = target.idPrefix() + "param-" + def.name();
            if (def.type() == ParamType.BOOLEAN && (value.isEmpty() || value.equals("true") || value.equals("false"))) {
                boolean on = value.isEmpty() ? def.defaultValue().map(d -> d.equals(Boolean.TRUE)).orElse(false)
                        : value.equals("true");
                grid.toggle(id, label, tip, on, text -> target.set().set(def.name(), text, def.type()));
            } else if (def.type() == ParamType.LIST && (written.get(def.name()) == null
                    || written.get(def.name()) instanceof List<?>)) {
                List<String> items = written.get(def.name()) instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList() : List.of();
                grid.add(label, tip, ListParamEditor.build(grid, id, items, list -> target.setList().apply(def.name(), list)));
            } else if (def.type() == ParamType.RESOURCE && context.environment().isPresent()) {
                List<String> names = new ArrayList<>(context.environment().get().inventory().names());
                names.addAll(templates.variables().stream().filter(v -> v.startsWith("incident.")).map(v -> "{{ " + v + " }}")
                        .toList());
                grid.choice(id, label, tip, value, names, true,
                        text -> target.set().set(def.name(), text, def.type()));
            } else if (def.secret()) {
                // Only the environment's credentials give a secret; the field shows none, and takes none.
                grid.secret(id, label, tip, value, text -> text.isEmpty()
                        ? target.set().set(def.name(), "", def.type())
                        : Optional.of(def.name() + " is a secret: the environment's credentials give it through"
                                + " the inventory, and a MOP never holds one"));
            } else if (!def.allowed().isEmpty() && !value.contains("{{")) {
                ComboBox<String> box = grid.choice(id, label, tip, value,
                        def.allowed().stream().map(String::valueOf).toList(), false,
                        text -> target.set().set(def.name(), text, def.type()));
                def.defaultValue().ifPresent(d -> FormGrid.blankShownAs(box, d + " (default)"));
            } else {
                grid.text(id, label, tip, value, prompt, templates,
                        text -> target.set().set(def.name(), text, def.type()));
            }
        }
    }

    static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
