import type { Actor } from '../access/actor';
import { getEvent } from '../calendar/get-event';
import type { Database } from '../db/client';
import type { WebhookEventRow } from './repository';
import { getDecision } from '../decisions/get-decision';
import { getDocument } from '../documents/get-document';
import { NotFoundError } from '../errors';
import { getOffer } from '../exchange/get-offer';
import { getRequest } from '../exchange/get-request';
import { getPledge } from '../pledges/get-pledge';
import { getReport } from '../reports/get-report';
import { getSituationNote } from '../situation/get-situation-note';

/** Deliveries are machine-read: texts that come in several languages are given in English. */
const payloadLocale = 'en';

async function readRecord(
	ctx: { db: Database; actor: Actor },
	network: string,
	event: WebhookEventRow
): Promise<unknown> {
	const subject = event.subject;
	if ('cycleId' in subject) {
		return (await getReport(ctx, network, subject.cycleId, subject.participantCode)).report;
	}
	const recordType = event.type.slice(0, event.type.indexOf('.'));
	switch (recordType) {
		case 'document':
			return getDocument(ctx, network, subject.id);
		case 'event':
			return (await getEvent(ctx, network, subject.id)).event;
		case 'decision':
			return getDecision(ctx, network, subject.id, payloadLocale);
		case 'pledge':
			return getPledge(ctx, network, subject.id);
		case 'exchange_request':
			return getRequest(ctx, network, subject.id);
		case 'exchange_offer':
			return getOffer(ctx, network, subject.id);
		case 'situation_note': {
			const { canEdit: _canEdit, ...note } = await getSituationNote(ctx, network, subject.id);
			return note;
		}
		default:
			throw new Error(`No reader for the webhook event ${event.type}`);
	}
}

/**
 * The body of a delivery, read by `reader` (a user of the webhook's participant) through the
 * record's own use case: row-level security and the access module decide what it holds, exactly
 * as for that participant's API calls. Null when the participant may not read the record, which
 * is then never sent.
 */
export async function renderWebhookPayload(
	db: Database,
	reader: Actor,
	network: string,
	event: WebhookEventRow
): Promise<string | null> {
	let record: unknown;
	try {
		record = await readRecord({ db, actor: reader }, network, event);
	} catch (error) {
		if (error instanceof NotFoundError) return null;
		throw error;
	}
	return JSON.stringify({
		type: event.type,
		timestamp: event.occurredAt.toISOString(),
		data: { network, ...event.subject, record }
	});
}
