-- SPDX-License-Identifier: Apache-2.0
-- A batch Go Cards answered in a way that sending it again cannot change (a key reused with another body,
-- an answer that does not match the batch, a redirect) is held: set aside with its reason, so the batches
-- after it are still sent. It keeps its state (pending or sent), so a held batch that may be at Go Cards is
-- never aborted. An administrator decides (send it again, or fail its cards with a reason), and the batch
-- sync carries the decision out at its next run, asking Go Cards first whether it holds the cards.
ALTER TABLE order_batches ADD COLUMN held_at TEXT;
ALTER TABLE order_batches ADD COLUMN held_reason TEXT;
ALTER TABLE order_batches ADD COLUMN decision TEXT;
ALTER TABLE order_batches ADD COLUMN decision_reason TEXT;
ALTER TABLE order_batches ADD COLUMN decided_by TEXT;
