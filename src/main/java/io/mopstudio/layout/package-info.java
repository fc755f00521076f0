/**
 * Canvas positions of a MOP's nodes, kept in a sidecar {@code <name>.layout.json} beside the MOP so
 * that moving a node never changes the reviewed file. No JavaFX here: the canvas uses it later.
 */
package io.mopstudio.layout;
