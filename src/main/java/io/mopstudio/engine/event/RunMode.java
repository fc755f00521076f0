package io.mopstudio.engine.event;

/** LIVE acts on systems; DRY_RUN only renders and plans, and is recorded as such. */
public enum RunMode {
    LIVE, DRY_RUN
}
