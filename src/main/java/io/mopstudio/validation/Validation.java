package io.mopstudio.validation;

import io.mopstudio.model.Mop;
import io.mopstudio.yaml.Problem;
import java.util.List;
import java.util.Optional;

/** A validated MOP file: its text as read, the model when it could be built, and every finding in file order. */
public record Validation(String text, Optional<Mop> mop, List<Problem> problems) {

    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    /** The MOP if nothing is wrong with it; warnings allowed. */
    public Optional<Mop> valid() {
        return hasErrors() ? Optional.empty() : mop;
    }
}
