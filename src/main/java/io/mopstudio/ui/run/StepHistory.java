package io.mopstudio.ui.run;

import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.StepAttemptFailed;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.ui.canvas.NodeKey;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** Each step's attempts, parameters and output in the current run, kept from the step events. */
public final class StepHistory {

    private final ObservableMap<NodeKey, StepRecord> records = FXCollections.observableHashMap();
    private final ObservableMap<NodeKey, StepRecord> view = FXCollections.unmodifiableObservableMap(records);

    void clear() {
        records.clear();
    }

    void apply(RunEvent event) {
        if (event instanceof StepStarted e) {
            NodeKey key = NodeKey.step(e.graph(), e.stepId());
            records.put(key, record(key).withAttempt(e.action(), StepAttempt.begun(e.attempt(), e.time(), e.params())));
        } else if (event instanceof StepAttemptFailed e) {
            NodeKey key = NodeKey.step(e.graph(), e.stepId());
            records.put(key, record(key).withLastEnded(a -> a.end(e.time(), e.durationMillis(), "FAILED, will retry",
                    e.message(), e.output())));
        } else if (event instanceof StepFinished e) {
            NodeKey key = NodeKey.step(e.graph(), e.stepId());
            records.put(key, record(key).withLastEnded(a -> a.end(e.time(), e.durationMillis(), e.status().name(),
                    e.message(), e.output())).finished(e.status(), e.message()));
        }
    }

    private StepRecord record(NodeKey key) {
        return Optional.ofNullable(records.get(key)).orElseGet(() -> StepRecord.empty(key));
    }

    public Optional<StepRecord> get(NodeKey key) {
        return Optional.ofNullable(records.get(key));
    }

    public ObservableMap<NodeKey, StepRecord> records() {
        return view;
    }
}
