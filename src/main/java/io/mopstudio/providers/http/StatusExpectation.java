package io.mopstudio.providers.http;

import io.mopstudio.providers.PrimitiveException;
import java.util.ArrayList;
import java.util.List;

/** Which HTTP statuses count as success: {@code 200}, {@code [200, 204]}, or a class such as {@code 2xx}. */
record StatusExpectation(List<String> patterns) {

    static StatusExpectation parse(Object value) throws PrimitiveException {
        List<String> patterns = new ArrayList<>();
        if (value == null || "".equals(value)) {
            patterns.add("2xx");
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                patterns.add(check(String.valueOf(item)));
            }
        } else {
            patterns.add(check(String.valueOf(value)));
        }
        return new StatusExpectation(List.copyOf(patterns));
    }

    private static String check(String pattern) throws PrimitiveException {
        String p = pattern.trim().toLowerCase(java.util.Locale.ROOT);
        if (!p.matches("[1-5](\\d\\d|xx)")) {
            throw new PrimitiveException("http.request: expect_status '" + pattern
                    + "' must be a status such as 200, a class such as 2xx, or a list of them");
        }
        return p;
    }

    boolean matches(int status) {
        String actual = Integer.toString(status);
        return patterns.stream().anyMatch(p -> p.endsWith("xx") ? actual.charAt(0) == p.charAt(0) : p.equals(actual));
    }

    @Override
    public String toString() {
        return patterns.size() == 1 ? patterns.get(0) : String.join(" or ", patterns);
    }
}
