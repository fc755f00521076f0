package io.mopstudio.ui.yamlpane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.yamlpane.YamlHighlighting.Span;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The YAML pane's colours, read back as (style, text) pairs. */
class YamlHighlightingTest {

    @Test
    void keysCommentsStringsTemplatesScalarsAndDashes() {
        String text = """
                # Simplified MOP
                mop_id: MOP-284
                version: "2.3.1"
                pre_checks:
                  - check: service_state  # first
                    target: "{{ incident.affected_resource }}.replica"
                    abort_on_fail: false
                    timeout_seconds: 30
                    graceful_timeout: 15s
                depends_on: [drain, reset]
                """;
        assertEquals(List.of(
                "yaml-comment # Simplified MOP",
                "yaml-key mop_id",
                "yaml-key version", "yaml-string \"2.3.1\"",
                "yaml-key pre_checks",
                "yaml-dash -", "yaml-key check", "yaml-comment # first",
                "yaml-key target", "yaml-string \"", "yaml-template {{ incident.affected_resource }}",
                "yaml-string .replica\"",
                "yaml-key abort_on_fail", "yaml-scalar false",
                "yaml-key timeout_seconds", "yaml-scalar 30",
                "yaml-key graceful_timeout", "yaml-scalar 15s",
                "yaml-key depends_on"), read(text));
    }

    @Test
    void aHashInsideAWordOrAStringIsNotAComment() {
        assertEquals(List.of("yaml-key name", "yaml-string \"pool #2\""), read("name: \"pool #2\"\n"));
        assertEquals(List.of("yaml-key url"), read("url: http://host/x#frag\n"));
    }

    @Test
    void theSampleIsCoveredWithoutOverlaps() throws Exception {
        String sample = Files.readString(Fixtures.SAMPLE);
        List<Span> spans = YamlHighlighting.of(sample);
        int at = 0;
        for (Span span : spans) {
            assertTrue(span.start() >= at && span.end() > span.start(), "in order, not overlapping: " + span);
            at = span.end();
        }
        assertTrue(spans.stream().filter(s -> s.style().equals("yaml-key")).count() > 30);
    }

    private static List<String> read(String text) {
        return YamlHighlighting.of(text).stream().map(s -> s.style() + " " + text.substring(s.start(), s.end()))
                .toList();
    }
}
