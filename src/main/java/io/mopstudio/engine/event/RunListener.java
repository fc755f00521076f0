package io.mopstudio.engine.event;

import java.util.List;

/**
 * Receives a run's events in order, on the engine's thread. A listener that throws stops the run:
 * the audit store relies on this, since nothing may act that is not recorded.
 */
@FunctionalInterface
public interface RunListener {

    void onEvent(RunEvent event);

    static RunListener all(List<RunListener> listeners) {
        List<RunListener> copy = List.copyOf(listeners);
        return event -> copy.forEach(l -> l.onEvent(event));
    }

    static RunListener all(RunListener... listeners) {
        return all(List.of(listeners));
    }
}
