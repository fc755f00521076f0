package io.mopstudio.audit;

import io.mopstudio.model.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The SHA-256 that links one event row to the one before it in its run. The canonical form is
 * each field as {@code <UTF-8 byte length>:<value>\n}, so no choice of values can make two
 * different rows read the same: run id, seq, kind, time (ISO-8601, microseconds), the event JSON
 * and the previous hash. The first event's previous hash is the SHA-256 of the MOP text it ran.
 */
final class ChainHash {

    private ChainHash() {
    }

    /**
     * The time as stored. PostgreSQL keeps microseconds, H2 nanoseconds: storing (and hashing)
     * microseconds on both means the same row hashes the same wherever it is read back.
     */
    static Instant storedTime(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(String runId, long seq, String kind, Instant time, String json, String previousHash) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, runId);
        field(canonical, Long.toString(seq));
        field(canonical, kind);
        field(canonical, storedTime(time).toString());
        field(canonical, json);
        field(canonical, previousHash);
        return Sha256.of(canonical.toString());
    }


    private static void field(StringBuilder canonical, String value) {
        canonical.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
    }
}
