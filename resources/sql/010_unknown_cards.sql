-- SPDX-License-Identifier: Apache-2.0
-- Cards Go Cards reports that this database does not know: ordered after the backup it was restored from,
-- or by another installation under the same organisation. They were only logged; now they are kept, with
-- what Go Cards last said of them, for an administrator to see and account for.
CREATE TABLE unknown_cards (
    gocards_card_id TEXT PRIMARY KEY,
    external_id TEXT NOT NULL,
    state TEXT NOT NULL,
    detail TEXT,
    first_reported_at TEXT NOT NULL,
    last_reported_at TEXT NOT NULL
);
