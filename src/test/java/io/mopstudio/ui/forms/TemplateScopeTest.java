package io.mopstudio.ui.forms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.validation.ValidationContexts;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateScopeTest {

    private static final Catalog CATALOG = new ValidationContexts().bundled().valid().orElseThrow().catalog();

    @Test
    void withNoEnvironmentChosenTheEnvNamesTheMopAlreadyUsesAreOffered() {
        TemplateNames names = TemplateScope.names(Fixtures.sampleMop(),
                NodeKey.step(GraphKind.EXECUTION, "drain_connections"), Optional.empty(), CATALOG);

        assertTrue(names.completing("env.").contains("env.pool_size_default"), names.variables().toString());
        assertTrue(names.knows("env.anything_else"), "env stays open: the run's environment decides");
    }

    @Test
    void aPreCheckIsOfferedNoStepOutputsAndNoSnapshots() {
        TemplateNames names = TemplateScope.names(Fixtures.sampleMop(), NodeKey.preCheck("service_state"),
                Optional.empty(), CATALOG);

        assertFalse(names.variables().stream().anyMatch(v -> v.startsWith("steps.") || v.startsWith("pre_execution.")),
                names.variables().toString());
    }
}
