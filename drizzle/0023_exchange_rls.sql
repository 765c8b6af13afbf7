-- Row-level security for the cooperation exchange. Requests and offers are releasable records
-- read as migration 0021 reads them (the viewer looked up once per statement). A commitment and
-- its history are seen by whoever sees its request; each step of a commitment may be taken only by
-- the side it belongs to, checked here again by a trigger that reads the acting user's participant.
GRANT SELECT, INSERT, UPDATE ON cooperation_requests, cooperation_offers, cooperation_commitments TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON cooperation_commitment_events TO platform_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE cooperation_commitment_events_seq_seq TO platform_app;
--> statement-breakpoint
-- The same function as migration 0006's; OR REPLACE keeps this migration self-contained.
CREATE OR REPLACE FUNCTION app_user_acts_for_participant() RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT EXISTS (
			SELECT 1 FROM users u
			WHERE u.id = app_user_id() AND u.active AND u.role IN ('focal_point', 'editor')
		)
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_user_acts_for_participant() TO platform_app;
--> statement-breakpoint
ALTER TABLE cooperation_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cooperation_requests_select ON cooperation_requests FOR SELECT TO platform_app
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
-- A request is made by a focal point or editor for its own participant.
CREATE POLICY cooperation_requests_insert ON cooperation_requests FOR INSERT TO platform_app
	WITH CHECK (
		owner_id = (SELECT app_viewer_participant())
		AND network_id = (SELECT app_viewer_network())
		AND app_user_acts_for_participant()
	);
--> statement-breakpoint
CREATE POLICY cooperation_requests_update ON cooperation_requests FOR UPDATE TO platform_app
	USING (app_can_read(network_id, owner_id, level, released_to) AND app_can_write(network_id, owner_id))
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
ALTER TABLE cooperation_offers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cooperation_offers_select ON cooperation_offers FOR SELECT TO platform_app
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
-- Offers come from members and partners, for their own participant.
CREATE POLICY cooperation_offers_insert ON cooperation_offers FOR INSERT TO platform_app
	WITH CHECK (
		owner_id = (SELECT app_viewer_participant())
		AND network_id = (SELECT app_viewer_network())
		AND (SELECT app_viewer_status()) IN ('member', 'partner')
		AND app_user_acts_for_participant()
	);
--> statement-breakpoint
CREATE POLICY cooperation_offers_update ON cooperation_offers FOR UPDATE TO platform_app
	USING (app_can_read(network_id, owner_id, level, released_to) AND app_can_write(network_id, owner_id))
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
ALTER TABLE cooperation_commitments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The request's own policy applies inside the sub-select.
CREATE POLICY cooperation_commitments_select ON cooperation_commitments FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM cooperation_requests r WHERE r.id = request_id));
--> statement-breakpoint
-- A provider commits for its own participant to an open request of another participant that it
-- sees, optionally from one of its own offers.
CREATE POLICY cooperation_commitments_insert ON cooperation_commitments FOR INSERT TO platform_app
	WITH CHECK (
		owner_id = (SELECT app_viewer_participant())
		AND app_user_acts_for_participant()
		AND status = 'proposed'
		AND EXISTS (
			SELECT 1 FROM cooperation_requests r
			WHERE r.id = request_id
				AND r.network_id = cooperation_commitments.network_id
				AND r.owner_id <> cooperation_commitments.owner_id
				AND r.closed_at IS NULL
		)
		AND (
			offer_id IS NULL
			OR EXISTS (
				SELECT 1 FROM cooperation_offers o
				WHERE o.id = offer_id
					AND o.owner_id = cooperation_commitments.owner_id
					AND o.network_id = cooperation_commitments.network_id
			)
		)
	);
--> statement-breakpoint
-- Either side may touch the row; which side may take which step is the trigger's to decide.
CREATE POLICY cooperation_commitments_update ON cooperation_commitments FOR UPDATE TO platform_app
	USING (
		app_user_acts_for_participant()
		AND EXISTS (
			SELECT 1 FROM cooperation_requests r
			WHERE r.id = request_id
				AND (SELECT app_viewer_participant()) IN (r.owner_id, cooperation_commitments.owner_id)
		)
	)
	WITH CHECK (
		app_user_acts_for_participant()
		AND EXISTS (
			SELECT 1 FROM cooperation_requests r
			WHERE r.id = request_id
				AND (SELECT app_viewer_participant()) IN (r.owner_id, cooperation_commitments.owner_id)
		)
	);
