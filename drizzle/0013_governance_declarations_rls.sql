-- Declarations: a draft is seen by the network and written by the Presidency; once adopted it is
-- public and frozen. Adoption and freezing are the system's act when the decision is adopted.
GRANT SELECT, INSERT, UPDATE ON declarations TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON declaration_paragraphs TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON declaration_amendments TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON declaration_versions, declaration_signatures TO platform_app;
--> statement-breakpoint
CREATE FUNCTION app_can_read_declaration(p_declaration uuid) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT EXISTS (
			SELECT 1 FROM declarations d
			WHERE d.id = p_declaration AND app_can_read(d.network_id, d.owner_id, d.level, d.released_to)
		)
	$$;
--> statement-breakpoint
-- The Presidency in office changes the text of a draft that is not frozen.
CREATE FUNCTION app_can_draft_declaration(p_declaration uuid) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT EXISTS (
			SELECT 1 FROM declarations d
			WHERE d.id = p_declaration
				AND d.status = 'drafting'
				AND NOT d.frozen
				AND app_can_read(d.network_id, d.owner_id, d.level, d.released_to)
				AND app_is_presidency(d.network_id)
		)
	$$;
--> statement-breakpoint
-- Editors and focal points of a member of the network propose amendments to a draft; observers and
-- partners do not.
CREATE FUNCTION app_can_amend_declaration(p_declaration uuid) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT EXISTS (
			SELECT 1
			FROM declarations d
			JOIN participants v ON v.network_id = d.network_id
			WHERE d.id = p_declaration
				AND d.status = 'drafting'
				AND NOT d.frozen
				AND app_can_read(d.network_id, d.owner_id, d.level, d.released_to)
				AND v.id = app_participant_id()
				AND v.status = 'member'
				AND app_user_acts_for_participant()
		)
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_can_read_declaration(uuid), app_can_draft_declaration(uuid), app_can_amend_declaration(uuid) TO platform_app;
--> statement-breakpoint
ALTER TABLE declarations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY declarations_select ON declarations FOR SELECT TO platform_app
	USING (app_can_read(network_id, owner_id, level, released_to));
--> statement-breakpoint
CREATE POLICY declarations_insert ON declarations FOR INSERT TO platform_app
	WITH CHECK (
		app_is_presidency(network_id) AND owner_id = app_participant_id()
		AND status = 'drafting' AND NOT frozen AND level <> 'public'
	);
--> statement-breakpoint
CREATE POLICY declarations_update ON declarations FOR UPDATE TO platform_app
	USING (app_can_read(network_id, owner_id, level, released_to) AND app_is_presidency(network_id) AND status = 'drafting' AND NOT frozen)
	WITH CHECK (app_is_presidency(network_id) AND status = 'drafting' AND NOT frozen AND level <> 'public');
--> statement-breakpoint
ALTER TABLE declaration_paragraphs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY declaration_paragraphs_select ON declaration_paragraphs FOR SELECT TO platform_app
	USING (app_can_read_declaration(declaration_id));
--> statement-breakpoint
CREATE POLICY declaration_paragraphs_write ON declaration_paragraphs FOR ALL TO platform_app
	USING (app_can_draft_declaration(declaration_id))
	WITH CHECK (app_can_draft_declaration(declaration_id));
--> statement-breakpoint
ALTER TABLE declaration_amendments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY declaration_amendments_select ON declaration_amendments FOR SELECT TO platform_app
	USING (app_can_read_declaration(declaration_id));
--> statement-breakpoint
CREATE POLICY declaration_amendments_insert ON declaration_amendments FOR INSERT TO platform_app
	WITH CHECK (
		app_can_amend_declaration(declaration_id)
		AND proposer_id = app_participant_id()
		AND proposed_by = app_user_id()
		AND status = 'proposed'
	);
--> statement-breakpoint
CREATE POLICY declaration_amendments_decide ON declaration_amendments FOR UPDATE TO platform_app
	USING (app_can_draft_declaration(declaration_id) AND status = 'proposed')
	WITH CHECK (app_can_draft_declaration(declaration_id) AND status IN ('accepted', 'rejected'));
--> statement-breakpoint
ALTER TABLE declaration_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY declaration_versions_select ON declaration_versions FOR SELECT TO platform_app
	USING (app_can_read_declaration(declaration_id));
--> statement-breakpoint
CREATE POLICY declaration_versions_insert ON declaration_versions FOR INSERT TO platform_app
	WITH CHECK (app_can_draft_declaration(declaration_id));
--> statement-breakpoint
ALTER TABLE declaration_signatures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY declaration_signatures_select ON declaration_signatures FOR SELECT TO platform_app
	USING (app_can_read_declaration(declaration_id));
--> statement-breakpoint
-- Signatures go on the adopted text, recorded by the Presidency.
CREATE POLICY declaration_signatures_insert ON declaration_signatures FOR INSERT TO platform_app
	WITH CHECK (EXISTS (
		SELECT 1 FROM declarations d
		WHERE d.id = declaration_signatures.declaration_id
			AND d.status = 'adopted'
			AND app_is_presidency(d.network_id)
	));
--> statement-breakpoint
-- A frozen text refuses every change, whoever makes it, the system included. Inserts are left to
-- the policies above, so that a backup of an adopted declaration can be restored.
CREATE FUNCTION declaration_text_is_frozen() RETURNS trigger
	LANGUAGE plpgsql
	AS $$
	BEGIN
		IF EXISTS (SELECT 1 FROM declarations d WHERE d.id = NEW.declaration_id AND d.frozen) THEN
			RAISE EXCEPTION 'declaration % is frozen', NEW.declaration_id;
		END IF;
		RETURN NEW;
	END $$;
--> statement-breakpoint
CREATE TRIGGER declaration_paragraphs_frozen BEFORE UPDATE ON declaration_paragraphs
	FOR EACH ROW EXECUTE FUNCTION declaration_text_is_frozen();
--> statement-breakpoint
CREATE TRIGGER declaration_amendments_frozen BEFORE UPDATE ON declaration_amendments
	FOR EACH ROW EXECUTE FUNCTION declaration_text_is_frozen();
--> statement-breakpoint
CREATE TRIGGER declaration_versions_frozen BEFORE UPDATE ON declaration_versions
	FOR EACH ROW EXECUTE FUNCTION declaration_text_is_frozen();
