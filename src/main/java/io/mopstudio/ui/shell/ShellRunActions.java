package io.mopstudio.ui.shell;

import io.mopstudio.engine.PreCheckOverride;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.ui.audit.AuditRunRow;
import io.mopstudio.ui.audit.AuditViewModel;
import io.mopstudio.ui.run.RunConsoleActions;
import java.util.List;
import javafx.collections.ListChangeListener;

/** The run console's after-run actions, done by the window: show a run in the audit tab, run again. */
final class ShellRunActions implements RunConsoleActions {

    private final ShellViewModel model;
    private final Runnable showAuditTab;

    ShellRunActions(ShellViewModel model, Runnable showAuditTab) {
        this.model = model;
        this.showAuditTab = showAuditTab;
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
                    audit.selectedProperty().set(row);
                });
            }
        };
        audit.rows().addListener(selectWhenListed);
        showAuditTab.run();
    }

    @Override
    public void runAgain(RunRequest request, List<PreCheckOverride> overrides) {
        model.startRun(request, overrides);
    }
}
