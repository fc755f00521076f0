package io.mopstudio.policy;

import java.time.Instant;
import java.util.Optional;

/** A period, from one instant until another, in which nothing may change, whatever the windows say. */
public record Freeze(String name, Instant from, Instant to, Optional<String> reason) {

    public Freeze {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("freeze '" + name + "' must start before it ends");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
