package io.mopstudio.engine;

import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunListener;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Numbers a run's events and hands them to the listener one at a time, so every listener sees
 * the same order. If the listener fails (the audit cannot write), the run must not go on acting:
 * the failure is kept and the engine stops at its next decision point.
 */
final class EventEmitter {

    /** Builds an event once its sequence number and time are known. */
    @FunctionalInterface
    interface EventFactory {
        RunEvent create(long seq, Instant time);
    }

    private final RunListener listener;
    private final Clock clock;
    private long seq;
    private RuntimeException listenerFailure;

    EventEmitter(RunListener listener, Clock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    synchronized void emit(EventFactory factory) {
        RunEvent event = factory.create(++seq, clock.instant());
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            if (listenerFailure == null) {
                listenerFailure = e;
            }
        }
    }

    synchronized Optional<RuntimeException> listenerFailure() {
        return Optional.ofNullable(listenerFailure);
    }
}
