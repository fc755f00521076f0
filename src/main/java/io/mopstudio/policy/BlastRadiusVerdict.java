package io.mopstudio.policy;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of blast radius analysis. {@code effective} is the highest level the MOP or any of
 * its steps declares (empty: unknown); {@code limit} is the environment's autonomous limit.
 * {@code errors} name level words that mean nothing; a verdict with errors must not be run, and
 * requires approval so that a caller looking only at {@code approvalRequired} still fails closed.
 */
public record BlastRadiusVerdict(
        Optional<BlastRadius> effective,
        Optional<BlastRadius> limit,
        boolean approvalRequired,
        String explanation,
        List<String> errors) {

    public BlastRadiusVerdict {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
