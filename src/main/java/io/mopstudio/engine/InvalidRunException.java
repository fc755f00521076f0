package io.mopstudio.engine;

import java.util.List;

/** A run that cannot start: each reason names the node, field or variable at fault. Nothing was done. */
public final class InvalidRunException extends Exception {

    private final List<String> reasons;

    public InvalidRunException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
