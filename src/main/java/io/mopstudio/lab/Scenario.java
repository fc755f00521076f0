package io.mopstudio.lab;

import java.time.Duration;
import java.util.Optional;

/**
 * The story each lab database tells. Every behaviour that differs between resources is a field
 * here, so {@link LabResource} holds no per-name special cases.
 */
enum Scenario {
    /** The happy path: the recovery sequence heals it. */
    ORDERS_DB("orders-db", ResourceState.DEGRADED, 240.0, 0, Optional.empty(), Recovery.SETTLES),
    /** Failed rather than degraded, so a pre-check expecting {@code degraded} aborts the MOP. */
    BILLING_DB("billing-db", ResourceState.FAILED, 900.0, 0, Optional.empty(), Recovery.SETTLES),
    /** Every step succeeds but wait time climbs afterwards, so validation fails and rollback runs. */
    LEDGER_DB("ledger-db", ResourceState.DEGRADED, 240.0, 0, Optional.empty(), Recovery.CLIMBS),
    /** In-flight writes finish on their own, then the connection manager refuses to start. */
    SEARCH_DB("search-db", ResourceState.DEGRADED, 240.0, 2,
            Optional.of("conn_manager failed to start: port 6432 in use"), Recovery.SETTLES);

    /** The component whose restart is part of the recovery sequence. */
    static final String CONN_MANAGER = "conn_manager";
    /** How long pending writes stay active after someone first looks at them. */
    static final Duration WRITES_FINISH_AFTER = Duration.ofMillis(1500);

    private final String resourceName;
    private final ResourceState initialState;
    private final double troubledWaitMs;
    private final int pendingWrites;
    private final Optional<String> connManagerFault;
    private final Recovery recovery;

    Scenario(String resourceName, ResourceState initialState, double troubledWaitMs, int pendingWrites,
             Optional<String> connManagerFault, Recovery recovery) {
        this.resourceName = resourceName;
        this.initialState = initialState;
        this.troubledWaitMs = troubledWaitMs;
        this.pendingWrites = pendingWrites;
        this.connManagerFault = connManagerFault;
        this.recovery = recovery;
    }

    String resourceName() {
        return resourceName;
    }

    ResourceState initialState() {
        return initialState;
    }

    /** Connection wait time while the resource is not healthy. */
    double troubledWaitMs() {
        return troubledWaitMs;
    }

    int pendingWrites() {
        return pendingWrites;
    }

    /** The error a restart of {@link #CONN_MANAGER} fails with, if it fails. */
    Optional<String> connManagerFault() {
        return connManagerFault;
    }

    Recovery recovery() {
        return recovery;
    }
}
