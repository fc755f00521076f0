package io.mopstudio.ui.run;

import io.mopstudio.environment.Environment;
import io.mopstudio.model.Mop;
import io.mopstudio.policy.BlastRadiusAnalysis;
import io.mopstudio.policy.BlastRadiusVerdict;
import io.mopstudio.policy.ChangeDecision;
import io.mopstudio.policy.ChangeWindowCheck;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What the Run dialog says before anything runs about the environment's policies for this MOP:
 * whether the change window is open now (which rule decided, and when it next opens), and the
 * blast radius against the environment's autonomous limit (and so whether a human must approve).
 */
public record Preflight(boolean changePermitted, String changeWindow, boolean approvalNeeded, String blastRadius) {

    static final Preflight NONE = new Preflight(true, "", false, "");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z");

    static Preflight of(Environment env, Mop mop, Clock clock) {
        ChangeDecision change = new ChangeWindowCheck(env.policy().changePolicy(), clock).decide();
        ZoneId zone = env.policy().changePolicy().map(p -> p.timeZone()).orElse(clock.getZone());
        String window = (change.permitted() ? "OPEN" : "CLOSED") + " — " + change.sentence()
                + (change.permitted() || change.nextPermitted().isEmpty() ? ""
                : " Next opening: " + WHEN.format(change.nextPermitted().get().atZone(zone)) + ".");
        BlastRadiusVerdict verdict = new BlastRadiusAnalysis(env.policy().autonomy()).analyse(mop);
        String radius = (verdict.hasErrors() ? "CANNOT BE JUDGED — " : verdict.approvalRequired()
                ? "APPROVAL NEEDED — " : "WITHIN LIMIT — ") + verdict.explanation() + ".";
        return new Preflight(change.permitted(), window, verdict.approvalRequired(), radius);
    }
}
