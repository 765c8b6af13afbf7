-- Grants and row-level security for the training area. Centres are releasable records (read policy
-- of migrations 0015 and 0021, writes through app_can_write). A course's details and its seat
-- offers are seen wherever the course's event is (the events policy applies inside each
-- sub-select) and written by the event's organiser. A nomination holds a person's data: only the
-- nominating participant and the course's organiser read it, whatever anyone's level; the
-- nominating participant files it, the organiser decides on it.
GRANT SELECT, INSERT, UPDATE ON training_centres, training_courses, training_nominations TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON training_seat_offers TO platform_app;
--> statement-breakpoint
ALTER TABLE training_centres ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_centres_select ON training_centres FOR SELECT TO platform_app
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
CREATE POLICY training_centres_insert ON training_centres FOR INSERT TO platform_app
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
CREATE POLICY training_centres_update ON training_centres FOR UPDATE TO platform_app
	USING ((
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
	) AND app_can_write(network_id, owner_id))
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
ALTER TABLE training_courses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_courses_select ON training_courses FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM events e WHERE e.id = training_courses.event_id));
--> statement-breakpoint
CREATE POLICY training_courses_insert ON training_courses FOR INSERT TO platform_app
	WITH CHECK (EXISTS (
		SELECT 1 FROM events e
		WHERE e.id = training_courses.event_id
			AND e.network_id = training_courses.network_id
			AND app_can_write(e.network_id, e.owner_id)
	));
--> statement-breakpoint
CREATE POLICY training_courses_update ON training_courses FOR UPDATE TO platform_app
	USING (EXISTS (
		SELECT 1 FROM events e
		WHERE e.id = training_courses.event_id AND app_can_write(e.network_id, e.owner_id)
	))
	WITH CHECK (EXISTS (
		SELECT 1 FROM events e
		WHERE e.id = training_courses.event_id
			AND e.network_id = training_courses.network_id
			AND app_can_write(e.network_id, e.owner_id)
	));
--> statement-breakpoint
ALTER TABLE training_seat_offers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_seat_offers_select ON training_seat_offers FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM events e WHERE e.id = training_seat_offers.event_id));
--> statement-breakpoint
CREATE POLICY training_seat_offers_insert ON training_seat_offers FOR INSERT TO platform_app
	WITH CHECK (EXISTS (
		SELECT 1 FROM events e
		WHERE e.id = training_seat_offers.event_id
			AND e.network_id = training_seat_offers.network_id
			AND app_can_write(e.network_id, e.owner_id)
	));
--> statement-breakpoint
CREATE POLICY training_seat_offers_update ON training_seat_offers FOR UPDATE TO platform_app
	USING (EXISTS (
		SELECT 1 FROM events e
		WHERE e.id = training_seat_offers.event_id AND app_can_write(e.network_id, e.owner_id)
	))
	WITH CHECK (EXISTS (
		SELECT 1 FROM events e
		WHERE e.id = training_seat_offers.event_id
			AND e.network_id = training_seat_offers.network_id
			AND app_can_write(e.network_id, e.owner_id)
	));
--> statement-breakpoint
CREATE POLICY training_seat_offers_delete ON training_seat_offers FOR DELETE TO platform_app
	USING (EXISTS (
		SELECT 1 FROM events e
		WHERE e.id = training_seat_offers.event_id AND app_can_write(e.network_id, e.owner_id)
	));
--> statement-breakpoint
ALTER TABLE training_nominations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_nominations_select ON training_nominations FOR SELECT TO platform_app
	USING (
		network_id = (SELECT app_viewer_network())
		AND (
			owner_id = (SELECT app_viewer_participant())
			OR EXISTS (
				SELECT 1 FROM events e
				WHERE e.id = training_nominations.event_id
					AND e.owner_id = (SELECT app_viewer_participant())
			)
		)
	);
--> statement-breakpoint
CREATE POLICY training_nominations_insert ON training_nominations FOR INSERT TO platform_app
	WITH CHECK (
		app_can_write(network_id, owner_id)
		AND EXISTS (
			SELECT 1 FROM events e
			WHERE e.id = training_nominations.event_id
				AND e.network_id = training_nominations.network_id
				AND e.kind = 'training_course'
		)
	);
--> statement-breakpoint
CREATE POLICY training_nominations_update ON training_nominations FOR UPDATE TO platform_app
	USING (
		network_id = (SELECT app_viewer_network())
		AND EXISTS (
			SELECT 1 FROM events e
			WHERE e.id = training_nominations.event_id
				AND e.owner_id = (SELECT app_viewer_participant())
				AND app_can_write(e.network_id, e.owner_id)
		)
	)
	WITH CHECK (EXISTS (
		SELECT 1 FROM events e
		WHERE e.id = training_nominations.event_id
			AND e.network_id = training_nominations.network_id
			AND app_can_write(e.network_id, e.owner_id)
	));
--> statement-breakpoint
CREATE FUNCTION app_training_tally(p_event uuid, p_lock boolean)
	RETURNS TABLE (participant_id uuid, holding integer, accepted integer, accepted_women integer, waitlisted integer)
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		-- A nominating participant cannot read the others' nominations, yet the seats offered to
		-- any are shared, so the counts per participant are taken with the owner's rights: numbers
		-- only, never a nominee, and only for a course the caller may read. With p_lock the event
		-- row stays locked until commit, so that two nominations at once cannot both take the last
		-- seat. No rows: no such course for this caller (or no nominations yet).
		DECLARE
			v_event events%ROWTYPE;
		BEGIN
			IF p_lock THEN
				SELECT * INTO v_event FROM events WHERE id = p_event FOR UPDATE;
			ELSE
				SELECT * INTO v_event FROM events WHERE id = p_event;
			END IF;
			IF NOT FOUND OR NOT app_can_read(v_event.network_id, v_event.owner_id, v_event.level, v_event.released_to) THEN
				RETURN;
			END IF;
			RETURN QUERY
				SELECT n.owner_id,
					count(*) FILTER (WHERE n.status IN ('nominated', 'accepted'))::integer,
					count(*) FILTER (WHERE n.status = 'accepted')::integer,
					count(*) FILTER (WHERE n.status = 'accepted' AND n.gender = 'female')::integer,
					count(*) FILTER (WHERE n.status = 'waitlisted')::integer
				FROM training_nominations n
				WHERE n.event_id = p_event
				GROUP BY n.owner_id;
		END
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_training_tally(uuid, boolean) TO platform_app;
