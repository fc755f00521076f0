package io.mopstudio.ui.run;

import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.ui.canvas.NodeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the run said about one step, for its detail pane: its action, each attempt, and how
 * it ended with the engine's reason (a skipped or cancelled step may have no attempts at all).
 */
public record StepRecord(NodeKey key, String action, List<StepAttempt> attempts, Optional<StepStatus> status,
        String message) {

    public StepRecord {
        attempts = List.copyOf(attempts);
        message = message == null ? "" : message;
    }

    static StepRecord empty(NodeKey key) {
        return new StepRecord(key, "", List.of(), Optional.empty(), "");
    }

    StepRecord withAttempt(String stepAction, StepAttempt attempt) {
        List<StepAttempt> more = new ArrayList<>(attempts);
        more.add(attempt);
        return new StepRecord(key, stepAction, more, status, message);
    }

    /** Ends the latest attempt that is still open, if there is one. */
    StepRecord withLastEnded(java.util.function.UnaryOperator<StepAttempt> end) {
        List<StepAttempt> changed = new ArrayList<>(attempts);
        int last = changed.size() - 1;
        if (last >= 0 && !changed.get(last).isOver()) {
            changed.set(last, end.apply(changed.get(last)));
        }
        return new StepRecord(key, action, changed, status, message);
    }

    StepRecord finished(StepStatus finalStatus, String why) {
        return new StepRecord(key, action, attempts, Optional.of(finalStatus), why);
    }

    public Optional<StepAttempt> lastAttempt() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }
}
