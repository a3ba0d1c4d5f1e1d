-- SPDX-License-Identifier: Apache-2.0
-- Prefix searches take the range from the prefix to the prefix followed by U+FFFF, which holds exactly the
-- texts that start with it only when texts compare code point by code point. SQLite's BINARY collation
-- does; a PostgreSQL database's own collation (an ICU or glibc locale) puts "GC-1x" between "gc-1" and
-- "gc-1" || U+FFFF, and may do worse. The searches compare in the "C" collation there, served by these
-- indexes.
-- @only postgres
CREATE INDEX cards_gocards_card_id_c ON cards (gocards_card_id COLLATE "C");
CREATE INDEX cards_gocards_order_id_c ON cards (gocards_order_id COLLATE "C");
-- @end
