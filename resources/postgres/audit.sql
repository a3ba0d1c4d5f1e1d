-- SPDX-License-Identifier: Apache-2.0
-- The audit trail written by the database, for an installation with login roles. Run as a superuser right
-- after accounts.sql, and again after it at every upgrade:
--     psql -v ON_ERROR_STOP=1 -d tempcards -f audit.sql
-- From then on no workstation role inserts into audit_log or moves audit_head. Each change's transaction
-- calls tempcards_audit(), which writes the record: the actor is the person connected (session_user's
-- account; "batch-sync" for the batch sync's role), the time is the server's clock, the roles are the
-- actor's as the database has them, and the record is chained with HMAC-SHA-256 (pgcrypto) under a key that
-- only <prefix>account_admin, which owns the function and nobody logs in as, can read. Records from before
-- keep their plain SHA-256 chain; the keyed chain goes on from the last of them. Auditors verify the whole
-- trail through tempcards_verify_audit(), the only place the key is used to check.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE IF NOT EXISTS audit_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key BYTEA NOT NULL
);
INSERT INTO audit_key (id, key) VALUES (1, gen_random_bytes(32)) ON CONFLICT (id) DO NOTHING;

-- The first record of the keyed chain: every record from it on must carry an HMAC, none before it can.
CREATE TABLE IF NOT EXISTS audit_keyed_from (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    first_id BIGINT NOT NULL
);
INSERT INTO audit_keyed_from (id, first_id) SELECT 1, last_id + 1 FROM audit_head WHERE id = 1
    ON CONFLICT (id) DO NOTHING;

-- The bytes a record's hash is taken over, field by field as AuditChain::hashOf (core/storage) takes them:
-- each length-prefixed in UTF-8 bytes, NULL as "N;", so no two records serialize alike.
CREATE OR REPLACE FUNCTION tempcards_audit_field(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $body$
    SELECT CASE WHEN value IS NULL THEN 'N;' ELSE octet_length(value)::TEXT || ':' || value || ';' END
$body$;

CREATE OR REPLACE FUNCTION tempcards_audit_canonical(r audit_log) RETURNS BYTEA LANGUAGE sql IMMUTABLE
    SET search_path = public, pg_temp AS $body$
    SELECT convert_to('tempcards-audit-v1;' || tempcards_audit_field(r.id::TEXT) || tempcards_audit_field(r.at)
        || tempcards_audit_field(r.actor) || tempcards_audit_field(r.roles) || tempcards_audit_field(r.action)
        || tempcards_audit_field(r.object) || tempcards_audit_field(r.before_value)
        || tempcards_audit_field(r.after_value) || tempcards_audit_field(r.outcome) || tempcards_audit_field(r.detail)
        || tempcards_audit_field(r.workstation) || tempcards_audit_field(r.prev_hash), 'UTF8')
$body$;

-- Appends one record in the caller's transaction and returns its id. The caller says what happened; who and
-- when are the database's. A record may name only whoever is connected: their account, "batch-sync" for the
-- batch sync's role, or (for the workstation's role) the first administrator in the transaction creating it.
CREATE OR REPLACE FUNCTION tempcards_audit(p_actor TEXT, p_action TEXT, p_object TEXT, p_before TEXT,
                                           p_after TEXT, p_outcome TEXT, p_detail TEXT, p_workstation TEXT)
    RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
DECLARE
    me TEXT := tempcards_session_account();
    head RECORD;
    r audit_log;
BEGIN
    IF NOT tempcards_unchecked() AND NOT (
            (me IS NOT NULL AND p_actor = me)
            OR (me IS NULL AND p_actor = 'batch-sync' AND pg_has_role(session_user, tempcards_role('batch_sync'), 'MEMBER'))
            OR (me IS NULL AND EXISTS (SELECT FROM account_logins l JOIN accounts a ON a.id = l.account_id
                                        WHERE a.username = p_actor AND l.created_xact = txid_current()))) THEN
        RAISE EXCEPTION 'tempcards: an audit record names who is connected (%), not %', session_user, p_actor
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT last_id, last_hash INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'tempcards: the audit trail has no head record';
    END IF;
    r.id := head.last_id + 1;
    r.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    r.actor := p_actor;
    r.roles := coalesce((SELECT string_agg(ar.role, ',' ORDER BY ar.role) FROM account_roles ar
                           JOIN accounts a ON a.id = ar.account_id WHERE a.username = p_actor), '-');
    r.action := coalesce(p_action, '');
    r.object := coalesce(p_object, '');
    r.before_value := p_before;
    r.after_value := p_after;
    r.outcome := p_outcome;
    r.detail := coalesce(p_detail, '');
    r.workstation := coalesce(p_workstation, '');
    r.prev_hash := head.last_hash;
    r.hash := 'hmac-sha256:' || encode(hmac(tempcards_audit_canonical(r), (SELECT key FROM audit_key), 'sha256'), 'hex');
    INSERT INTO audit_log SELECT r.*;
    UPDATE audit_head SET last_id = r.id, last_hash = r.hash WHERE id = 1;
    RETURN r.id;
