-- SPDX-License-Identifier: Apache-2.0
-- Handing cards out: the people who may hold one, the cards they hold, the processes that give, take back,
-- extend and lock a card, and the reminders the batch sync lists before a card expires.

-- The cardholders, from an HR export (or, later, the directory). The *_key columns hold the names folded
-- for search (case and accents), so that a prefix search is an index range.
CREATE TABLE people (
    id @ID@,
    employee_id TEXT NOT NULL UNIQUE,
    given_name TEXT NOT NULL DEFAULT '',
    surname TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('active', 'inactive')),
    employee_key TEXT NOT NULL,
    given_key TEXT NOT NULL,
    surname_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
-- @only sqlite
CREATE INDEX people_employee_key ON people (employee_key);
CREATE INDEX people_given_key ON people (given_key);
CREATE INDEX people_surname_key ON people (surname_key);
-- @end
-- @only postgres
CREATE INDEX people_employee_key ON people (employee_key COLLATE "C");
CREATE INDEX people_given_key ON people (given_key COLLATE "C");
CREATE INDEX people_surname_key ON people (surname_key COLLATE "C");
-- @end

CREATE INDEX people_state ON people (state, id);

-- A card's holder while it is assigned or expired (cleared when it is withdrawn), since when, until when it is
-- valid, and the reason given at the last withdraw or lock. The states gain assigned, expired and locked.
-- @only postgres
ALTER TABLE cards DROP CONSTRAINT cards_state_check;
ALTER TABLE cards ADD CONSTRAINT cards_state_check CHECK (state IN ('processing', 'ordered', 'in_production',
    'produced', 'failed', 'aborted', 'unassigned', 'assigned', 'expired', 'locked'));
ALTER TABLE cards ADD COLUMN holder_id BIGINT REFERENCES people (id);
ALTER TABLE cards ADD COLUMN assigned_at TEXT;
ALTER TABLE cards ADD COLUMN valid_until TEXT;
ALTER TABLE cards ADD COLUMN reason TEXT;
-- @end
-- @only sqlite
-- SQLite cannot change a CHECK constraint in place: the table is built again, as its documentation describes.
-- No other table refers to cards, and the copy keeps every id.
CREATE TABLE cards_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    external_id TEXT NOT NULL UNIQUE,
    card_type TEXT NOT NULL DEFAULT 'temporary',
    production_type TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('processing', 'ordered', 'in_production', 'produced', 'failed',
                                         'aborted', 'unassigned', 'assigned', 'expired', 'locked')),
    ordered_at TEXT NOT NULL,
    ordered_by TEXT NOT NULL,
    batch_id BIGINT REFERENCES order_batches (id),
    gocards_card_id TEXT,
    gocards_order_id TEXT,
    failure_reason TEXT,
    updated_at TEXT NOT NULL,
    report_uid TEXT,
    produced_at TEXT,
    shipped_at TEXT,
    chip_uid TEXT,
    initialized_at TEXT,
    holder_id BIGINT REFERENCES people (id),
    assigned_at TEXT,
    valid_until TEXT,
    reason TEXT
);
INSERT INTO cards_new (id, external_id, card_type, production_type, state, ordered_at, ordered_by, batch_id,
                       gocards_card_id, gocards_order_id, failure_reason, updated_at, report_uid, produced_at,
                       shipped_at, chip_uid, initialized_at)
    SELECT id, external_id, card_type, production_type, state, ordered_at, ordered_by, batch_id, gocards_card_id,
           gocards_order_id, failure_reason, updated_at, report_uid, produced_at, shipped_at, chip_uid,
           initialized_at FROM cards;
DROP TABLE cards;
ALTER TABLE cards_new RENAME TO cards;
CREATE INDEX cards_state_id ON cards (state, id);
CREATE INDEX cards_batch ON cards (batch_id);
CREATE INDEX cards_gocards_card_id ON cards (gocards_card_id);
CREATE INDEX cards_gocards_order_id ON cards (gocards_order_id);
CREATE INDEX cards_updated_at ON cards (updated_at);
CREATE INDEX cards_queued ON cards (id) WHERE state = 'processing' AND batch_id IS NULL;
-- @end
-- Who holds what, and what runs out when: the views and the expiry pass read these.
CREATE INDEX cards_holder ON cards (holder_id) WHERE holder_id IS NOT NULL;
CREATE INDEX cards_valid_until ON cards (state, valid_until) WHERE valid_until IS NOT NULL;

-- Every time a card was held: from Assign until Withdraw or Lock. A card has at most one open holding, and
-- it is open exactly while the card is assigned or expired, held by the card's holder.
CREATE TABLE card_holdings (
    id @ID@,
    card_id BIGINT NOT NULL REFERENCES cards (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    started_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    ended_at TEXT,
    ended_by TEXT,
    end_reason TEXT
);
CREATE UNIQUE INDEX card_holdings_open ON card_holdings (card_id) WHERE ended_at IS NULL;
CREATE INDEX card_holdings_person ON card_holdings (person_id, id);
CREATE INDEX card_holdings_card ON card_holdings (card_id, id);

-- The expiry reminders that are due: one row per card and day the options name, listed by the batch sync.
-- Sending them is the mail issue's; sent_at stays empty until then.
CREATE TABLE expiry_reminders (
    card_id BIGINT NOT NULL REFERENCES cards (id),
    due_on TEXT NOT NULL,
    person_id BIGINT NOT NULL REFERENCES people (id),
    valid_until TEXT NOT NULL,
    days_left INTEGER NOT NULL,
    listed_at TEXT NOT NULL,
    sent_at TEXT,
    PRIMARY KEY (card_id, due_on)
);
CREATE INDEX expiry_reminders_due ON expiry_reminders (due_on);

-- The processes of handing out, disabled like every other on a new installation, and granted to operators.
INSERT INTO processes (symbolic_name, enabled) VALUES ('TempCardsProcAssign', 0);
INSERT INTO processes (symbolic_name, enabled) VALUES ('TempCardsProcWithdraw', 0);
INSERT INTO processes (symbolic_name, enabled) VALUES ('TempCardsProcExtend', 0);
INSERT INTO processes (symbolic_name, enabled) VALUES ('TempCardsProcLock', 0);
INSERT INTO role_permissions (role, permission) VALUES ('operator', 'process:TempCardsProcAssign');
INSERT INTO role_permissions (role, permission) VALUES ('operator', 'process:TempCardsProcWithdraw');
INSERT INTO role_permissions (role, permission) VALUES ('operator', 'process:TempCardsProcExtend');
INSERT INTO role_permissions (role, permission) VALUES ('operator', 'process:TempCardsProcLock');
-- Importing cardholders is an administrator's.
INSERT INTO role_permissions (role, permission) VALUES ('administrator', 'people:import');
