package io.mopstudio.ui.problems;

import io.mopstudio.model.SourcePosition;
import io.mopstudio.ui.fx.UiDispatch;
import io.mopstudio.validation.MopValidator;
import io.mopstudio.yaml.Problem;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live Problems list: every MopValidator finding for the text being edited, worked out off the
 * FX thread. Only the newest request's findings are shown, however the validations finish.
 */
public final class ProblemsViewModel {

    private final UiDispatch dispatch;
    private final Supplier<MopValidator> validator;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private long generation;

    /** {@code validator} is asked each time, so a change of environment takes effect at the next check. */
    public ProblemsViewModel(UiDispatch dispatch, Supplier<MopValidator> validator) {
        this.dispatch = dispatch;
        this.validator = validator;
    }

    public void validate(String text, String file) {
        long request = ++generation;
        MopValidator current = validator.get();
        dispatch.background(() -> current.validate(text, file)).whenComplete((validation, error) -> {
            if (request != generation) {
                return;
            }
            if (error != null) {
                problems.setAll(List.of(Problem.error(new SourcePosition(file, 1, 1),
                        "internal.validation", "could not validate: " + UiDispatch.unwrap(error).getMessage())));
            } else {
                problems.setAll(validation.problems());
            }
        });
    }

    public void clear() {
        ++generation;
        problems.clear();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** For tests and the status bar: the findings as the CLI prints them. */
    public List<String> lines() {
        return problems.stream().map(Problem::toString).toList();
    }
}
