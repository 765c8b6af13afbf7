-- The viewer is looked up once per statement instead of once per row: each lookup sits in an
-- uncorrelated sub-select, which PostgreSQL evaluates once as an init plan, and public rows pass
-- before any lookup. The rule is the same as app_can_read's.
CREATE FUNCTION app_viewer_participant() RETURNS uuid
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT u.participant_id FROM users u WHERE u.id = app_user_id() AND u.active
	$$;
--> statement-breakpoint
CREATE FUNCTION app_viewer_network() RETURNS uuid
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT v.network_id FROM users u JOIN participants v ON v.id = u.participant_id
		WHERE u.id = app_user_id() AND u.active
	$$;
--> statement-breakpoint
CREATE FUNCTION app_viewer_status() RETURNS participant_status
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT v.status FROM users u JOIN participants v ON v.id = u.participant_id
		WHERE u.id = app_user_id() AND u.active
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_viewer_participant(), app_viewer_network(), app_viewer_status() TO platform_app;
--> statement-breakpoint
DROP POLICY documents_select ON documents;
--> statement-breakpoint
CREATE POLICY documents_select ON documents FOR SELECT TO platform_app
	USING (
		level = 'public'
		OR (
			network_id = (SELECT app_viewer_network())
			AND (
				owner_id = (SELECT app_viewer_participant())
				OR (level = 'named' AND (SELECT app_viewer_participant()) = ANY (released_to))
				OR (level = 'members' AND (SELECT app_viewer_status()) = 'member')
				OR (level = 'members_and_observers' AND (SELECT app_viewer_status()) IN ('member', 'observer'))
				OR level = 'network'
			)
		)
	);
