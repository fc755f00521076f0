package io.mopstudio.ui.shell;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditTarget;
import io.mopstudio.audit.InterruptedRuns;
import io.mopstudio.engine.RunEngine;
import io.mopstudio.setup.LabConnection;
import io.mopstudio.ui.canvas.AutoLayout;
import io.mopstudio.ui.fx.UiDispatch;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window holds for its whole life and closes on exit: the thread dispatch, the graph
 * layout, the demo lab, the engine and the audit store. An audit that cannot be opened leaves
 * {@code audit} empty with the reason; the window then refuses to run anything.
 */
public final class StudioServices implements AutoCloseable {

    private final UiDispatch dispatch;
    private final AutoLayout layout;
    private final LabSession lab;
    private final RunEngine engine;
    private final Optional<AuditStore> audit;
    private final Optional<String> auditProblem;

    StudioServices(UiDispatch dispatch, AutoLayout layout, LabSession lab, RunEngine engine,
            Optional<AuditStore> audit, Optional<String> auditProblem) {
        this.dispatch = dispatch;
        this.layout = layout;
        this.lab = lab;
        this.engine = engine;
        this.audit = audit;
        this.auditProblem = auditProblem;
    }

    /** {@code auditDb}: a file path or a {@code jdbc:postgresql:} URL, its logins from the environment or {@code credentials}. */
    public static StudioServices open(String auditDb, Optional<Path> credentials, UiDispatch dispatch, Path nativeDir) {
        AutoLayout layout = new AutoLayout(nativeDir);
        layout.warmUp();
        Optional<AuditStore> audit;
        Optional<String> problem;
        try {
            audit = Optional.of(AuditStore.open(AuditTarget.named(auditDb, credentials, System.getenv())));
            // Runs a crash left unfinished are recorded as INTERRUPTED before anything else happens;
            // the Audit tab then lists them with the steps that were in flight.
            new InterruptedRuns(audit.get(), java.time.Clock.systemUTC()).recordAll();
            problem = Optional.empty();
        } catch (RuntimeException e) {
            audit = Optional.empty();
            problem = Optional.of("The audit at " + auditDb + " cannot be opened, so nothing can be run: "
                    + e.getMessage());
        }
        return new StudioServices(dispatch, layout, new LabSession(LabConnection::connect), RunEngine.standard(),
                audit, problem);
    }

    public UiDispatch dispatch() {
        return dispatch;
    }

    public AutoLayout layout() {
        return layout;
    }

    public LabSession lab() {
        return lab;
    }

    public RunEngine engine() {
        return engine;
    }

    public Optional<AuditStore> audit() {
        return audit;
    }

    public Optional<String> auditProblem() {
        return auditProblem;
    }

    @Override
    public void close() {
        lab.close();
        audit.ifPresent(AuditStore::close);
        layout.close();
        dispatch.close();
    }
}
