package io.mopstudio.yaml;

/** ERROR stops a MOP from running; WARNING is worth reading but does not. */
public enum Severity {
    ERROR, WARNING
}
