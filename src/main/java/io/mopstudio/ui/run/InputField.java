package io.mopstudio.ui.run;

import io.mopstudio.model.Input;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of the Run dialog: an {@code incident.*} value the MOP needs, typed and checked as
 * the operator types when the MOP declares it under {@code inputs:} (required, type, pattern), so
 * a typo shows on the field rather than as a pre-flight failure. The checks are the pre-flight's.
 */
public final class InputField {

    private final String name;
    private final Optional<Input> spec;
    private final StringProperty value = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    InputField(String name, Optional<Input> spec, String initial) {
        this.name = name;
        this.spec = spec;
        value.addListener((obs, old, now) -> error.set(check(now)));
        value.set(initial == null ? "" : initial);
        error.set(check(value.get()));
    }

    /** Why the value cannot be used, or empty when it can; a blank optional field uses its default. */
    String check(String text) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            boolean optional = spec.map(s -> !s.required() || s.defaultValue().isPresent()).orElse(false);
            return optional ? "" : "required" + spec.map(s -> s.description().isEmpty() ? "" : ": " + s.description())
                    .orElse("");
        }
        if (spec.isEmpty()) {
            return "";
        }
        Input input = spec.get();
        if (input.pattern().isPresent() && !matches(input.pattern().get(), given)) {
            return "must match " + input.pattern().get();
        }
        return switch (input.type()) {
            case STRING -> "";
            case INTEGER -> given.matches("-?\\d+") ? "" : "must be a whole number";
            case NUMBER -> given.matches("-?\\d+(\\.\\d+)?") ? "" : "must be a number";
            case BOOLEAN -> given.equals("true") || given.equals("false") ? "" : "must be true or false";
        };
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            // The validator reports a broken pattern on the MOP; the field does not block on it.
            return true;
        }
    }

    public String name() {
        return name;
    }

    /** The label's words: the name with spaces, and the type when it is not text. */
    public String label() {
        String words = name.replace('_', ' ');
        return spec.map(Input::type).filter(t -> t != Input.InputType.STRING).map(t -> words + " (" + t.yamlName() + ")")
                .orElse(words);
    }

    /** What goes under the field while it is valid: the MOP's description and default. */
    public String hint() {
        return spec.map(s -> s.description() + s.defaultValue().map(d -> (s.description().isEmpty() ? "" : "; ")
                + "default " + d).orElse("")).orElse("");
    }

    public String prompt() {
        return spec.flatMap(Input::pattern).map(p -> "incident." + name + " — " + p).orElse("incident." + name);
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** Why the value is not acceptable yet; empty when it is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }
}
