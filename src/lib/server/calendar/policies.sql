-- Row-level security and grants for the calendar area. Events are releasable records owned by the
-- organising participant; delegations are releasable records owned by the registering participant.
-- The Presidency is the participant whose presidency term is in force today (UTC), as in
-- src/lib/server/registry/repository.ts findTermOn.
GRANT SELECT, INSERT, UPDATE, DELETE ON events, event_delegations TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON annual_calendars TO platform_app;
--> statement-breakpoint
-- The governance area defines the same function with the same body; OR REPLACE lets either
-- migration run first.
CREATE OR REPLACE FUNCTION app_is_presidency(p_network uuid) RETURNS boolean
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
CREATE FUNCTION app_can_read_delegation(
	p_event uuid, p_network uuid, p_owner uuid, p_level releasability_level, p_released_to uuid[]
)
	RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		-- The owner always; the organiser and the Presidency only when the delegation's
		-- releasability covers them; nobody else, whatever the level.
		SELECT EXISTS (
			SELECT 1
			FROM users u
			JOIN participants v ON v.id = u.participant_id
			WHERE u.id = app_user_id()
				AND u.active
				AND v.network_id = p_network
				AND (
					v.id = p_owner
					OR (
						(
							v.id = (SELECT e.owner_id FROM events e WHERE e.id = p_event)
							OR app_is_presidency(p_network)
						)
						AND app_can_read(p_network, p_owner, p_level, p_released_to)
					)
				)
		)
	$$;
--> statement-breakpoint
CREATE FUNCTION app_event_registration_lock(p_event uuid)
	RETURNS integer
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		-- Locks the event row so that concurrent registrations for it run one after another, and
		-- returns the seats all its delegations take. Registering participants cannot see each
		-- other's delegations, so the count runs with the owner's rights; it reveals a number only
		-- for an event the caller may read. NULL: no such event for this caller.
		DECLARE
			v_event events%ROWTYPE;
		BEGIN
			SELECT * INTO v_event FROM events WHERE id = p_event FOR UPDATE;
			IF NOT FOUND OR NOT app_can_read(v_event.network_id, v_event.owner_id, v_event.level, v_event.released_to) THEN
				RETURN NULL;
			END IF;
			RETURN coalesce((SELECT sum(size) FROM event_delegations WHERE event_id = p_event), 0);
		END
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_is_presidency(uuid), app_can_read_delegation(uuid, uuid, uuid, releasability_level, uuid[]), app_event_registration_lock(uuid) TO platform_app;
--> statement-breakpoint
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY events_select ON events FOR SELECT TO platform_app
	USING (app_can_read(network_id, owner_id, level, released_to));
--> statement-breakpoint
CREATE POLICY events_insert ON events FOR INSERT TO platform_app
	WITH CHECK (app_can_write(network_id, owner_id) OR app_is_presidency(network_id));
--> statement-breakpoint
CREATE POLICY events_update ON events FOR UPDATE TO platform_app
	USING (
		app_can_read(network_id, owner_id, level, released_to)
		AND (app_can_write(network_id, owner_id) OR app_is_presidency(network_id))
	)
	WITH CHECK (app_can_write(network_id, owner_id) OR app_is_presidency(network_id));
--> statement-breakpoint
CREATE POLICY events_delete ON events FOR DELETE TO platform_app
	USING (
		app_can_read(network_id, owner_id, level, released_to)
		AND (app_can_write(network_id, owner_id) OR app_is_presidency(network_id))
	);
--> statement-breakpoint
ALTER TABLE event_delegations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY event_delegations_select ON event_delegations FOR SELECT TO platform_app
	USING (app_can_read_delegation(event_id, network_id, owner_id, level, released_to));
--> statement-breakpoint
CREATE POLICY event_delegations_insert ON event_delegations FOR INSERT TO platform_app
	WITH CHECK (
		app_can_write(network_id, owner_id)
		AND EXISTS (
			SELECT 1 FROM events e
			WHERE e.id = event_delegations.event_id AND e.network_id = event_delegations.network_id
		)
	);
--> statement-breakpoint
CREATE POLICY event_delegations_update ON event_delegations FOR UPDATE TO platform_app
	USING (
		app_can_read_delegation(event_id, network_id, owner_id, level, released_to)
		AND app_can_write(network_id, owner_id)
	)
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
CREATE POLICY event_delegations_delete ON event_delegations FOR DELETE TO platform_app
	USING (
		app_can_read_delegation(event_id, network_id, owner_id, level, released_to)
		AND app_can_write(network_id, owner_id)
	);
--> statement-breakpoint
ALTER TABLE annual_calendars ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY annual_calendars_select ON annual_calendars FOR SELECT TO platform_app USING (true);
--> statement-breakpoint
CREATE POLICY annual_calendars_insert ON annual_calendars FOR INSERT TO platform_app
	WITH CHECK (app_is_presidency(network_id));
--> statement-breakpoint
CREATE POLICY annual_calendars_update ON annual_calendars FOR UPDATE TO platform_app
	USING (app_is_presidency(network_id))
	WITH CHECK (app_is_presidency(network_id));
