package io.mopstudio.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.catalog.CatalogLoader;
import io.mopstudio.environment.Environment;
import io.mopstudio.environment.EnvironmentLoader;
import io.mopstudio.layout.Layout;
import io.mopstudio.model.Check;
import io.mopstudio.model.Mop;
import io.mopstudio.model.ValidationSettings;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.editor.MopDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The MOP's validation window and interval set from the form, and the sentence a validation check's form shows. */
class ValidationEditorTest {

    private final MopDocument document = new MopDocument();
    private final ValidationTimingEdits timing = new FormEdits(document, (before, after) -> { }).validationTiming();

    private Mop mop() {
        return document.getMop().orElseThrow();
    }

    @Test
    void timingTurnsTheListIntoAMappingWithoutMovingTheChecks() throws Exception {
        String sample = Files.readString(Fixtures.SAMPLE);
        document.load(Optional.empty(), sample, Layout.EMPTY);
        assertEquals(Optional.empty(), timing.set("window", "3m"));
        assertEquals(sample.replace("validation:\n", "validation:\n  window: 3m\n  checks:\n"), document.getText(),
                "two lines inserted; every check line as it was");
        assertEquals(Optional.empty(), timing.set("interval", "10s"));
        assertEquals(sample.replace("validation:\n", "validation:\n  window: 3m\n  interval: 10s\n  checks:\n"),
                document.getText());
        assertEquals(new ValidationSettings(Optional.of(Duration.ofMinutes(3)), Optional.of(Duration.ofSeconds(10))),
                mop().validationSettings());
        assertEquals(2, mop().validation().size());

        assertEquals(Optional.of("window: 'soon' is not a duration such as 500ms, 15s, 2m or 1h30m (at most 366 days)"),
                timing.set("window", "soon"));
        assertEquals(Optional.empty(), timing.set("window", "5m"));
        assertTrue(document.getText().contains("  window: 5m\n  interval: 10s\n"), document.getText());

        assertEquals(Optional.empty(), timing.set("window", ""));
        assertEquals(Optional.empty(), timing.set("interval", ""));
        assertEquals(sample, document.getText(), "no timing left: the list form comes back");
        while (document.undo()) {
            // back, one change at a time
        }
        assertEquals(sample, document.getText());
    }

    @Test
    void aWrittenWindowChangesOneLine() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/mops/valid/validation-window.yaml"));
        document.load(Optional.empty(), text, Layout.EMPTY);
        assertEquals(Optional.empty(), timing.set("window", "90s"));
        assertEquals(text.replace("  window: 2m\n", "  window: 90s\n"), document.getText());
        assertEquals(Optional.empty(), timing.set("interval", ""));
        assertEquals(text.replace("  window: 2m\n  interval: 5s\n", "  window: 90s\n"), document.getText());
        assertEquals(Optional.empty(), timing.set("interval", "15s"));
        assertEquals(text.replace("  window: 2m\n  interval: 5s\n", "  window: 90s\n  interval: 15s\n"),
                document.getText());
    }

    @Test
    void aMopWithoutValidationGetsASectionHoldingOnlyTheTiming() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/mops/valid/validation-window.yaml"));
        String without = text.substring(0, text.indexOf("validation:\n"));
        document.load(Optional.empty(), without, Layout.EMPTY);
        assertEquals(Optional.empty(), timing.set("interval", ""), "nothing to clear");
        assertEquals(without, document.getText());
        assertEquals(Optional.empty(), timing.set("window", "2m"));
        assertEquals(without + "validation:\n  window: 2m\n", document.getText());
        assertEquals(Optional.of(Duration.ofMinutes(2)), mop().validationSettings().window());
        assertEquals(Optional.empty(), timing.set("window", ""));
        assertEquals(without, document.getText());
    }

    @Test
    void theSentenceUsesTheCatalogsExpectationAndSaysWhereTimingComesFrom() throws Exception {
        Catalog catalog = new CatalogLoader().load("connection-pool-http", Optional.empty()).valid().orElseThrow();
        Mop sample = Fixtures.sampleMop();
        Check waitTime = sample.validation().get(0);
        ValidationSettings own = new ValidationSettings(Optional.of(Duration.ofMinutes(3)),
                Optional.of(Duration.ofSeconds(10)));
        assertEquals("Passes when connection_wait_time <= 50 ms holds for 3m, sampled every 10s, giving up after 1m",
                ValidationSentence.of(waitTime, catalog, own, Optional.empty()));
        assertEquals("Passes when connection_wait_time <= 50 ms holds for the environment's default window,"
                + " sampled at the environment's default interval, giving up after 1m",
                ValidationSentence.of(waitTime, catalog, ValidationSettings.NONE, Optional.empty()));
        assertEquals("Passes when service_health_probe keeps succeeding for 3m, sampled every 10s,"
                + " giving up after the environment's default timeout",
                ValidationSentence.of(sample.validation().get(1), catalog, own, Optional.empty()));
        Environment demo = new EnvironmentLoader().load("demo").valid().orElseThrow();
        assertEquals("Passes when service_health_probe keeps succeeding for 3s (the environment's default window),"
                + " sampled every 500ms (the environment's default interval), giving up after 1m (the environment's"
                + " default)", ValidationSentence.of(sample.validation().get(1), catalog, ValidationSettings.NONE,
                        Optional.of(demo)));
    }
}
