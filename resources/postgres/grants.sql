-- SPDX-License-Identifier: Apache-2.0
-- What tempcards_client may do with the tables the migrations created. Run after the first start and after
-- every upgrade, as the tables' owner or a superuser:   psql -d tempcards -f grants.sql
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tempcards_client;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tempcards_client;
-- The audit trail is append-only for the client (AU-9): it adds records and reads them, nothing else. The
-- chain's head is a separate row (audit_head) that the client does update.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM tempcards_client;
-- Only the owner changes the schema's version.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM tempcards_client;
