package io.mopstudio.audit;

import java.util.Optional;

/** One stored event with its chain links; both are empty on rows written before V2. */
public record ChainedRow(AuditEvent event, Optional<String> previousHash, Optional<String> hash) {
}
