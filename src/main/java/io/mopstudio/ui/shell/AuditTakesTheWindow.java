package io.mopstudio.ui.shell;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * While the Audit tab is shown it has the whole window: the palette, the forms and YAML, Problems and
 * the run log are for building and running, and beside them the runs table showed truncated columns
 * ("RESOL…", "demo …"). Leaving the tab puts every pane back where the user had it.
 */
final class AuditTakesTheWindow {

    private final TabPane tabs;
    private final SplitPane editing;
    private final SplitPane center;
    private final List<Node> editingPanes;
    private final List<Node> centerPanes;
    private double[] editingDividers = new double[0];
    private double[] centerDividers = new double[0];

    private AuditTakesTheWindow(TabPane tabs, SplitPane editing, SplitPane center) {
        this.tabs = tabs;
        this.editing = editing;
        this.center = center;
        this.editingPanes = List.copyOf(editing.getItems());
        this.centerPanes = List.copyOf(center.getItems());
    }

    /** {@code tabs} sits in {@code editing}, which sits in {@code center}; both hold all their panes now. */
    static void install(TabPane tabs, Tab auditTab, SplitPane editing, SplitPane center) {
        AuditTakesTheWindow layout = new AuditTakesTheWindow(tabs, editing, center);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == auditTab && old != auditTab) {
                layout.widen();
            } else if (old == auditTab && now != auditTab) {
                layout.restore();
            }
        });
    }

    private void widen() {
        editingDividers = editing.getDividerPositions();
        centerDividers = center.getDividerPositions();
        editing.getItems().setAll(tabs);
        center.getItems().setAll(editing);
    }

    private void restore() {
        editing.getItems().setAll(editingPanes);
        center.getItems().setAll(centerPanes);
        editing.setDividerPositions(editingDividers);
        center.setDividerPositions(centerDividers);
    }
}
