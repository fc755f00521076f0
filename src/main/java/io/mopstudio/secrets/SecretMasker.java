package io.mopstudio.secrets;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces every secret value in text with {@value #MASK}, wherever it stands, also in the forms a
 * value takes on its way through a system: escaped inside JSON, URL-encoded, or Base64 (HTTP basic
 * auth). Longer forms are replaced first, so one secret inside another is masked whole.
 */
public final class SecretMasker {

    public static final String MASK = "******";

    private final List<String> forms;

    public SecretMasker(Collection<String> secrets) {
        Set<String> all = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                continue;
            }
            all.add(secret);
            all.add(new String(JsonStringEncoder.getInstance().quoteAsString(secret)));
            all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            all.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.forms = List.copyOf(sorted);
    }

    public boolean isEmpty() {
        return forms.isEmpty();
    }

    public String mask(String text) {
        if (text == null || forms.isEmpty()) {
            return text;
        }
        String out = text;
        for (String form : forms) {
            if (out.contains(form)) {
                out = out.replace(form, MASK);
            }
        }
        return out;
    }

    /** Masks every text inside a value: mapping keys and values, list items; other values stay as they are. */
    public Object maskValue(Object value) {
        if (value instanceof String text) {
            return mask(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(maskValue(k), maskValue(v)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(maskValue(item)));
            return out;
        }
        return value;
    }
}
