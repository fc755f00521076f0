package io.mopstudio.ui.run;

import io.mopstudio.engine.PreCheckOverride;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Override and run again" for a run a failed pre-check aborted: the engine takes overrides only
 * at start, so overriding means a new run with the same inputs and a {@link PreCheckOverride} per
 * failed check, each recorded with the operator's name and reason.
 */
public final class OverrideForm {

    private final List<PreCheckRow> failed;
    private final StringProperty operator = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public OverrideForm(List<PreCheckRow> failed, String defaultOperator) {
        this.failed = List.copyOf(failed);
        operator.set(defaultOperator == null ? "" : defaultOperator);
    }

    /** What the operator is about to override, in words, for the dialog. */
    public String summary() {
        StringBuilder text = new StringBuilder("The run stopped because these pre-checks failed:\n");
        failed.forEach(r -> text.append("  • ").append(r.nodeId()).append(": observed ").append(r.observed())
                .append(", expected ").append(r.expected())
                .append(r.message().isEmpty() ? "" : " (" + r.message() + ")").append('\n'));
        text.append("Running again with an override treats them as warnings. Your name and reason are recorded in "
                + "the audit.");
        return text.toString();
    }

    /** The overrides to start with, or empty with {@link #messageProperty()} saying what is missing. */
    public Optional<List<PreCheckOverride>> overrides() {
        String who = operator.get() == null ? "" : operator.get().strip();
        String why = reason.get() == null ? "" : reason.get().strip();
        if (failed.isEmpty()) {
            message.set("No failed pre-check to override.");
            return Optional.empty();
        }
        if (who.isEmpty() || why.isEmpty()) {
            message.set("Give your name and a reason: a pre-check is ignored only for a stated reason.");
            return Optional.empty();
        }
        message.set("");
        return Optional.of(failed.stream().map(r -> new PreCheckOverride(r.nodeId(), who, why)).toList());
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
