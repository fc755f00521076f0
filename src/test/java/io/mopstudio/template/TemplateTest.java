package io.mopstudio.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static Map<String, Object> scope() {
        Map<String, Object> poolConfig = new LinkedHashMap<>();
        poolConfig.put("max_size", 50L);
        poolConfig.put("mode", "session");
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("affected_resource", "orders-db");
        incident.put("started", null);
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("incident", incident);
        scope.put("env", Map.of("pool_size_default", 20L, "ratio", 2.50d, "whole", 3.0d, "tiny", 1.0e-7,
                "hosts", List.of("a", "b"), "enabled", true));
        scope.put("pre_execution", Map.of("pool_config", poolConfig));
        scope.put("steps", Map.of("reset_pool", Map.of("output", Map.of("json", Map.of("size", 20L)))));
        return scope;
    }

    @Test
    void aWholeValueTemplateKeepsTheVariablesType() throws Exception {
        assertEquals(20L, Template.render("{{ env.pool_size_default }}", scope()));
        assertEquals(Boolean.TRUE, Template.render("{{env.enabled}}", scope()));
        Object snapshot = Template.render("{{ pre_execution.pool_config }}", scope());
        assertInstanceOf(Map.class, snapshot);
        assertEquals(Map.of("max_size", 50L, "mode", "session"), snapshot);
        assertEquals(List.of("a", "b"), Template.render("{{ env.hosts }}", scope()));
    }

    @Test
    void templatesInsideTextAreInterpolated() throws Exception {
        assertEquals("orders-db.replica", Template.render("{{ incident.affected_resource }}.replica", scope()));
        assertEquals("size=20 on orders-db",
                Template.render("size={{ env.pool_size_default }} on {{incident.affected_resource}}", scope()));
        assertEquals(" orders-db ", Template.render(" {{ incident.affected_resource }} ", scope()),
                "surrounding spaces make it text");
    }

    @Test
    void mappingsAndListsInsideTextBecomeJson() throws Exception {
        assertEquals("config: {\"max_size\":50,\"mode\":\"session\"}",
                Template.render("config: {{ pre_execution.pool_config }}", scope()));
        assertEquals("hosts=[\"a\",\"b\"]", Template.render("hosts={{ env.hosts }}", scope()));
    }

    @Test
    void numbersInsideTextPrintWithoutTrailingZeros() throws Exception {
        assertEquals("ratio 2.5", Template.render("ratio {{ env.ratio }}", scope()));
        assertEquals("whole 3", Template.render("whole {{ env.whole }}", scope()));
        assertEquals("tiny 0.0000001", Template.render("tiny {{ env.tiny }}", scope()));
        assertEquals("10000000000", Template.asText("big", 1.0e10));
    }

    @Test
    void numbersThatAreNotFiniteStillReadAsText() throws Exception {
        assertEquals("NaN", Template.asText("x", Double.NaN));
        assertEquals("Infinity", Template.asText("x", Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Template.asText("x", Float.NEGATIVE_INFINITY));
    }

    @Test
    void nestedPathsReachIntoMappings() throws Exception {
        assertEquals(20L, Template.render("{{ steps.reset_pool.output.json.size }}", scope()));
        assertEquals("session", Template.lookup("pre_execution.pool_config.mode", scope()));
    }

    @Test
    void renderingWalksListsAndMappingsAndLeavesOtherValuesAlone() throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("url", "http://{{ incident.affected_resource }}/pool");
        params.put("body", Map.of("initial_size", "{{ env.pool_size_default }}"));
        params.put("command", List.of("echo", "{{ incident.affected_resource }}"));
        params.put("retries", 3L);
        assertEquals(Map.of("url", "http://orders-db/pool", "body", Map.of("initial_size", 20L),
                "command", List.of("echo", "orders-db"), "retries", 3L), Template.render(params, scope()));
    }

    @Test
    void anUndefinedVariableNamesThePathAndWhatIsKnown() {
        TemplateException top = assertThrows(TemplateException.class,
                () -> Template.render("{{ incidnet.affected_resource }}", scope()));
        assertEquals("incidnet.affected_resource", top.variable());
        assertEquals("'incidnet.affected_resource' is not defined (known: env, incident, pre_execution, steps)",
                top.getMessage());

        TemplateException nested = assertThrows(TemplateException.class,
                () -> Template.render("host {{ incident.host }}", scope()));
        assertEquals("incident.host", nested.variable());
        assertEquals("'incident.host' is not defined (incident has: affected_resource, started)", nested.getMessage());

        TemplateException intoText = assertThrows(TemplateException.class,
                () -> Template.render("{{ incident.affected_resource.url }}", scope()));
        assertEquals("'incident.affected_resource.url' is not defined", intoText.getMessage());
    }

    @Test
    void aNullValueIsAnErrorNotTheWordNull() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> Template.render("since {{ incident.started }}", scope()));
        assertEquals("incident.started", e.variable());
        assertEquals("'incident.started' is empty (null)", e.getMessage());
    }

    @Test
    void malformedTemplatesAreErrors() {
        TemplateException open = assertThrows(TemplateException.class,
                () -> Template.render("{{ incident.affected_resource", scope()));
        assertEquals("malformed template in '{{ incident.affected_resource': write {{ name.field }}", open.getMessage());
        assertThrows(TemplateException.class, () -> Template.render("{{ env.ratio }} and {{ env", scope()));
        TemplateException notAPath = assertThrows(TemplateException.class,
                () -> Template.render("{{ env.ratio * 2 }}", scope()));
        assertEquals("'env.ratio * 2' is not a variable; write {{ name.field }}", notAPath.getMessage());
        assertThrows(TemplateException.class, () -> Template.render("{{ }}", scope()));
    }

    @Test
    void textWithoutTemplatesIsUnchanged() throws Exception {
        assertEquals("plain { braces } stay", Template.render("plain { braces } stay", Map.of()));
        assertEquals("", Template.render("", Map.of()));
    }

    @Test
    void variablesListsEveryPathOnceInOrderOfAppearance() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("target", "{{ incident.affected_resource }}.replica");
        params.put("body", Map.of("size", "{{ env.pool_size_default }}"));
        params.put("command", List.of("{{ steps.reset_pool.output.json.size }}", "{{incident.affected_resource}}"));
        params.put("n", 5L);
        assertEquals(List.of("incident.affected_resource", "env.pool_size_default", "steps.reset_pool.output.json.size"),
                new ArrayList<>(Template.variables(params)));
        assertEquals(Set.of(), Template.variables("no templates here"));
    }

    @Test
    void aScopeWithNonStringKeysStillResolves() throws Exception {
        Map<Object, Object> inner = new HashMap<>();
        inner.put("x", 1L);
        assertEquals(1L, Template.render("{{ a.x }}", Map.of("a", inner)));
    }
}
