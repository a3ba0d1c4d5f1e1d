-- SPDX-License-Identifier: Apache-2.0
-- Every tempcards account a PostgreSQL login role, so that PostgreSQL checks each person's password and
-- refuses what their roles do not allow. Run as a superuser, connected to the tempcards database, after
-- roles.sql and the first start (which creates the tables), and again after every upgrade, instead of
-- grants.sql; then audit.sql (the audit trail written by the database), which this needs:
--     PGOPTIONS='-c tempcards.role_prefix=' psql -v ON_ERROR_STOP=1 -d tempcards -f accounts.sql
-- tempcards.role_prefix (empty by default, fixed at the first run) comes before every role name this makes,
-- for a server that holds more than one installation: account "alice" logs in as role "<prefix>alice".
-- tempcards.lobby_role (default tempcards_client) is the role workstations connect as before anyone logs in:
-- it may only see whether accounts exist and create the first administrator in a database without any.
--
-- What it makes:
--   <prefix>operator, <prefix>administrator, <prefix>auditor  group roles, one per tempcards role: a
--       person's roles are their memberships, granted and revoked here as the account_roles rows change.
--   <prefix>batch_sync   group role for tempcards-sync services (GRANT it to the service's own login role).
--   <prefix>account_admin   owns the triggers that create and change login roles (CREATEROLE); nobody logs
--       in as it. An administrator changes accounts through the tables, and these triggers check the change
--       against session_user (the person connected), so no workstation holds a password that can create roles.
-- Passwords reach the server only as SCRAM-SHA-256 verifiers (computed by the client, as psql's \password
-- does), are stored by PostgreSQL alone, and never in the accounts table.

CREATE TABLE IF NOT EXISTS database_roles (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    prefix TEXT NOT NULL
);
INSERT INTO database_roles (id, prefix) VALUES (1, coalesce(current_setting('tempcards.role_prefix', true), ''))
    ON CONFLICT (id) DO NOTHING;

-- Which login role belongs to which account, by oid: a role someone renames or makes by hand is never
-- taken for an account's. created_xact lets the first administrator's own audit record in.
CREATE TABLE IF NOT EXISTS account_logins (
    account_id BIGINT PRIMARY KEY,
    role_oid OID NOT NULL UNIQUE,
    created_xact BIGINT NOT NULL
);

DO $roles$
DECLARE
    p TEXT := (SELECT prefix FROM database_roles);
    r TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['operator', 'administrator', 'auditor', 'batch_sync', 'account_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = p || r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', p || r);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I NOLOGIN CREATEROLE', p || 'account_admin');
    EXECUTE format('GRANT pg_signal_backend TO %I', p || 'account_admin'); -- to end a deactivated person's sessions
END
$roles$;

-- The rules, as functions the triggers share. SECURITY DEFINER with a fixed search_path: they run as
-- <prefix>account_admin whoever writes, and no temporary table of the writer's can stand in for ours.
CREATE OR REPLACE FUNCTION tempcards_role(suffix TEXT) RETURNS TEXT LANGUAGE sql STABLE
    SET search_path = public, pg_temp AS $body$
    SELECT prefix || suffix FROM database_roles
$body$;

-- The table owner and superusers are not checked: they can change the triggers anyway.
CREATE OR REPLACE FUNCTION tempcards_unchecked() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $body$
    SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = session_user AND rolsuper)
        OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.accounts'::regclass), 'MEMBER')
$body$;

-- The account whose login role is connected, or NULL.
CREATE OR REPLACE FUNCTION tempcards_session_account() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $body$
    SELECT a.username FROM account_logins l JOIN accounts a ON a.id = l.account_id JOIN pg_roles r ON r.oid = l.role_oid
     WHERE r.rolname = session_user
$body$;

CREATE OR REPLACE FUNCTION tempcards_session_is_administrator() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $body$
    SELECT tempcards_session_account() IS NOT NULL
       AND pg_has_role(session_user, tempcards_role('administrator'), 'MEMBER')
$body$;

