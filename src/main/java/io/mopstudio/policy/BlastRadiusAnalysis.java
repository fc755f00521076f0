package io.mopstudio.policy;

import io.mopstudio.model.Mop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The blast radius pre-check: does what a MOP declares it may affect exceed what the environment
 * lets it do on its own? Over the limit, or unknown while a limit is set, a named human must
 * approve before it runs.
 */
public final class BlastRadiusAnalysis {

    private static final String MOP_MAX = "the MOP's blast_radius_max";

    private final AutonomyPolicy autonomy;

    public BlastRadiusAnalysis(Optional<AutonomyPolicy> autonomy) {
        this.autonomy = autonomy.orElse(AutonomyPolicy.UNLIMITED);
    }

    /** The MOP's declared maximum and the estimates of its execution and rollback steps. */
    public BlastRadiusVerdict analyse(Mop mop) {
        return analyse(mop.blastRadiusMax(), Stream.concat(mop.executionGraph().stream(),
                mop.rollbackGraph().stream()).map(StepBlastRadius::of).toList());
    }

    public BlastRadiusVerdict analyse(Optional<String> mopMax, List<StepBlastRadius> steps) {
        List<String> errors = new ArrayList<>();
        Optional<BlastRadius> effective = mopMax.flatMap(word -> level(word, MOP_MAX, errors));
        String source = MOP_MAX;
        for (StepBlastRadius step : steps) {
            String where = "step " + step.stepId();
            Optional<BlastRadius> level = step.level().flatMap(word -> level(word, where, errors));
            // The first to reach the highest level names it: strictly higher ones replace it.
            if (level.isPresent() && (effective.isEmpty() || level.get().exceeds(effective.get()))) {
                effective = level;
                source = where;
            }
        }
        Optional<BlastRadius> limit = autonomy.maxBlastRadius();
        if (!errors.isEmpty()) {
            return new BlastRadiusVerdict(effective, limit, true, "the blast radius cannot be judged: "
                    + String.join("; ", errors) + "; a named human must approve", errors);
        }
        return verdict(effective, source, limit);
    }

    private static BlastRadiusVerdict verdict(Optional<BlastRadius> effective, String source,
            Optional<BlastRadius> limit) {
        if (limit.isEmpty()) {
            String what = effective.map(level -> source + " is " + level)
                    .orElse("the MOP declares no blast radius");
            return new BlastRadiusVerdict(effective, limit, false,
                    what + ", and this environment sets no autonomous limit: no approval needed", List.of());
        }
        BlastRadius max = limit.get();
        if (effective.isEmpty()) {
            return new BlastRadiusVerdict(effective, limit, true, "the MOP declares no blast radius (no "
                    + "blast_radius_max, and no step estimates one), so its impact is unknown and this environment's"
                    + " autonomous limit is " + max + ": a named human must approve", List.of());
        }
        BlastRadius level = effective.get();
        if (level.exceeds(max)) {
            return new BlastRadiusVerdict(effective, limit, true, source + " is " + level
                    + ", over this environment's autonomous limit " + max + ": a named human must approve", List.of());
        }
        String relation = level == max ? "at" : "within";
        return new BlastRadiusVerdict(effective, limit, false, source + " is " + level + ", " + relation
                + " this environment's autonomous limit " + max + ": no approval needed", List.of());
    }

    private static Optional<BlastRadius> level(String word, String where, List<String> errors) {
        Optional<BlastRadius> level = BlastRadius.parse(word);
        if (level.isEmpty()) {
            errors.add(where + " has blast radius '" + word + "', which is not one of " + BlastRadius.LEVELS);
        }
        return level;
    }
}
