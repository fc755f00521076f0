package io.mopstudio.ui.yamlpane;

/**
 * The indentation a new line starts with after Enter in the YAML pane: the line's own, one level more
 * after a key that opens a block ({@code params:}), and under the content of a list item
 * ({@code - id: x} continues at {@code id}). At column 0, the next key a newcomer typed was read as
 * a syntax error about ': ' rather than the indentation it was.
 */
final class YamlIndent {

    private static final String LEVEL = "  ";

    private YamlIndent() {
    }

    static String after(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        String content = withoutComment(line.substring(spaces)).stripTrailing();
        int indent = spaces;
        if (content.startsWith("- ")) {
            indent += 2;
            content = content.substring(2).strip();
        } else if (content.equals("-")) {
            indent += 2;
            content = "";
        }
        if (content.endsWith(":")) {
            indent += LEVEL.length();
        }
        return " ".repeat(indent);
    }

    private static String withoutComment(String content) {
        int hash = content.startsWith("#") ? 0 : content.indexOf(" #");
        return hash < 0 ? content : content.substring(0, hash);
    }
}
