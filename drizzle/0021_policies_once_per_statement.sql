-- The read policies of events, decisions and their history, national reports and their activities,
-- and observer candidates take the form migration 0015 gave documents: the viewer's network,
-- participant and status are each looked up once per statement (uncorrelated sub-selects become
-- init plans) instead of calling app_can_read, a SECURITY DEFINER function that switches settings
-- on every call, once per row. The rule is app_can_read's: public rows pass; otherwise the row
-- must be in the viewer's network and released to the viewer's participant.
DROP POLICY events_select ON events;
--> statement-breakpoint
CREATE POLICY events_select ON events FOR SELECT TO platform_app
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
DROP POLICY decisions_select ON decisions;
--> statement-breakpoint
CREATE POLICY decisions_select ON decisions FOR SELECT TO platform_app
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
-- The decision itself is filtered by its own policy inside the sub-select; positions are seen as
-- migration 0020 decided: by their participant and the opener, by the eligible signatories (`all`)
-- or by every reader of the decision (`everyone`), compared as text because that value is added
-- in the same migration run.
DROP POLICY decision_events_select ON decision_events;
--> statement-breakpoint
CREATE POLICY decision_events_select ON decision_events FOR SELECT TO platform_app
	USING (EXISTS (
		SELECT 1 FROM decisions d
		WHERE d.id = decision_events.decision_id
			AND (
				decision_events.kind <> 'position'
				OR decision_events.participant_id = (SELECT app_viewer_participant())
				OR d.owner_id = (SELECT app_viewer_participant())
				OR (d.positions_visibility::text = 'all' AND (SELECT app_viewer_participant()) = ANY (d.eligible))
				OR d.positions_visibility::text = 'everyone'
			)
	));
--> statement-breakpoint
DROP POLICY national_reports_select ON national_reports;
--> statement-breakpoint
CREATE POLICY national_reports_select ON national_reports FOR SELECT TO platform_app
	USING (
		(
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
		)
		AND (
			status = 'submitted'
			OR (network_id = (SELECT app_viewer_network()) AND owner_id = (SELECT app_viewer_participant()))
		)
	);
--> statement-breakpoint
-- An activity is seen only where its report is (the report's own policy applies in the
-- sub-select), and, when it carries a releasability of its own, only where that reaches.
DROP POLICY national_report_activities_select ON national_report_activities;
--> statement-breakpoint
CREATE POLICY national_report_activities_select ON national_report_activities FOR SELECT TO platform_app
	USING (EXISTS (
		SELECT 1 FROM national_reports r
		WHERE r.id = report_id
			AND (
				national_report_activities.level IS NULL
				OR national_report_activities.level = 'public'
				OR (
					r.network_id = (SELECT app_viewer_network())
					AND (
						r.owner_id = (SELECT app_viewer_participant())
						OR (national_report_activities.level = 'named'
							AND (SELECT app_viewer_participant()) = ANY (national_report_activities.released_to))
						OR (national_report_activities.level = 'members' AND (SELECT app_viewer_status()) = 'member')
						OR (national_report_activities.level = 'members_and_observers'
							AND (SELECT app_viewer_status()) IN ('member', 'observer'))
						OR national_report_activities.level = 'network'
					)
				)
			)
	));
--> statement-breakpoint
DROP POLICY observer_candidates_select ON observer_candidates;
--> statement-breakpoint
CREATE POLICY observer_candidates_select ON observer_candidates FOR SELECT TO platform_app
	USING (network_id = (SELECT app_viewer_network()));
--> statement-breakpoint
-- document_files_write was FOR ALL, so every read of a file (and every list joining files) also
-- planned and ran its write check; reads now take the select policy alone.
DROP POLICY document_files_write ON document_files;
--> statement-breakpoint
CREATE POLICY document_files_insert ON document_files FOR INSERT TO platform_app
	WITH CHECK (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND app_can_write(d.network_id, d.owner_id)));
--> statement-breakpoint
CREATE POLICY document_files_update ON document_files FOR UPDATE TO platform_app
	USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND app_can_write(d.network_id, d.owner_id)))
	WITH CHECK (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND app_can_write(d.network_id, d.owner_id)));
--> statement-breakpoint
CREATE POLICY document_files_delete ON document_files FOR DELETE TO platform_app
	USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND app_can_write(d.network_id, d.owner_id)));