CREATE OR REPLACE FUNCTION tempcards_login_role(account BIGINT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $body$
    SELECT r.rolname::TEXT FROM account_logins l JOIN pg_roles r ON r.oid = l.role_oid WHERE l.account_id = account
$body$;

CREATE OR REPLACE FUNCTION tempcards_check_verifier(verifier TEXT) RETURNS VOID LANGUAGE plpgsql IMMUTABLE AS $body$
BEGIN
    IF verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' THEN
        RAISE EXCEPTION 'tempcards: a password is set only as a SCRAM-SHA-256 verifier, never in clear'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$body$;

-- A new account: only an administrator makes one, or anyone while the database has no account at all
-- (the first administrator). Its login role is created with the verifier, which is not kept in the table.
CREATE OR REPLACE FUNCTION tempcards_account_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $body$
DECLARE
    login TEXT := tempcards_role(NEW.username);
BEGIN
    IF NOT tempcards_unchecked() AND NOT tempcards_session_is_administrator() THEN
        PERFORM pg_advisory_xact_lock(hashtext('tempcards.first_administrator'));
        IF EXISTS (SELECT FROM accounts) THEN
            RAISE EXCEPTION 'tempcards: only an administrator creates accounts' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    PERFORM tempcards_check_verifier(NEW.password_hash);
    IF octet_length(login) > 63 THEN
        RAISE EXCEPTION 'tempcards: the login role % would be longer than PostgreSQL allows', login
            USING ERRCODE = 'name_too_long';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION 'tempcards: a database role named % exists already', login USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I %s PASSWORD %L', login,
                   CASE WHEN NEW.state = 'active' THEN 'LOGIN' ELSE 'NOLOGIN' END, NEW.password_hash);
    INSERT INTO account_logins (account_id, role_oid, created_xact)
        VALUES (NEW.id, (SELECT oid FROM pg_roles WHERE rolname = login), txid_current());
    NEW.password_hash := '';
    RETURN NEW;
END
$body$;

-- A changed account: its name never changes; a password (a verifier) is set by an administrator or by the
-- person themselves; the state, the forced change and the lockout fields only by an administrator, never on
-- oneself. The login role follows: a new verifier, LOGIN or NOLOGIN.
CREATE OR REPLACE FUNCTION tempcards_account_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $body$
DECLARE
    unchecked BOOLEAN := tempcards_unchecked();
    admin BOOLEAN := tempcards_session_is_administrator();
    login TEXT := tempcards_login_role(OLD.id);
    self BOOLEAN := login IS NOT NULL AND login = session_user;
BEGIN
    IF NEW.id <> OLD.id OR NEW.username <> OLD.username THEN
        RAISE EXCEPTION 'tempcards: an account keeps its id and name' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF login IS NULL THEN
        RAISE EXCEPTION 'tempcards: the account % has no login role', OLD.username USING ERRCODE = 'undefined_object';
    END IF;
    IF NOT unchecked AND NOT admin AND NOT self THEN
        RAISE EXCEPTION 'tempcards: only an administrator changes another account' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT unchecked AND NOT admin AND (NEW.state <> OLD.state
            OR NEW.failed_logins <> OLD.failed_logins OR NEW.locked_until IS DISTINCT FROM OLD.locked_until
            OR (NEW.must_change_password <> OLD.must_change_password AND NEW.password_hash = '')) THEN
        RAISE EXCEPTION 'tempcards: only an administrator changes this of an account' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT unchecked AND self AND NEW.state <> OLD.state THEN
        RAISE EXCEPTION 'tempcards: nobody deactivates their own account' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.password_hash <> '' THEN
        PERFORM tempcards_check_verifier(NEW.password_hash);
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, NEW.password_hash);
        NEW.password_hash := '';
    END IF;
    IF NEW.state <> OLD.state THEN
        EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN NEW.state = 'active' THEN 'LOGIN' ELSE 'NOLOGIN' END);
        -- NOLOGIN keeps new connections out; the ones open now end too (AC-2: disabled at once).
        IF NEW.state = 'inactive' THEN
            PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = login;
        END IF;
    END IF;
    RETURN NEW;
END
$body$;

-- A role granted or taken away: by an administrator, never on their own account; the first administrator's
-- own role in the transaction that created it.
CREATE OR REPLACE FUNCTION tempcards_account_role_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $body$
DECLARE
    row_account BIGINT := CASE WHEN TG_OP = 'DELETE' THEN OLD.account_id ELSE NEW.account_id END;
    row_role TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD.role ELSE NEW.role END;
    login TEXT := tempcards_login_role(row_account);
