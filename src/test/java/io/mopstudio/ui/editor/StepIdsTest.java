package io.mopstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StepIdsTest {

    @Test
    void theActionsLastPartSuffixedUntilUnique() {
        assertEquals("drain", StepIds.forAction("db.connection_pool.drain", Set.of()));
        assertEquals("drain_2", StepIds.forAction("db.connection_pool.drain", Set.of("drain")));
        assertEquals("drain_3", StepIds.forAction("db.connection_pool.drain", Set.of("drain", "drain_2")));
        assertEquals("drain_3", StepIds.unique("drain_2", Set.of("drain", "drain_2")), "a copy of drain_2 is drain_3");
        assertEquals("step_2fa", StepIds.forAction("auth.2fa", Set.of()), "ids start with a letter");
    }

    @Test
    void formTextBecomesYamlOfItsType() {
        assertEquals("healthy", YamlScalars.text("healthy"));
        assertEquals("\"{{ incident.affected_resource }}.conn_manager\"",
                YamlScalars.typed("{{ incident.affected_resource }}.conn_manager", io.mopstudio.catalog.ParamType.RESOURCE));
        assertEquals("\"yes\"", YamlScalars.text("yes"), "a YAML 1.1 boolean word stays text");
        assertEquals("\"0755\"", YamlScalars.text("0755"));
        assertEquals("15s", YamlScalars.typed("15s", io.mopstudio.catalog.ParamType.DURATION));
        assertEquals("[a, b]", YamlScalars.typed("a, b", io.mopstudio.catalog.ParamType.LIST));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> YamlScalars.typed("soon", io.mopstudio.catalog.ParamType.DURATION));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> YamlScalars.typed("ten", io.mopstudio.catalog.ParamType.INTEGER));
    }
}
