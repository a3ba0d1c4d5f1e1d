-- SPDX-License-Identifier: Apache-2.0
-- Expiry reminders by mail. A cardholder's language ('en', 'de', 'sv' or another primary language subtag;
-- empty when unknown) comes from a CSV "language" column or the directory's attribute, and picks the
-- reminder's language. A reminder's send is recorded before the message is handed to the mail server
-- (attempts and attempted_at, committed first, like an order's key), so a run that dies while sending
-- sends it again (at least once; the Message-ID is the same each time) and a reminder is never sent
-- without a trace. sent_at is set once the server took it; last_error says why the last attempt failed.
ALTER TABLE people ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE expiry_reminders ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE expiry_reminders ADD COLUMN attempted_at TEXT;
ALTER TABLE expiry_reminders ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
ALTER TABLE expiry_reminders ADD COLUMN sent_to TEXT NOT NULL DEFAULT '';
-- The reminders still to send, found without reading those sent.
CREATE INDEX expiry_reminders_unsent ON expiry_reminders (card_id, due_on) WHERE sent_at IS NULL;
