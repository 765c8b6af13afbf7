import { releasabilityView } from '../access/releasability';
import { instantToLocal } from '../calendar/time';
import type { NoteRow, NoteVersionRow } from './repository';
import type { SituationNoteVersionView, SituationNoteView } from './schemas';

/** The release as shown: the level and the named participants' codes, always a list. */
function released(
	row: Parameters<typeof releasabilityView>[0],
	codes: Map<string, string>
): SituationNoteView['releasability'] {
	const view = releasabilityView(row, codes);
	return { level: view.level, participants: view.participants ?? [] };
}

/** A stored note as the API and the pages show it. */
export function toNoteView(
	networkSlug: string,
	row: { note: NoteRow; ownerCode: string },
	codes: Map<string, string>
): SituationNoteView {
	const n = row.note;
	return {
		id: n.id,
		network: networkSlug,
		ownerCode: row.ownerCode,
		mission: n.mission,
		country: n.countryIso3,
		place: { name: n.placeName, longitude: n.longitude, latitude: n.latitude },
		observedAt: n.observedAt.toISOString(),
		observedLocal: instantToLocal(n.observedAt, n.observedZone),
		timeZone: n.observedZone,
		category: n.category,
		severity: n.severity,
		title: n.title,
		body: n.body,
		releasability: released(n, codes),
		closed: n.closedAt !== null,
		closedAt: n.closedAt?.toISOString() ?? null,
		version: n.version,
		createdAt: n.createdAt.toISOString(),
		updatedAt: n.updatedAt.toISOString()
	};
}

export function toVersionView(
	row: NoteVersionRow,
	codes: Map<string, string>
): SituationNoteVersionView {
	const s = row.snapshot;
	return {
		number: row.number,
		changedAt: row.createdAt.toISOString(),
		title: s.title,
		body: s.body,
		severity: s.severity as SituationNoteVersionView['severity'],
		category: s.category as SituationNoteVersionView['category'],
		placeName: s.placeName,
		observedAt: s.observedAt,
		releasability: released(
			{ level: s.level as SituationNoteView['releasability']['level'], releasedTo: s.releasedTo },
			codes
		),
		closed: s.closedAt !== null
	};
}

/** What a version keeps: the note's fields as they stand after a change. */
export function snapshotOf(n: Omit<NoteRow, 'id'>): NoteVersionRow['snapshot'] {
	return {
		mission: n.mission,
		countryIso3: n.countryIso3,
		placeName: n.placeName,
		longitude: n.longitude,
		latitude: n.latitude,
		observedAt: n.observedAt.toISOString(),
		observedZone: n.observedZone,
		category: n.category,
		severity: n.severity,
		title: n.title,
		body: n.body,
		level: n.level,
		releasedTo: [...n.releasedTo],
		closedAt: n.closedAt?.toISOString() ?? null
	};
}
