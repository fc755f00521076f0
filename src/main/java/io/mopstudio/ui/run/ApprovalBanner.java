package io.mopstudio.ui.run;

import com.jfoenix.controls.JFXButton;
import com.jfoenix.controls.JFXTextField;
import io.mopstudio.audit.DurationText;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The banner a run waiting for approval raises across the window: why it needs a human, how long
 * it waits, and the name and reason fields with Approve and Decline. {@code notify} is told once
 * per request, for a toast that catches the eye of an operator looking elsewhere.
 */
final class ApprovalBanner {

    private final VBox root;

    ApprovalBanner(WindowApproval approvals, Consumer<String> notify) {
        Label heading = new Label();
        heading.getStyleClass().add("approval-heading");
        Label explanation = new Label();
        explanation.setId("approvalExplanation");
        explanation.setWrapText(true);
        JFXTextField name = new JFXTextField();
        name.setId("approverField");
        name.setPromptText("your name");
        name.textProperty().bindBidirectional(approvals.approverProperty());
        JFXTextField reason = new JFXTextField();
        reason.setId("approvalReasonField");
        reason.setPromptText("why (recorded in the audit)");
        reason.textProperty().bindBidirectional(approvals.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        JFXButton approve = new JFXButton("Approve");
        approve.setId("approveButton");
        approve.getStyleClass().addAll("dialog-button", "primary-button");
        approve.setOnAction(e -> approvals.approve());
        JFXButton decline = new JFXButton("Decline");
        decline.setId("declineButton");
        decline.getStyleClass().addAll("dialog-button", "danger-button");
        decline.setOnAction(e -> approvals.decline());
        Label message = new Label();
        message.getStyleClass().add("approval-message");
        message.textProperty().bind(approvals.messageProperty());
        HBox fields = new HBox(8, new Label("Name"), name, new Label("Reason"), reason, approve, decline);
        fields.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(4, heading, explanation, fields, message);
        root.setId("approvalBanner");
        root.getStyleClass().add("approval-banner");
        approvals.pendingProperty().addListener((obs, old, now) -> show(now, heading, explanation, notify));
        show(approvals.pendingProperty().get(), heading, explanation, s -> { });
    }

    Node node() {
        return root;
    }

    private void show(Optional<WindowApproval.Pending> pending, Label heading, Label explanation,
            Consumer<String> notify) {
        root.setVisible(pending.isPresent());
        root.setManaged(pending.isPresent());
        pending.ifPresent(p -> {
            heading.setText("APPROVAL NEEDED — " + p.request().mopId() + " on " + p.request().environment()
                    + " waits for a named human (declined if no answer within "
                    + DurationText.of(p.timeout().toMillis()) + ")");
            explanation.setText(p.request().explanation());
            notify.accept("Run " + p.request().runId() + " is waiting for your approval");
        });
    }
}
