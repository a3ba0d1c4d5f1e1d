-- SPDX-License-Identifier: Apache-2.0
-- A database restored from a backup does not know what it sent after the backup was taken: a batch it shows
-- pending may be at Go Cards. When the batch sync finds Go Cards holding orders this database does not know
-- as sent, every unresolved batch is marked "answer unknown" until Go Cards has said whether it holds its
-- cards: until then it is neither sent again nor changed by an abort. Go Cards' order log is read from the
-- time of the newest order seen (sync_state 'order_log_since'); the index finds a listed order's batch.
ALTER TABLE order_batches ADD COLUMN answer_unknown_since TEXT;
CREATE INDEX order_batches_gocards_order ON order_batches (gocards_order_id);
