-- SPDX-License-Identifier: Apache-2.0
-- PostgreSQL: every data transaction writes a random receipt, so that a COMMIT whose answer was lost with the
-- connection is resolved by looking for it once the connection is back, rather than guessed (a guess either
-- doubles an order or drops one). The batch sync removes receipts older than a day. SQLite keeps the table
-- empty: a local COMMIT's outcome is never unknown.
CREATE TABLE write_receipts (
    receipt TEXT PRIMARY KEY,
    written_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX write_receipts_written_at ON write_receipts (written_at);
