package io.mopstudio.engine;

/** An operator's decision to let a run go on although a pre-check fails; recorded with their name. */
public record PreCheckOverride(String checkNodeId, String operator, String reason) {
}
