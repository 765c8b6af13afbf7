-- Row-level security and grants for webhooks. A webhook belongs to one participant: its users see
-- it and its delivery log, its focal points register and delete it, and nobody else (not even
-- administrators) sees it. The signing secret is never readable by the application role: it is
-- granted the other columns only, so a query that forgets itself cannot hand the secret out.
-- Deliveries are written by the delivery job, which runs as the owner. Any active user's write
-- may announce a change in the events outbox, which the application role cannot read back.
GRANT SELECT (id, network_id, participant_id, url, events, description, created_by, created_at)
	ON webhooks TO platform_app;
--> statement-breakpoint
GRANT INSERT, DELETE ON webhooks TO platform_app;
--> statement-breakpoint
GRANT SELECT ON webhook_deliveries TO platform_app;
--> statement-breakpoint
GRANT INSERT ON webhook_events TO platform_app;
--> statement-breakpoint
CREATE FUNCTION app_can_manage_webhooks(p_network uuid, p_participant uuid) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT EXISTS (
			SELECT 1
			FROM users u
			JOIN participants v ON v.id = u.participant_id
			WHERE u.id = app_user_id()
				AND u.active
				AND u.role = 'focal_point'
				AND v.id = p_participant
				AND v.network_id = p_network
		)
	$$;
--> statement-breakpoint
CREATE FUNCTION app_user_is_active() RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$ SELECT EXISTS (SELECT 1 FROM users u WHERE u.id = app_user_id() AND u.active) $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_can_manage_webhooks(uuid, uuid), app_user_is_active() TO platform_app;
--> statement-breakpoint
ALTER TABLE webhooks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The viewer is looked up once per statement, as migration 0021 does for the other records.
CREATE POLICY webhooks_select ON webhooks FOR SELECT TO platform_app
	USING (
		participant_id = (SELECT app_viewer_participant())
		AND network_id = (SELECT app_viewer_network())
	);
--> statement-breakpoint
CREATE POLICY webhooks_insert ON webhooks FOR INSERT TO platform_app
	WITH CHECK (app_can_manage_webhooks(network_id, participant_id));
--> statement-breakpoint
CREATE POLICY webhooks_delete ON webhooks FOR DELETE TO platform_app
	USING (app_can_manage_webhooks(network_id, participant_id));
--> statement-breakpoint
ALTER TABLE webhook_deliveries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The webhook's own policy applies inside the sub-select.
CREATE POLICY webhook_deliveries_select ON webhook_deliveries FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM webhooks w WHERE w.id = webhook_id));
--> statement-breakpoint
ALTER TABLE webhook_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY webhook_events_insert ON webhook_events FOR INSERT TO platform_app
	WITH CHECK (app_user_is_active());
