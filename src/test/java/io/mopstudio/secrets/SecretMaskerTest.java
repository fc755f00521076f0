package io.mopstudio.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    private final SecretMasker masker = new SecretMasker(List.of("s3cr\"et/pw", "tok-123456"));

    @Test
    void aSecretIsMaskedAloneAndInsideLongerText() {
        assertEquals("******", masker.mask("tok-123456"));
        assertEquals("Authorization: Bearer ****** sent", masker.mask("Authorization: Bearer tok-123456 sent"));
        assertEquals("a=******,b=******", masker.mask("a=tok-123456,b=tok-123456"));
    }

    @Test
    void theFormsASecretTakesInJsonUrlsAndBasicAuthAreMasked() {
        String json = "{\"password\":\"s3cr\\\"et/pw\"}";
        assertEquals("{\"password\":\"******\"}", masker.mask(json));
        assertEquals("jdbc:x?password=******", masker.mask("jdbc:x?password=s3cr%22et%2Fpw"));
        String basic = Base64.getEncoder().encodeToString("tok-123456".getBytes(StandardCharsets.UTF_8));
        assertEquals("Basic ******", masker.mask("Basic " + basic));
    }

    @Test
    void textInsideMappingsAndListsIsMaskedKeysToo() {
        Object masked = masker.maskValue(Map.of("rows", List.of(Map.of("tok-123456", "x tok-123456 y")), "n", 3L));
        assertEquals(Map.of("rows", List.of(Map.of("******", "x ****** y")), "n", 3L), masked);
    }

    @Test
    void withoutSecretsNothingChanges() {
        SecretMasker none = Secrets.none().masker();
        assertEquals("plain text", none.mask("plain text"));
        assertFalse(new Secrets(Map.of("a", "abcdef")).toString().contains("abcdef"));
    }
}
