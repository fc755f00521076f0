package io.mopstudio.yaml.edit;

/** The text after an edit and the edit that undoes it. */
public record EditResult(String text, MopEdit inverse) {

    public boolean changed(String before) {
        return !text.equals(before);
    }
}
