import { randomUUID } from 'node:crypto';
import { requireSignedIn, requireWriteAs } from '../access/access';
import { resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import { localToInstant } from '../calendar/time';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { snapshotOf } from './note-view';
import { findMission, insertNote, insertNoteVersion, type NoteRow } from './repository';
import type { CreateSituationNoteInput } from './schemas';
import type { Transaction } from '../db/client';
import type { Upload } from '../files/read-upload';
import { storeNoteAttachments } from './add-note-attachments';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/**
 * A participant's editors and focal points write notes for it; the first version is kept too, and
 * the files given with the note are stored in the same transaction.
 */
export async function createSituationNote(
	ctx: Ctx,
	networkSlug: string,
	input: CreateSituationNoteInput,
	attachments: readonly Upload[] = []
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const own = ctx.actor.participant;
		if (!own || own.networkId !== network.id) {
			throw new ValidationError([{ path: 'owner', message: 'sit_err_not_in_network' }]);
		}
		requireWriteAs(ctx.actor, network.id, own.id);
		const mission = await checkMission(tx, input.mission ?? null);
		const releasability = await resolveReleasability(tx, network.id, input.releasability);
		const now = new Date();
		const id = randomUUID();
		const row: NoteRow = {
			id,
			networkId: network.id,
			ownerId: own.id,
			level: releasability.level,
			releasedTo: releasability.releasedTo,
			mission,
			countryIso3: input.countryCode,
			placeName: input.placeName,
			longitude: input.longitude ?? null,
			latitude: input.latitude ?? null,
			observedAt: localToInstant(input.observedAt, input.timeZone)!,
			observedZone: input.timeZone,
			category: input.category,
			severity: input.severity,
			title: input.title,
			body: input.body,
			version: 1,
			closedAt: null,
			closedBy: null,
			announcedAt: null,
			digestClaimedUntil: null,
			createdBy: ctx.actor.userId,
			createdAt: now,
			updatedAt: now
		};
		await insertNote(tx, row);
		await insertNoteVersion(tx, {
			noteId: id,
			number: 1,
			snapshot: snapshotOf(row),
			changedBy: ctx.actor.userId,
			createdAt: now
		});
		const files = await storeNoteAttachments(tx, ctx, id, attachments);
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'situation_note.created',
			subject: { id: id }
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'situation_note',
			entityId: id,
			networkId: network.id,
			details: { level: releasability.level, severity: input.severity, mission, attachments: files }
		});
		return { id };
	});
}

/** A mission named on a note must be one of the UN's list. */
export async function checkMission(
	tx: Transaction,
	acronym: string | null
): Promise<string | null> {
	if (!acronym) return null;
	const mission = await findMission(tx, acronym.trim().toUpperCase());
	if (!mission)
		throw new ValidationError([{ path: 'mission', message: 'sit_err_unknown_mission' }]);
	return mission.acronym;
}
