-- Grants and row-level security for the pledges area. Pledges, combined contingents and capability
-- gaps are releasable records: read policies take the form of migrations 0015 and 0021 (the
-- viewer looked up once per statement), writes go through app_can_write. A contribution is seen
-- only by those who may see both its contingent and its pledge (each sub-select is filtered by
-- that table's own policy), and is attached or withdrawn only by the pledge's owner. A pledge's
-- history stays with its owner, whatever the pledge's own releasability.
GRANT SELECT, INSERT, UPDATE, DELETE ON pledges, combined_contingents, capability_gaps TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON pledge_versions TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON contingent_contributions TO platform_app;
--> statement-breakpoint
ALTER TABLE pledges ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY pledges_select ON pledges FOR SELECT TO platform_app
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
CREATE POLICY pledges_insert ON pledges FOR INSERT TO platform_app
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
CREATE POLICY pledges_update ON pledges FOR UPDATE TO platform_app
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
CREATE POLICY pledges_delete ON pledges FOR DELETE TO platform_app
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
	) AND app_can_write(network_id, owner_id));
--> statement-breakpoint
ALTER TABLE combined_contingents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY combined_contingents_select ON combined_contingents FOR SELECT TO platform_app
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
CREATE POLICY combined_contingents_insert ON combined_contingents FOR INSERT TO platform_app
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
CREATE POLICY combined_contingents_update ON combined_contingents FOR UPDATE TO platform_app
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
CREATE POLICY combined_contingents_delete ON combined_contingents FOR DELETE TO platform_app
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
	) AND app_can_write(network_id, owner_id));
--> statement-breakpoint
ALTER TABLE capability_gaps ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY capability_gaps_select ON capability_gaps FOR SELECT TO platform_app
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
-- A gap is published by the Presidency in office (or an administrator) or by a partner, for itself.
CREATE POLICY capability_gaps_insert ON capability_gaps FOR INSERT TO platform_app
	WITH CHECK (
		app_can_write(network_id, owner_id)
		AND (
			app_can_manage_governance(network_id)
			OR EXISTS (SELECT 1 FROM participants v WHERE v.id = owner_id AND v.status = 'partner')
		)
	);
--> statement-breakpoint
CREATE POLICY capability_gaps_update ON capability_gaps FOR UPDATE TO platform_app
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
CREATE POLICY capability_gaps_delete ON capability_gaps FOR DELETE TO platform_app
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
	) AND app_can_write(network_id, owner_id));
--> statement-breakpoint
ALTER TABLE pledge_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY pledge_versions_select ON pledge_versions FOR SELECT TO platform_app
	USING (network_id = (SELECT app_viewer_network()) AND owner_id = (SELECT app_viewer_participant()));
--> statement-breakpoint
CREATE POLICY pledge_versions_insert ON pledge_versions FOR INSERT TO platform_app
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
ALTER TABLE contingent_contributions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contingent_contributions_select ON contingent_contributions FOR SELECT TO platform_app
	USING (
		EXISTS (SELECT 1 FROM combined_contingents c WHERE c.id = contingent_contributions.contingent_id)
		AND EXISTS (SELECT 1 FROM pledges p WHERE p.id = contingent_contributions.pledge_id)
	);
--> statement-breakpoint
-- Only a writer of the pledge's owner attaches it, to a contingent of the same network it can see.
CREATE POLICY contingent_contributions_insert ON contingent_contributions FOR INSERT TO platform_app
	WITH CHECK (
		app_can_write(network_id, owner_id)
		AND EXISTS (
			SELECT 1 FROM pledges p
			WHERE p.id = contingent_contributions.pledge_id
				AND p.owner_id = contingent_contributions.owner_id
				AND p.network_id = contingent_contributions.network_id
		)
		AND EXISTS (
			SELECT 1 FROM combined_contingents c
			WHERE c.id = contingent_contributions.contingent_id
				AND c.network_id = contingent_contributions.network_id
		)
	);
--> statement-breakpoint
CREATE POLICY contingent_contributions_delete ON contingent_contributions FOR DELETE TO platform_app
	USING (app_can_write(network_id, owner_id));
--> statement-breakpoint
-- How many contributions a contingent has, for a caller who may read the contingent: the reader
-- learns that parts are withheld and how many, never what they hold.
CREATE FUNCTION app_contingent_contribution_count(p_contingent uuid) RETURNS integer
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT count(*)::integer
		FROM contingent_contributions k
		JOIN combined_contingents c ON c.id = k.contingent_id
		WHERE k.contingent_id = p_contingent
			AND app_can_read(c.network_id, c.owner_id, c.level, c.released_to)
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_contingent_contribution_count(uuid) TO platform_app;
