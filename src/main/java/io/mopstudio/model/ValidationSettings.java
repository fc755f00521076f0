package io.mopstudio.model;

import java.time.Duration;
import java.util.Optional;

/**
 * A MOP's own validation timing, overriding the environment's: how long all checks must hold
 * together ({@code window}) and how often they are sampled ({@code interval}).
 */
public record ValidationSettings(Optional<Duration> window, Optional<Duration> interval) {

    public static final ValidationSettings NONE = new ValidationSettings(Optional.empty(), Optional.empty());
}
