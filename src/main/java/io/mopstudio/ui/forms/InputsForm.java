package io.mopstudio.ui.forms;

import io.mopstudio.model.Input;
import io.mopstudio.model.Mop;
import java.util.Arrays;
import java.util.List;

/**
 * The inputs editor in the MOP's form: each declared incident field with its name, type, whether it
 * is required, a pattern, a description and a default; Add and Remove beside them.
 */
final class InputsForm {

    private static final List<String> TYPES = Arrays.stream(Input.InputType.values())
            .map(Input.InputType::yamlName).toList();

    private InputsForm() {
    }

    static void add(FormGrid grid, FormContext context) {
        Mop mop = context.mop();
        InputEdits edits = context.edits().inputs();
        List<Input> inputs = mop.inputs();
        grid.heading("Inputs (" + inputs.size() + ")");
        if (inputs.isEmpty()) {
            grid.note("None declared: any incident.* may be used. Once declared, the MOP may use only these,"
                    + " and the Run dialog asks for each.");
        }
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            Input input = inputs.get(i);
            String id = "input-" + i + "-";
            grid.subheading("incident." + input.name(), grid.button(id + "remove", "Remove",
                    "Remove this input", () -> edits.remove(mop, index)));
            grid.text(id + "name", "name", "Read as {{ incident.NAME }}", input.name(), "field name", TemplateNames.NONE,
                    text -> edits.set(index, "name", text));
            grid.choice(id + "type", "type", "Values arrive as text and are checked against it (default string)",
                    input.type() == Input.InputType.STRING ? "" : input.type().yamlName(), TYPES, false,
                    text -> edits.set(index, "type", text));
            grid.toggle(id + "required", "required", "Off: the run may start without it", input.required(),
                    text -> edits.set(index, "required", text));
            grid.text(id + "pattern", "pattern", "A regular expression every value must match",
                    input.pattern().orElse(""), "regular expression", TemplateNames.NONE, text -> edits.set(index, "pattern",
                            text));
            grid.text(id + "description", "description", "What the Run dialog says about it", input.description(),
                    "", TemplateNames.NONE, text -> edits.set(index, "description", text));
            grid.text(id + "default", "default", "Used when no value is given", input.defaultValue().orElse(""),
                    "no default", TemplateNames.NONE, text -> edits.set(index, "default", text));
        }
        grid.addNode(grid.button("addInput", "Add input", "Declare an incident field this MOP reads",
                () -> edits.add(mop)));
    }
}
