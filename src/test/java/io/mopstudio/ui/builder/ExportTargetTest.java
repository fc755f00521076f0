package io.mopstudio.ui.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mopstudio.render.MopRender;
import java.io.File;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportTargetTest {

    private static final File DIR = new File("/tmp/x");

    @Test
    void thePngFilterWithTheProposedSvgNameWritesAPngNamedSo() {
        assertEquals(new ExportTarget(new File(DIR, "MOP-284.png"), MopRender.Kind.PNG),
                ExportTarget.of(new File(DIR, "MOP-284.svg"), Optional.of(ExportTarget.PNG_FILTER)));
    }

    @Test
    void aNameWithoutExtensionGetsTheFiltersOne() {
        assertEquals(new ExportTarget(new File(DIR, "ticket-42.svg"), MopRender.Kind.SVG),
                ExportTarget.of(new File(DIR, "ticket-42"), Optional.of(ExportTarget.SVG_FILTER)));
    }

    @Test
    void withNoFilterKnownTheNameDecides() {
        assertEquals(new ExportTarget(new File(DIR, "a.PNG"), MopRender.Kind.PNG),
                ExportTarget.of(new File(DIR, "a.PNG"), Optional.empty()));
    }
}
