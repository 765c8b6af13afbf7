-- Grants and row-level security for the barriers area. An assessment is a releasable record that
-- only its owner sees until it is published; its areas, recommendations with their updates, and its
-- survey are seen wherever the assessment is and written by whoever may write it.
--
-- Survey answers are never readable: the application role has no grant at all on
-- barrier_survey_responses. An answer goes in through app_barrier_survey_answer, which finds the
-- survey by its link and stores the day only; results come out only through
-- app_barrier_survey_results, which checks that the caller may read the assessment and returns
-- aggregates of groups of at least ten answers (barrier_survey_aggregate).
GRANT SELECT, INSERT, UPDATE ON barrier_assessments TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON barrier_assessment_areas TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON barrier_recommendations TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON barrier_recommendation_updates TO platform_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON barrier_surveys TO platform_app;
--> statement-breakpoint
ALTER TABLE barrier_assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The viewer is looked up once per statement, as migration 0021 does for the other records; an
-- assessment not yet published is its owner's alone.
CREATE POLICY barrier_assessments_select ON barrier_assessments FOR SELECT TO platform_app
	USING (
		(status = 'published' OR owner_id = (SELECT app_viewer_participant()))
		AND (
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
		)
	);
--> statement-breakpoint
CREATE POLICY barrier_assessments_insert ON barrier_assessments FOR INSERT TO platform_app
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
CREATE POLICY barrier_assessments_update ON barrier_assessments FOR UPDATE TO platform_app
	USING (
		(status = 'published' OR owner_id = (SELECT app_viewer_participant()))
		AND app_can_read(network_id, owner_id, level, released_to)
		AND app_can_write(network_id, owner_id)
	)
	WITH CHECK (app_can_write(network_id, owner_id));
--> statement-breakpoint
ALTER TABLE barrier_assessment_areas ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The assessment's own policy applies inside each sub-select.
CREATE POLICY barrier_assessment_areas_select ON barrier_assessment_areas FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM barrier_assessments a WHERE a.id = assessment_id));
--> statement-breakpoint
CREATE POLICY barrier_assessment_areas_insert ON barrier_assessment_areas FOR INSERT TO platform_app
	WITH CHECK (EXISTS (
		SELECT 1 FROM barrier_assessments a
		WHERE a.id = assessment_id AND app_can_write(a.network_id, a.owner_id)
	));
--> statement-breakpoint
CREATE POLICY barrier_assessment_areas_update ON barrier_assessment_areas FOR UPDATE TO platform_app
	USING (EXISTS (
		SELECT 1 FROM barrier_assessments a
		WHERE a.id = assessment_id AND app_can_write(a.network_id, a.owner_id)
	))
	WITH CHECK (EXISTS (
		SELECT 1 FROM barrier_assessments a
		WHERE a.id = assessment_id AND app_can_write(a.network_id, a.owner_id)
	));
--> statement-breakpoint
ALTER TABLE barrier_recommendations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY barrier_recommendations_select ON barrier_recommendations FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM barrier_assessments a WHERE a.id = assessment_id));
--> statement-breakpoint
CREATE POLICY barrier_recommendations_insert ON barrier_recommendations FOR INSERT TO platform_app
	WITH CHECK (EXISTS (
		SELECT 1 FROM barrier_assessments a
		WHERE a.id = assessment_id AND app_can_write(a.network_id, a.owner_id)
	));
--> statement-breakpoint
CREATE POLICY barrier_recommendations_update ON barrier_recommendations FOR UPDATE TO platform_app
	USING (EXISTS (
		SELECT 1 FROM barrier_assessments a
		WHERE a.id = assessment_id AND app_can_write(a.network_id, a.owner_id)
	))
	WITH CHECK (EXISTS (
		SELECT 1 FROM barrier_assessments a
		WHERE a.id = assessment_id AND app_can_write(a.network_id, a.owner_id)
	));
--> statement-breakpoint
ALTER TABLE barrier_recommendation_updates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY barrier_recommendation_updates_select ON barrier_recommendation_updates FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM barrier_recommendations r WHERE r.id = recommendation_id));
--> statement-breakpoint
CREATE POLICY barrier_recommendation_updates_insert ON barrier_recommendation_updates FOR INSERT TO platform_app
	WITH CHECK (EXISTS (
		SELECT 1 FROM barrier_recommendations r
		JOIN barrier_assessments a ON a.id = r.assessment_id
		WHERE r.id = recommendation_id AND app_can_write(a.network_id, a.owner_id)
	));
