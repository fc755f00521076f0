package io.mopstudio.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The change window pre-check: is a change permitted now under an environment's change policy,
 * and if not, when next. Time comes only from the clock given, so tests and replays decide the
 * same way every time.
 */
public final class ChangeWindowCheck {

    /** How far ahead the next permitted time, or the end of a permission, is looked for. */
    public static final Duration HORIZON = Duration.ofDays(366);

    private final Optional<ChangePolicy> policy;
    private final Clock clock;

    public ChangeWindowCheck(Optional<ChangePolicy> policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** The decision for the clock's current instant. */
    public ChangeDecision decide() {
        return decideAt(clock.instant());
    }

    public ChangeDecision decideAt(Instant at) {
        if (policy.isEmpty()) {
            return new ChangeDecision(at, true, "no change policy", ChangeRuleKind.NO_POLICY,
                    "Permitted: no change policy for this environment.", Optional.of(at), Optional.empty());
        }
        ChangeSentences sentences = new ChangeSentences(policy.get().timeZone());
        ChangeTimeline timeline = new ChangeTimeline(policy.get(), at, at.plus(HORIZON));
        Ruling now = timeline.rulingAt(at);
        if (now.permitted()) {
            Optional<Instant> until = timeline.boundaries().stream()
                    .filter(b -> !timeline.rulingAt(b).permitted()).findFirst();
            String sentence = sentences.permitted(now, at, until.map(u -> new Moment(u, timeline.rulingAt(u))));
            return new ChangeDecision(at, true, now.name(), now.kind(), sentence, Optional.of(at), until);
        }
        Optional<Instant> next = timeline.boundaries().stream()
                .filter(b -> timeline.rulingAt(b).permitted()).findFirst();
        String sentence = sentences.denied(now, policy.get(), next.map(n -> new Moment(n, timeline.rulingAt(n))));
        return new ChangeDecision(at, false, now.name(), now.kind(), sentence, next, Optional.empty());
    }

    /** An instant and what the policy says from then on. */
    record Moment(Instant at, Ruling ruling) {
    }
}
