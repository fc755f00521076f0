package io.mopstudio.policy;

import io.mopstudio.yaml.YamlMap;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the policy sections of an environment file, {@code change_policy:} and {@code autonomy:},
 * from its top-level mapping. Other keys are the environment loader's to check.
 */
public final class PolicyReader {

    /** The top-level keys this reader owns. */
    public static final Set<String> KEYS = Set.of("change_policy", "autonomy");

    public EnvironmentPolicy read(YamlMap environment) {
        Optional<ChangePolicy> changePolicy = section(environment, "change_policy")
                .flatMap(new ChangePolicyReader()::read);
        Optional<AutonomyPolicy> autonomy = section(environment, "autonomy").flatMap(new AutonomyReader()::read);
        return new EnvironmentPolicy(changePolicy, autonomy);
    }

    private static Optional<YamlMap> section(YamlMap environment, String key) {
        return environment.node(key)
                .flatMap(node -> YamlMap.of(environment.document(), node, key, environment.problems()));
    }
}
