package io.mopstudio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which braces around templates are mistakes, and where each template and mistake stands in the text. */
class TemplateScanTest {

    private static Optional<Integer> strayAt(String text) {
        return TemplateScan.of(text).error().map(TemplateScan.Flaw::offset);
    }

    @Test
    void closingBracesTypedAgainAfterATemplateAreStray() {
        assertEquals(Optional.of(33), strayAt("{{ incident.affected_resource }} }}"));
        assertEquals(Optional.of(32), strayAt("{{ incident.affected_resource }}}}.replica"));
    }

    @Test
    void closingBracesWithNoTemplateAtAllAreStray() {
        assertEquals(Optional.of(10), strayAt("orders-db }}"));
    }

    @Test
    void aJsonBodyThatClosesItsOwnObjectsWithDoubleBracesIsNotStray() {
        assertEquals(Optional.empty(), strayAt("{\"pool\": {\"size\": {{ env.pool_size }}}}"));
        assertEquals(Optional.empty(), strayAt("{\"text\": \"{{ incident.affected_resource }}\", \"pool\": {\"size\": 20}}"));
        assertEquals(Optional.empty(), strayAt("{\"pool\": {\"size\": 20}}"));
    }

    @Test
    void bracesTypedAgainInsideAJsonBodyAreStrayWhenTheBodyClosesMoreThanItOpens() {
        String body = "{\"text\": \"on {{ incident.affected_resource }} }}\", \"pool\": {\"size\": 20}}";
        assertEquals(Optional.of(body.indexOf("}} }}") + 3), strayAt(body));
    }

    @Test
    void anOpeningWithNoClosingIsStillASyntaxErrorAtItsBraces() {
        assertEquals(Optional.of(10), strayAt("orders-db-{{ incident.affected_resource"));
    }

    @Test
    void eachPathIsFoundWhereItIsWrittenInsideItsBraces() {
        assertEquals(List.of(new TemplateScan.Use("env.channel", 11), new TemplateScan.Use("incident.region", 30)),
                TemplateScan.of("http://x/{{env.channel}}/{{   incident.region }}").uses());
    }
}
