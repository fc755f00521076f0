package io.mopstudio.lab;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A lab connection pool's configuration, exactly as {@code GET /pool/config} shows it. */
record PoolConfig(
        @JsonProperty("max_size") int maxSize,
        @JsonProperty("initial_size") int initialSize,
        @JsonProperty("timeout_ms") int timeoutMs) {

    static final PoolConfig INITIAL = new PoolConfig(50, 10, 5000);

    PoolConfig withInitialSize(int size) {
        return new PoolConfig(maxSize, size, timeoutMs);
    }
}
