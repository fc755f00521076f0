package io.mopstudio.environment;

import io.mopstudio.model.Params;
import io.mopstudio.secrets.Secrets;
import java.util.Map;
import java.util.Optional;

/**
 * Where a MOP runs: its variables ({@code env.*}), its inventory, the catalog that gives the
 * MOP's action names meaning there, and how validation samples. {@code labPort} is present for
 * environments that target MOP Studio's demo lab. {@code credentials} are references
 * ({@code env:NAME}, {@code file:PATH}); {@code secrets} holds their values once a run is set up.
 * {@code policies} keeps {@code change_windows} and {@code blast_radius} as written, for the
 * executor to apply.
 */
public record Environment(
        String name,
        String description,
        boolean demo,
        String catalog,
        Map<String, Object> variables,
        Inventory inventory,
        ValidationSettings validation,
        Optional<Integer> labPort,
        String source,
        Map<String, String> credentials,
        Map<String, Object> policies,
        Secrets secrets) {

    public Environment {
        variables = Params.copy(variables);
        credentials = Map.copyOf(credentials);
        policies = Params.copy(policies);
    }

    /** An environment without credentials or policies. */
    public Environment(String name, String description, boolean demo, String catalog, Map<String, Object> variables,
            Inventory inventory, ValidationSettings validation, Optional<Integer> labPort, String source) {
        this(name, description, demo, catalog, variables, inventory, validation, labPort, source, Map.of(), Map.of(),
                Secrets.none());
    }

    public Environment withInventory(Inventory replacement) {
        return new Environment(name, description, demo, catalog, variables, replacement, validation, labPort,
                source, credentials, policies, secrets);
    }

    public Environment withSecrets(Secrets resolved) {
        return new Environment(name, description, demo, catalog, variables, inventory, validation, labPort,
                source, credentials, policies, resolved);
    }
}
