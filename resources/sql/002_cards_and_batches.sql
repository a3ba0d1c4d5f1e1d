-- SPDX-License-Identifier: Apache-2.0
-- Temporary cards and the order batches that carry them to Nexus GO Cards.

-- A batch's idempotency key and exact request body are committed before the first byte is sent and are
-- reused on every retry. state: pending (nothing sent yet), sent (Go Cards may have it; outcome unknown),
-- accepted, refused (final).
CREATE TABLE order_batches (
    id @ID@,
    idempotency_key TEXT NOT NULL UNIQUE,
    request_body TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'accepted', 'refused')),
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    first_sent_at TEXT,
    last_attempt_at TEXT,
    resolved_at TEXT,
    gocards_order_id TEXT,
    last_error TEXT
);

CREATE INDEX order_batches_state ON order_batches (state, id);

CREATE TABLE cards (
    id @ID@,
    external_id TEXT NOT NULL UNIQUE,
    card_type TEXT NOT NULL DEFAULT 'temporary',
    production_type TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('processing', 'ordered', 'in_production', 'produced', 'failed',
                                         'aborted', 'unassigned')),
    ordered_at TEXT NOT NULL,
    ordered_by TEXT NOT NULL,
    batch_id BIGINT REFERENCES order_batches (id),
    gocards_card_id TEXT,
    gocards_order_id TEXT,
    failure_reason TEXT,
    updated_at TEXT NOT NULL
);

CREATE INDEX cards_state_id ON cards (state, id);
CREATE INDEX cards_batch ON cards (batch_id);
CREATE INDEX cards_gocards_card_id ON cards (gocards_card_id);
