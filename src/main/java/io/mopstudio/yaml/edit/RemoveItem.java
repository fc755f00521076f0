package io.mopstudio.yaml.edit;

/** Removes item {@code index} (0-based) of a top-level list such as pre_checks or validation, with its lines. */
public record RemoveItem(String listKey, int index) implements MopEdit {

    @Override
    public Patch plan(SourceText source) throws EditException {
        return new Patch(new Blocks(source).removeItem(TopLists.withItem(source, listKey, index), index, false));
    }
}
