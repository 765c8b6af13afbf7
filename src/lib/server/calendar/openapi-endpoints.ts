import { z } from 'zod';
import {
	calendarSchema,
	createEventSchema,
	delegationSchema,
	eventListSchema,
	eventSchema,
	listEventsQuerySchema,
	registerDelegationSchema,
	updateEventSchema
} from './schemas';

interface CalendarEndpoint {
	method: 'get' | 'post' | 'patch' | 'delete';
	path: string;
	summary: string;
	query?: z.ZodObject;
	body?: z.ZodType;
	response?: z.ZodType;
	status?: number;
	public?: boolean;
}

const events = '/networks/{network}/events';

/** The calendar API, listed in the OpenAPI document. */
export const calendarEndpoints: CalendarEndpoint[] = [
	{
		method: 'get',
		path: events,
		summary: 'Events released to the caller (filters: year, kind, organiser, country, from/to)',
		query: listEventsQuerySchema,
		response: eventListSchema,
		public: true
	},
	{
		method: 'post',
		path: events,
		summary: 'Create an event (its organiser, or the Presidency for any organiser)',
		body: createEventSchema,
		response: eventSchema,
		status: 201
	},
	{
		method: 'get',
		path: `${events}/{id}`,
		summary: 'One event, if released to the caller',
		response: eventSchema,
		public: true
	},
	{
		method: 'patch',
		path: `${events}/{id}`,
		summary: 'Change or cancel an event (organiser or Presidency); SEQUENCE goes up by one',
		body: updateEventSchema,
		response: eventSchema
	},
	{
		method: 'delete',
		path: `${events}/{id}`,
		summary: 'Delete an event and its delegations (organiser or Presidency)',
		status: 204
	},
	{
		method: 'get',
		path: `${events}/{id}/delegations`,
		summary: 'Delegations to the event the caller may see',
		response: z.object({ items: z.array(delegationSchema) })
	},
	{
		method: 'post',
		path: `${events}/{id}/delegations`,
		summary: 'Register (or replace) the caller’s participant’s delegation',
		body: registerDelegationSchema,
		response: delegationSchema,
		status: 201
	},
	{
		method: 'get',
		path: '/networks/{network}/calendars/{year}',
		summary: 'The annual calendar of a year: its status and the events released to the caller',
		response: calendarSchema,
		public: true
	}
];
