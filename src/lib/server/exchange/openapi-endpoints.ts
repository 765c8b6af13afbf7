import { z } from 'zod';
import {
	commitmentSchema,
	createCommitmentSchema,
	createOfferSchema,
	createRequestSchema,
	listOffersQuerySchema,
	listRequestsQuerySchema,
	offerListSchema,
	offerMatchesSchema,
	offerSchema,
	requestListSchema,
	requestMatchesSchema,
	requestSchema,
	transitionSchema,
	updateOfferSchema,
	updateRequestSchema
} from './schemas';

interface ExchangeEndpoint {
	method: 'get' | 'post' | 'patch';
	path: string;
	summary: string;
	query?: z.ZodObject;
	body?: z.ZodType;
	response?: z.ZodType;
	status?: number;
	public?: boolean;
}

const base = '/networks/{network}/cooperation';

/** The cooperation exchange API, listed in the OpenAPI document. */
export const exchangeEndpoints: ExchangeEndpoint[] = [
	{
		method: 'get',
		path: `${base}/requests`,
		summary: 'Requests for support released to the caller (filters: category, status, owner)',
		query: listRequestsQuerySchema,
		response: requestListSchema,
		public: true
	},
	{
		method: 'post',
		path: `${base}/requests`,
		summary: 'Ask for support on behalf of the caller’s participant',
		body: createRequestSchema,
		response: requestSchema,
		status: 201
	},
	{
		method: 'get',
		path: `${base}/requests/{id}`,
		summary:
			'One request with its derived status, what is covered, its commitments and their history, and duplicate-support warnings',
		response: requestSchema,
		public: true
	},
	{
		method: 'patch',
		path: `${base}/requests/{id}`,
		summary: 'Change, close or reopen a request the caller’s participant owns',
		body: updateRequestSchema,
		response: requestSchema
	},
	{
		method: 'get',
		path: `${base}/requests/{id}/matches`,
		summary: 'Open offers the caller sees that could serve the request, best first',
		response: requestMatchesSchema,
		public: true
	},
	{
		method: 'post',
		path: `${base}/requests/{id}/commitments`,
		summary: 'Commit the caller’s participant to (part of) the request, optionally from its offer',
		body: createCommitmentSchema,
		response: commitmentSchema,
		status: 201
	},
	{
		method: 'post',
		path: `${base}/commitments/{id}/transitions`,
		summary:
			'Take a step of a commitment: accepted, declined, verified (requester); in_progress, delivered, withdrawn (provider)',
		body: transitionSchema,
		response: commitmentSchema
	},
	{
		method: 'get',
		path: `${base}/offers`,
		summary: 'Offers of support released to the caller (filters: category, owner)',
		query: listOffersQuerySchema,
		response: offerListSchema,
		public: true
	},
	{
		method: 'post',
		path: `${base}/offers`,
		summary: 'Offer support on behalf of the caller’s participant (members and partners)',
		body: createOfferSchema,
		response: offerSchema,
		status: 201
	},
	{
		method: 'get',
		path: `${base}/offers/{id}`,
		summary: 'One offer, if released to the caller',
		response: offerSchema,
		public: true
	},
	{
		method: 'patch',
		path: `${base}/offers/{id}`,
		summary: 'Change, close or reopen an offer the caller’s participant owns',
		body: updateOfferSchema,
		response: offerSchema
	},
	{
		method: 'get',
		path: `${base}/offers/{id}/matches`,
		summary: 'Open requests the caller sees that the offer could serve, best first',
		response: offerMatchesSchema,
		public: true
	}
];
