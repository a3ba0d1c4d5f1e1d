-- SPDX-License-Identifier: Apache-2.0
-- The two database roles of a shared tempcards installation on PostgreSQL. Run once per server, as a
-- superuser, connected to the tempcards database:   psql -d tempcards -f roles.sql
-- Then set their passwords (\password tempcards_owner, \password tempcards_client) or let pg_hba.conf
-- admit them otherwise, and run grants.sql after the owner has created the schema.
--   tempcards_owner   owns the tables: the first start and every upgrade run the migrations as this role
--                     (for example "tempcards-sync --verify-audit --postgres 'dbname=tempcards user=tempcards_owner'").
--   tempcards_client  what every workstation and tempcards-sync log in as: it reads and writes the cards,
--                     but can only add audit records, never change or remove them, nor drop the triggers.
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tempcards_owner') THEN
        CREATE ROLE tempcards_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tempcards_client') THEN
        CREATE ROLE tempcards_client LOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO tempcards_owner, tempcards_client', current_database());
END
$roles$;
GRANT USAGE, CREATE ON SCHEMA public TO tempcards_owner;
GRANT USAGE ON SCHEMA public TO tempcards_client;
