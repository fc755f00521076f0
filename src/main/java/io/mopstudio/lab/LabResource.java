package io.mopstudio.lab;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated database behind a connection pool, playing out its {@link Scenario}.
 *
 * <p>Requests arrive on several server threads at once, so every method that reads or changes the
 * mutable fields is synchronized on this object. Replies carry HTTP statuses because the scenario
 * itself is about what a client sees (a 409 refusal, a 500 restart failure).
 */
final class LabResource {

    private final Scenario scenario;
    private final InstantSource clock;

    private ResourceState state;
    private PoolConfig config;
    private int openConnections;
    private boolean drained;
    private boolean connManagerRestarted;
    private Optional<Instant> recoveredAt;
    private Optional<Instant> writesFirstSeenAt;
    private final List<HistoryEntry> history = new ArrayList<>();

    LabResource(Scenario scenario, InstantSource clock) {
        this.scenario = scenario;
        this.clock = clock;
        reset();
    }

    String name() {
        return scenario.resourceName();
    }

    /** Back to the scenario's starting point, forgetting history too. */
    synchronized void reset() {
        state = scenario.initialState();
        config = PoolConfig.INITIAL;
        // A troubled pool is saturated; that is where the wait time comes from.
        openConnections = config.maxSize();
        drained = false;
        connManagerRestarted = false;
        recoveredAt = Optional.empty();
        writesFirstSeenAt = Optional.empty();
        history.clear();
    }

    synchronized LabReply state() {
        return LabReply.ok(Map.of("state", state.label()));
    }

    synchronized LabReply health() {
        if (state == ResourceState.HEALTHY) {
            return LabReply.ok(Map.of("status", "ok"));
        }
        return new LabReply(503, Map.of("status", state.label()));
    }

    /** Every scenario keeps its replica healthy: the trouble is on the primary's pool. */
    LabReply replicaHealth() {
        return LabReply.ok(Map.of("healthy", true));
    }

    /** Pending writes count as active until {@link Scenario#WRITES_FINISH_AFTER} past the first look. */
    synchronized LabReply activeWrites() {
        Instant firstSeen = writesFirstSeenAt.orElseGet(clock::instant);
        writesFirstSeenAt = Optional.of(firstSeen);
        boolean finished = !clock.instant().isBefore(firstSeen.plus(Scenario.WRITES_FINISH_AFTER));
        return LabReply.ok(Map.of("active_writes", finished ? 0 : scenario.pendingWrites()));
    }

    synchronized LabReply connectionWaitTime() {
        double waitMs = recoveredAt
                .map(at -> scenario.recovery().waitMs(nonNegative(Duration.between(at, clock.instant())),
                        scenario.troubledWaitMs()))
                .orElse(scenario.troubledWaitMs());
        return LabReply.ok(Map.of("value_ms", waitMs));
    }

    synchronized LabReply drain() {
        if (state == ResourceState.FAILED) {
            return LabReply.error(409, name() + " is failed; there is no pool to drain");
        }
        int closed = openConnections;
        openConnections = 0;
        drained = true;
        return LabReply.ok(Map.of("drained", closed, "pool", "draining"));
    }

    synchronized LabReply restart(String component) {
        if (!drained) {
            return LabReply.error(409, "drain the pool first");
        }
        if (component.equals(Scenario.CONN_MANAGER)) {
            Optional<String> fault = scenario.connManagerFault();
            if (fault.isPresent()) {
                return LabReply.error(500, fault.get());
            }
            connManagerRestarted = true;
        }
        return LabReply.ok(Map.of("service", component, "restarted", true));
    }

    /**
     * Reopens the pool at {@code initialSize}. Only after a successful connection-manager restart
     * does this heal a degraded resource; otherwise it changes the config and nothing else.
     */
    synchronized LabReply resetPool(int initialSize) {
        if (initialSize > config.maxSize()) {
            return LabReply.error(400, "initial_size " + initialSize + " exceeds max_size " + config.maxSize());
        }
        config = config.withInitialSize(initialSize);
        if (connManagerRestarted && state == ResourceState.DEGRADED) {
            state = ResourceState.HEALTHY;
            recoveredAt = Optional.of(clock.instant());
        }
        openConnections = initialSize;
        drained = false;
        connManagerRestarted = false;
        return LabReply.ok(Map.of("initial_size", initialSize));
    }

    synchronized LabReply poolConfig() {
        return LabReply.ok(config);
    }

    /** Replaces the whole config, as a rollback restoring a snapshot does. */
    synchronized LabReply replacePoolConfig(PoolConfig replacement) {
        config = replacement;
        if (recoveredAt.isPresent() && scenario.recovery().undoneByConfigRestore()) {
            state = scenario.initialState();
            recoveredAt = Optional.empty();
        }
        return LabReply.ok(config);
    }

    synchronized void record(String method, String path, int status) {
        history.add(new HistoryEntry(clock.instant().toString(), method, path, status));
    }

    synchronized List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    private static Duration nonNegative(Duration span) {
        return span.isNegative() ? Duration.ZERO : span;
    }
}
