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
	SET plan_cache_mode = force_generic_plan
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
		-- The families whose matching versions do not pass the filters, whose other versions are
		-- read in one scan of two indexes rather than one look per family.
		unresolved AS MATERIALIZED (
			SELECT array_agg(h.family) AS families FROM hits h WHERE NOT h.passes
		),
		resolved AS MATERIALIZED (
			SELECT DISTINCT coalesce(d.translation_of, d.id) AS family
			FROM unresolved u, documents d, viewer v
			WHERE (d.id = ANY (u.families) OR d.translation_of = ANY (u.families))
				AND d.network_id = p_network
				AND app_viewer_sees(d.level, d.network_id, d.owner_id, d.released_to, v.network, v.participant, v.status)
				AND app_library_filters_pass(d.category, d.language, d.owner_id, d.document_date, d.created_at,
					p_category, p_language, p_owner, p_year)
		),
		found AS (
			SELECT h.* FROM hits h WHERE h.passes
			UNION ALL
			SELECT h.* FROM hits h JOIN resolved r ON r.family = h.family WHERE NOT h.passes
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
-- The page a reader is shown: the families app_library_search found, read again under the
-- reader's row-level security, with the versions the reader sees and a snippet marked with
-- `p_marks` (two characters, taken out of the text first) as `p_headline_options` ask. It is a
-- function so that one plan serves every search of the session, as PostgreSQL keeps a function's
-- plans: row-level security makes the statement slow to plan, and each search would plan it anew.
CREATE FUNCTION app_library_page(
	p_network uuid, p_text text, p_reader_language text,
	p_category document_category, p_language text, p_owner uuid, p_year integer,
	p_limit integer, p_offset integer,
	p_snippet_length integer, p_marks text, p_headline_options text
) RETURNS TABLE (
	id uuid, family uuid, title text, language text, category document_category,
	level releasability_level, "networkId" uuid, "ownerId" uuid, "ownerCode" text,
	"releasedTo" json, "documentDate" text, rank float8, total integer, versions json,
	snippet text
)
	LANGUAGE sql STABLE
	SET plan_cache_mode = force_generic_plan
	AS $$
		WITH page AS MATERIALIZED (
			SELECT * FROM app_library_search(
				p_network, app_search_query(p_text), p_reader_language,
				p_category, p_language,
				p_owner, p_year,
				p_limit, p_offset
			) WITH ORDINALITY AS found(id, family, language, rank, total, position)
		),
		-- What marks the snippet's words, once for each language the page shows: its accented
		-- stems are asked too, so that "ação" is marked where the query found "acao".
		marks AS MATERIALIZED (
			SELECT l.language, app_language_query(app_search_config(l.language), p_text)
				|| websearch_to_tsquery(app_search_config(l.language), p_text) AS query
			FROM (SELECT DISTINCT language FROM page) l
		)
		SELECT d.id, r.family, d.title, d.language, d.category, d.level, d.network_id AS "networkId",
			d.owner_id AS "ownerId", p.code AS "ownerCode", to_json(d.released_to) AS "releasedTo",
			d.document_date::text AS "documentDate", r.rank::float8 AS rank, r.total::int AS total,
			-- Every version of the family that the reader sees, by language.
			(
				SELECT json_agg(json_build_object(
					'id', v.id, 'language', v.language, 'title', v.title,
					'translationMethod', v.translation_method
				) ORDER BY v.language, v.id)
				FROM documents v
				-- Plain equalities, which row-level security lets an index answer.
				WHERE v.id = r.family OR v.translation_of = r.family
			) AS versions,
			-- Quoted in the shown version's own language.
			ts_headline(
				app_search_config(d.language),
				translate(left(d.body || E'\n' || coalesce(f.text, ''), p_snippet_length), p_marks, '  '),
				m.query,
				p_headline_options
			) AS snippet
		FROM page r
		JOIN documents d ON d.id = r.id
		JOIN marks m ON m.language = r.language
		JOIN participants p ON p.id = d.owner_id
		LEFT JOIN document_files f ON f.document_id = d.id
		ORDER BY r.position
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_viewer_sees(releasability_level, uuid, uuid, uuid[], uuid, uuid, participant_status),
	app_library_filters_pass(document_category, text, uuid, date, timestamptz, document_category, text, uuid, integer),
	app_library_search(uuid, tsquery, text, document_category, text, uuid, integer, integer, integer),
	app_library_page(uuid, text, text, document_category, text, uuid, integer, integer, integer, integer, text, text)
	TO platform_app;
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
