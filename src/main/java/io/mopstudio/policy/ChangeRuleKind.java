package io.mopstudio.policy;

/** Which kind of rule decided whether a change may happen now. */
public enum ChangeRuleKind {
    FREEZE, MAINTENANCE_WINDOW, BUSINESS_HOURS, OUTSIDE_WINDOWS, NO_RESTRICTION, NO_POLICY
}
