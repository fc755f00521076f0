package io.mopstudio.lab;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Reads one parameter from a raw query string; the JDK server leaves query parsing to us. */
final class QueryString {

    private QueryString() {
    }

    static Optional<String> value(String rawQuery, String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(rawQuery.split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8).equals(name))
                .map(kv -> kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "")
                .findFirst();
    }
}
