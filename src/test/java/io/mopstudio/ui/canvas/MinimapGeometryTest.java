package io.mopstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The minimap's arithmetic: the drawing into the box and back, and scroll positions to the visible part and back. */
class MinimapGeometryTest {

    @Test
    void aTallDrawingIsScaledToTheBoxHeightAndTheMapTakesItsShape() {
        MinimapGeometry map = MinimapGeometry.fit(1000, 4000, 200, 140);
        assertEquals(140.0 / 4000, map.scale(), 1e-12);
        assertEquals(35, map.width(), 1e-9);
        assertEquals(140, map.height(), 1e-9);
        assertEquals(new Viewport(0, 140, 35, 0), map.toMap(0, 4000, 1000, 0));
    }

    @Test
    void aClickInTheBoxMapsBackToTheCanvasPointItShows() {
        MinimapGeometry map = MinimapGeometry.fit(3256, 6620, 200, 140);
        Viewport node = map.toMap(1200, 3000, 256, 104);
        Point back = map.toCanvas(node.x(), node.y());
        assertEquals(1200, back.x(), 1e-9);
        assertEquals(3000, back.y(), 1e-9);
    }

    @Test
    void theViewportFollowsTheScrollPositionsAtTheZoom() {
        ScrollGeometry scroll = new ScrollGeometry(4000, 2000, 800, 600, 0.5);
        assertFalse(scroll.fits(), "2000x1000 on screen does not fit 800x600");
        assertEquals(new Viewport(0, 0, 1600, 1200), scroll.viewport(0, 0));
        // At the far end the view's right edge is the drawing's right edge.
        assertEquals(new Viewport(2400, 800, 1600, 1200), scroll.viewport(1, 1));
        assertTrue(new ScrollGeometry(4000, 2000, 800, 600, 0.2).fits());
    }

    @Test
    void centringOnAPointIsTheInverseOfTheViewportWithinTheScrollRange() {
        ScrollGeometry scroll = new ScrollGeometry(4000, 2000, 800, 600, 0.5);
        double h = scroll.hvalueCentredOn(2000);
        double v = scroll.vvalueCentredOn(1000);
        Viewport shown = scroll.viewport(h, v);
        assertEquals(2000, shown.x() + shown.width() / 2, 1e-9);
        assertEquals(1000, shown.y() + shown.height() / 2, 1e-9);
        assertEquals(0, scroll.hvalueCentredOn(10), "near the edge it scrolls as far as it can, no further");
        assertEquals(1, scroll.vvalueCentredOn(1990));
    }
}
