import type { z } from 'zod';
import {
	assessmentDetailSchema,
	assessmentListSchema,
	createAssessmentSchema,
	createRecommendationSchema,
	listAssessmentsQuerySchema,
	recommendationListSchema,
	recommendationSchema,
	recommendationUpdateSchema,
	recordAreaSchema,
	regionalQuerySchema,
	regionalViewSchema,
	surveyAnsweredSchema,
	surveyOpenedSchema,
	surveyResponseSchema,
	surveyResultsSchema,
	updateAssessmentSchema
} from './schemas';

interface BarrierEndpoint {
	method: 'get' | 'post' | 'put' | 'patch';
	path: string;
	summary: string;
	query?: z.ZodObject;
	body?: z.ZodType;
	response?: z.ZodType;
	status?: number;
	public?: boolean;
}

const assessments = '/networks/{network}/barrier-assessments';

/** The barriers-to-deployment API (MOWIP self-assessments), listed in the OpenAPI document. */
export const barrierEndpoints: BarrierEndpoint[] = [
	{
		method: 'get',
		path: assessments,
		summary:
			"Barrier assessments the caller may read: its own participant's at every stage, others' once published and released to it",
		query: listAssessmentsQuerySchema,
		response: assessmentListSchema,
		public: true
	},
	{
		method: 'post',
		path: assessments,
		summary: "Open a barrier assessment of a year for the caller's participant, as a draft",
		body: createAssessmentSchema,
		response: assessmentDetailSchema,
		status: 201
	},
	{
		method: 'get',
		path: `${assessments}/regional`,
		summary:
			'Findings per issue area across the published assessments released to the caller (counts only)',
		query: regionalQuerySchema,
		response: regionalViewSchema,
		public: true
	},
	{
		method: 'get',
		path: `${assessments}/{id}`,
		summary: 'One assessment with its ten issue areas and its survey, if released to the caller',
		response: assessmentDetailSchema,
		public: true
	},
	{
		method: 'patch',
		path: `${assessments}/{id}`,
		summary:
			'Change status, notes or releasability; validating or publishing needs a finding in every area and closes the survey',
		body: updateAssessmentSchema,
		response: assessmentDetailSchema
	},
	{
		method: 'put',
		path: `${assessments}/{id}/areas/{area}`,
		summary:
			'Record an issue area: fact-finding answers, and the finding with its evidence (no finding keeps it a draft); an unknown area or finding is 422',
		body: recordAreaSchema,
		response: assessmentDetailSchema
	},
	{
		method: 'get',
		path: `${assessments}/{id}/recommendations`,
		summary: "An assessment's recommendations with their follow-up",
		response: recommendationListSchema,
		public: true
	},
	{
		method: 'post',
		path: `${assessments}/{id}/recommendations`,
		summary: 'Add a recommendation to an issue area, with priority, owner and due date',
		body: createRecommendationSchema,
		response: recommendationSchema,
		status: 201
	},
	{
		method: 'post',
		path: `${assessments}/{id}/recommendations/{recommendationId}/updates`,
		summary: "Record a step of a recommendation's follow-up: its status and what was done",
		body: recommendationUpdateSchema,
		response: recommendationSchema,
		status: 201
	},
	{
		method: 'post',
		path: `${assessments}/{id}/survey`,
		summary:
			'Open (or open again) the anonymous personnel survey and return its public answer link',
		response: surveyOpenedSchema
	},
	{
		method: 'get',
		path: `${assessments}/{id}/survey/results`,
		summary:
			'Survey results in groups of at least ten answers; fewer answers show nothing, and no single answer is ever returned',
		response: surveyResultsSchema,
		public: true
	},
	{
		method: 'post',
		path: '/surveys/{token}/responses',
		summary:
			'Answer a survey anonymously through its link: no sign-in, and nothing about the sender is stored',
		body: surveyResponseSchema,
		response: surveyAnsweredSchema,
		status: 201,
		public: true
	}
];
