package io.mopstudio.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The optional parts of a step: a per-attempt {@code timeout}, {@code retries}, a {@code when}
 * condition (false: skipped with the reason), a description, a blast-radius estimate, and for
 * rollback steps the forward steps they undo ({@code compensates}: run only if one of them started).
 */
public record StepOptions(
        Optional<Duration> timeout,
        Retries retries,
        Optional<String> when,
        String description,
        Optional<String> blastRadius,
        List<String> compensates) {

    public static final StepOptions NONE = new StepOptions(Optional.empty(), Retries.NONE, Optional.empty(), "",
            Optional.empty(), List.of());

    public StepOptions {
        compensates = List.copyOf(compensates);
    }
}
