-- SPDX-License-Identifier: Apache-2.0
-- The card list sorts by any column (CardOrder). Each order is read a page at a time from an index in that
-- order, (value, id), blanks after the rest; so the first page of a million cards costs what a page in id
-- order costs, and no order makes the database read and sort the whole table. State is walked state by
-- state through cards_state_id, and the Go Cards card id through cards_gocards_card_id (SQLite appends the
-- id to every index). Texts are compared code point by code point ("C" on PostgreSQL), as the list compares
-- a changed card with the loaded ones.
-- Valid until and reason are blank on most cards: their indexes hold only the cards that have one, so
-- ordering and dispatching a card do not pay for them.
-- @only sqlite
CREATE INDEX cards_ordered_at ON cards (ordered_at);
CREATE INDEX cards_valid_until_id ON cards (valid_until) WHERE valid_until > '';
CREATE INDEX cards_reason ON cards (COALESCE(NULLIF(reason, ''), failure_reason))
    WHERE COALESCE(NULLIF(reason, ''), failure_reason) > '';
CREATE INDEX people_by_name ON people (given_key, surname_key);
-- @end
-- @only postgres
CREATE INDEX cards_ordered_at ON cards ((ordered_at COLLATE "C"), id);
CREATE INDEX cards_valid_until_id ON cards ((valid_until COLLATE "C"), id) WHERE (valid_until COLLATE "C") > '';
CREATE INDEX cards_reason ON cards ((COALESCE(NULLIF(reason, ''), failure_reason) COLLATE "C"), id)
    WHERE (COALESCE(NULLIF(reason, ''), failure_reason) COLLATE "C") > '';
DROP INDEX cards_gocards_order_id_c;
CREATE INDEX cards_gocards_order_id_c ON cards ((gocards_order_id COLLATE "C"), id);
DROP INDEX cards_gocards_card_id_c;
CREATE INDEX cards_gocards_card_id_c ON cards ((gocards_card_id COLLATE "C"), id);
CREATE INDEX people_by_name ON people ((given_key COLLATE "C"), (surname_key COLLATE "C"), id);
-- @end
