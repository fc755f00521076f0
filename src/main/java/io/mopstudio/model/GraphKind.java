package io.mopstudio.model;

/** The two step graphs of a MOP. */
public enum GraphKind {
    EXECUTION("execution_graph"),
    ROLLBACK("rollback_graph");

    private final String yamlKey;

    GraphKind(String yamlKey) {
        this.yamlKey = yamlKey;
    }

    public String yamlKey() {
        return yamlKey;
    }
}
