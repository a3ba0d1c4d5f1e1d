-- SPDX-License-Identifier: Apache-2.0
-- Accounts, roles and what each role may do; processes an administrator enables; the options script;
-- the audit trail. Written in the subset SQLite and PostgreSQL share; @ID@ is an auto-increment key.

CREATE TABLE installation (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE accounts (
    id @ID@,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'inactive')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE account_roles (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL CHECK (role IN ('operator', 'administrator', 'auditor')),
    PRIMARY KEY (account_id, role)
);

-- Permissions are granted to roles, never to single accounts.
CREATE TABLE role_permissions (
    role TEXT NOT NULL CHECK (role IN ('operator', 'administrator', 'auditor')),
    permission TEXT NOT NULL,
    PRIMARY KEY (role, permission)
);

INSERT INTO role_permissions (role, permission) VALUES ('operator', 'process:TempCardsAddonExtProdProcOrder');
INSERT INTO role_permissions (role, permission) VALUES ('operator', 'process:TempCardsAddonExtProdProcAbort');
INSERT INTO role_permissions (role, permission) VALUES ('operator', 'process:TempCardsAddonExtProdInitialize');
INSERT INTO role_permissions (role, permission) VALUES ('administrator', 'settings:manage');
INSERT INTO role_permissions (role, permission) VALUES ('administrator', 'accounts:manage');
INSERT INTO role_permissions (role, permission) VALUES ('auditor', 'audit:read');

-- Every process is disabled on a new installation; an administrator enables it.
CREATE TABLE processes (
    symbolic_name TEXT PRIMARY KEY,
    enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    updated_at TEXT,
    updated_by TEXT
);

INSERT INTO processes (symbolic_name, enabled) VALUES ('TempCardsAddonExtProdProcOrder', 0);
INSERT INTO processes (symbolic_name, enabled) VALUES ('TempCardsAddonExtProdProcAbort', 0);
INSERT INTO processes (symbolic_name, enabled) VALUES ('TempCardsAddonExtProdInitialize', 0);

-- Every saved version of the options script is kept; the highest version is in force. With no row,
-- the built-in default script is in force.
CREATE TABLE options_scripts (
    version @ID@,
    script TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE audit_log (
    id @ID@,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL DEFAULT '',
    before_value TEXT,
    after_value TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'refused')),
    detail TEXT NOT NULL DEFAULT '',
    workstation TEXT NOT NULL
);

CREATE INDEX audit_log_at ON audit_log (at);
