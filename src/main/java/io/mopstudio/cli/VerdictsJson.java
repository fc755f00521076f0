package io.mopstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mopstudio.audit.ChainVerdict;
import java.util.List;

/**
 * {@code audit verify --output json}: one object with the audit, whether every chain holds, and
 * per run its status (INTACT, NOT_CHAINED, BROKEN), event count, head hash, and for a broken chain
 * the first failing seq and what differs; field names as the other commands' JSON.
 */
final class VerdictsJson {

    private VerdictsJson() {
    }

    static String of(String audit, List<ChainVerdict> verdicts) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("audit", audit);
        long broken = verdicts.stream().filter(ChainVerdict::isBroken).count();
        root.put("intact", broken == 0);
        root.put("runs_checked", verdicts.size());
        root.put("runs_broken", broken);
        ArrayNode runs = root.putArray("runs");
        for (ChainVerdict verdict : verdicts) {
            ObjectNode run = runs.addObject();
            run.put("run_id", verdict.runId());
            run.put("status", verdict.status().name());
            run.put("events", verdict.events());
            run.put("head", verdict.head().orElse(null));
            run.put("broken_at_seq", verdict.brokenAt().orElse(null));
            run.put("problem", verdict.problem().isEmpty() ? null : verdict.problem());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers is always JSON", e);
        }
    }
}
