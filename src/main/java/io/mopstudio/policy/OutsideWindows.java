package io.mopstudio.policy;

/** What a change policy with maintenance windows says about the time between them. */
public enum OutsideWindows {
    DENY, ALLOW
}
