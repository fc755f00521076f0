package io.mopstudio.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;

/**
 * The mouse and keyboard on a canvas: click and Shift-click to select, rubber band on empty space,
 * drag nodes (the whole selection moves together, snapped when the grid is on), drag from an output
 * port to another step to add a dependency (refused while dragging when it would close a cycle, with
 * the reason beside the pointer), middle or right drag to pan, Delete, Ctrl+C / Ctrl+V / Ctrl+D.
 * Moving draws nodes where the pointer is; the change itself happens once, on release, through
 * {@link CanvasActions}, and the canvas then re-renders from the model.
 */
final class CanvasGestures {

    private final GraphCanvasViewModel model;
    private final Optional<CanvasActions> actions;
    private final GraphCanvasView view;
    private Pane drawing;
    private ScrollPane scroll;
    private Point2D pressed = Point2D.ZERO;
    private Point2D panStart = Point2D.ZERO;
    private Point last = new Point(40, 40);
    private final Rectangle band = new Rectangle();
    private final CubicCurve wire = new CubicCurve();
    private final Label reason = new Label();
    private final Map<NodeKey, Point2D> moveStart = new HashMap<>();

    CanvasGestures(GraphCanvasViewModel model, Optional<CanvasActions> actions, GraphCanvasView view) {
        this.model = model;
        this.actions = actions;
        this.view = view;
        band.getStyleClass().add("rubber-band");
        wire.getStyleClass().add("wire");
        reason.getStyleClass().add("wire-reason");
        reason.setId("wireReason");
    }

