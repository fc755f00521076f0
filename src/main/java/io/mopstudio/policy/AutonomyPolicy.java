package io.mopstudio.policy;

import java.time.Duration;
import java.util.Optional;

/**
 * How far an environment lets a MOP act on its own: {@code maxBlastRadius} is the most it may do
 * without a named human's approval (empty: no limit), {@code approvalTimeout} how long to wait
 * for that approval.
 */
public record AutonomyPolicy(Optional<BlastRadius> maxBlastRadius, Optional<Duration> approvalTimeout) {

    public static final AutonomyPolicy UNLIMITED = new AutonomyPolicy(Optional.empty(), Optional.empty());
}
