-- The library search in one function, because row-level security keeps the text match off the
-- index: PostgreSQL may not test a qual that is not leakproof (as `@@` is not) before a policy's
-- own quals, so under RLS every search read and tested the vector of every document the reader
-- may see. This function runs as its owner, matches through the GIN index, and applies the same
-- rule as the documents_select policy to every version it considers; what it returns is read
-- again under RLS by the caller.
--
-- The releasability rule of app_can_read and the documents_select policy, for a viewer whose
-- network, participant and status are given: one expression, inlined where it is called.
CREATE FUNCTION app_viewer_sees(
	p_level releasability_level, p_network uuid, p_owner uuid, p_released_to uuid[],
	v_network uuid, v_participant uuid, v_status participant_status
) RETURNS boolean
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	AS $$
		SELECT p_level = 'public' OR (
			p_network = v_network
			AND (
				p_owner = v_participant
				OR (p_level = 'named' AND v_participant = ANY (p_released_to))
				OR (p_level = 'members' AND v_status = 'member')
				OR (p_level = 'members_and_observers' AND v_status IN ('member', 'observer'))
				OR p_level = 'network'
			)
		)
	$$;
--> statement-breakpoint
-- Whether a document passes the library's filters; a null filter passes everything.
CREATE FUNCTION app_library_filters_pass(
	p_category_value document_category, p_language_value text, p_owner_value uuid,
	p_document_date date, p_created_at timestamptz,
	p_category document_category, p_language text, p_owner uuid, p_year integer
) RETURNS boolean
	LANGUAGE sql STABLE PARALLEL SAFE
	AS $$
		SELECT (p_category IS NULL OR p_category_value = p_category)
			AND (p_language IS NULL OR p_language_value = p_language)
			AND (p_owner IS NULL OR p_owner_value = p_owner)
			AND (p_year IS NULL OR extract(year FROM coalesce(p_document_date, p_created_at::date)) = p_year)
	$$;
--> statement-breakpoint
-- One page of the families of `p_network` that the viewer finds with `p_query`, best first, with
-- how many there are. A family is found when a version the viewer may read matches, at its best
-- version's rank, and counts when a version the viewer may read passes the filters; it is given
-- as such a version, in the reader's language first, then the original. A family whose matching
-- version passes needs no other look (always so without filters), so versions are looked up for
-- the other families and for the page alone.
-- Sequential scans are off because a match must come from the index: testing every vector reads
-- each one, which costs far more than the planner's model knows.
CREATE FUNCTION app_library_search(
	p_network uuid, p_query tsquery, p_reader_language text,
	p_category document_category, p_language text, p_owner uuid, p_year integer,
	p_limit integer, p_offset integer
) RETURNS TABLE (id uuid, family uuid, language text, rank real, total bigint)
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	SET enable_seqscan = off
	ROWS 20
	AS $$
		WITH viewer AS MATERIALIZED (
			SELECT app_viewer_network() AS network, app_viewer_participant() AS participant,
				app_viewer_status() AS status
		),
		-- Ranked before grouping, so that the grouping sorts ranks and not whole vectors.
		matches AS MATERIALIZED (
			SELECT coalesce(d.translation_of, d.id) AS family, ts_rank(d.search_vector, p_query) AS rank,
				d.document_date,
				app_library_filters_pass(d.category, d.language, d.owner_id, d.document_date, d.created_at,
					p_category, p_language, p_owner, p_year) AS passes
			FROM documents d, viewer v
			WHERE d.network_id = p_network AND d.search_vector @@ p_query
				AND app_viewer_sees(d.level, d.network_id, d.owner_id, d.released_to, v.network, v.participant, v.status)
		),
		hits AS MATERIALIZED (
			SELECT m.family, max(m.rank) AS rank, max(m.document_date) AS document_date,
				bool_or(m.passes) AS passes
			FROM matches m GROUP BY m.family
		),
		-- The versions the viewer may read that pass the filters.
		candidates AS NOT MATERIALIZED (
			SELECT d.id, coalesce(d.translation_of, d.id) AS family, d.language, d.translation_of
			FROM documents d, viewer v
			WHERE d.network_id = p_network
				AND app_viewer_sees(d.level, d.network_id, d.owner_id, d.released_to, v.network, v.participant, v.status)
				AND app_library_filters_pass(d.category, d.language, d.owner_id, d.document_date, d.created_at,
					p_category, p_language, p_owner, p_year)
		),
		found AS (
			SELECT h.* FROM hits h
			WHERE h.passes OR EXISTS (SELECT 1 FROM candidates c WHERE c.family = h.family)
		),
		page AS MATERIALIZED (
			SELECT f.family, f.rank, f.document_date, count(*) OVER () AS total
			FROM found f
			ORDER BY f.rank DESC, f.document_date DESC NULLS LAST, f.family
			LIMIT p_limit OFFSET p_offset
		)
		SELECT shown.id, p.family, shown.language, p.rank, p.total
		FROM page p
		CROSS JOIN LATERAL (
			SELECT c.id, c.language FROM candidates c WHERE c.family = p.family
			ORDER BY (c.language = p_reader_language) DESC, (c.translation_of IS NULL) DESC, c.language, c.id
			LIMIT 1
		) shown
		ORDER BY p.rank DESC, p.document_date DESC NULLS LAST, p.family
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_viewer_sees(releasability_level, uuid, uuid, uuid[], uuid, uuid, participant_status),
	app_library_filters_pass(document_category, text, uuid, date, timestamptz, document_category, text, uuid, integer),
	app_library_search(uuid, tsquery, text, document_category, text, uuid, integer, integer, integer) TO platform_app;
--> statement-breakpoint
-- A search ranks every match, and ranking reads each match's vector. By default a row past 2 kB
-- moves its largest values out of line, the vector among them, and each is then read through the
-- TOAST index. Stored MAIN, the vector stays in its row (up to a page) and the text moves out
-- first, which more than halved the ranking of a query that matches half the library.
ALTER TABLE documents ALTER COLUMN search_vector SET STORAGE MAIN;
--> statement-breakpoint
-- Rewritten so that the rows already stored follow the new rule: an unchanged value would keep
-- its place out of line.
UPDATE documents SET search_vector = search_vector || ''::tsvector;