END
$body$;

-- The whole trail in id order: each record follows the one before, carries the hash of its own content
-- (keyed from audit_keyed_from on), and the head points at the last. problem: '' when ok, 'order' (a record
-- before it was removed, changed or moved), 'changed', 'head' (missing) or 'tail' (records at the end gone).
CREATE OR REPLACE FUNCTION tempcards_verify_audit(OUT ok BOOLEAN, OUT records BIGINT, OUT first_bad_id BIGINT,
                                                  OUT problem TEXT, OUT last_id BIGINT, OUT head_id BIGINT)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $body$
DECLARE
    r audit_log;
    previous TEXT := '';
    k BYTEA := (SELECT key FROM audit_key);
    keyed_from BIGINT := (SELECT first_id FROM audit_keyed_from);
    expected TEXT;
    h RECORD;
BEGIN
    ok := true; records := 0; first_bad_id := 0; problem := ''; last_id := 0; head_id := 0;
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        records := records + 1;
        IF r.prev_hash <> previous THEN
            ok := false; first_bad_id := r.id; problem := 'order';
            RETURN;
        END IF;
        IF r.id >= keyed_from THEN
            expected := 'hmac-sha256:' || encode(hmac(tempcards_audit_canonical(r), k, 'sha256'), 'hex');
        ELSE
            expected := encode(digest(tempcards_audit_canonical(r), 'sha256'), 'hex');
        END IF;
        IF r.hash <> expected THEN
            ok := false; first_bad_id := r.id; problem := 'changed';
            RETURN;
        END IF;
        previous := r.hash;
        last_id := r.id;
    END LOOP;
    SELECT a.last_id, a.last_hash INTO h FROM audit_head a WHERE a.id = 1;
    IF NOT FOUND THEN
        ok := false; problem := 'head';
        RETURN;
    END IF;
    head_id := h.last_id;
    IF h.last_id <> last_id OR h.last_hash <> previous THEN
        ok := false; problem := 'tail';
    END IF;
END
$body$;

DO $grants$
DECLARE
    p TEXT := (SELECT prefix FROM database_roles);
    lobby TEXT := coalesce(nullif(current_setting('tempcards.lobby_role', true), ''), 'tempcards_client');
    everyone TEXT := format('%I, %I, %I, %I', p || 'operator', p || 'administrator', p || 'auditor', p || 'batch_sync');
    definer TEXT := p || 'account_admin';
BEGIN
    REVOKE ALL ON audit_key, audit_keyed_from FROM PUBLIC;
    EXECUTE format('REVOKE ALL ON audit_key FROM %s', everyone);
    EXECUTE format('GRANT SELECT ON audit_key, audit_keyed_from TO %I', definer);
    EXECUTE format('GRANT SELECT, INSERT ON audit_log TO %I', definer);
    EXECUTE format('GRANT SELECT, UPDATE ON audit_head TO %I', definer);
    EXECUTE format('ALTER FUNCTION tempcards_audit(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) OWNER TO %I', definer);
    EXECUTE format('ALTER FUNCTION tempcards_verify_audit() OWNER TO %I', definer);
    REVOKE ALL ON FUNCTION tempcards_audit(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;
    REVOKE ALL ON FUNCTION tempcards_verify_audit() FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION tempcards_audit(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) TO %s',
                   everyone);
    EXECUTE format('GRANT EXECUTE ON FUNCTION tempcards_verify_audit() TO %s', everyone);
    -- Nobody but the function writes the trail or its head.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_log, audit_head FROM %s', everyone);
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = lobby) THEN
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_log, audit_head FROM %I', lobby);
        EXECUTE format('REVOKE SELECT ON audit_head FROM %I', lobby);
        EXECUTE format('GRANT EXECUTE ON FUNCTION tempcards_audit(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) TO %I',
                       lobby);
    END IF;
END
$grants$;
