package io.mopstudio.ui.fx;

import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A list cell that wraps its text within the list's width: findings and setup problems are sentences
 * with their advice at the end, which ran past the list and needed the horizontal scroll bar.
 */
public final class WrappedCells {

    /** Room for the list's vertical scroll bar and the cell's padding. */
    private static final double SCROLL_BAR_ROOM = 24;

    private WrappedCells() {
    }

    public static void wrapWithin(ListCell<?> cell, ListView<?> list) {
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(SCROLL_BAR_ROOM));
        cell.setMaxWidth(Control.USE_PREF_SIZE);
    }
}
