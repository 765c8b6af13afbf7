-- Grants and row-level security for the reports area. National reports are releasable records
-- (app_can_read/app_can_write, as for documents); an activity is visible only where its report is
-- and, when it narrows releasability, where its own level allows too. Drafts stay with their
-- owner until submitted. Columns of the activity are qualified inside the subqueries, where the
-- report's own level and released_to would otherwise be meant. Reminders are system work and are
-- not granted to platform_app.
GRANT SELECT ON reporting_missions TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON reporting_cycles TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON national_reports TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON national_report_activities TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON national_report_versions TO platform_app;
--> statement-breakpoint
ALTER TABLE reporting_cycles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reporting_cycles_select ON reporting_cycles FOR SELECT TO platform_app
	USING (true);
--> statement-breakpoint
CREATE POLICY reporting_cycles_insert ON reporting_cycles FOR INSERT TO platform_app
	WITH CHECK (app_can_write(network_id, presidency_id));
--> statement-breakpoint
CREATE POLICY reporting_cycles_update ON reporting_cycles FOR UPDATE TO platform_app
	USING (app_can_write(network_id, presidency_id))
	WITH CHECK (app_can_write(network_id, presidency_id));
--> statement-breakpoint
ALTER TABLE national_reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY national_reports_select ON national_reports FOR SELECT TO platform_app
	USING (
		app_can_read(network_id, owner_id, level, released_to)
		AND (status = 'submitted' OR app_can_read(network_id, owner_id, 'owner'::releasability_level, '{}'::uuid[]))
	);
--> statement-breakpoint
CREATE POLICY national_reports_insert ON national_reports FOR INSERT TO platform_app
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
CREATE POLICY national_reports_update ON national_reports FOR UPDATE TO platform_app
	USING (app_can_read(network_id, owner_id, 'owner'::releasability_level, '{}'::uuid[]) AND app_can_write(network_id, owner_id))
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
ALTER TABLE national_report_activities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY national_report_activities_select ON national_report_activities FOR SELECT TO platform_app
	USING (EXISTS (
		SELECT 1 FROM national_reports r
		WHERE r.id = report_id
			AND (
				national_report_activities.level IS NULL
				OR app_can_read(r.network_id, r.owner_id, national_report_activities.level, national_report_activities.released_to)
			)
	));
--> statement-breakpoint
CREATE POLICY national_report_activities_insert ON national_report_activities FOR INSERT TO platform_app
	WITH CHECK (EXISTS (
		SELECT 1 FROM national_reports r
		WHERE r.id = report_id AND r.status = 'draft' AND app_can_write(r.network_id, r.owner_id)
	));
--> statement-breakpoint
CREATE POLICY national_report_activities_update ON national_report_activities FOR UPDATE TO platform_app
	USING (EXISTS (
		SELECT 1 FROM national_reports r
		WHERE r.id = report_id AND r.status = 'draft' AND app_can_write(r.network_id, r.owner_id)
	))
	WITH CHECK (EXISTS (
		SELECT 1 FROM national_reports r
		WHERE r.id = report_id AND r.status = 'draft' AND app_can_write(r.network_id, r.owner_id)
	));
--> statement-breakpoint
CREATE POLICY national_report_activities_delete ON national_report_activities FOR DELETE TO platform_app
	USING (EXISTS (
		SELECT 1 FROM national_reports r
		WHERE r.id = report_id AND r.status = 'draft' AND app_can_write(r.network_id, r.owner_id)
	));
--> statement-breakpoint
ALTER TABLE national_report_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY national_report_versions_select ON national_report_versions FOR SELECT TO platform_app
	USING (app_can_read(network_id, owner_id, 'owner'::releasability_level, '{}'::uuid[]));
--> statement-breakpoint
CREATE POLICY national_report_versions_insert ON national_report_versions FOR INSERT TO platform_app
	WITH CHECK (
		app_can_read(network_id, owner_id, 'owner'::releasability_level, '{}'::uuid[])
		AND app_can_write(network_id, owner_id)
	);
--> statement-breakpoint
--> statement-breakpoint
-- The status board: every participant's status and dates, without any content, for users of the
-- cycle's network. The reports themselves may not be released to the caller.
CREATE FUNCTION app_report_statuses(p_cycle uuid)
	RETURNS TABLE (owner_id uuid, status report_status, version integer, updated_at timestamptz, submitted_at timestamptz)
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT r.owner_id, r.status, r.version, r.updated_at, r.submitted_at
		FROM national_reports r
		JOIN reporting_cycles c ON c.id = r.cycle_id
		WHERE r.cycle_id = p_cycle
			AND EXISTS (
				SELECT 1
				FROM users u
				LEFT JOIN participants v ON v.id = u.participant_id
				WHERE u.id = app_user_id()
					AND u.active
					AND (u.is_admin OR v.network_id = c.network_id)
			)
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_report_statuses(uuid) TO platform_app;