    void install(Pane drawingPane, ScrollPane scrollPane) {
        this.drawing = drawingPane;
        this.scroll = scrollPane;
        drawing.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            scroll.requestFocus();
            pressed = local(e);
            panStart = new Point2D(e.getSceneX(), e.getSceneY());
            if (e.getButton() == MouseButton.PRIMARY) {
                band.setX(pressed.getX());
                band.setY(pressed.getY());
                band.setWidth(0);
                band.setHeight(0);
                view.overlay().getChildren().setAll(band);
            }
        });
        drawing.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            Point2D at = local(e);
            if (e.getButton() == MouseButton.PRIMARY) {
                band.setX(Math.min(at.getX(), pressed.getX()));
                band.setY(Math.min(at.getY(), pressed.getY()));
                band.setWidth(Math.abs(at.getX() - pressed.getX()));
                band.setHeight(Math.abs(at.getY() - pressed.getY()));
            } else {
                pan(e);
            }
        });
        drawing.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            view.overlay().getChildren().clear();
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            Point2D at = local(e);
            if (at.distance(pressed) < 3) {
                model.clearSelection();
            } else {
                model.selectWithin(pressed.getX(), pressed.getY(), at.getX(), at.getY(), e.isShiftDown());
            }
        });
        drawing.addEventHandler(MouseEvent.MOUSE_MOVED, e -> last = point(local(e)));
        scroll.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void pan(MouseEvent e) {
        double dx = e.getSceneX() - panStart.getX();
        double dy = e.getSceneY() - panStart.getY();
        panStart = new Point2D(e.getSceneX(), e.getSceneY());
        double width = drawing.getBoundsInParent().getWidth() - scroll.getViewportBounds().getWidth();
        double height = drawing.getBoundsInParent().getHeight() - scroll.getViewportBounds().getHeight();
        if (width > 0) {
            scroll.setHvalue(scroll.getHvalue() - dx / width);
        }
        if (height > 0) {
            scroll.setVvalue(scroll.getVvalue() - dy / height);
        }
    }

    private void key(KeyEvent e) {
        if (actions.isEmpty()) {
            return;
        }
        CanvasActions act = actions.get();
        Set<NodeKey> selected = Set.copyOf(model.selection());
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            act.delete(selected, model.getSelectedEdge());
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
            act.copy(selected);
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.V) {
            act.paste(last);
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.D) {
            act.duplicate(selected);
        } else {
            return;
        }
        e.consume();
    }

    void edge(Group shape, GraphEdge edge) {
        shape.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            scroll.requestFocus();
            model.selectEdge(edge);
            e.consume();
        });
        shape.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
    }

    void node(NodeView node) {
        NodeKey key = node.node().key();
        node.box().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            scroll.requestFocus();
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (!model.selection().contains(key) || e.isShiftDown() || e.isShortcutDown()) {
                model.select(key, e.isShiftDown() || e.isShortcutDown());
            }
            pressed = local(e);
            moveStart.clear();
            model.selection().forEach(k -> {
                NodeView v = view.nodeViews().get(k);
                if (v != null) {
                    moveStart.put(k, new Point2D(v.getLayoutX(), v.getLayoutY()));
                }
            });
            e.consume();
        });
        node.box().addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            Point2D delta = local(e).subtract(pressed);
            moveStart.forEach((k, start) -> {
                NodeView v = view.nodeViews().get(k);
                Point to = model.snap(new Point(start.getX() + delta.getX(), start.getY() + delta.getY()));
                v.relocate(to.x(), to.y());
            });
            e.consume();
        });
        node.box().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            e.consume();
            Point2D delta = local(e).subtract(pressed);
            if (actions.isEmpty() || moveStart.isEmpty() || delta.magnitude() < 2) {
                return;
            }
            Map<NodeKey, Point> moved = new HashMap<>();
            moveStart.forEach((k, start) -> moved.put(k,
                    model.snap(new Point(start.getX() + delta.getX(), start.getY() + delta.getY()))));
            moveStart.clear();
            actions.get().move(moved);
        });
        if (actions.isPresent() && !key.kind().isCheck()) {
            wire(node, key);
        }
    }

    private void wire(NodeView node, NodeKey from) {
        node.output().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            Point2D start = drawing.sceneToLocal(node.output().localToScene(0, 0));
            wire.setStartX(start.getX());
            wire.setStartY(start.getY());
            follow(start);
            view.overlay().getChildren().setAll(wire);
            e.consume();
        });
        node.output().addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            Point2D at = local(e);
            follow(at);
            Optional<String> refused = target(at).flatMap(to -> actions.get().refuseConnection(from, to));
            wire.getStyleClass().remove("wire-refused");
            if (refused.isPresent()) {
                wire.getStyleClass().add("wire-refused");
                reason.setText(refused.get());
                reason.relocate(at.getX() + 12, at.getY() + 12);
                if (!view.overlay().getChildren().contains(reason)) {
                    view.overlay().getChildren().add(reason);
                }
            } else {
                view.overlay().getChildren().remove(reason);
            }
            e.consume();
        });
        node.output().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            view.overlay().getChildren().clear();
            e.consume();
            // A refused wire is offered too, so that its reason stays in the status bar after the release;
            // one let go over its own step is a click on the port, not an attempt.
            target(local(e)).filter(to -> !to.equals(from)).ifPresent(to -> actions.get().connect(from, to));
        });
    }

    private void follow(Point2D at) {
        double pull = Math.max(30, Math.abs(at.getX() - wire.getStartX()) / 2);
        wire.setControlX1(wire.getStartX() + pull);
        wire.setControlY1(wire.getStartY());
        wire.setControlX2(at.getX() - pull);
        wire.setControlY2(at.getY());
        wire.setEndX(at.getX());
        wire.setEndY(at.getY());
    }

    /** The node whose box is under a canvas point. */
    private Optional<NodeKey> target(Point2D at) {
        return model.layoutProperty().get().nodes().entrySet().stream()
                .filter(e -> at.getX() >= e.getValue().x() - NodeView.PORT_RADIUS * 2
                        && at.getX() <= e.getValue().x() + e.getValue().width()
                        && at.getY() >= e.getValue().y() && at.getY() <= e.getValue().y() + e.getValue().height())
                .map(Map.Entry::getKey).findFirst();
    }

    private Point2D local(MouseEvent e) {
        return drawing.sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    private static Point point(Point2D p) {
        return new Point(p.getX(), p.getY());
    }
}
