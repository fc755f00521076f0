package io.mopstudio.ui.audit;

import io.mopstudio.audit.AuditEvent;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.ChainVerdict;
import io.mopstudio.audit.Insights;
import io.mopstudio.audit.RunPage;
import io.mopstudio.audit.RunQuery;
import io.mopstudio.audit.report.RunExport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the Audit tab reads, all of it from one audit store. The store is asked for each time, so
 * a window whose audit could not be opened shows why on every read instead of failing to start.
 */
public final class AuditSource {

    private final Supplier<AuditStore> store;

    private AuditSource(Supplier<AuditStore> store) {
        this.store = store;
    }

    /** {@code store} returns the open store or throws with the reason there is none. */
    public static AuditSource of(Supplier<AuditStore> store) {
        return new AuditSource(store);
    }

    RunPage page(RunQuery query, int limit) {
        return store.get().page(query, limit);
    }

    RunPage.FilterValues filterValues() {
        return store.get().filterValues();
    }

    List<ChainVerdict> verify(List<String> runIds) {
        return store.get().verify(runIds);
    }

    List<AuditEvent> events(String runId) {
        return store.get().events(runId);
    }

    Optional<String> mopText(String runId) {
        return store.get().mopText(runId);
    }

    Insights insights(Optional<String> mopId) {
        return store.get().insights(mopId);
    }

    /** Writes the run in the chosen form; false when it is no longer in the audit. */
    boolean export(String runId, RunExport export, Path file) {
        return export.write(store.get(), runId, file);
    }
}
