package io.mopstudio.ui.shell;

import io.mopstudio.engine.PreCheckOverride;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.ui.audit.AuditRunRow;
import io.mopstudio.ui.audit.AuditViewModel;
import io.mopstudio.ui.run.RunConsoleActions;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;

/** The run console's after-run actions, done by the window: show a run in the audit tab, run again. */
final class ShellRunActions implements RunConsoleActions {

    private final ShellViewModel model;
    private final Runnable showAuditTab;
    private final Executor ui;

    /** {@code ui} is the UI thread's executor (see {@link io.mopstudio.ui.fx.UiDispatch#ui()}). */
    ShellRunActions(ShellViewModel model, Runnable showAuditTab, Executor ui) {
        this.model = model;
        this.showAuditTab = showAuditTab;
        this.ui = ui;
    }

    @Override
    public void openInAudit(String runId) {
        AuditViewModel audit = model.audit();
        // The list is read again off the UI thread; select the run once it is listed.
        ListChangeListener<AuditRunRow> selectWhenListed = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends AuditRunRow> change) {
                audit.rows().stream().filter(r -> r.runId().equals(runId)).findFirst().ifPresent(row -> {
                    audit.rows().removeListener(this);
                    // Not while the list is being replaced: the audit then restores its previous selection
                    // (none) after its listeners ran, which would undo this one.
                    ui.execute(() -> audit.selectedProperty().set(row));
                });
            }
        };
        audit.rows().addListener(selectWhenListed);
        showAuditTab.run();
    }

    @Override
    /** Refused, with the reason in the status bar, where Run would be (unsaved edits: the run would not run them). */
    public void runAgain(RunRequest request, List<PreCheckOverride> overrides) {
        model.whyNoRun().ifPresentOrElse(model::report, () -> model.startRun(request, overrides));
    }
}
