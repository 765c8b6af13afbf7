import type { Actor } from '../../src/lib/server/access/actor';
import type { Database } from '../../src/lib/server/db/client';
import { webhookDeliveries, webhookEvents, webhooks } from '../../src/lib/server/db/schema';
import { newWebhookSecret } from '../../src/lib/server/webhooks/signature';

/** A webhook of the actor's participant with one delivery in its log, for the backup's tables. */
export async function fillWebhookTables(db: Database, actor: Actor): Promise<void> {
	const participant = actor.participant!;
	const [hook] = await db
		.insert(webhooks)
		.values({
			networkId: participant.networkId,
			participantId: participant.id,
			url: 'https://data.example.org/hook?a="b"',
			events: ['document.created', 'situation_note.updated'],
			description: 'Sistema de la misión',
			secret: newWebhookSecret(),
			createdBy: actor.userId
		})
		.returning();
	const [event] = await db
		.insert(webhookEvents)
		.values({
			networkId: participant.networkId,
			type: 'document.created',
			subject: { id: '00000000-0000-4000-8000-000000000001' },
			fannedOutAt: new Date()
		})
		.returning();
	await db.insert(webhookDeliveries).values({
		webhookId: hook!.id,
		eventId: event!.id,
		eventType: event!.type,
		status: 'failed',
		attempts: 3,
		lastStatusCode: 503,
		lastError: 'HTTP 503',
		lastAttemptAt: new Date()
	});
}
