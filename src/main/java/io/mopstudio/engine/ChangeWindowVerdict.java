package io.mopstudio.engine;

import io.mopstudio.policy.ChangeDecision;
import io.mopstudio.policy.ChangeWindowCheck;
import java.util.Optional;

/**
 * The built-in pre-check {@code change_window}: passes only when the environment's change policy
 * permits acting now. The verdict names the rule that decided and, when denied, the next
 * permitted time.
 */
final class ChangeWindowVerdict {

    static final String CHECK_NAME = io.mopstudio.catalog.BuiltInChecks.CHANGE_WINDOW;

    private ChangeWindowVerdict() {
    }

    static CheckVerdict evaluate(RunContext ctx) {
        ChangeDecision decision = new ChangeWindowCheck(ctx.request.environment().policy().changePolicy(), ctx.clock)
                .decide();
        String observed = (decision.permitted() ? "permitted" : "denied") + " by " + decision.ruleName();
        return new CheckVerdict(decision.permitted(), observed, "changes permitted now", decision.sentence(),
                Optional.empty(), Optional.empty());
    }
}