--> statement-breakpoint
-- The lifecycle: proposed -> accepted (requester) -> in_progress -> delivered (provider) ->
-- verified (requester); declined by the requester while proposed; withdrawn by the provider until
-- delivered. A commitment keeps its request, provider and quantity; its offer may only go (when
-- the offer is deleted).
CREATE FUNCTION cooperation_commitment_step() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = public, pg_temp
	AS $$
		DECLARE
			v_side uuid;
		BEGIN
			IF NEW.network_id <> OLD.network_id OR NEW.request_id <> OLD.request_id
				OR NEW.owner_id <> OLD.owner_id OR NEW.quantity IS DISTINCT FROM OLD.quantity
				OR (NEW.offer_id IS DISTINCT FROM OLD.offer_id AND NEW.offer_id IS NOT NULL) THEN
				RAISE EXCEPTION 'a commitment keeps its request, provider, offer and quantity'
					USING ERRCODE = 'check_violation';
			END IF;
			IF NEW.status = OLD.status THEN
				RETURN NEW;
			END IF;
			IF (OLD.status::text, NEW.status::text) NOT IN (
				('proposed', 'accepted'), ('proposed', 'declined'), ('accepted', 'in_progress'),
				('in_progress', 'delivered'), ('delivered', 'verified'), ('proposed', 'withdrawn'),
				('accepted', 'withdrawn'), ('in_progress', 'withdrawn')
			) THEN
				RAISE EXCEPTION 'no step from % to %', OLD.status, NEW.status
					USING ERRCODE = 'check_violation';
			END IF;
			-- Work run as the database owner (restore, operator commands) is not a side's step.
			IF current_user = 'platform_app' THEN
				IF NEW.status IN ('accepted', 'declined', 'verified') THEN
					SELECT r.owner_id INTO v_side FROM cooperation_requests r WHERE r.id = NEW.request_id;
				ELSE
					v_side := NEW.owner_id;
				END IF;
				IF v_side IS DISTINCT FROM app_viewer_participant() THEN
					RAISE EXCEPTION 'this step belongs to the other side'
						USING ERRCODE = 'insufficient_privilege';
				END IF;
			END IF;
			RETURN NEW;
		END
	$$;
--> statement-breakpoint
CREATE TRIGGER cooperation_commitments_step BEFORE UPDATE ON cooperation_commitments
	FOR EACH ROW EXECUTE FUNCTION cooperation_commitment_step();
--> statement-breakpoint
ALTER TABLE cooperation_commitment_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cooperation_commitment_events_select ON cooperation_commitment_events FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM cooperation_commitments c WHERE c.id = commitment_id));
--> statement-breakpoint
-- A step is recorded by the user who took it, for its participant, once the commitment is in the
-- state the step names.
CREATE POLICY cooperation_commitment_events_insert ON cooperation_commitment_events FOR INSERT TO platform_app
	WITH CHECK (
		user_id = app_user_id()
		AND participant_id = (SELECT app_viewer_participant())
		AND EXISTS (
			SELECT 1 FROM cooperation_commitments c
			WHERE c.id = commitment_id AND c.status = to_status
		)
	);
--> statement-breakpoint
CREATE FUNCTION cooperation_commitment_events_are_append_only() RETURNS trigger
	LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'cooperation_commitment_events is append-only'; END $$;
--> statement-breakpoint
CREATE TRIGGER cooperation_commitment_events_no_update BEFORE UPDATE OR DELETE ON cooperation_commitment_events
	FOR EACH ROW EXECUTE FUNCTION cooperation_commitment_events_are_append_only();
--> statement-breakpoint
CREATE TRIGGER cooperation_commitment_events_no_truncate BEFORE TRUNCATE ON cooperation_commitment_events
	FOR EACH STATEMENT EXECUTE FUNCTION cooperation_commitment_events_are_append_only();
--> statement-breakpoint
-- Notifications are the digest job's, run as the owner: the application role gets no grant.
ALTER TABLE cooperation_notifications ENABLE ROW LEVEL SECURITY;
