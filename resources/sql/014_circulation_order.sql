-- SPDX-License-Identifier: Apache-2.0
-- The circulation views list assigned and expired cards soonest to run out first. 013's index on
-- (state, valid_until) was partial (valid_until IS NOT NULL), which a view that lists every assigned card
-- cannot use without a condition that would hide a card missing its date; so with a million cards SQLite
-- read and sorted all of them for each view. This one holds every card, in the views' order (state,
-- valid_until, id), and serves the expiry pass's range as well.
DROP INDEX cards_valid_until;
CREATE INDEX cards_state_valid_until ON cards (state, valid_until, id);
-- Reminders due on a day, in the order the view lists them.
DROP INDEX expiry_reminders_due;
CREATE INDEX expiry_reminders_due ON expiry_reminders (due_on, valid_until, card_id);
