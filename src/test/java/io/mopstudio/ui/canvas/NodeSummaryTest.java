package io.mopstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A box has two lines for parameters; more than that pushed its status pill out of the box. */
class NodeSummaryTest {

    @Test
    void twoParametersShowWhole() {
        assertEquals(List.of("a = 1", "b = 2"), NodeSummary.params(params(2)));
    }

    @Test
    void moreThanTwoShowTheFirstAndHowManyMore() {
        assertEquals(List.of("a = 1", "+2 more"), NodeSummary.params(params(3)));
    }

    private static Map<String, Object> params(int count) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            out.put(String.valueOf((char) ('a' + i)), i + 1);
        }
        return out;
    }
}
