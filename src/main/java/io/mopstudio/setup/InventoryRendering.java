package io.mopstudio.setup;

import io.mopstudio.environment.Environment;
import io.mopstudio.environment.Inventory;
import io.mopstudio.template.Template;
import io.mopstudio.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the templates in an environment's inventory once, when a run is set up:
 * {@code {{ env.NAME }}} (the environment's variables), {@code {{ credentials.NAME }}} (resolved
 * secret values, which only the inventory may name, so a MOP can never print one by writing it)
 * and {@code {{ lab.url }}} for environments that target the demo lab.
 */
final class InventoryRendering {

    private InventoryRendering() {
    }

    static Environment render(Environment env, Optional<String> labUrl) throws TemplateException {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("env", env.variables());
        scope.put("credentials", env.secrets().asTemplateScope());
        labUrl.ifPresent(url -> scope.put("lab", Map.of("url", url)));
        Map<String, Map<String, Object>> rendered = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> entry : env.inventory().resources().entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> value = (Map<String, Object>) Template.render(entry.getValue(), scope);
            rendered.put(entry.getKey(), value);
        }
        return env.withInventory(new Inventory(rendered));
    }
}
