package io.mopstudio.yaml;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;

/** What "reads plainly" means for a message shown to an operator: no Java, no stack trace, one line. */
public final class PlainMessages {

    private static final Pattern JAVA = Pattern.compile(
            "Exception|Error\\b|\\bjava\\.|\\borg\\.|\\bcom\\.|io\\.mopstudio|snakeyaml|\\bat [\\w.$]+\\(|@[0-9a-f]{5,}");

    private PlainMessages() {
    }

    public static void assertPlain(String message) {
        assertFalse(message.isBlank(), "message is empty");
        assertFalse(message.contains("\n"), () -> "message spans lines: " + message);
        assertFalse(JAVA.matcher(message).find(), () -> "message shows Java internals: " + message);
        assertFalse(message.contains("null"), () -> "message shows a null: " + message);
    }
}
