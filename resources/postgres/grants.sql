-- SPDX-License-Identifier: Apache-2.0
-- What tempcards_client may do with the tables the migrations created. Run after the first start and after
-- every upgrade, as the tables' owner or a superuser:   psql -d tempcards -f grants.sql
-- Least privilege for the shared role: it reads every table, and may run on each only the statements the
-- client's and tempcards-sync's own code runs there. Everything else is refused by PostgreSQL. (Which
-- person may do what is still checked by the client alone; see docs/design.md, Trust model.)
-- A database set up with accounts.sql gives every person a login role; its grants are there, and these would
-- undo them.
DO $guard$
BEGIN
    IF to_regclass('public.database_roles') IS NOT NULL THEN
        RAISE EXCEPTION 'tempcards: this database has login roles (accounts.sql); run accounts.sql, not grants.sql';
    END IF;
END
$guard$;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM tempcards_client;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO tempcards_client;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tempcards_client;
-- New accounts, passwords, lockout counters, deactivation; an account is never deleted.
GRANT INSERT, UPDATE ON accounts TO tempcards_client;
-- Roles and permissions are granted and taken away as rows.
GRANT INSERT, DELETE ON account_roles TO tempcards_client;
GRANT INSERT, DELETE ON role_permissions TO tempcards_client;
-- A process is enabled or disabled; the processes themselves come from the migrations.
GRANT UPDATE ON processes TO tempcards_client;
-- Every options change is a new version; the history is never changed.
GRANT INSERT ON options_scripts TO tempcards_client;
-- The one connection row is replaced whole when an administrator saves it.
GRANT INSERT, DELETE ON gocards_connection TO tempcards_client;
-- The directory's and the mail server's settings likewise, each kept or replaced when saved.
GRANT INSERT, UPDATE, DELETE ON service_connections TO tempcards_client;
-- Cards are ordered and move through their states; none is ever deleted.
GRANT INSERT, UPDATE ON cards TO tempcards_client;
-- Batches are made, claimed, sent, answered, and removed when an abort empties them.
GRANT INSERT, UPDATE, DELETE ON order_batches TO tempcards_client;
GRANT INSERT, UPDATE ON sync_state TO tempcards_client;
-- Cardholders are imported and updated, never deleted; holdings open and close; reminders are listed.
GRANT INSERT, UPDATE ON people TO tempcards_client;
GRANT INSERT, UPDATE ON card_holdings TO tempcards_client;
GRANT INSERT, UPDATE ON expiry_reminders TO tempcards_client;
GRANT INSERT, UPDATE ON unknown_cards TO tempcards_client;
-- The lease row comes from the migrations; holders take and release it.
GRANT UPDATE ON sync_lease TO tempcards_client;
-- The audit trail is append-only for the client (AU-9): it adds records and reads them, nothing else. The
-- chain's head is a separate row (audit_head) that the client does update.
GRANT INSERT ON audit_log TO tempcards_client;
GRANT UPDATE ON audit_head TO tempcards_client;
-- Every data transaction writes a receipt; the batch sync removes old ones.
GRANT INSERT, DELETE ON write_receipts TO tempcards_client;
-- installation and schema_migrations: read only; only the owner migrates.
