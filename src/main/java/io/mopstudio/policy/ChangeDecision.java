package io.mopstudio.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a change may start at {@code at}, which rule said so, and in a plain sentence why.
 * {@code nextPermitted} is the earliest instant from {@code at} on at which a change is permitted
 * ({@code at} itself when permitted now; empty if none within {@link ChangeWindowCheck#HORIZON}).
 * {@code permittedUntil} is, when permitted, the instant the permission ends (empty when it does
 * not end within the horizon, or when not permitted).
 */
public record ChangeDecision(
        Instant at,
        boolean permitted,
        String ruleName,
        ChangeRuleKind ruleKind,
        String sentence,
        Optional<Instant> nextPermitted,
        Optional<Instant> permittedUntil) {

    /** How long the current permission lasts; empty when not permitted or not ending within the horizon. */
    public Optional<Duration> permissionLeft() {
        return permittedUntil.map(until -> Duration.between(at, until));
    }

    /** How long until a change is permitted; zero when it is now. */
    public Optional<Duration> waitUntilPermitted() {
        return nextPermitted.map(next -> Duration.between(at, next));
    }
}
