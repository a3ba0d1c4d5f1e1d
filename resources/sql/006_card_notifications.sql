-- SPDX-License-Identifier: Apache-2.0
-- Other workstations learn at once that cards changed: on PostgreSQL every statement that changes cards
-- sends a notification, which each client's CardChangeWatcher listens for. SQLite has no such thing; the
-- watchers there poll cards.updated_at, so this migration has nothing to do on it.
-- @only postgres
CREATE FUNCTION cards_changed_notify() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM pg_notify('tempcards_cards', '');
    RETURN NULL;
END
$body$;
CREATE TRIGGER cards_changed AFTER INSERT OR UPDATE OR DELETE ON cards
    FOR EACH STATEMENT EXECUTE FUNCTION cards_changed_notify();
-- @end
