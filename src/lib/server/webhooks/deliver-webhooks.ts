import type { Actor } from '../access/actor';
import { loadUserActor } from '../auth/user-actor';
import type { Database } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { findNetworkById } from '../registry/repository';
import { postWebhook } from './post-webhook';
import { renderWebhookPayload } from './render-webhook-payload';
import {
	claimDueDeliveries,
	claimPendingEvents,
	deleteDelivery,
	findDeliveryParts,
	findReaderOf,
	insertDelivery,
	listSubscribers,
	markAttemptFailed,
	markDelivered,
	markEventFannedOut,
	type WebhookEventRow
} from './repository';
import { nextAttemptAt } from './retry-schedule';
import { webhookHeaders } from './signature';

/** How long a pass holds what it claimed before another pass may take it. */
const claimLeaseMs = 5 * 60 * 1000;

export interface WebhookPassResult {
	/** Deliveries queued for the events announced since the last pass. */
	queued: number;
	delivered: number;
	/** Attempts that failed, whether to be retried or given up. */
	failed: number;
}

interface PassOptions {
	now?: Date;
	allowPrivate?: boolean;
	timeoutMs?: number;
}

/**
 * One pass of the webhook job: every announced change is fanned out to the webhooks that asked
 * for it and whose participant may read the record, then every delivery that is due is sent.
 * Events and deliveries are claimed with SKIP LOCKED and a lease, so several processes share the
 * work and never send one twice at once. Runs with no acting user: each record is read as a user
 * of the webhook's own participant, never as its writer.
 */
export async function unsafeDeliverWebhooks(
	db: Database,
	options: PassOptions = {}
): Promise<WebhookPassResult> {
	const readers = new Readers(db);
	const queued = await fanOut(db, readers, options);
	const { delivered, failed } = await deliverDue(db, readers, options);
	return { queued, delivered, failed };
}

/** Who reads for each participant during one pass, and the network slugs, looked up once. */
class Readers {
	#actors = new Map<string, Promise<Actor | null>>();
	#slugs = new Map<string, Promise<string | null>>();

	constructor(private readonly db: Database) {}

	readerFor(participantId: string, preferred: string | null): Promise<Actor | null> {
		const key = `${participantId}:${preferred ?? ''}`;
		let actor = this.#actors.get(key);
		if (!actor) {
			actor = (async () => {
				const userId = await unsafeWithSystem(this.db, (tx) =>
					findReaderOf(tx, participantId, preferred)
				);
				if (!userId) return null;
				const loaded = await loadUserActor(this.db, userId);
				// Only a user who still belongs to the participant may stand for it.
				return loaded.participant?.id === participantId ? loaded : null;
			})();
			this.#actors.set(key, actor);
		}
		return actor;
	}

	slugOf(networkId: string): Promise<string | null> {
		let slug = this.#slugs.get(networkId);
		if (!slug) {
			slug = unsafeWithSystem(
				this.db,
				async (tx) => (await findNetworkById(tx, networkId))?.slug ?? null
			);
			this.#slugs.set(networkId, slug);
		}
		return slug;
	}

	async render(
		event: WebhookEventRow,
		hook: { participantId: string; createdBy: string | null }
	): Promise<string | null> {
		const [reader, slug] = await Promise.all([
			this.readerFor(hook.participantId, hook.createdBy),
			this.slugOf(event.networkId)
		]);
		if (!reader || !slug) return null;
		return renderWebhookPayload(this.db, reader, slug, event);
	}
}

async function fanOut(db: Database, readers: Readers, options: PassOptions): Promise<number> {
	const now = options.now ?? new Date();
	const events = await unsafeWithSystem(db, (tx) => claimPendingEvents(tx, 100, now, claimLeaseMs));
	let queued = 0;
	for (const event of events) {
		const subscribers = await unsafeWithSystem(db, (tx) =>
			listSubscribers(tx, event.networkId, event.type)
		);
		for (const hook of subscribers) {
			// A record the participant may not read is not even queued: the log would betray it.
			if ((await readers.render(event, hook)) === null) continue;
			await unsafeWithSystem(db, (tx) =>
				insertDelivery(tx, {
					webhookId: hook.id,
					eventId: event.id,
					eventType: event.type,
					nextAttemptAt: now
				})
			);
			queued++;
		}
		await unsafeWithSystem(db, (tx) => markEventFannedOut(tx, event.id, now));
	}
	return queued;
}

async function deliverDue(
	db: Database,
	readers: Readers,
	options: PassOptions
): Promise<{ delivered: number; failed: number }> {
	const now = options.now ?? new Date();
	const due = await unsafeWithSystem(db, (tx) => claimDueDeliveries(tx, 50, now, claimLeaseMs));
	let delivered = 0;
	let failed = 0;
	for (const delivery of due) {
		const parts = await unsafeWithSystem(db, (tx) =>
			findDeliveryParts(tx, delivery.webhookId, delivery.eventId)
		);
		if (!parts) continue;
		// Read again at each attempt: a record withdrawn from the participant since is not sent.
		const body = await readers.render(parts.event, parts.hook);
		if (body === null) {
			await unsafeWithSystem(db, (tx) => deleteDelivery(tx, delivery.id));
			continue;
		}
		const at = options.now ?? new Date();
		const outcome = await postWebhook(
			parts.hook.url,
			webhookHeaders(parts.hook.secret, delivery.id, at, body),
			body,
			options
		);
		if (outcome.ok) {
			await unsafeWithSystem(db, (tx) =>
				markDelivered(tx, delivery.id, { statusCode: outcome.statusCode, at })
			);
			delivered++;
		} else {
			const next = nextAttemptAt(delivery.createdAt, delivery.attempts + 1, at);
			await unsafeWithSystem(db, (tx) =>
				markAttemptFailed(tx, delivery.id, {
					statusCode: outcome.statusCode,
					error: outcome.error,
					at,
					next
				})
			);
			failed++;
		}
	}
	return { delivered, failed };
}
