package io.mopstudio.yaml.edit;

/**
 * One change to a MOP file, as a value: an undo stack keeps edits and their inverses. Each plans
 * the smallest {@link Patch} of the original text that makes the change.
 */
public sealed interface MopEdit permits SetValue, RenameStep, AddDependency, RemoveDependency, AddStep, AddItem,
        RemoveStep, RemoveItem, RemoveEntry, ReplaceText, MoveItem, SetValidationTiming {

    Patch plan(SourceText source) throws EditException;
}
