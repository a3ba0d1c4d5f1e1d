-- SPDX-License-Identifier: Apache-2.0
-- The organisation's directory (cardholders from LDAP) and mail server (expiry reminders), as an
-- administrator saved them: one row each, none until one is set (then people come from CSV and no mail is
-- sent). `settings` holds everything but the secret, as JSON (core/settings, ServiceConnectionStore);
-- `secret` is the bind or SMTP password. With login roles only the batch sync's role reads `secret`
-- (resources/postgres/rules.sql), as it alone reads the Go Cards client secret.
CREATE TABLE service_connections (
    service TEXT PRIMARY KEY CHECK (service IN ('directory', 'mail')),
    settings TEXT NOT NULL,
    secret TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
