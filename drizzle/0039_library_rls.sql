-- The knowledge library: full-text search over documents in their four languages, and requests
-- for a human translation. Search runs on `documents` itself, so its row-level security decides
-- what a search can find, count or quote.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- Every function here is one expression, so that PostgreSQL inlines it into the query that calls
-- it instead of planning its body anew on each search. They are STABLE because unaccent() is:
-- the vector is kept by a trigger, so no index depends on their results. The dictionary is named
-- by its schema, so the result depends on the text alone whatever the search path.
CREATE FUNCTION app_unaccent(p_text text) RETURNS text
	LANGUAGE sql STABLE PARALLEL SAFE
	AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, p_text) $$;
--> statement-breakpoint
CREATE FUNCTION app_search_config(p_language text) RETURNS regconfig
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	AS $$
		SELECT CASE p_language
			WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
			WHEN 'en' THEN 'pg_catalog.english'::regconfig
			WHEN 'pt' THEN 'pg_catalog.portuguese'::regconfig
			WHEN 'fr' THEN 'pg_catalog.french'::regconfig
			ELSE 'pg_catalog.simple'::regconfig
		END
	$$;
--> statement-breakpoint
-- The stemmers need the accents ("operações" and "operação" both stem to "oper" only with them),
-- so the text is stemmed first and the accents dropped from the stems; the unaccented text is
-- stemmed too, so that a word typed without its accents still meets its document.
CREATE FUNCTION app_search_vector(p_config regconfig, p_text text, p_weight "char") RETURNS tsvector
	LANGUAGE sql STABLE PARALLEL SAFE
	AS $$
		SELECT setweight(
			app_unaccent(to_tsvector(p_config, coalesce(p_text, ''))::text)::tsvector
				|| to_tsvector(p_config, app_unaccent(coalesce(p_text, ''))),
			p_weight
		)
	$$;
--> statement-breakpoint
CREATE FUNCTION app_document_vector(p_language text, p_title text, p_body text, p_file_text text)
	RETURNS tsvector
	LANGUAGE sql STABLE PARALLEL SAFE
	AS $$
		SELECT app_search_vector(app_search_config(p_language), p_title, 'A')
			|| app_search_vector(app_search_config(p_language), p_body, 'B')
			|| app_search_vector(app_search_config(p_language), p_file_text, 'C')
	$$;
--> statement-breakpoint
-- A query without lexemes (only stop words) stays empty rather than going through text, which
-- PostgreSQL would answer with a notice.
CREATE FUNCTION app_language_query(p_config regconfig, p_query text) RETURNS tsquery
	LANGUAGE sql STABLE PARALLEL SAFE
	AS $$
		SELECT CASE
			WHEN numnode(websearch_to_tsquery(p_config, p_query)) = 0
				THEN websearch_to_tsquery(p_config, p_query)
			ELSE app_unaccent(websearch_to_tsquery(p_config, p_query)::text)::tsquery
		END || websearch_to_tsquery(p_config, app_unaccent(p_query))
	$$;
--> statement-breakpoint
-- What a reader typed, as one query for the four languages: each document is stemmed in its own
-- language and the reader's words may be in any of them. One query, so the GIN index answers it.
CREATE FUNCTION app_search_query(p_query text) RETURNS tsquery
	LANGUAGE sql STABLE PARALLEL SAFE
	AS $$
		SELECT app_language_query('pg_catalog.spanish'::regconfig, p_query)
			|| app_language_query('pg_catalog.english'::regconfig, p_query)
			|| app_language_query('pg_catalog.portuguese'::regconfig, p_query)
			|| app_language_query('pg_catalog.french'::regconfig, p_query)
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_unaccent(text), app_search_config(text),
	app_search_vector(regconfig, text, "char"), app_document_vector(text, text, text, text),
	app_language_query(regconfig, text), app_search_query(text) TO platform_app;
--> statement-breakpoint
-- The vector is kept by the database on every write, whoever writes (the platform, a seed, a
-- restore); the definer reads the attached file's text whatever the writer may see of it.
CREATE FUNCTION app_document_search_vector() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
	BEGIN
		NEW.search_vector := app_document_vector(
			NEW.language, NEW.title, NEW.body,
			(SELECT f.text FROM document_files f WHERE f.document_id = NEW.id)
		);
		RETURN NEW;
	END
	$$;
--> statement-breakpoint
CREATE TRIGGER documents_search_vector BEFORE INSERT OR UPDATE OF title, body, language
	ON documents FOR EACH ROW EXECUTE FUNCTION app_document_search_vector();
--> statement-breakpoint
CREATE FUNCTION app_document_file_search_vector() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
	BEGIN
		IF TG_OP = 'DELETE' THEN
			UPDATE documents d
				SET search_vector = app_document_vector(d.language, d.title, d.body, NULL)
				WHERE d.id = OLD.document_id;
		ELSE
			UPDATE documents d
				SET search_vector = app_document_vector(d.language, d.title, d.body, NEW.text)
				WHERE d.id = NEW.document_id;
		END IF;
		RETURN NULL;
	END
	$$;
--> statement-breakpoint
CREATE TRIGGER document_files_search_vector AFTER INSERT OR UPDATE OF text OR DELETE
	ON document_files FOR EACH ROW EXECUTE FUNCTION app_document_file_search_vector();
--> statement-breakpoint
UPDATE documents d SET search_vector = app_document_vector(
	d.language, d.title, d.body,
	(SELECT f.text FROM document_files f WHERE f.document_id = d.id)
);
--> statement-breakpoint
-- A request is seen by the participant that asked and by the document's owner, nobody else.
GRANT SELECT, INSERT, DELETE ON translation_requests TO platform_app;
--> statement-breakpoint
ALTER TABLE translation_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY translation_requests_select ON translation_requests FOR SELECT TO platform_app
	USING (
		network_id = (SELECT app_viewer_network())
		AND (
			requester_id = (SELECT app_viewer_participant())
			OR owner_id = (SELECT app_viewer_participant())
		)
	);
--> statement-breakpoint
-- Asked in the viewer's own name, of a document the viewer sees, addressed to its real owner.
CREATE POLICY translation_requests_insert ON translation_requests FOR INSERT TO platform_app
	WITH CHECK (
		requester_id = (SELECT app_viewer_participant())
		AND network_id = (SELECT app_viewer_network())
		AND EXISTS (
			SELECT 1 FROM documents d
			WHERE d.id = translation_requests.document_id
				AND d.network_id = translation_requests.network_id
				AND d.owner_id = translation_requests.owner_id
		)
	);
--> statement-breakpoint
-- The owner's focal points and editors close a request once answered or declined.
CREATE POLICY translation_requests_delete ON translation_requests FOR DELETE TO platform_app
	USING (app_can_write(network_id, owner_id));