--> statement-breakpoint
ALTER TABLE barrier_surveys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY barrier_surveys_select ON barrier_surveys FOR SELECT TO platform_app
	USING (EXISTS (SELECT 1 FROM barrier_assessments a WHERE a.id = assessment_id));
--> statement-breakpoint
CREATE POLICY barrier_surveys_insert ON barrier_surveys FOR INSERT TO platform_app
	WITH CHECK (EXISTS (
		SELECT 1 FROM barrier_assessments a
		WHERE a.id = assessment_id AND app_can_write(a.network_id, a.owner_id)
	));
--> statement-breakpoint
CREATE POLICY barrier_surveys_update ON barrier_surveys FOR UPDATE TO platform_app
	USING (EXISTS (
		SELECT 1 FROM barrier_assessments a
		WHERE a.id = assessment_id AND app_can_write(a.network_id, a.owner_id)
	))
	WITH CHECK (EXISTS (
		SELECT 1 FROM barrier_assessments a
		WHERE a.id = assessment_id AND app_can_write(a.network_id, a.owner_id)
	));
--> statement-breakpoint
-- No policy and no grant: the application role can neither read nor write a single answer.
ALTER TABLE barrier_survey_responses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE ALL ON barrier_survey_responses FROM platform_app;
--> statement-breakpoint
-- What the answer page shows of a survey, found by its link: whose survey, of which year and
-- scope, and whether it still takes answers. Nothing else of the assessment is reachable this way.
CREATE FUNCTION app_barrier_survey_by_token(p_token text)
	RETURNS TABLE (survey_id uuid, open boolean, year integer, scope barrier_scope, owner_name jsonb)
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT s.id, s.closed_at IS NULL, a.year, a.scope, p.name
		FROM barrier_surveys s
		JOIN barrier_assessments a ON a.id = s.assessment_id
		JOIN participants p ON p.id = a.owner_id
		WHERE s.token = p_token
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_barrier_survey_by_token(text) TO platform_app;
--> statement-breakpoint
-- Stores one answer with the day it came and nothing about who sent it. The answers must hold the
-- ten issue areas, each from 1 to 5; a form sent twice (the same nonce) is stored once. A survey
-- takes at most 5000 answers, so that a leaked link cannot fill the database.
CREATE FUNCTION app_barrier_survey_answer(
	p_token text,
	p_gender barrier_respondent_gender,
	p_answers jsonb,
	p_nonce text
) RETURNS text
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
	DECLARE
		v_survey uuid;
		v_closed timestamptz;
		v_stored integer;
	BEGIN
		SELECT s.id, s.closed_at INTO v_survey, v_closed FROM barrier_surveys s WHERE s.token = p_token;
		IF v_survey IS NULL THEN
			RETURN 'unknown';
		END IF;
		IF v_closed IS NOT NULL THEN
			RETURN 'closed';
		END IF;
		IF jsonb_typeof(p_answers) IS DISTINCT FROM 'object'
			OR (SELECT count(*) FROM jsonb_each_text(p_answers)) <> 10
			OR (
				SELECT count(*) FROM jsonb_each_text(p_answers) e
				WHERE e.key = ANY (enum_range(NULL::barrier_area)::text[])
					AND e.value IN ('1', '2', '3', '4', '5')
			) <> 10
			OR length(p_nonce) NOT BETWEEN 16 AND 64
		THEN
			RETURN 'invalid';
		END IF;
		IF (SELECT count(*) FROM barrier_survey_responses r WHERE r.survey_id = v_survey) >= 5000 THEN
			RETURN 'full';
		END IF;
		INSERT INTO barrier_survey_responses (survey_id, answered_on, gender, answers, nonce)
		VALUES (v_survey, (now() AT TIME ZONE 'UTC')::date, p_gender, p_answers, p_nonce)
		ON CONFLICT (survey_id, nonce) DO NOTHING;
		GET DIAGNOSTICS v_stored = ROW_COUNT;
		RETURN CASE WHEN v_stored = 1 THEN 'recorded' ELSE 'repeated' END;
	END
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_barrier_survey_answer(text, barrier_respondent_gender, jsonb, text) TO platform_app;
--> statement-breakpoint
-- The aggregates of a survey, released in whole groups of ten so that no two releases differ by
-- fewer than ten answers: `all` is the first multiple of ten answers in arrival order; a group
-- (women, men, everyone else) is shown with the first multiple of ten of its answers among those.
-- Answers left out of the groups could be found by subtraction, so the groups are shown only when
-- none are left out or at least ten are. Each row: the group, its answers, an issue area, and how
-- many answered 1 … 5. No row ever describes fewer than ten answers.
CREATE FUNCTION barrier_survey_aggregate(p_survey uuid)
	RETURNS TABLE (grp text, respondents integer, area text, d1 integer, d2 integer, d3 integer, d4 integer, d5 integer)
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		WITH ranked AS (
			SELECT r.seq, r.gender, r.answers,
				row_number() OVER (ORDER BY r.seq) AS rn,
				count(*) OVER () AS total
			FROM barrier_survey_responses r
			WHERE r.survey_id = p_survey
		),
		released AS (
			SELECT seq, answers,
				CASE WHEN gender IN ('woman', 'man') THEN gender::text ELSE 'other' END AS grp
			FROM ranked
			WHERE rn <= (total / 10) * 10
		),
		grouped AS (
			SELECT seq, answers, grp,
				row_number() OVER (PARTITION BY grp ORDER BY seq) AS grn,
				count(*) OVER (PARTITION BY grp) AS gtotal
			FROM released
		),
		in_groups AS (
			SELECT seq, answers, grp FROM grouped WHERE grn <= (gtotal / 10) * 10
		),
		left_out AS (
			SELECT (SELECT count(*) FROM released) - (SELECT count(*) FROM in_groups) AS n
		),
		shown AS (
			SELECT 'all'::text AS grp, seq, answers FROM released
			UNION ALL
			SELECT g.grp, g.seq, g.answers FROM in_groups g, left_out l
			WHERE l.n = 0 OR l.n >= 10
		),
		sizes AS (
			SELECT grp, count(*)::integer AS respondents FROM shown GROUP BY grp
		)
		SELECT s.grp, z.respondents, e.key,
			(count(*) FILTER (WHERE e.value = '1'))::integer,
			(count(*) FILTER (WHERE e.value = '2'))::integer,
			(count(*) FILTER (WHERE e.value = '3'))::integer,
			(count(*) FILTER (WHERE e.value = '4'))::integer,
			(count(*) FILTER (WHERE e.value = '5'))::integer
		FROM shown s
		JOIN sizes z ON z.grp = s.grp
		CROSS JOIN LATERAL jsonb_each_text(s.answers) e
		WHERE z.respondents >= 10
		GROUP BY s.grp, z.respondents, e.key
		HAVING count(*) >= 10
	$$;
