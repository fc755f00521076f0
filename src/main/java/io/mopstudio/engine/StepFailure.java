package io.mopstudio.engine;

/**
 * An error in the engine's own work for one node (a template that cannot render, a parameter of
 * the wrong type, a resource missing from the inventory). It fails that node, never the engine.
 */
final class StepFailure extends Exception {

    StepFailure(String message) {
        super(message);
    }
}
