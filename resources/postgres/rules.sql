-- SPDX-License-Identifier: Apache-2.0
-- Who may add a card, move it along which edge of its graph, and make or change an order batch, checked by
-- the database for an installation with login roles. Run as a superuser after accounts.sql and audit.sql,
-- and again after them at every upgrade:
--     psql -v ON_ERROR_STOP=1 -d tempcards -f rules.sql
-- The rules are the core's (core/processes: the card graph and each process's permission; the process's
-- enabled flag), checked here against the person connected, in the transaction that makes the change:
--   add cards (processing, in one's own name)     may run Order temporary cards, and it is enabled
--   processing -> aborted                         may run Abort, and it is enabled
--   produced -> unassigned, with the chip UID     may run Initialize, and it is enabled; the UID is
--                                                 the one Go Cards reported, when it reported one
--   processing -> ordered | failed (dispatch)     the batch sync, or whoever may order (Queue off)
--   ordered -> in_production | failed,            the batch sync alone (it alone asks Go Cards; a
--   in_production -> produced | failed (reports)  workstation's Refresh is handed to it)
--   unassigned -> assigned                        may run Assign, and it is enabled; to an active person
--                                                 holding fewer cards than maxActiveCardsPerPerson
--   assigned | expired -> unassigned              may run Withdraw, and it is enabled; with its reason
--   assigned -> assigned, valid until later       may run Extend, and it is enabled
--   unassigned | assigned -> locked               may run Lock, and it is enabled; with a reason
--   assigned -> expired                           the batch sync alone
-- No other edge exists for anyone; what a card is (its ids, type, who ordered it and when) never changes,
-- and its chip UID only in Initialize. An order batch's request must, at commit, order exactly its cards
-- still processing, temporary, for the saved organisation, and changes only while the batch is pending.
-- Only the batch sync holds a batch (set aside after an answer that sending again cannot change) and carries
-- out a decision on it; an administrator (settings:manage) records one decision on a held batch, as
-- themselves, changing nothing else. After a restore the batch sync alone marks a batch "answer unknown"
-- and clears the mark; while it is marked, its request stays and no card leaves it (no abort).
-- The Go Cards client secret and client key are read by the batch sync's role alone: administrators set
-- them and learn only whether they are set (tempcards_gocards_secrets_saved), so orders are sent by the
-- tempcards-sync services, which workstations notify (LISTEN/NOTIFY on tempcards_dispatch).
-- The tables' owner and superusers are not checked (they can change the triggers anyway).

CREATE OR REPLACE FUNCTION tempcards_session_may(p_permission TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $body$
    SELECT EXISTS (SELECT FROM accounts a JOIN account_roles ar ON ar.account_id = a.id
                     JOIN role_permissions rp ON rp.role = ar.role
                    WHERE a.username = tempcards_session_account() AND a.state = 'active'
                      AND rp.permission = p_permission)
$body$;

CREATE OR REPLACE FUNCTION tempcards_session_runs(p_process TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
    SET search_path = public, pg_temp AS $body$
    SELECT tempcards_session_may('process:' || p_process)
       AND coalesce((SELECT enabled = 1 FROM processes WHERE symbolic_name = p_process), false)
$body$;

CREATE OR REPLACE FUNCTION tempcards_session_is_batch_sync() RETURNS BOOLEAN LANGUAGE sql STABLE
    SET search_path = public, pg_temp AS $body$
    SELECT tempcards_session_account() IS NULL AND pg_has_role(session_user, tempcards_role('batch_sync'), 'MEMBER')
$body$;

CREATE OR REPLACE FUNCTION tempcards_refuse(message TEXT) RETURNS VOID LANGUAGE plpgsql AS $body$
BEGIN
    RAISE EXCEPTION 'tempcards: %', message USING ERRCODE = 'insufficient_privilege';
END
$body$;

CREATE OR REPLACE FUNCTION tempcards_card_rules() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $body$
DECLARE
    edge TEXT;
    by_sync BOOLEAN;
BEGIN
    IF tempcards_unchecked() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NOT tempcards_session_runs('TempCardsAddonExtProdProcOrder') THEN
            PERFORM tempcards_refuse('only someone who may order temporary cards, while ordering is enabled, adds cards');
        END IF;
        IF NEW.state <> 'processing' OR NEW.card_type <> 'temporary' OR NEW.ordered_by <> tempcards_session_account()
                OR NEW.batch_id IS NOT NULL OR NEW.gocards_card_id IS NOT NULL OR NEW.gocards_order_id IS NOT NULL
                OR NEW.report_uid IS NOT NULL OR NEW.chip_uid IS NOT NULL OR NEW.produced_at IS NOT NULL
                OR NEW.shipped_at IS NOT NULL OR NEW.initialized_at IS NOT NULL OR NEW.failure_reason IS NOT NULL
                OR NEW.holder_id IS NOT NULL OR NEW.assigned_at IS NOT NULL OR NEW.valid_until IS NOT NULL
                OR NEW.reason IS NOT NULL THEN
            PERFORM tempcards_refuse('a new card is a temporary card in processing, ordered in the name of whoever '
                                     'orders it, with nothing from Go Cards yet');
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.id <> OLD.id OR NEW.external_id <> OLD.external_id OR NEW.card_type <> OLD.card_type
            OR NEW.production_type <> OLD.production_type OR NEW.ordered_at <> OLD.ordered_at
            OR NEW.ordered_by <> OLD.ordered_by THEN
        PERFORM tempcards_refuse('what a card is and who ordered it never changes');
    END IF;
    edge := OLD.state || '>' || NEW.state;
    IF edge <> 'produced>unassigned'
            AND (NEW.chip_uid IS DISTINCT FROM OLD.chip_uid OR NEW.initialized_at IS DISTINCT FROM OLD.initialized_at) THEN
        PERFORM tempcards_refuse('a chip UID is given only by Initialize');
    END IF;
    IF edge NOT IN ('unassigned>assigned', 'assigned>unassigned', 'expired>unassigned', 'unassigned>locked',
                    'assigned>locked')
            AND (NEW.holder_id, NEW.assigned_at, NEW.reason) IS DISTINCT FROM (OLD.holder_id, OLD.assigned_at, OLD.reason) THEN
        PERFORM tempcards_refuse('a card changes hands only by Assign, Withdraw or Lock');
    END IF;
    IF edge NOT IN ('unassigned>assigned', 'assigned>assigned', 'assigned>unassigned', 'expired>unassigned',
                    'unassigned>locked', 'assigned>locked')
            AND NEW.valid_until IS DISTINCT FROM OLD.valid_until THEN
        PERFORM tempcards_refuse('a card''s validity changes only by Assign or Extend');
    END IF;
    by_sync := tempcards_session_is_batch_sync();
    IF NOT by_sync AND OLD.batch_id IS NOT NULL AND NEW.batch_id IS DISTINCT FROM OLD.batch_id
            AND EXISTS (SELECT FROM order_batches WHERE id = OLD.batch_id AND answer_unknown_since IS NOT NULL) THEN
        PERFORM tempcards_refuse('a card whose order may be at Go Cards after a restore stays in its batch');
    END IF;
    IF edge = 'processing>processing' THEN
        -- Joining or leaving a batch.
        IF NOT (by_sync OR tempcards_session_may('process:TempCardsAddonExtProdProcOrder')
                OR tempcards_session_runs('TempCardsAddonExtProdProcAbort')) THEN
            PERFORM tempcards_refuse('only an order, an abort or the batch sync changes a card in processing');
        END IF;
    ELSIF edge = 'processing>aborted' THEN
        IF NOT tempcards_session_runs('TempCardsAddonExtProdProcAbort') THEN
            PERFORM tempcards_refuse('only someone who may abort, while aborting is enabled, aborts a card');
        END IF;
        IF EXISTS (SELECT FROM order_batches WHERE id = OLD.batch_id AND state <> 'pending') THEN
            PERFORM tempcards_refuse('a card whose order was sent is aborted only once Go Cards has answered');
        END IF;
    ELSIF edge = 'produced>unassigned' THEN
        IF NOT tempcards_session_runs('TempCardsAddonExtProdInitialize') THEN
            PERFORM tempcards_refuse('only someone who may initialize, while initializing is enabled, initializes a card');
        END IF;
        IF NEW.chip_uid IS NULL OR NEW.chip_uid !~ '^([0-9A-F]{8}|[0-9A-F]{14}|[0-9A-F]{20})$'
                OR (coalesce(OLD.report_uid, '') <> '' AND NEW.chip_uid <> OLD.report_uid)
                OR NEW.report_uid IS DISTINCT FROM OLD.report_uid THEN
            PERFORM tempcards_refuse('a card is initialized with the chip UID Go Cards reported for it');
        END IF;
    ELSIF edge IN ('processing>ordered', 'processing>failed') THEN
        IF NOT (by_sync OR tempcards_session_may('process:TempCardsAddonExtProdProcOrder')) THEN
            PERFORM tempcards_refuse('only the batch sync or someone who may order records a dispatch');
        END IF;
    ELSIF edge IN ('ordered>in_production', 'ordered>failed', 'in_production>produced', 'in_production>failed') THEN
        -- Only the batch sync asks Go Cards (it alone holds the secret), also for a workstation's refresh.
        IF NOT by_sync THEN
            PERFORM tempcards_refuse('only the batch sync records what Go Cards reports');
        END IF;
    ELSIF edge = 'unassigned>assigned' THEN
        IF NOT tempcards_session_runs('TempCardsProcAssign') THEN
            PERFORM tempcards_refuse('only someone who may assign, while assigning is enabled, assigns a card');
        END IF;
        -- The person is locked first (as the core does), so that two desks giving one person cards take turns.
        PERFORM tempcards_lock_person(NEW.holder_id);
        IF NEW.holder_id IS NULL OR NOT EXISTS (SELECT FROM people WHERE id = NEW.holder_id AND state = 'active') THEN
            PERFORM tempcards_refuse('a card is assigned to an active person');
        END IF;
        IF (SELECT COUNT(*) FROM cards WHERE holder_id = NEW.holder_id AND state IN ('assigned', 'expired') AND id <> NEW.id)
                >= tempcards_option_int('maxActiveCardsPerPerson', 1) THEN
            PERFORM tempcards_refuse('the person already holds as many temporary cards as the options allow');
        END IF;
        IF NEW.assigned_at IS NULL OR NEW.valid_until IS NULL OR NEW.valid_until <= NEW.assigned_at THEN
            PERFORM tempcards_refuse('an assigned card has the time it was assigned and a later valid-until');
        END IF;
    ELSIF edge IN ('assigned>unassigned', 'expired>unassigned') THEN
        IF NOT tempcards_session_runs('TempCardsProcWithdraw') THEN
            PERFORM tempcards_refuse('only someone who may withdraw, while withdrawing is enabled, withdraws a card');
        END IF;
        IF NEW.holder_id IS NOT NULL OR NEW.assigned_at IS NOT NULL OR NEW.valid_until IS NOT NULL
                OR NEW.reason IS NULL OR NEW.reason NOT IN ('lost', 'no_usage') THEN
            PERFORM tempcards_refuse('a withdrawn card has no holder and says why it came back');
        END IF;
    ELSIF edge = 'assigned>assigned' THEN
        IF NOT tempcards_session_runs('TempCardsProcExtend') THEN
            PERFORM tempcards_refuse('only someone who may extend, while extending is enabled, extends a card');
        END IF;
        IF NEW.valid_until IS NULL OR NEW.valid_until <= OLD.valid_until THEN
            PERFORM tempcards_refuse('an extended card is valid for longer');
        END IF;
    ELSIF edge IN ('unassigned>locked', 'assigned>locked') THEN
        IF NOT tempcards_session_runs('TempCardsProcLock') THEN
            PERFORM tempcards_refuse('only someone who may lock, while locking is enabled, locks a card');
        END IF;
        IF NEW.holder_id IS NOT NULL OR NEW.valid_until IS NOT NULL OR coalesce(btrim(NEW.reason), '') = '' THEN
            PERFORM tempcards_refuse('a locked card has no holder and a reason');
        END IF;
    ELSIF edge = 'assigned>expired' THEN
        IF NOT by_sync THEN
            PERFORM tempcards_refuse('only the batch sync expires a card');
        END IF;
    ELSE
        PERFORM tempcards_refuse(format('no process moves a card from %s to %s', OLD.state, NEW.state));
    END IF;
    RETURN NEW;
END
$body$;

-- One person's hand-outs take turns until the transaction ends. An advisory lock, as locking the row would
-- need UPDATE on people, which those who assign do not have; the core takes the same one (PeopleQuery::lock).
CREATE OR REPLACE FUNCTION tempcards_lock_person(p_person BIGINT) RETURNS VOID LANGUAGE sql AS $body$
    SELECT pg_advisory_xact_lock(7391002, (coalesce(p_person, 0) % 2147483647)::INTEGER)
$body$;

-- A whole-number option from the options script in force (its last saved version), or the default: the
-- database reads the few options its rules need the way the client's parser does, by name at a line's start.
CREATE OR REPLACE FUNCTION tempcards_option_int(p_name TEXT, p_default INTEGER) RETURNS INTEGER LANGUAGE sql STABLE
    SET search_path = public, pg_temp AS $body$
    SELECT coalesce((SELECT substring(script FROM '(?n)^[ \t]*' || p_name || '[ \t]*=[ \t]*([0-9]{1,4})[ \t]*(//.*)?$')::INTEGER
                       FROM options_scripts ORDER BY version DESC LIMIT 1), p_default)
$body$;

-- A holding opens with Assign and closes with Withdraw or Lock, in the transaction that moves its card, by
-- the person who runs the process; nothing else of it changes, and none is removed.
CREATE OR REPLACE FUNCTION tempcards_holding_rules() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $body$
BEGIN
    IF tempcards_unchecked() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NOT tempcards_session_runs('TempCardsProcAssign') OR NEW.started_by IS DISTINCT FROM tempcards_session_account()
                OR NEW.ended_at IS NOT NULL OR NOT EXISTS (SELECT FROM cards WHERE id = NEW.card_id
                    AND state = 'assigned' AND holder_id = NEW.person_id) THEN
            PERFORM tempcards_refuse('a holding opens with the Assign of its card, in the name of whoever assigns it');
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.ended_at IS NOT NULL OR NEW.ended_at IS NULL
            OR (NEW.id, NEW.card_id, NEW.person_id, NEW.started_at, NEW.started_by)
               IS DISTINCT FROM (OLD.id, OLD.card_id, OLD.person_id, OLD.started_at, OLD.started_by)
            OR NEW.ended_by IS DISTINCT FROM tempcards_session_account()
            OR NOT (tempcards_session_runs('TempCardsProcWithdraw') OR tempcards_session_runs('TempCardsProcLock'))
            OR EXISTS (SELECT FROM cards WHERE id = OLD.card_id AND state IN ('assigned', 'expired')) THEN
        PERFORM tempcards_refuse('a holding closes once, with the Withdraw or Lock of its card');
    END IF;
    RETURN NEW;
END
$body$;

-- Cardholders are written by an import: an account that may import people, as itself, or the batch sync.
-- An employee id never changes and nobody is removed.
CREATE OR REPLACE FUNCTION tempcards_people_rules() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $body$
BEGIN
    IF tempcards_unchecked() THEN
        RETURN NEW;
    END IF;
    IF NOT ((tempcards_session_may('people:import') AND NEW.updated_by = tempcards_session_account())
            OR (tempcards_session_is_batch_sync() AND NEW.updated_by = 'batch-sync')) THEN
        PERFORM tempcards_refuse('only an import by someone who may import people, in their own name, writes cardholders');
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.id <> OLD.id OR NEW.employee_id <> OLD.employee_id OR NEW.created_at <> OLD.created_at) THEN
        PERFORM tempcards_refuse('a cardholder''s employee id never changes');
    END IF;
    RETURN NEW;
END
$body$;

CREATE OR REPLACE FUNCTION tempcards_batch_rules() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $body$
BEGIN
    IF tempcards_unchecked() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF NOT (tempcards_session_is_batch_sync() OR tempcards_session_runs('TempCardsAddonExtProdProcAbort')) THEN
            PERFORM tempcards_refuse('only an abort or the batch sync removes an order batch');
        END IF;
        IF OLD.answer_unknown_since IS NOT NULL AND NOT tempcards_session_is_batch_sync() THEN
            PERFORM tempcards_refuse('a batch whose answer is unknown after a restore stays until Go Cards has said');
        END IF;
        RETURN OLD;
    END IF;
    -- After a restore, a batch may be at Go Cards although the database shows it pending: the batch sync
    -- alone marks it and clears the mark once Go Cards has said, and until then nobody changes its request.
    IF NOT tempcards_session_is_batch_sync() THEN
        IF (TG_OP = 'INSERT' AND NEW.answer_unknown_since IS NOT NULL)
                OR (TG_OP = 'UPDATE' AND NEW.answer_unknown_since IS DISTINCT FROM OLD.answer_unknown_since) THEN
            PERFORM tempcards_refuse('only the batch sync marks a batch whose answer is unknown after a restore');
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.answer_unknown_since IS NOT NULL AND (NEW.request_body <> OLD.request_body
                OR NEW.idempotency_key <> OLD.idempotency_key) THEN
            PERFORM tempcards_refuse('a batch whose answer is unknown after a restore keeps its request and key');
        END IF;
    END IF;
    -- Holding a batch and carrying out a decision are the batch sync's; deciding is an administrator's, on
    -- a held batch, as themselves, and nothing else of the batch changes with it.
    IF TG_OP = 'UPDATE' AND NOT tempcards_session_is_batch_sync()
            AND ((NEW.held_at, NEW.held_reason, NEW.decision, NEW.decision_reason, NEW.decided_by)
                 IS DISTINCT FROM (OLD.held_at, OLD.held_reason, OLD.decision, OLD.decision_reason, OLD.decided_by)) THEN
        IF NOT tempcards_session_may('settings:manage') OR OLD.held_at IS NULL OR OLD.decision IS NOT NULL
                OR OLD.state NOT IN ('pending', 'sent') OR NEW.decision IS NULL OR NEW.decision NOT IN ('send', 'fail')
                OR NEW.decided_by IS DISTINCT FROM tempcards_session_account()
                OR (NEW.decision = 'fail' AND coalesce(btrim(NEW.decision_reason), '') = '')
                OR (to_jsonb(NEW) - ARRAY['decision', 'decision_reason', 'decided_by'])
                   IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['decision', 'decision_reason', 'decided_by']) THEN
            PERFORM tempcards_refuse('only the batch sync holds a batch; an administrator decides on a held one');
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' AND NOT tempcards_session_is_batch_sync()
            AND (NEW.held_at IS NOT NULL OR NEW.decision IS NOT NULL) THEN
        PERFORM tempcards_refuse('only the batch sync holds a batch; an administrator decides on a held one');
    END IF;
    IF NOT (tempcards_session_is_batch_sync() OR tempcards_session_may('process:TempCardsAddonExtProdProcOrder')
            OR (TG_OP = 'UPDATE' AND tempcards_session_runs('TempCardsAddonExtProdProcAbort'))) THEN
        PERFORM tempcards_refuse('only an order, an abort or the batch sync makes or changes an order batch');
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.state <> 'pending' AND (NEW.request_body <> OLD.request_body
            OR NEW.idempotency_key <> OLD.idempotency_key) THEN
        PERFORM tempcards_refuse('a batch that may have reached Go Cards keeps its request and key');
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.id <> OLD.id OR NEW.created_at <> OLD.created_at OR NEW.created_by <> OLD.created_by) THEN
        PERFORM tempcards_refuse('who made a batch and when never changes');
    END IF;
    RETURN NEW;
END
$body$;

-- At commit: a batch's request orders exactly its cards still processing, as the client encodes it. Checked
-- when a batch is made or its request or state changes, and when a card joins or leaves a batch.
CREATE OR REPLACE FUNCTION tempcards_check_batch(p_batch BIGINT) RETURNS VOID LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $body$
DECLARE
    batch RECORD;
    body JSONB;
    requested TEXT[];
    held TEXT[];
    organisation TEXT := (SELECT organisation_id FROM gocards_connection WHERE id = 1);
BEGIN
    SELECT state, request_body INTO batch FROM order_batches WHERE id = p_batch;
    IF NOT FOUND THEN
        RETURN; -- removed by an abort that emptied it
    END IF;
    BEGIN
        body := batch.request_body::JSONB;
    EXCEPTION WHEN others THEN
        PERFORM tempcards_refuse('an order batch holds a JSON request');
    END;
    IF jsonb_typeof(body) <> 'object' OR (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(body) k)
            <> ARRAY['cards', 'layoutId', 'organisationId', 'productionType']
            OR jsonb_typeof(body -> 'cards') <> 'array'
            OR EXISTS (SELECT FROM jsonb_array_elements(body -> 'cards') c
                        WHERE jsonb_typeof(c) <> 'object' OR c ->> 'cardType' IS DISTINCT FROM 'temporary'
                           OR (SELECT COUNT(*) FROM jsonb_object_keys(c)) <> 2 OR c ->> 'externalId' IS NULL)
            OR (organisation IS NOT NULL AND body ->> 'organisationId' IS DISTINCT FROM organisation) THEN
        PERFORM tempcards_refuse('an order batch orders temporary cards for the saved organisation, nothing else');
    END IF;
    SELECT array_agg(c ->> 'externalId' ORDER BY c ->> 'externalId') INTO requested
      FROM jsonb_array_elements(body -> 'cards') c;
    SELECT array_agg(external_id ORDER BY external_id) INTO held
      FROM cards WHERE batch_id = p_batch AND state = 'processing';
    IF batch.state = 'pending' AND requested IS DISTINCT FROM held THEN
        PERFORM tempcards_refuse('an order batch orders exactly its cards that are still processing');
    END IF;
END
$body$;

CREATE OR REPLACE FUNCTION tempcards_batch_request_check() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $body$
BEGIN
    IF NOT tempcards_unchecked() THEN
        PERFORM tempcards_check_batch(NEW.id);
    END IF;
    RETURN NULL;
END
$body$;

CREATE OR REPLACE FUNCTION tempcards_card_batch_check() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $body$
BEGIN
    IF tempcards_unchecked() THEN
        RETURN NULL;
    END IF;
    IF OLD.batch_id IS NOT NULL THEN
        PERFORM tempcards_check_batch(OLD.batch_id);
    END IF;
    IF NEW.batch_id IS NOT NULL AND NEW.batch_id IS DISTINCT FROM OLD.batch_id THEN
        PERFORM tempcards_check_batch(NEW.batch_id);
    END IF;
    RETURN NULL;
END
$body$;

CREATE OR REPLACE FUNCTION tempcards_gocards_secrets_saved(OUT secret_saved BOOLEAN, OUT key_saved BOOLEAN)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $body$
    SELECT client_secret <> '', client_key <> '' FROM gocards_connection WHERE id = 1
$body$;

DROP TRIGGER IF EXISTS cards_rules ON cards;
CREATE TRIGGER cards_rules BEFORE INSERT OR UPDATE ON cards
    FOR EACH ROW EXECUTE FUNCTION tempcards_card_rules();
DROP TRIGGER IF EXISTS card_holdings_rules ON card_holdings;
CREATE TRIGGER card_holdings_rules BEFORE INSERT OR UPDATE ON card_holdings
    FOR EACH ROW EXECUTE FUNCTION tempcards_holding_rules();
DROP TRIGGER IF EXISTS people_rules ON people;
CREATE TRIGGER people_rules BEFORE INSERT OR UPDATE ON people
    FOR EACH ROW EXECUTE FUNCTION tempcards_people_rules();
DROP TRIGGER IF EXISTS order_batches_rules ON order_batches;
CREATE TRIGGER order_batches_rules BEFORE INSERT OR UPDATE OR DELETE ON order_batches
    FOR EACH ROW EXECUTE FUNCTION tempcards_batch_rules();
DROP TRIGGER IF EXISTS order_batches_request ON order_batches;
CREATE CONSTRAINT TRIGGER order_batches_request AFTER INSERT OR UPDATE OF request_body, state ON order_batches
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tempcards_batch_request_check();
DROP TRIGGER IF EXISTS cards_batch_request ON cards;
CREATE CONSTRAINT TRIGGER cards_batch_request AFTER UPDATE OF batch_id ON cards
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tempcards_card_batch_check();

-- The directory's bind password and the SMTP password (service_connections.secret): the batch sync's alone
-- to read, like the Go Cards secret. A saved secret stays only with the server it was saved for: a change of
-- the directory's address or bind DN, or of the mail server's host, port or user, must bring its own.
CREATE OR REPLACE FUNCTION tempcards_service_secret_saved(p_service TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $body$
    SELECT coalesce((SELECT secret <> '' FROM service_connections WHERE service = p_service), false)
$body$;

CREATE OR REPLACE FUNCTION tempcards_service_connection_rules() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $body$
DECLARE
    address TEXT[] := CASE NEW.service WHEN 'directory' THEN ARRAY['url', 'bindDn'] ELSE ARRAY['host', 'port', 'user'] END;
BEGIN
    IF tempcards_unchecked() THEN
        RETURN NEW;
    END IF;
    IF NOT tempcards_session_may('settings:manage') THEN
        PERFORM tempcards_refuse('only an administrator saves the directory and mail settings');
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.secret = OLD.secret AND NEW.secret <> '' AND EXISTS (
            SELECT FROM unnest(address) k
             WHERE (NEW.settings::jsonb -> k) IS DISTINCT FROM (OLD.settings::jsonb -> k)) THEN
        PERFORM tempcards_refuse('a saved password stays with its server: give it again for another one');
    END IF;
    RETURN NEW;
END
$body$;
DROP TRIGGER IF EXISTS service_connections_rules ON service_connections;
CREATE TRIGGER service_connections_rules BEFORE INSERT OR UPDATE ON service_connections
    FOR EACH ROW EXECUTE FUNCTION tempcards_service_connection_rules();

DO $grants$
DECLARE
    p TEXT := (SELECT prefix FROM database_roles);
    definer TEXT := p || 'account_admin';
    people TEXT := format('%I, %I, %I', p || 'operator', p || 'administrator', p || 'auditor');
BEGIN
    EXECUTE format('GRANT SELECT ON role_permissions, gocards_connection TO %I', definer);
    EXECUTE format('ALTER FUNCTION tempcards_session_may(TEXT) OWNER TO %I', definer);
    EXECUTE format('ALTER FUNCTION tempcards_gocards_secrets_saved() OWNER TO %I', definer);
    REVOKE ALL ON FUNCTION tempcards_gocards_secrets_saved() FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION tempcards_gocards_secrets_saved() TO %s', people);
    -- Everything of the connection but its secret and key; the batch sync keeps reading all of it.
    EXECUTE format('REVOKE SELECT ON gocards_connection FROM %s', people);
    EXECUTE format('GRANT SELECT (id, base_url, organisation_id, client_id, ca_certificates, client_certificate, '
                   'updated_at, updated_by) ON gocards_connection TO %s', people);
    EXECUTE format('GRANT UPDATE ON gocards_connection TO %I', p || 'administrator');
    -- The directory and mail settings likewise: their secret is the batch sync's alone.
    EXECUTE format('GRANT SELECT ON service_connections TO %I', definer);
    EXECUTE format('ALTER FUNCTION tempcards_service_secret_saved(TEXT) OWNER TO %I', definer);
    REVOKE ALL ON FUNCTION tempcards_service_secret_saved(TEXT) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION tempcards_service_secret_saved(TEXT) TO %s', people);
    EXECUTE format('REVOKE SELECT ON service_connections FROM %s', people);
    EXECUTE format('GRANT SELECT (service, settings, updated_at, updated_by) ON service_connections TO %s', people);
END
$grants$;
