package io.mopstudio.yaml.edit;

/** Applies edits to a MOP's text: parse, plan the patch, apply it, and keep its inverse. */
public final class MopEditor {

    public EditResult apply(String text, String file, MopEdit edit) throws EditException {
        SourceText source = SourceText.parse(text, file);
        Patch patch = edit.plan(source);
        return new EditResult(patch.apply(text), new ReplaceText(patch.inverse(text)));
    }
}
