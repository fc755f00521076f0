package io.mopstudio.policy;

import io.mopstudio.model.Step;
import java.util.Optional;

/** A step's own blast-radius estimate, as written ({@code blast_radius:}); empty when it gives none. */
public record StepBlastRadius(String stepId, Optional<String> level) {

    public static StepBlastRadius of(Step step) {
        return new StepBlastRadius(step.id(), step.options().blastRadius());
    }
}
