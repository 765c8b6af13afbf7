-- Row-level security for releasable records. The application queries protected tables as the
-- non-superuser role platform_app, with the acting user set per transaction (app.user_id).
-- Who the user is, which participant it belongs to and that participant's status are read from
-- the tables here, never trusted from the caller.
DO $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'platform_app') THEN
		CREATE ROLE platform_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
	END IF;
	IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
		EXECUTE format('GRANT platform_app TO %I', current_user);
	END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO platform_app;
--> statement-breakpoint
GRANT SELECT ON networks, participants, conferences, presidency_terms, signatures TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON documents, document_files TO platform_app;
--> statement-breakpoint
GRANT INSERT ON audit_log TO platform_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_log_seq_seq TO platform_app;
--> statement-breakpoint
CREATE FUNCTION app_user_id() RETURNS uuid
	LANGUAGE sql STABLE
	AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION app_can_read(p_network uuid, p_owner uuid, p_level releasability_level, p_released_to uuid[])
	RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT p_level = 'public' OR EXISTS (
			SELECT 1
			FROM users u
			JOIN participants v ON v.id = u.participant_id
			WHERE u.id = app_user_id()
				AND u.active
				AND v.network_id = p_network
				AND (
					v.id = p_owner
					OR (p_level = 'named' AND v.id = ANY (p_released_to))
					OR (p_level = 'members' AND v.status = 'member')
					OR (p_level = 'members_and_observers' AND v.status IN ('member', 'observer'))
					OR (p_level = 'network')
				)
		)
	$$;
--> statement-breakpoint
CREATE FUNCTION app_can_write(p_network uuid, p_owner uuid)
	RETURNS boolean
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
					OR (v.id = p_owner AND v.network_id = p_network AND u.role IN ('focal_point', 'editor'))
				)
		)
	$$;
--> statement-breakpoint
CREATE FUNCTION audit_last_hash() RETURNS text
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$ SELECT coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), repeat('0', 64)) $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_user_id(), app_can_read(uuid, uuid, releasability_level, uuid[]), app_can_write(uuid, uuid), audit_last_hash() TO platform_app;
--> statement-breakpoint
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY documents_select ON documents FOR SELECT TO platform_app
	USING (app_can_read(network_id, owner_id, level, released_to));
--> statement-breakpoint
CREATE POLICY documents_insert ON documents FOR INSERT TO platform_app
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
CREATE POLICY documents_update ON documents FOR UPDATE TO platform_app
	USING (app_can_read(network_id, owner_id, level, released_to) AND app_can_write(network_id, owner_id))
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
CREATE POLICY documents_delete ON documents FOR DELETE TO platform_app
	USING (app_can_read(network_id, owner_id, level, released_to) AND app_can_write(network_id, owner_id));
--> statement-breakpoint
ALTER TABLE document_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY document_files_select ON document_files FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id));
--> statement-breakpoint
CREATE POLICY document_files_write ON document_files FOR ALL TO platform_app
	USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND app_can_write(d.network_id, d.owner_id)))
	WITH CHECK (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND app_can_write(d.network_id, d.owner_id)));
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_log_append ON audit_log FOR INSERT TO platform_app WITH CHECK (true);
--> statement-breakpoint
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger
	LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
	FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
	FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