--> statement-breakpoint
-- Functions are executable by everyone unless revoked; this one skips the read check.
REVOKE EXECUTE ON FUNCTION barrier_survey_aggregate(uuid) FROM PUBLIC;
--> statement-breakpoint
-- Whether the caller may read the survey's assessment: released to it, and published or its own.
CREATE FUNCTION app_can_read_barrier_survey(p_survey uuid) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT EXISTS (
			SELECT 1 FROM barrier_surveys s
			JOIN barrier_assessments a ON a.id = s.assessment_id
			WHERE s.id = p_survey
				AND app_can_read(a.network_id, a.owner_id, a.level, a.released_to)
				AND (
					a.status = 'published'
					OR app_can_read(a.network_id, a.owner_id, 'owner'::releasability_level, '{}'::uuid[])
				)
		)
	$$;
--> statement-breakpoint
CREATE FUNCTION app_barrier_survey_results(p_survey uuid)
	RETURNS TABLE (grp text, respondents integer, area text, d1 integer, d2 integer, d3 integer, d4 integer, d5 integer)
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT r.* FROM barrier_survey_aggregate(p_survey) r WHERE app_can_read_barrier_survey(p_survey)
	$$;
--> statement-breakpoint
-- How many answers came, a count without any content, for those who may read the results.
CREATE FUNCTION app_barrier_survey_answer_count(p_survey uuid) RETURNS integer
	LANGUAGE sql STABLE SECURITY DEFINER
	SET search_path = public, pg_temp
	AS $$
		SELECT CASE WHEN app_can_read_barrier_survey(p_survey)
			THEN (SELECT count(*)::integer FROM barrier_survey_responses r WHERE r.survey_id = p_survey)
		END
	$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_can_read_barrier_survey(uuid), app_barrier_survey_results(uuid), app_barrier_survey_answer_count(uuid) TO platform_app;
