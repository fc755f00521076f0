package io.mopstudio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    private static RequestBody body(String json) {
        return RequestBody.parse(json.getBytes(StandardCharsets.UTF_8), new ObjectMapper());
    }

    @Test
    void readsDurationsInTheUnitsMopsUse() {
        assertEquals(Optional.of(Duration.ofSeconds(15)), body("{\"t\":\"15s\"}").duration("t"));
        assertEquals(Optional.of(Duration.ofMillis(500)), body("{\"t\":\"500ms\"}").duration("t"));
        assertEquals(Optional.of(Duration.ofMinutes(2)), body("{\"t\":\"2m\"}").duration("t"));
        assertEquals(Optional.of(Duration.ofSeconds(7)), body("{\"t\":7}").duration("t"));
        assertEquals(Optional.empty(), body("").duration("t"));
        assertThrows(BadRequest.class, () -> body("{\"t\":\"15 parsecs\"}").duration("t"));
        assertThrows(BadRequest.class, () -> body("{\"t\":true}").duration("t"));
    }

    @Test
    void readsPositiveIntegersFromNumbersOrNumericStrings() {
        assertEquals(20, body("{\"n\":20}").positiveInt("n"));
        assertEquals(20, body("{\"n\":\" 20 \"}").positiveInt("n"));
        assertThrows(BadRequest.class, () -> body("{\"n\":-3}").positiveInt("n"));
        assertThrows(BadRequest.class, () -> body("{\"n\":99999999999}").positiveInt("n"));
        assertThrows(BadRequest.class, () -> body("{\"n\":null}").positiveInt("n"));
    }
}
