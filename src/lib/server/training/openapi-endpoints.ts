import { z } from 'zod';
import {
	centreListSchema,
	centreSchema,
	courseDetailsSchema,
	courseSchema,
	createCentreSchema,
	nominateSchema,
	nominationDecisionSchema,
	nominationListSchema,
	nominationSchema,
	seatOfferSchema
} from './schemas';

interface TrainingEndpoint {
	method: 'get' | 'post' | 'put';
	path: string;
	summary: string;
	body?: z.ZodType;
	response?: z.ZodType;
	status?: number;
	public?: boolean;
}

const centres = '/networks/{network}/training-centres';
const course = '/networks/{network}/events/{id}';

/** The training API, listed in the OpenAPI document. */
export const trainingEndpoints: TrainingEndpoint[] = [
	{
		method: 'get',
		path: centres,
		summary: 'Training centres released to the caller',
		response: centreListSchema,
		public: true
	},
	{
		method: 'post',
		path: centres,
		summary:
			'Register a training centre (the owning participant’s focal points, or an administrator)',
		body: createCentreSchema,
		response: centreSchema,
		status: 201
	},
	{
		method: 'get',
		path: `${centres}/{id}`,
		summary: 'One training centre, if released to the caller',
		response: centreSchema,
		public: true
	},
	{
		method: 'get',
		path: `${course}/training`,
		summary:
			'A training course: centre, languages of instruction, prerequisites, seats and the ' +
			'women’s share of accepted nominees',
		response: courseSchema,
		public: true
	},
	{
		method: 'put',
		path: `${course}/training`,
		summary: 'Set a course’s centre, languages of instruction and prerequisites (the organiser)',
		body: courseDetailsSchema,
		response: courseSchema
	},
	{
		method: 'post',
		path: `${course}/seat-offers`,
		summary:
			'Offer seats on a course to a participant, or to any (participantCode null); 0 withdraws ' +
			'the offer (the organiser)',
		body: seatOfferSchema,
		response: courseSchema
	},
	{
		method: 'get',
		path: `${course}/nominations`,
		summary:
			'Nominations to a course: every one for the organiser, the caller’s own participant’s otherwise',
		response: nominationListSchema
	},
	{
		method: 'post',
		path: `${course}/nominations`,
		summary:
			'Nominate a person into the caller’s participant’s seats; without a free seat the nominee ' +
			'is waitlisted',
		body: nominateSchema,
		response: nominationSchema,
		status: 201
	},
	{
		method: 'post',
		path: `${course}/nominations/{nominationId}/decision`,
		summary:
			'Accept, waitlist or decline a nomination (the organiser); a freed seat moves the waitlist up',
		body: nominationDecisionSchema,
		response: nominationSchema
	}
];
