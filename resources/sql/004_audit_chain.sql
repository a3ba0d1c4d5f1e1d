-- SPDX-License-Identifier: Apache-2.0
-- The audit trail becomes a hash chain. The records written before this migration are chained by a C++
-- step that runs right after these statements, in the same transaction (AuditChain::chainExisting).

ALTER TABLE audit_log ADD COLUMN roles TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';

-- The last record written: a removed tail shows as a head that points past the trail's end. Every append
-- updates this one row, which also serializes appends.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_id BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);

INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, '');

CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
