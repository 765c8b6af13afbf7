-- Positions are seen by the participant that took each one, the opener, and, as the opener chose,
-- the eligible signatories (`all`, the default) or every reader of the decision (`everyone`).
-- The new enum value is compared as text: it was added in this same migration run.
DROP POLICY decision_events_select ON decision_events;
--> statement-breakpoint
CREATE POLICY decision_events_select ON decision_events FOR SELECT TO platform_app
	USING (EXISTS (
		SELECT 1 FROM decisions d
		WHERE d.id = decision_events.decision_id
			AND app_can_read(d.network_id, d.owner_id, d.level, d.released_to)
			AND (
				decision_events.kind <> 'position'
				OR decision_events.participant_id = app_participant_id()
				OR d.owner_id = app_participant_id()
				OR (d.positions_visibility::text = 'all' AND app_participant_id() = ANY (d.eligible))
				OR d.positions_visibility::text = 'everyone'
			)
	));
--> statement-breakpoint
-- The counts of each decision's last positions before its deadline, for every reader of the
-- decision: those who may not see the positions still see how many concurred, abstained or
-- objected, and the outcome follows from the counts.
CREATE FUNCTION app_decision_tally(p_decisions uuid[])
	RETURNS TABLE (decision_id uuid, "position" decision_position, n integer)
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT last.decision_id, last.position, count(*)::integer
		FROM (
			SELECT DISTINCT ON (e.decision_id, e.participant_id) e.decision_id, e.position
			FROM decision_events e
			JOIN decisions d ON d.id = e.decision_id
			WHERE e.decision_id = ANY (p_decisions)
				AND e.kind = 'position'
				AND e.at < d.deadline
				AND e.participant_id = ANY (d.eligible)
				AND app_can_read(d.network_id, d.owner_id, d.level, d.released_to)
			ORDER BY e.decision_id, e.participant_id, e.seq DESC
		) last
		GROUP BY last.decision_id, last.position
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_decision_tally(uuid[]) TO platform_app;
