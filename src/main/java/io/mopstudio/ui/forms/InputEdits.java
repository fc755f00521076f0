package io.mopstudio.ui.forms;

import io.mopstudio.catalog.ParamType;
import io.mopstudio.model.Input;
import io.mopstudio.model.Mop;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.editor.YamlScalars;
import io.mopstudio.yaml.edit.AddItem;
import io.mopstudio.yaml.edit.RemoveEntry;
import io.mopstudio.yaml.edit.SetValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the inputs editor changes, as yaml.edit commands on the document's one undo stack: an input
 * added (named after an incident field the MOP already reads, when one is not declared yet), removed,
 * or one of its fields set. Inputs are addressed by index, so renaming one never loses it.
 */
public final class InputEdits {

    /** The fields of an input the editor shows, in the format's order. */
    public static final List<String> FIELDS = List.of("name", "type", "required", "pattern", "description", "default");

    private final MopDocument document;

    InputEdits(MopDocument document) {
        this.document = document;
    }

    /** Adds an input with only a name; empty when done, else why not. */
    public Optional<String> add(Mop mop) {
        String name = freeName(mop);
        return document.apply("add input " + name, new AddItem("inputs", "name: " + name));
    }

    /** Removes input {@code index}; the last one takes its {@code inputs:} key along (no empty list is left). */
    public Optional<String> remove(Mop mop, int index) {
        return new ListSection(document, "inputs", "input").remove(mop.inputs().size(), index);
    }

    /** Sets one field of input {@code index} from the form's text; blank text removes the field (its default applies). */
    public Optional<String> set(int index, String field, String text) {
        String path = "inputs[" + index + "]." + field;
        if (text.isBlank()) {
            if (field.equals("name")) {
                return Optional.of("name: an input needs a name (remove the input instead)");
            }
            return document.apply("clear input " + field, new RemoveEntry(path));
        }
        String yaml;
        try {
            yaml = switch (field) {
                case "required" -> YamlScalars.typed(text, ParamType.BOOLEAN);
                case "type" -> text.strip();
                default -> YamlScalars.text(text.strip());
            };
        } catch (IllegalArgumentException e) {
            return Optional.of(field + ": " + e.getMessage());
        }
        return document.apply("set input " + field, new SetValue(path, yaml));
    }

    /** {@code affected_resource} first (what the catalog's defaults read), then input_2, input_3... */
    static String freeName(Mop mop) {
        Set<String> taken = mop.inputs().stream().map(Input::name).collect(Collectors.toSet());
        if (!taken.contains("affected_resource")) {
            return "affected_resource";
        }
        int n = taken.size() + 1;
        while (taken.contains("input_" + n)) {
            n++;
        }
        return "input_" + n;
    }
}
