import { requireWrite } from '../access/access';
import { resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import { instantToLocal, localToInstant } from '../calendar/time';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { checkMission } from './create-situation-note';
import { snapshotOf } from './note-view';
import { findNote, insertNoteVersion, updateNoteRow, type NoteRow } from './repository';
import type { UpdateSituationNoteInput } from './schemas';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/**
 * Changes a note, or closes it (`closed: true`), keeping the note as it then stands as a new
 * version. A closed note stays readable and changes no more.
 */
export async function updateSituationNote(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	input: UpdateSituationNoteInput
): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const current = await findNote(tx, network.id, id);
		requireWrite(ctx.actor, current?.note);
		const note = current!.note;
		if (note.closedAt) throw new ConflictError('sit_err_closed', 'The note is closed');
		// Nothing asked to change: no new version.
		if (Object.values(input).every((v) => v === undefined)) return;
		const releasability = input.releasability
			? await resolveReleasability(tx, network.id, input.releasability)
			: undefined;
		const mission =
			input.mission === undefined ? note.mission : await checkMission(tx, input.mission);
		const zone = input.timeZone ?? note.observedZone;
		let observedAt = note.observedAt;
		if (input.observedAt !== undefined || input.timeZone !== undefined) {
			// A new zone alone corrects the zone: the wall-clock time stays as written.
			const local = input.observedAt ?? instantToLocal(note.observedAt, note.observedZone);
			const instant = localToInstant(local, zone);
			if (!instant) {
				throw new ValidationError([{ path: 'observedAt', message: 'sit_err_time_skipped' }]);
			}
			observedAt = instant;
		}
		const longitude = input.longitude === undefined ? note.longitude : input.longitude;
		const latitude = input.latitude === undefined ? note.latitude : input.latitude;
		if ((longitude === null) !== (latitude === null)) {
			throw new ValidationError([
				{ path: longitude === null ? 'longitude' : 'latitude', message: 'sit_err_coordinates_pair' }
			]);
		}
		const now = new Date();
		const next: NoteRow = {
			...note,
			mission,
			countryIso3: input.countryCode ?? note.countryIso3,
			placeName: input.placeName ?? note.placeName,
			longitude,
			latitude,
			observedAt,
			observedZone: zone,
			category: input.category ?? note.category,
			severity: input.severity ?? note.severity,
			title: input.title ?? note.title,
			body: input.body ?? note.body,
			level: releasability?.level ?? note.level,
			releasedTo: releasability?.releasedTo ?? note.releasedTo,
			closedAt: input.closed ? now : null,
			closedBy: input.closed ? ctx.actor.userId : null,
			version: note.version + 1
		};
		const changed = await updateNoteRow(tx, id, {
			mission: next.mission,
			countryIso3: next.countryIso3,
			placeName: next.placeName,
			longitude: next.longitude,
			latitude: next.latitude,
			observedAt: next.observedAt,
			observedZone: next.observedZone,
			category: next.category,
			severity: next.severity,
			title: next.title,
			body: next.body,
			level: next.level,
			releasedTo: next.releasedTo,
			closedAt: next.closedAt,
			closedBy: next.closedBy
		});
		if (changed === 0) throw new NotFoundError();
		await insertNoteVersion(tx, {
			noteId: id,
			number: next.version,
			snapshot: snapshotOf(next),
			changedBy: ctx.actor.userId,
			createdAt: now
		});
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'situation_note.updated',
			subject: { id: id }
		});
		await appendAudit(tx, ctx.actor, {
			action: input.closed ? 'close' : 'update',
			entityType: 'situation_note',
			entityId: id,
			networkId: network.id,
			details: { fields: Object.keys(input), level: next.level, version: next.version }
		});
	});
}
