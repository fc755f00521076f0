package io.mopstudio.engine;

import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunListener;
import java.util.ArrayList;
import java.util.List;

/** Keeps every event a run emits, for assertions on order and content. */
final class RecordingListener implements RunListener {

    private final List<RunEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(RunEvent event) {
        events.add(event);
    }

    synchronized List<RunEvent> events() {
        return List.copyOf(events);
    }

    <T extends RunEvent> List<T> of(Class<T> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Event kinds in order, with the step or check they concern, e.g. "step_started:drain_connections". */
    List<String> trace() {
        return events().stream().map(RecordingListener::label).toList();
    }

    private static String label(RunEvent event) {
        if (event instanceof io.mopstudio.engine.event.StepStarted e) {
            return "step_started:" + e.stepId();
        }
        if (event instanceof io.mopstudio.engine.event.StepFinished e) {
            return "step_finished:" + e.stepId() + ":" + e.status();
        }
        if (event instanceof io.mopstudio.engine.event.CheckEvaluated e) {
            return "check:" + e.phase() + ":" + e.nodeId() + ":" + e.outcome();
        }
        if (event instanceof io.mopstudio.engine.event.PhaseStarted e) {
            return "phase:" + e.phase();
        }
        if (event instanceof io.mopstudio.engine.event.RunFinished e) {
            return "run_finished:" + e.finalState();
        }
        return event.kind();
    }
}
