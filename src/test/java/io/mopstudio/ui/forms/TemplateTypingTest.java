package io.mopstudio.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.ui.forms.TemplateTyping.Completion;
import io.mopstudio.ui.forms.TemplateTyping.Typed;
import io.mopstudio.ui.forms.TemplateTyping.Unknown;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Completing and judging template names as a field's text is typed, without a window. */
class TemplateTypingTest {

    private static final TemplateNames SCOPE = new TemplateNames(List.of("incident.affected_resource",
            "incident.ticket", "env.pool_size_default", "pre_execution.pool_config", "steps.drain.output"), Set.of());

    @Test
    void whatWasTypedAfterTheBracesIsCompletedByTheNamesItStarts() {
        Completion c = TemplateTyping.at("{{ inc", 6, SCOPE).orElseThrow();
        assertEquals(List.of("incident.affected_resource", "incident.ticket"), c.candidates());
        assertEquals(3, c.start());
        assertEquals(6, c.end());
        assertEquals(List.of("incident.ticket"), TemplateTyping.at("{{incident.t", 12, SCOPE).orElseThrow()
                .candidates());
    }

    @Test
    void bracesJustOpenedOfferEveryNameAndAClosedTemplateOffersNone() {
        assertEquals(SCOPE.variables(), TemplateTyping.at("x {{", 4, SCOPE).orElseThrow().candidates());
        assertEquals(Optional.empty(), TemplateTyping.at("{{ incident.ticket }} ", 22, SCOPE));
        assertEquals(Optional.empty(), TemplateTyping.at("plain text", 10, SCOPE));
        assertEquals(Optional.empty(), TemplateTyping.at("{{ nothing", 10, SCOPE), "nothing starts so");
        assertEquals(Optional.empty(), TemplateTyping.at("{{ a b", 6, SCOPE), "a space ends the name");
    }

    @Test
    void takingANameClosesTheTemplateAndPutsTheCaretAfterIt() {
        String text = "{{ inc";
        Typed typed = TemplateTyping.take(text, TemplateTyping.at(text, 6, SCOPE).orElseThrow(),
                "incident.affected_resource");
        assertEquals(new Typed("{{ incident.affected_resource }}", 32), typed);

        String packed = "{{inc.x";
        Typed spaced = TemplateTyping.take(packed, new Completion(2, 7, List.of("incident.ticket")), "incident.ticket");
        assertEquals("{{ incident.ticket }}", spaced.text(), "a space after the braces, the half-typed name replaced");
    }

    @Test
    void takingANameInsideATemplateAlreadyClosedKeepsTheRestOfTheText() {
        String text = "{{ incident.aff }}.conn_manager";
        Completion c = TemplateTyping.at(text, 15, SCOPE).orElseThrow();
        Typed typed = TemplateTyping.take(text, c, "incident.affected_resource");
        assertEquals("{{ incident.affected_resource }}.conn_manager", typed.text());
        assertEquals("{{ incident.affected_resource }}".length(), typed.caret());
    }

    @Test
    void namesNotInScopeAreFoundWhereTheyStandWithWhatWasMeant() {
        String text = "{{ incident.affected_resourc }}/health and {{ steps.drain.output.json.lag }}";
        List<Unknown> unknown = TemplateTyping.unknown(text, SCOPE);
        assertEquals(1, unknown.size(), "a field inside a step's output is in scope");
        Unknown u = unknown.get(0);
        assertEquals("incident.affected_resourc", text.substring(u.start(), u.end()));
        assertEquals(Optional.of("incident.affected_resource"), u.nearest());
    }

    @Test
    void anOpenRootAcceptsAnyNameUnderIt() {
        TemplateNames open = new TemplateNames(List.of("incident.affected_resource"), Set.of("incident", "env"));
        assertTrue(open.knows("incident.whatever_the_trigger_sends"));
        assertTrue(open.knows("env.anything"));
        assertFalse(open.knows("pre_execution.pool_config"), "no snapshot is in scope here");
        assertEquals(List.of("pre_execution.pool_config"),
                TemplateTyping.unknown("{{ pre_execution.pool_config }}", open).stream().map(Unknown::path).toList());
        assertEquals(List.of(), TemplateTyping.unknown("{{ pre_execution.x }}", TemplateNames.NONE),
                "a field that takes no templates judges none");
    }
}