BEGIN
    IF login IS NULL THEN
        RAISE EXCEPTION 'tempcards: the account has no login role' USING ERRCODE = 'undefined_object';
    END IF;
    IF NOT tempcards_unchecked() THEN
        IF tempcards_session_is_administrator() THEN
            IF login = session_user THEN
                RAISE EXCEPTION 'tempcards: nobody changes their own roles' USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSIF NOT (TG_OP = 'INSERT' AND row_role = 'administrator' AND (SELECT COUNT(*) FROM accounts) = 1
                   AND EXISTS (SELECT FROM account_logins
                                WHERE account_id = row_account AND created_xact = txid_current())) THEN
            RAISE EXCEPTION 'tempcards: only an administrator grants or takes away roles'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        EXECUTE format('REVOKE %I FROM %I', tempcards_role(row_role), login);
        RETURN OLD;
    END IF;
    EXECUTE format('GRANT %I TO %I', tempcards_role(row_role), login);
    RETURN NEW;
END
$body$;

-- At commit: an installation with accounts keeps an active administrator.
CREATE OR REPLACE FUNCTION tempcards_keep_administrator() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $body$
BEGIN
    IF EXISTS (SELECT FROM accounts) AND NOT EXISTS (
            SELECT FROM accounts a JOIN account_roles r ON r.account_id = a.id
             WHERE r.role = 'administrator' AND a.state = 'active') THEN
        RAISE EXCEPTION 'tempcards: the last active administrator stays an active administrator'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$body$;

-- Accounts from before: each gets a login role without a password (an administrator sets one, or the
-- database's administrator with \password), the roles it had, and no stored hash any more.
DO $existing$
DECLARE
    account RECORD;
    login TEXT;
BEGIN
    FOR account IN SELECT a.* FROM accounts a WHERE NOT EXISTS (SELECT FROM account_logins l WHERE l.account_id = a.id)
    LOOP
        login := tempcards_role(account.username);
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = login) THEN
            RAISE EXCEPTION 'tempcards: the account % would log in as the existing role %; set another prefix',
                account.username, login;
        END IF;
        EXECUTE format('CREATE ROLE %I %s', login, CASE WHEN account.state = 'active' THEN 'LOGIN' ELSE 'NOLOGIN' END);
        INSERT INTO account_logins (account_id, role_oid, created_xact)
            VALUES (account.id, (SELECT oid FROM pg_roles WHERE rolname = login), txid_current());
        EXECUTE (SELECT string_agg(format('GRANT %I TO %I', tempcards_role(r.role), login), '; ')
                   FROM account_roles r WHERE r.account_id = account.id);
    END LOOP;
    -- Before the triggers exist (at the first run; later runs find nothing to blank).
    UPDATE accounts SET password_hash = '' WHERE password_hash <> '';
END
$existing$;

DROP TRIGGER IF EXISTS accounts_login_insert ON accounts;
CREATE TRIGGER accounts_login_insert BEFORE INSERT ON accounts
    FOR EACH ROW EXECUTE FUNCTION tempcards_account_insert();
DROP TRIGGER IF EXISTS accounts_login_update ON accounts;
CREATE TRIGGER accounts_login_update BEFORE UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION tempcards_account_update();
DROP TRIGGER IF EXISTS account_roles_membership ON account_roles;
CREATE TRIGGER account_roles_membership AFTER INSERT OR DELETE ON account_roles
    FOR EACH ROW EXECUTE FUNCTION tempcards_account_role_change();
DROP TRIGGER IF EXISTS accounts_keep_administrator ON accounts;
CREATE CONSTRAINT TRIGGER accounts_keep_administrator AFTER UPDATE ON accounts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tempcards_keep_administrator();
DROP TRIGGER IF EXISTS account_roles_keep_administrator ON account_roles;
CREATE CONSTRAINT TRIGGER account_roles_keep_administrator AFTER DELETE ON account_roles
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tempcards_keep_administrator();

-- Ownership and privileges. Every statement the client and tempcards-sync run is allowed to the group roles
-- that run it; the triggers above narrow accounts and account_roles to the rows the person may
-- touch. (Which process may move which card is still checked by the client; see docs/design.md.)
DO $grants$
DECLARE
    p TEXT := (SELECT prefix FROM database_roles);
    lobby TEXT := coalesce(nullif(current_setting('tempcards.lobby_role', true), ''), 'tempcards_client');
    everyone TEXT;
