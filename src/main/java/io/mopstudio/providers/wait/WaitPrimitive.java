package io.mopstudio.providers.wait;

import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.time.Duration;
import java.util.Map;

/** {@code wait}: pauses for {@code duration} (letting caches drain, a failover settle); a cancelled run ends it at once. */
public final class WaitPrimitive implements Primitive {

    static final Duration LONGEST = Duration.ofHours(24);

    @Override
    public String name() {
        return "wait";
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        Duration duration = reader.duration("duration", Duration.ZERO);
        if (duration.isZero() || duration.compareTo(LONGEST) > 0) {
            throw new PrimitiveException("wait: 'duration' must be longer than 0 and at most 24h, e.g. 30s");
        }
        Thread.sleep(duration.toMillis());
        String reason = reader.text("reason", "");
        return new PrimitiveResult(true, Map.of("waited_ms", duration.toMillis()), "waited " + duration.toMillis()
                + " ms" + (reason.isBlank() ? "" : ": " + reason), "waited");
    }
}
