package io.mopstudio.ui.palette;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The palette's controls: a search field and one titled group per category. An item is dragged
 * with a plain press-drag-release (no platform drag and drop, so it works the same everywhere);
 * the item's name follows the pointer ({@link DragGhost}), and where it is released is handed to
 * {@code onDrop} in scene coordinates.
 */
public final class PaletteView {

    static final String STYLE = "palette";

    private final VBox groups = new VBox(4);
    private final DragGhost ghost = new DragGhost();
    private final VBox root;
    private final BiConsumer<PaletteItem, Point2D> onDrop;

    public PaletteView(PaletteViewModel model, BiConsumer<PaletteItem, Point2D> onDrop) {
        this.onDrop = onDrop;
        TextField search = new TextField();
        search.setId("paletteSearch");
        search.setPromptText("Search actions and checks");
        search.textProperty().bindBidirectional(model.filterProperty());
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(6, search, scroll);
        root.getStyleClass().add(STYLE);
        root.setMinWidth(180);
        root.setPrefWidth(230);
        model.groupsProperty().addListener((obs, old, next) -> show(next));
        show(model.groupsProperty().get());
    }

    public Node node() {
        return root;
    }

    private void show(Map<String, List<PaletteItem>> byCategory) {
        groups.getChildren().clear();
        byCategory.forEach((category, items) -> {
            VBox list = new VBox(2);
            items.forEach(item -> list.getChildren().add(entry(item)));
            TitledPane pane = new TitledPane(category, list);
            pane.getStyleClass().add("palette-group");
            groups.getChildren().add(pane);
        });
    }

    private Node entry(PaletteItem item) {
        Label name = new Label(item.name());
        name.getStyleClass().add("palette-name");
        Label description = new Label(item.description());
        description.getStyleClass().add("palette-description");
        description.setWrapText(true);
        VBox box = new VBox(1, name, description);
        box.setId("palette-" + item.name().replaceAll("[^A-Za-z0-9_-]", "_"));
        box.getStyleClass().add("palette-item");
        box.setCursor(Cursor.OPEN_HAND);
        Tooltip.install(box, new Tooltip("Drag onto the canvas: " + item.name() + "\n" + item.description()));
        box.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            box.setCursor(Cursor.CLOSED_HAND);
            ghost.follow(box, item.name(), e.getScreenX(), e.getScreenY());
        });
        box.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            box.setCursor(Cursor.OPEN_HAND);
            ghost.hide();
            if (!box.contains(box.sceneToLocal(e.getSceneX(), e.getSceneY()))) {
                onDrop.accept(item, new Point2D(e.getSceneX(), e.getSceneY()));
            }
        });
        return box;
    }
}
