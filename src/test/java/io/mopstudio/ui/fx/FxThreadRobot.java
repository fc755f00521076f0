package io.mopstudio.ui.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's robot, except that it finds and measures its targets on the FX thread. TestFX measures a
 * node named by a query, or passed as a node, on the test thread, while the FX thread may be laying
 * the same scene out: both then write the scene's cached bounds, and in CI that broke the scene for
 * good ("Index -1 out of bounds" in every later pulse, every later test of the JVM failing). Here the
 * robot is only ever sent to a screen point read on the FX thread.
 */
public class FxThreadRobot extends FxRobot {

    /** Reads the window on the FX thread (directly when already on it). */
    public static <T> T onFx(Callable<T> read) {
        try {
            if (Platform.isFxApplicationThread()) {
                return read.call();
            }
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the window: " + e.getMessage(), e);
        }
    }

    /** Whether a node and every parent is visible: a tab's content is hidden while another tab is shown. */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /**
     * The centre of the first shown node the query finds, on the screen, read on the FX thread. Its
     * window becomes the robot's target, as TestFX's own lookups make it: typing goes there.
     */
    public Point2D centreOf(String query) {
        Node node = onFx(() -> lookup(query).match(FxThreadRobot::shown).tryQuery()
                .orElseThrow(() -> new AssertionError("nothing shown matches " + query)));
        return centreOf(node);
    }

    /** The centre of a node on the screen, read on the FX thread; its window becomes the robot's target. */
    public Point2D centreOf(Node node) {
        return aimAt(node, Pos.CENTER, Point2D.ZERO);
    }

    private Point2D aimAt(Node node, Pos pos, Point2D offset) {
        Window window = onFx(() -> node.getScene() == null ? null : node.getScene().getWindow());
        if (window == null) {
            throw new AssertionError(node + " is not in a window");
        }
        targetWindow(window);
        return onFx(() -> at(node, pos, offset));
    }

    private static Point2D at(Node node, Pos pos, Point2D offset) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        double x = switch (pos.getHpos()) {
            case LEFT -> b.getMinX();
            case RIGHT -> b.getMaxX();
            default -> b.getCenterX();
        };
        double y = switch (pos.getVpos()) {
            case TOP -> b.getMinY();
            case BOTTOM -> b.getMaxY();
            default -> b.getCenterY();
        };
        return new Point2D(x + offset.getX(), y + offset.getY());
    }

    @Override
    public FxRobot clickOn(String query, Motion motion, MouseButton... buttons) {
        return clickOn(centreOf(query), motion, buttons);
    }

    @Override
    public FxRobot clickOn(Node node, Motion motion, MouseButton... buttons) {
        return clickOn(centreOf(node), motion, buttons);
    }

    @Override
    public FxRobot doubleClickOn(String query, Motion motion, MouseButton... buttons) {
        return doubleClickOn(centreOf(query), motion, buttons);
    }

    @Override
    public FxRobot doubleClickOn(Node node, Motion motion, MouseButton... buttons) {
        return doubleClickOn(centreOf(node), motion, buttons);
    }

    @Override
    public FxRobot rightClickOn(String query, Motion motion) {
        return rightClickOn(centreOf(query), motion);
    }

    @Override
    public FxRobot rightClickOn(Node node, Motion motion) {
        return rightClickOn(centreOf(node), motion);
    }

    @Override
    public FxRobot drag(String query, MouseButton... buttons) {
        return drag(centreOf(query), buttons);
    }

    @Override
    public FxRobot drag(Node node, MouseButton... buttons) {
        return drag(centreOf(node), buttons);
    }

    @Override
    public FxRobot dropTo(String query) {
        return dropTo(centreOf(query));
    }

    @Override
    public FxRobot dropTo(Node node) {
        return dropTo(centreOf(node));
    }

    @Override
    public FxRobot moveTo(String query, Motion motion) {
        return moveTo(centreOf(query), motion);
    }

    @Override
    public FxRobot moveTo(Node node, Pos pos, Point2D offset, Motion motion) {
        return moveTo(aimAt(node, pos, offset), motion);
    }
}
