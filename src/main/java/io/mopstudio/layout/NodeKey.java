package io.mopstudio.layout;

/** A node of a MOP's canvas: its graph (or section) and its id there. */
public record NodeKey(String graph, String id) {
}