BEGIN
    everyone := format('%I, %I, %I, %I', p || 'operator', p || 'administrator', p || 'auditor', p || 'batch_sync');
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %s', current_database(), everyone);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %s, %I', everyone, p || 'account_admin');
    EXECUTE format('GRANT SELECT ON accounts, account_roles, database_roles TO %I', p || 'account_admin');
    EXECUTE format('GRANT SELECT, INSERT ON account_logins TO %I', p || 'account_admin');
    EXECUTE format('ALTER FUNCTION tempcards_unchecked() OWNER TO %I', p || 'account_admin');
    EXECUTE format('ALTER FUNCTION tempcards_session_account() OWNER TO %I', p || 'account_admin');
    EXECUTE format('ALTER FUNCTION tempcards_session_is_administrator() OWNER TO %I', p || 'account_admin');
    EXECUTE format('ALTER FUNCTION tempcards_login_role(BIGINT) OWNER TO %I', p || 'account_admin');
    EXECUTE format('ALTER FUNCTION tempcards_account_insert() OWNER TO %I', p || 'account_admin');
    EXECUTE format('ALTER FUNCTION tempcards_account_update() OWNER TO %I', p || 'account_admin');
    EXECUTE format('ALTER FUNCTION tempcards_account_role_change() OWNER TO %I', p || 'account_admin');
    EXECUTE format('ALTER FUNCTION tempcards_keep_administrator() OWNER TO %I', p || 'account_admin');
    EXECUTE 'REVOKE ALL ON account_logins FROM PUBLIC';

    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %s', everyone);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %s', everyone);
    EXECUTE format('REVOKE ALL ON account_logins FROM %s', everyone);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %s', everyone);
    -- Own password for everyone; everything else about accounts for administrators (the triggers check rows).
    EXECUTE format('GRANT UPDATE ON accounts TO %s', everyone);
    EXECUTE format('GRANT INSERT ON accounts TO %I', p || 'administrator');
    EXECUTE format('GRANT INSERT, DELETE ON account_roles TO %I', p || 'administrator');
    -- Settings: administrators only.
    EXECUTE format('GRANT INSERT, DELETE ON role_permissions TO %I', p || 'administrator');
    EXECUTE format('GRANT UPDATE ON processes TO %I', p || 'administrator');
    EXECUTE format('GRANT INSERT ON options_scripts TO %I', p || 'administrator');
    EXECUTE format('GRANT INSERT, DELETE ON gocards_connection TO %I', p || 'administrator');
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON service_connections TO %I', p || 'administrator');
    -- Cards and batches: those who order, abort, initialize and refresh them, and the batch sync.
    EXECUTE format('GRANT INSERT, UPDATE ON cards TO %I, %I, %I', p || 'operator', p || 'administrator', p || 'batch_sync');
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON order_batches TO %I, %I, %I',
                   p || 'operator', p || 'administrator', p || 'batch_sync');
    -- Handing cards out: those who assign, withdraw and lock write the holdings (the rules check which);
    -- cardholders come from an import by an administrator or tempcards-sync; the batch sync lists reminders.
    EXECUTE format('GRANT INSERT, UPDATE ON card_holdings TO %I, %I', p || 'operator', p || 'administrator');
    EXECUTE format('GRANT INSERT, UPDATE ON people TO %I, %I', p || 'administrator', p || 'batch_sync');
    EXECUTE format('GRANT INSERT, UPDATE ON expiry_reminders TO %I', p || 'batch_sync');
    -- The feed's cursor and the lease: the batch sync only.
    EXECUTE format('GRANT INSERT, UPDATE ON sync_state TO %I', p || 'batch_sync');
    -- What Go Cards reports of cards this database does not know: recorded by the batch sync.
    EXECUTE format('GRANT INSERT, UPDATE ON unknown_cards TO %I', p || 'batch_sync');
    EXECUTE format('GRANT UPDATE ON sync_lease TO %I', p || 'batch_sync');
    -- Audit records are written by tempcards_audit() alone (audit.sql).
    -- Every data transaction writes a receipt (a random key, to resolve a COMMIT whose answer was lost); the
    -- batch sync removes those older than a day.
    EXECUTE format('GRANT INSERT ON write_receipts TO %s', everyone);
    EXECUTE format('GRANT DELETE ON write_receipts TO %I', p || 'batch_sync');

    -- Before login: the schema's version, whether accounts exist, and the first administrator alone.
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = lobby) THEN
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', lobby);
        EXECUTE format('GRANT SELECT ON schema_migrations, installation, database_roles, role_permissions, '
                       'options_scripts, accounts, account_roles TO %I', lobby);
        EXECUTE format('GRANT INSERT ON accounts, account_roles TO %I', lobby);
        EXECUTE format('GRANT SELECT, INSERT ON write_receipts TO %I', lobby);
        -- Setting the first administrator's roles starts by removing none; removing any is refused above.
        EXECUTE format('GRANT DELETE ON account_roles TO %I', lobby);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', lobby);
    END IF;
END
$grants$;
