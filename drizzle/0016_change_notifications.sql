-- Every committed change to a table of the platform notifies channel app_change with the table's
-- name, so each server process can drop what it rendered from the older data. Notifications are
-- delivered only on commit, and a transaction's repeats of the same table collapse into one.
-- Statement-level triggers with transition tables fire once per statement and stay silent when a
-- statement changed no row (the periodic jobs run such statements all the time). The audit log is
-- left out: no page shows it, and every read of a restricted record appends to it.
CREATE FUNCTION app_note_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'TRUNCATE' OR TG_LEVEL = 'ROW' THEN
		PERFORM pg_notify('app_change', TG_TABLE_NAME);
	ELSIF EXISTS (SELECT 1 FROM app_changed_rows) THEN
		PERFORM pg_notify('app_change', TG_TABLE_NAME);
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION app_install_change_triggers(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('CREATE TRIGGER app_change_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS app_changed_rows FOR EACH STATEMENT EXECUTE FUNCTION app_note_change()', target);
	EXECUTE format('CREATE TRIGGER app_change_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS app_changed_rows FOR EACH STATEMENT EXECUTE FUNCTION app_note_change()', target);
	EXECUTE format('CREATE TRIGGER app_change_truncate AFTER TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION app_note_change()', target);
	IF target = 'api_tokens'::regclass THEN
		-- A token's last use is written once a minute per client; it is shown to nobody, so it
		-- must not throw away every process's rendered pages.
		EXECUTE format('CREATE TRIGGER app_change_update AFTER UPDATE ON %s FOR EACH ROW WHEN ((to_jsonb(OLD) - ''last_used_at'') IS DISTINCT FROM (to_jsonb(NEW) - ''last_used_at'')) EXECUTE FUNCTION app_note_change()', target);
	ELSE
		EXECUTE format('CREATE TRIGGER app_change_update AFTER UPDATE ON %s REFERENCING NEW TABLE AS app_changed_rows FOR EACH STATEMENT EXECUTE FUNCTION app_note_change()', target);
	END IF;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
	t regclass;
BEGIN
	FOR t IN
		SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'audit_log'
	LOOP
		PERFORM app_install_change_triggers(t);
	END LOOP;
END
$$;
