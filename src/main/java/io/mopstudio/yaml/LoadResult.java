package io.mopstudio.yaml;

import java.util.List;
import java.util.Optional;

/**
 * What loading a file gave: the value when it could be built, and every problem found. A value may
 * be present together with warnings; any error means it must not be run.
 */
public record LoadResult<T>(Optional<T> value, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The value if there is one and nothing is wrong with it. */
    public Optional<T> valid() {
        return hasErrors() ? Optional.empty() : value;
    }
}
