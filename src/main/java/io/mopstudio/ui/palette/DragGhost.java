package io.mopstudio.ui.palette;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Popup;

/**
 * What follows the pointer while a palette item is dragged: the name of the action or check that will
 * land where the button is released, so the user sees what they carry and where it goes. It keeps off
 * the pointer's own spot, so the window under the pointer still gets the release.
 */
final class DragGhost {

    static final String STYLE = "palette-drag-ghost";
    private static final double OFFSET_X = 16;
    private static final double OFFSET_Y = 14;

    private final Popup popup = new Popup();
    private final Label label = new Label();

    DragGhost() {
        label.getStyleClass().add(STYLE);
        label.setMouseTransparent(true);
        popup.getContent().add(label);
        popup.setAutoFix(false);
        popup.setAutoHide(false);
        popup.setConsumeAutoHidingEvents(false);
    }

    /** Shows {@code text} beside the pointer, at a point of the screen. */
    void follow(Node owner, String text, double screenX, double screenY) {
        label.setText(text);
        if (popup.isShowing()) {
            popup.setX(screenX + OFFSET_X);
            popup.setY(screenY + OFFSET_Y);
        } else {
            popup.show(owner, screenX + OFFSET_X, screenY + OFFSET_Y);
        }
    }

    void hide() {
        popup.hide();
    }
}
