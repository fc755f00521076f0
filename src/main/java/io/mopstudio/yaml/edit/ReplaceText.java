package io.mopstudio.yaml.edit;

/** A patch of the text as an edit: the inverse of every other edit, and redo of itself. */
public record ReplaceText(Patch patch) implements MopEdit {

    @Override
    public Patch plan(SourceText source) {
        return patch;
    }
}
