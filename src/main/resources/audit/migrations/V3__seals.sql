-- Seals: the hash chain proves nothing was changed inside a run, but not that nothing was cut off
-- its end. So every event that can end a run's chain (run_finished, and each later run_reviewed)
-- is also sealed here, in the same transaction: its seq and hash. `audit verify` finds each sealed
-- event in the chain with that hash, so deleting a run's last events shows. A seal of run_finished
-- also carries the final state, so listing and filtering runs needs no JSON.
-- Events already recorded are sealed as found at upgrade; those of runs recorded before the chain
-- (V2) have no hash to seal, only their final state. Re-runnable, like V1 and V2.

CREATE TABLE IF NOT EXISTS seals (
    run_id      VARCHAR(200) NOT NULL REFERENCES runs (run_id),
    seq         BIGINT NOT NULL,
    hash        VARCHAR(64),
    final_state VARCHAR(50),
    sealed_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, seq)
);

INSERT INTO seals (run_id, seq, hash, final_state, sealed_at)
    SELECT e.run_id, e.seq, e.hash,
           CASE WHEN e.kind = 'run_finished'
                THEN REGEXP_SUBSTR(e.json, '"finalState":"([A-Z_]+)"', 1, 1, NULL, 1) END,
           e.time
    FROM events e
    WHERE e.kind IN ('run_finished', 'run_reviewed')
      AND NOT EXISTS (SELECT 1 FROM seals s WHERE s.run_id = e.run_id AND s.seq = e.seq);

-- The runs table is filtered by MOP and listed newest first at 100,000 runs and more.
CREATE INDEX IF NOT EXISTS runs_mop_started ON runs (mop_id, started_at);
CREATE INDEX IF NOT EXISTS runs_newest ON runs (started_at, run_id);
CREATE INDEX IF NOT EXISTS seals_final_state ON seals (final_state);

-- Keep event JSON up to 64 KiB in the row rather than in H2's separate LOB store (default: 256
-- bytes, so nearly every event went there): inserts and verify read 4 times faster. Persistent;
-- rows written before keep their place.
SET MAX_LENGTH_INPLACE_LOB 65536;

GRANT SELECT, INSERT ON TABLE seals TO AUDIT_WRITER;

CREATE TRIGGER IF NOT EXISTS seals_append_only BEFORE UPDATE, DELETE ON seals
    FOR EACH STATEMENT CALL 'io.mopstudio.audit.AppendOnlyTrigger';
