package io.mopstudio.audit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mopstudio.audit.AuditEvent;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditStoreException;
import io.mopstudio.audit.ChainVerdict;
import io.mopstudio.audit.ChainedRow;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.audit.RunSummaryJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A run's record as data rather than a report: JSON with every event and its chain links, so a
 * compliance tool can recompute the chain without MOP Studio; CSV of the events for a spreadsheet.
 */
public enum RunDataFormat {
    JSON("json"), CSV("csv");

    /** Written into the JSON so that a reader knows how to recompute each {@code hash} offline. */
    static final String HASH_RULE = "hash = SHA-256 (hex) of the UTF-8 text made of, in order, run_id, seq, kind, "
            + "time, json and prev_hash, each written as <its length in UTF-8 bytes>:<value>\\n; prev_hash is the "
            + "previous event's hash, and for seq 1 the SHA-256 of mop_text";

    private final String extension;

    RunDataFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<RunDataFormat> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "csv" -> Optional.of(CSV);
            default -> Optional.empty();
        };
    }

    /** Writes the run whose id (or unique prefix) is given; false when there is no such run. */
    public boolean write(AuditStore store, String runIdOrPrefix, Path file) {
        Optional<RunSummary> run = store.findRun(runIdOrPrefix);
        if (run.isEmpty()) {
            return false;
        }
        String id = run.get().runId();
        List<ChainedRow> rows = store.chainedEvents(id);
        String text = switch (this) {
            case JSON -> json(run.get(), rows, store.verify(Optional.of(id)).get(0), store.mopText(id).orElse(""));
            case CSV -> csv(rows);
        };
        AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    static String json(RunSummary run, List<ChainedRow> rows, ChainVerdict verdict, String mopText) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", "mop-studio-run-export/1");
        ObjectNode summary = root.putObject("run");
        RunSummaryJson.fill(summary, run);
        root.put("mop_sha256", run.mopSha256());
        root.put("mop_text", mopText);
        ObjectNode verification = root.putObject("verification");
        verification.put("status", verdict.status().name());
        verification.put("events", verdict.events());
        verification.put("head", verdict.head().orElse(null));
        verification.put("broken_at_seq", verdict.brokenAt().orElse(null));
        verification.put("problem", verdict.problem());
        root.put("hash_rule", HASH_RULE);
        ArrayNode events = root.putArray("events");
        for (ChainedRow row : rows) {
            AuditEvent event = row.event();
            ObjectNode out = events.addObject();
            out.put("seq", event.seq());
            out.put("kind", event.kind());
            out.put("time", event.time().toString());
            out.put("description", event.describe());
            // The exact stored text, not a re-serialisation: the hash is over these bytes.
            out.put("json", event.json());
            out.put("prev_hash", row.previousHash().orElse(null));
            out.put("hash", row.hash().orElse(null));
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new AuditStoreException("Could not write run " + run.runId() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String csv(List<ChainedRow> rows) {
        StringBuilder out = new StringBuilder("run_id,seq,time,kind,description,prev_hash,hash,json\r\n");
        for (ChainedRow row : rows) {
            AuditEvent event = row.event();
            out.append(String.join(",", cell(event.runId()), Long.toString(event.seq()), cell(event.time().toString()),
                    cell(event.kind()), cell(event.describe()), cell(row.previousHash().orElse("")),
                    cell(row.hash().orElse("")), cell(event.json()))).append("\r\n");
        }
        return out.toString();
    }

    /**
     * RFC 4180 quoting; and a cell that a spreadsheet would run as a formula (=, +, -, @ first) gets
     * a leading apostrophe, since event text can carry what a command printed.
     */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || !safe.equals(value);
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
