package io.mopstudio.policy;

import java.util.Optional;

/** The policies an environment file sets for running MOPs in it; each is empty when not written. */
public record EnvironmentPolicy(Optional<ChangePolicy> changePolicy, Optional<AutonomyPolicy> autonomy) {

    public static final EnvironmentPolicy NONE = new EnvironmentPolicy(Optional.empty(), Optional.empty());
}
