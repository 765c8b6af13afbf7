-- Rendered answers are no longer kept between requests, so nothing listens for changes any more:
-- the statement triggers of 0016 only cost every write a transition table and a notification.
DO $$
DECLARE
	t record;
BEGIN
	FOR t IN
		SELECT DISTINCT c.oid::regclass AS target, tg.tgname
		FROM pg_trigger tg
		JOIN pg_class c ON c.oid = tg.tgrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' AND tg.tgname LIKE 'app_change_%'
	LOOP
		EXECUTE format('DROP TRIGGER %I ON %s', t.tgname, t.target);
	END LOOP;
END
$$;
--> statement-breakpoint
DROP FUNCTION app_install_change_triggers(regclass);
--> statement-breakpoint
DROP FUNCTION app_note_change();
