package io.mopstudio.model;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A named check from the catalog with the parameters written beside it, used as a pre-check or a
 * validation check. {@code nodeId} is unique among the MOP's checks of the same phase: the check
 * name, suffixed {@code #2}, {@code #3}... when a name repeats.
 */
public record Check(
        String nodeId,
        String check,
        Map<String, Object> params,
        Optional<Duration> timeout,
        SourcePosition position) {

    public Check {
        params = Params.copy(params);
    }
}
