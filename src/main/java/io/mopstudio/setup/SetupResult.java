package io.mopstudio.setup;

import io.mopstudio.engine.RunRequest;
import java.util.List;
import java.util.Optional;

/**
 * A run ready to start, or why it cannot: {@code problems} are lines to show as they are
 * ({@code FILE:LINE:COL: message} for file problems). {@code warnings} never stop a run.
 */
public record SetupResult(Optional<RunRequest> request, List<String> problems, List<String> warnings) {

    public SetupResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public static SetupResult failed(List<String> problems) {
        return new SetupResult(Optional.empty(), problems, List.of());
    }
}
