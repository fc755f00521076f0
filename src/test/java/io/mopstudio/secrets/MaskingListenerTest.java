package io.mopstudio.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskingListenerTest {

    private final Secrets secrets = new Secrets(Map.of("pg", "pg-pass-42"));

    @Test
    void everyTextOfAnEventReachesTheListenerMasked() {
        List<RunEvent> seen = new ArrayList<>();
        RunListener listener = MaskingListener.wrap(seen::add, secrets);
        listener.onEvent(new StepFinished("R1", 3, Instant.EPOCH, GraphKind.EXECUTION, "drain", StepStatus.FAILED,
                Map.of("stdout", "password=pg-pass-42", "rows", List.of(Map.of("v", "pg-pass-42"))),
                "psql failed for pg-pass-42", 12));
        StepFinished masked = (StepFinished) seen.get(0);
        assertEquals("psql failed for ******", masked.message());
        assertEquals(Map.of("stdout", "password=******", "rows", List.of(Map.of("v", "******"))), masked.output());
        assertEquals(3, masked.seq());
        assertEquals(12, masked.durationMillis());
    }

    @Test
    void mappingsOfTextSuchAsTheIncidentAreMaskedToo() {
        List<RunEvent> seen = new ArrayList<>();
        MaskingListener.wrap(seen::add, secrets).onEvent(new RunStarted("R1", 1, Instant.EPOCH, "MOP-1", "n", "1",
                "f.yaml", "sha", "text", "env", false, Map.of("note", "pg-pass-42"), "me",
                io.mopstudio.engine.event.RunMode.LIVE, "host:1"));
        RunStarted started = (RunStarted) seen.get(0);
        assertEquals(Map.of("note", "******"), started.incident());
        assertEquals(io.mopstudio.engine.event.RunMode.LIVE, started.mode(), "values other than text pass unchanged");
    }

    @Test
    void withoutSecretsTheListenerIsUsedAsItIs() {
        RunListener plain = event -> { };
        assertSame(plain, MaskingListener.wrap(plain, Secrets.none()));
    }
}
