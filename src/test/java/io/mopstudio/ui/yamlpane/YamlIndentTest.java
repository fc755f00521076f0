package io.mopstudio.ui.yamlpane;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YamlIndentTest {

    @Test
    void aNewLineKeepsTheIndentationOpensABlockAfterAKeyAndFollowsAListItemsContent() {
        assertEquals("", YamlIndent.after("mop_id: MOP-284"));
        assertEquals("  ", YamlIndent.after("execution_graph:"));
        assertEquals("    ", YamlIndent.after("  - id: reset_pool"));
        assertEquals("    ", YamlIndent.after("    action: db.connection_pool.reset"));
        assertEquals("      ", YamlIndent.after("    params:"));
        assertEquals("      ", YamlIndent.after("    params:  # what the action needs"));
        assertEquals("      ", YamlIndent.after("  - check:"), "a list item whose first key opens a block");
        assertEquals("    ", YamlIndent.after("  -"));
        assertEquals("  ", YamlIndent.after("  # a comment: here"));
        assertEquals("    ", YamlIndent.after("    target: \"{{ incident.affected_resource }}\""));
    }
}
