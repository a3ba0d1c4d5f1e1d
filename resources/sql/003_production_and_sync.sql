-- SPDX-License-Identifier: Apache-2.0
-- Following production, initializing cards, and the batch sync's bookkeeping.

-- What Go Cards reported for a card, and what the operator confirmed at Initialize.
ALTER TABLE cards ADD COLUMN report_uid TEXT;
ALTER TABLE cards ADD COLUMN produced_at TEXT;
ALTER TABLE cards ADD COLUMN shipped_at TEXT;
ALTER TABLE cards ADD COLUMN chip_uid TEXT;
ALTER TABLE cards ADD COLUMN initialized_at TEXT;

CREATE INDEX cards_gocards_order_id ON cards (gocards_order_id);
CREATE INDEX cards_updated_at ON cards (updated_at);
-- The queue: cards waiting for a batch, oldest first.
CREATE INDEX cards_queued ON cards (id) WHERE state = 'processing' AND batch_id IS NULL;

-- A batch being sent is claimed by one process until claimed_until, so a direct order and a batch sync
-- (or two syncs) never send it at the same time; a claim of a process that died simply expires.
ALTER TABLE order_batches ADD COLUMN claimed_by TEXT;
ALTER TABLE order_batches ADD COLUMN claimed_until TEXT;

-- Only the holder of an unexpired lease runs the batch sync.
CREATE TABLE sync_lease (
    name TEXT PRIMARY KEY,
    holder TEXT,
    expires_at TEXT
);

INSERT INTO sync_lease (name, holder, expires_at) VALUES ('batch-sync', NULL, NULL);

-- The events cursor and the outcome of the last runs, shared by every process on this database.
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- "Refresh from Go Cards" on one card.
INSERT INTO role_permissions (role, permission) VALUES ('operator', 'cards:refresh');
