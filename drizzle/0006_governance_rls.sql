-- Governance: who may open decisions, take positions and manage bodies, decided again in the
-- database from the users, participants, Presidency terms and Secretariat tables.
GRANT SELECT ON governance_bodies, governance_body_members, presidency_handovers TO platform_app;
--> statement-breakpoint
GRANT INSERT, UPDATE, DELETE ON governance_bodies, governance_body_members TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON observer_candidates TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON decisions TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON decision_events TO platform_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE decision_events_seq_seq TO platform_app;
--> statement-breakpoint
CREATE FUNCTION app_participant_id() RETURNS uuid
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$ SELECT u.participant_id FROM users u WHERE u.id = app_user_id() AND u.active $$;
--> statement-breakpoint
-- Whether the acting user may act for its participant: focal points and editors, not viewers.
CREATE FUNCTION app_user_acts_for_participant() RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT EXISTS (
			SELECT 1 FROM users u
			WHERE u.id = app_user_id() AND u.active AND u.role IN ('focal_point', 'editor')
		)
	$$;
--> statement-breakpoint
-- The acting user may act for its participant (focal point or editor) and that participant holds
-- the Presidency term in force today (UTC).
CREATE FUNCTION app_is_presidency(p_network uuid) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT EXISTS (
			SELECT 1
			FROM users u
			JOIN participants v ON v.id = u.participant_id
			WHERE u.id = app_user_id()
				AND u.active
				AND u.role IN ('focal_point', 'editor')
				AND v.network_id = p_network
				AND v.id = (
					SELECT t.participant_id
					FROM presidency_terms t
					WHERE t.network_id = p_network
						AND t.starts_on <= (now() AT TIME ZONE 'UTC')::date
						AND (t.ends_on IS NULL OR t.ends_on >= (now() AT TIME ZONE 'UTC')::date)
					ORDER BY t.starts_on DESC
					LIMIT 1
				)
		)
	$$;
--> statement-breakpoint
-- The Presidency, or a user acting for a member of the network's Technical Secretariat.
CREATE FUNCTION app_can_convene(p_network uuid) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT app_is_presidency(p_network) OR EXISTS (
			SELECT 1
			FROM users u
			JOIN participants v ON v.id = u.participant_id
			JOIN governance_body_members m ON m.participant_id = v.id
			JOIN governance_bodies b ON b.id = m.body_id
			WHERE u.id = app_user_id()
				AND u.active
				AND u.role IN ('focal_point', 'editor')
				AND v.network_id = p_network
				AND b.network_id = p_network
				AND b.kind = 'secretariat'
		)
	$$;
--> statement-breakpoint
CREATE FUNCTION app_can_manage_governance(p_network uuid) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT app_is_presidency(p_network)
			OR EXISTS (SELECT 1 FROM users u WHERE u.id = app_user_id() AND u.active AND u.is_admin)
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_participant_id(), app_user_acts_for_participant(), app_is_presidency(uuid), app_can_convene(uuid), app_can_manage_governance(uuid) TO platform_app;
--> statement-breakpoint
ALTER TABLE governance_bodies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY governance_bodies_select ON governance_bodies FOR SELECT TO platform_app USING (true);
--> statement-breakpoint
CREATE POLICY governance_bodies_write ON governance_bodies FOR ALL TO platform_app
	USING (app_can_manage_governance(network_id))
	WITH CHECK (app_can_manage_governance(network_id));
--> statement-breakpoint
ALTER TABLE governance_body_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY governance_body_members_select ON governance_body_members FOR SELECT TO platform_app USING (true);
--> statement-breakpoint
CREATE POLICY governance_body_members_write ON governance_body_members FOR ALL TO platform_app
	USING (EXISTS (SELECT 1 FROM governance_bodies b WHERE b.id = body_id AND app_can_manage_governance(b.network_id)))
	WITH CHECK (EXISTS (SELECT 1 FROM governance_bodies b WHERE b.id = body_id AND app_can_manage_governance(b.network_id)));
--> statement-breakpoint
ALTER TABLE observer_candidates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY observer_candidates_select ON observer_candidates FOR SELECT TO platform_app
	USING (app_can_read(network_id, NULL, 'network', '{}'));
--> statement-breakpoint
CREATE POLICY observer_candidates_insert ON observer_candidates FOR INSERT TO platform_app
	WITH CHECK (app_can_convene(network_id) AND admitted_participant_id IS NULL);
--> statement-breakpoint
ALTER TABLE decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY decisions_select ON decisions FOR SELECT TO platform_app
	USING (app_can_read(network_id, owner_id, level, released_to));
--> statement-breakpoint
CREATE POLICY decisions_insert ON decisions FOR INSERT TO platform_app
	WITH CHECK (app_can_convene(network_id) AND owner_id = app_participant_id() AND status = 'open');
--> statement-breakpoint
-- Withdrawal and extension; the outcome is settled by the system, never by a user.
CREATE POLICY decisions_update ON decisions FOR UPDATE TO platform_app
	USING (app_can_read(network_id, owner_id, level, released_to) AND app_is_presidency(network_id))
	WITH CHECK (app_is_presidency(network_id) AND status IN ('open', 'withdrawn'));
--> statement-breakpoint
ALTER TABLE decision_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- When positions are visible to their own participant only, others' positions stay hidden, except
-- from the participant that opened the decision.
CREATE POLICY decision_events_select ON decision_events FOR SELECT TO platform_app
	USING (EXISTS (
		SELECT 1 FROM decisions d
		WHERE d.id = decision_events.decision_id
			AND app_can_read(d.network_id, d.owner_id, d.level, d.released_to)
			AND (
				decision_events.kind <> 'position'
				OR d.positions_visibility = 'all'
				OR decision_events.participant_id = app_participant_id()
				OR d.owner_id = app_participant_id()
			)
	));
--> statement-breakpoint
CREATE POLICY decision_events_insert ON decision_events FOR INSERT TO platform_app
	WITH CHECK (
		decision_events.user_id = app_user_id()
		AND EXISTS (
			SELECT 1 FROM decisions d
			WHERE d.id = decision_events.decision_id
				AND app_can_read(d.network_id, d.owner_id, d.level, d.released_to)
				AND (
					(decision_events.kind = 'position'
						AND d.status = 'open'
						AND decision_events.participant_id = app_participant_id()
						AND decision_events.participant_id = ANY (d.eligible)
						AND app_user_acts_for_participant())
					OR (decision_events.kind = 'opened' AND app_can_convene(d.network_id))
					OR (decision_events.kind IN ('extended', 'withdrawn') AND app_is_presidency(d.network_id))
				)
		)
	);
--> statement-breakpoint
CREATE FUNCTION decision_events_are_append_only() RETURNS trigger
	LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'decision_events is append-only'; END $$;
--> statement-breakpoint
CREATE TRIGGER decision_events_no_update BEFORE UPDATE OR DELETE ON decision_events
	FOR EACH ROW EXECUTE FUNCTION decision_events_are_append_only();
--> statement-breakpoint
CREATE TRIGGER decision_events_no_truncate BEFORE TRUNCATE ON decision_events
	FOR EACH STATEMENT EXECUTE FUNCTION decision_events_are_append_only();
