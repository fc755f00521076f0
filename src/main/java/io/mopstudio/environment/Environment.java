package io.mopstudio.environment;

import io.mopstudio.model.Params;
import io.mopstudio.policy.EnvironmentPolicy;
import io.mopstudio.secrets.Secrets;
import java.util.Map;
import java.util.Optional;

/**
 * Where a MOP runs: its variables ({@code env.*}), its inventory, the catalog that gives the
 * MOP's action names meaning there, and how validation samples. {@code labPort} is present for
 * environments that target MOP Studio's demo lab. {@code policy} holds its change windows and the
 * blast radius it may act on alone; {@code escalationWebhook} receives escalation summaries.
 * {@code credentials} are references ({@code env:NAME}, {@code file:PATH}); {@code secrets} holds
 * their values once a run is set up.
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
        EnvironmentPolicy policy,
        Optional<java.net.URI> escalationWebhook,
        Map<String, String> credentials,
        Secrets secrets) {

    public Environment {
        variables = Params.copy(variables);
        credentials = Map.copyOf(credentials);
    }

    /** An environment without credentials (as the executor's callers build one). */
    public Environment(String name, String description, boolean demo, String catalog, Map<String, Object> variables,
            Inventory inventory, ValidationSettings validation, Optional<Integer> labPort, String source,
            EnvironmentPolicy policy, Optional<java.net.URI> escalationWebhook) {
        this(name, description, demo, catalog, variables, inventory, validation, labPort, source, policy,
                escalationWebhook, Map.of(), Secrets.none());
    }

    public Environment withInventory(Inventory replacement) {
        return new Environment(name, description, demo, catalog, variables, replacement, validation, labPort,
                source, policy, escalationWebhook, credentials, secrets);
    }

    public Environment withSecrets(Secrets resolved) {
        return new Environment(name, description, demo, catalog, variables, inventory, validation, labPort,
                source, policy, escalationWebhook, credentials, resolved);
    }
}
