package io.mopstudio.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The names listed in a bundled index file such as {@code catalogs/bundled.txt}: one a line,
 * {@code #} comments and blank lines skipped. A class path cannot be listed, so each bundled folder
 * says what it holds.
 */
public final class BundledIndex {

    private BundledIndex() {
    }

    public static List<String> names(String resource) {
        try (InputStream in = BundledIndex.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
