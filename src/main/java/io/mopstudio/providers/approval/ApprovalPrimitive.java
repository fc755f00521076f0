package io.mopstudio.providers.approval;

import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code approval.request}: waits for a named person's go-ahead through an {@link ApprovalChannel}.
 * Succeeds only when one of {@code approvers} approves within {@code timeout}; a decline, a
 * decision by someone not named, or silence fails the step, which records who decided and why.
 */
public final class ApprovalPrimitive implements Primitive {

    private final ApprovalChannel channel;

    public ApprovalPrimitive(ApprovalChannel channel) {
        this.channel = channel;
    }

    @Override
    public String name() {
        return "approval.request";
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        List<String> approvers = approvers(params.get("approvers"));
        Duration timeout = reader.duration("timeout", Duration.ofMinutes(15));
        if (timeout.isZero()) {
            throw new PrimitiveException(name() + ": 'timeout' must be longer than 0");
        }
        ApprovalRequest request = new ApprovalRequest(approvers, reader.text("reason", ""));
        Optional<ApprovalDecision> decision = channel.request(request, timeout);
        if (decision.isEmpty()) {
            return new PrimitiveResult(false, Map.of("approved", false, "error", "no decision"), "no decision from "
                    + String.join(" or ", approvers) + " within " + timeout.toSeconds() + " s", "no decision");
        }
        ApprovalDecision d = decision.get();
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("approved", d.approved());
        output.put("decided_by", d.decidedBy());
        output.put("at", d.at().toString());
        output.put("comment", d.comment());
        String words = d.comment().isBlank() ? "" : ": " + d.comment();
        if (!d.approved()) {
            return new PrimitiveResult(false, output, "declined by " + d.decidedBy() + words, "declined");
        }
        if (!approvers.contains(d.decidedBy())) {
            output.put("approved", false);
            return new PrimitiveResult(false, output, d.decidedBy() + " answered, but only "
                    + String.join(" or ", approvers) + " may approve this step", "not an approver");
        }
        return new PrimitiveResult(true, output, "approved by " + d.decidedBy() + words, "approved");
    }

    private List<String> approvers(Object value) throws PrimitiveException {
        List<String> out = value instanceof List<?> list ? list.stream().map(String::valueOf).map(String::strip).toList()
                : value == null ? List.of() : Arrays.stream(String.valueOf(value).split(",")).map(String::strip).toList();
        out = out.stream().filter(s -> !s.isEmpty()).toList();
        if (out.isEmpty()) {
            throw new PrimitiveException(name() + ": 'approvers' must name who may approve, e.g. [alice, dba-oncall]");
        }
        return out;
    }
}
