package io.mopstudio.audit;

import java.util.Map;
import java.util.Optional;

/**
 * The confidence score of the trigger that started a run (say, how sure the alerting system was
 * that this MOP fits the incident), kept as the incident field {@code confidence}: a number from 0
 * to 1. It is recorded in run_started with the rest of the incident, so it is in the hash chain.
 */
public final class Confidence {

    public static final String FIELD = "confidence";

    private Confidence() {
    }

    /** The score, if the incident gives one; never throws, for reading old runs. */
    public static Optional<Double> of(Map<String, String> incident) {
        try {
            return Optional.ofNullable(incident.get(FIELD)).map(String::strip).map(Double::parseDouble)
                    .filter(value -> value >= 0 && value <= 1);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Why the incident's confidence is unacceptable, for the command line to refuse the run with. */
    public static Optional<String> problem(Map<String, String> incident) {
        String value = incident.get(FIELD);
        if (value == null || of(incident).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("incident field " + FIELD + " must be a number from 0 to 1 (e.g. " + FIELD
                + "=0.85), not '" + value + "'.");
    }
}
