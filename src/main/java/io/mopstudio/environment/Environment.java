package io.mopstudio.environment;

import io.mopstudio.model.Params;
import java.util.Map;
import java.util.Optional;

/**
 * Where a MOP runs: its variables ({@code env.*}), its inventory, the catalog that gives the
 * MOP's action names meaning there, and how validation samples. {@code labPort} is present for
 * environments that target MOP Studio's demo lab.
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
        String source) {

    public Environment {
        variables = Params.copy(variables);
    }

    public Environment withInventory(Inventory replacement) {
        return new Environment(name, description, demo, catalog, variables, replacement, validation, labPort,
                source);
    }
}
