package io.mopstudio.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mopstudio.model.Durations;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Durations as environments and MOPs write them ({@code validation.window: 3s}, {@code graceful_timeout: 15s}). */
class DurationsTest {

    @Test
    void readsTheUnitsAuthorsWrite() {
        assertEquals(Optional.of(Duration.ofMillis(500)), Durations.parse("500ms"));
        assertEquals(Optional.of(Duration.ofSeconds(15)), Durations.parse("15s"));
        assertEquals(Optional.of(Duration.ofMinutes(2)), Durations.parse("2m"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), Durations.parse("1h30m"));
        assertEquals(Optional.of(Duration.ofDays(1)), Durations.parse("1d"));
        assertEquals(Optional.of(Duration.ofSeconds(15)), Durations.parse(" 15s "));
    }

    @Test
    void plainNumbersAreSeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), Durations.parse("90"));
        assertEquals(Optional.of(Duration.ofSeconds(30)), Durations.parse(30L));
        assertEquals(Optional.of(Duration.ofMillis(1500)), Durations.parse(1.5));
        assertEquals(Optional.of(Duration.ZERO), Durations.parse("0"));
    }

    @Test
    void rejectsJunk() {
        for (Object junk : new Object[] {"", "   ", "s", "ms", "15 s", "1.5s", "15S", "-5s", "1h 30m", "5x", "15s!",
                "fifteen seconds", -5L, true, null}) {
            assertEquals(Optional.empty(), Durations.parse(junk), String.valueOf(junk));
        }
    }

    @Test
    void formatsTheShortestAuthorStyleText() {
        assertEquals("1h30m", Durations.format(Duration.ofMinutes(90)));
        assertEquals("500ms", Durations.format(Duration.ofMillis(500)));
        assertEquals("15s", Durations.format(Duration.ofSeconds(15)));
        assertEquals("0ms", Durations.format(Duration.ZERO));
    }
}
