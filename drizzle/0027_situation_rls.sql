-- Row-level security and grants for situational awareness. Situation notes are releasable records
-- owned by the participant that wrote them; their versions are seen wherever the note is. Notes
-- are closed, never deleted. Follows belong to one user and are seen by that user alone. Mission
-- briefs are public and kept by the Presidency in office and the partners.
GRANT SELECT, INSERT, UPDATE ON situation_notes TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON situation_note_versions TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON situation_follows TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON mission_briefs TO platform_app;
--> statement-breakpoint
CREATE FUNCTION app_can_edit_mission_brief(p_network uuid) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT EXISTS (
			SELECT 1
			FROM users u
			LEFT JOIN participants v ON v.id = u.participant_id
			WHERE u.id = app_user_id()
				AND u.active
				AND (
					u.is_admin
					OR (
						v.network_id = p_network
						AND u.role IN ('focal_point', 'editor')
						AND v.status = 'partner'
					)
				)
		) OR app_is_presidency(p_network)
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_can_edit_mission_brief(uuid) TO platform_app;
--> statement-breakpoint
ALTER TABLE situation_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The viewer is looked up once per statement, as migration 0021 does for the other records.
CREATE POLICY situation_notes_select ON situation_notes FOR SELECT TO platform_app
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
--> statement-breakpoint
CREATE POLICY situation_notes_insert ON situation_notes FOR INSERT TO platform_app
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
CREATE POLICY situation_notes_update ON situation_notes FOR UPDATE TO platform_app
	USING (app_can_read(network_id, owner_id, level, released_to) AND app_can_write(network_id, owner_id))
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
ALTER TABLE situation_note_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The note's own policy applies inside the sub-select.
CREATE POLICY situation_note_versions_select ON situation_note_versions FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM situation_notes n WHERE n.id = note_id));
--> statement-breakpoint
CREATE POLICY situation_note_versions_insert ON situation_note_versions FOR INSERT TO platform_app
	WITH CHECK (EXISTS (
		SELECT 1 FROM situation_notes n
		WHERE n.id = note_id AND app_can_write(n.network_id, n.owner_id)
	));
--> statement-breakpoint
ALTER TABLE situation_follows ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY situation_follows_select ON situation_follows FOR SELECT TO platform_app
	USING (user_id = (SELECT app_user_id()));
--> statement-breakpoint
CREATE POLICY situation_follows_insert ON situation_follows FOR INSERT TO platform_app
	WITH CHECK (user_id = (SELECT app_user_id()) AND network_id = (SELECT app_viewer_network()));
--> statement-breakpoint
CREATE POLICY situation_follows_delete ON situation_follows FOR DELETE TO platform_app
	USING (user_id = (SELECT app_user_id()));
--> statement-breakpoint
ALTER TABLE mission_briefs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY mission_briefs_select ON mission_briefs FOR SELECT TO platform_app USING (true);
--> statement-breakpoint
CREATE POLICY mission_briefs_insert ON mission_briefs FOR INSERT TO platform_app
	WITH CHECK (app_can_edit_mission_brief(network_id));
--> statement-breakpoint
CREATE POLICY mission_briefs_update ON mission_briefs FOR UPDATE TO platform_app
	USING (app_can_edit_mission_brief(network_id))
	WITH CHECK (app_can_edit_mission_brief(network_id));
