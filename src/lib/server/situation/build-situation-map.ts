import { titleOf } from '$lib/i18n/localized';
import type { Locale } from '$lib/paraglide/runtime';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { countryName } from '../statistics/country-names';
import { localizedMissionName } from '../statistics/mission-names';
import { loadNetworkMemberCountries } from '../statistics/network-members';
import {
	mapHeight,
	mapWidth,
	numericCodeOf,
	projectPoint,
	worldShapes
} from '../statistics/world-map';
import { listNotesIn } from './list-situation-notes';
import { missionsServed } from './mission-figures';
import { listMissionRows } from './repository';
import type { SituationSeverity } from './schemas';

export interface DeploymentPoint {
	mission: string;
	/** The official name in the reader's language where there is one, else the UN's English one. */
	name: string | null;
	nameLanguage: Locale | null;
	headquarters: string | null;
	x: number;
	y: number;
	r: number;
	total: number;
	female: number;
	href: string;
}

export interface NotePoint {
	id: string;
	title: string;
	titleLanguage: string;
	severity: SituationSeverity;
	mission: string | null;
	where: string;
	observedAt: string;
	timeZone: string;
	x: number;
	y: number;
	href: string;
}

export interface SituationMap {
	width: number;
	height: number;
	shapes: { d: string; member: boolean }[];
	month: string | null;
	deployments: DeploymentPoint[];
	notes: NotePoint[];
	/** Open notes the reader may see that have no place on the map: no coordinates, no mission. */
	unplaced: number;
	/** Every mission of the UN's list, for the briefs. */
	missions: { acronym: string; name: string | null; nameLanguage: Locale | null }[];
}

/**
 * The world with the missions where the members serve (sized by their personnel in the latest
 * month) and the open situation notes the reader may see, at their own coordinates or at their
 * mission's headquarters. Everything is drawn on the server; each point is also a table row.
 */
export async function buildSituationMap(
	ctx: Ctx,
	networkSlug: string,
	locale: Locale
): Promise<SituationMap> {
	const { network, notes, missions } = await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const notes = await listNotesIn(
			tx,
			ctx.actor,
			network,
			{ status: 'open', limit: 500, offset: 0 },
			{},
			'map'
		);
		return { network, notes: notes.items, missions: await listMissionRows(tx) };
	});
	const missionOf = new Map(missions.map((m) => [m.acronym, m]));
	const [served, members] = await Promise.all([
		missionsServed(ctx, network.slug, locale),
		loadNetworkMemberCountries(ctx.db, network.slug)
	]);
	const base = `/networks/${network.slug}`;
	const largest = served.rows[0]?.total ?? 1;
	const deployments: DeploymentPoint[] = served.rows.flatMap((row) => {
		const mission = missionOf.get(row.mission);
		const point =
			mission?.longitude != null && mission.latitude != null
				? projectPoint(mission.longitude, mission.latitude)
				: null;
		if (!point) return [];
		const named = localizedMissionName(row.mission, mission?.name, locale);
		return [
			{
				mission: row.mission,
				name: named?.name ?? null,
				nameLanguage: named?.lang ?? null,
				headquarters: mission?.location ?? null,
				x: point[0],
				y: point[1],
				r: Math.round((4 + 14 * Math.sqrt(row.total / largest)) * 10) / 10,
				total: row.total,
				female: row.female,
				href: `${base}/missions/${encodeURIComponent(row.mission)}`
			}
		];
	});
	// Notes at the same spot are set around it in a small ring, so that each stays a target.
	const atSpot = new Map<string, number>();
	const placed: NotePoint[] = [];
	let unplaced = 0;
	for (const note of notes) {
		const mission = note.mission ? missionOf.get(note.mission) : undefined;
		const lon = note.place.longitude ?? mission?.longitude ?? null;
		const lat = note.place.latitude ?? mission?.latitude ?? null;
		const point = lon !== null && lat !== null ? projectPoint(lon, lat) : null;
		if (!point) {
			unplaced++;
			continue;
		}
		const spot = `${point[0]},${point[1]}`;
		const index = atSpot.get(spot) ?? 0;
		atSpot.set(spot, index + 1);
		const angle = index * 2.4;
		const radius = index === 0 ? 0 : 6 + 2 * Math.sqrt(index);
		placed.push({
			id: note.id,
			...titleOf(note.title, locale),
			severity: note.severity,
			mission: note.mission,
			where: [note.place.name, countryName(note.country, locale)].filter(Boolean).join(', '),
			observedAt: note.observedAt,
			timeZone: note.timeZone,
			x: Math.round((point[0] + radius * Math.cos(angle)) * 10) / 10,
			y: Math.round((point[1] + radius * Math.sin(angle)) * 10) / 10,
			href: `${base}/situation-notes/${note.id}`
		});
	}
	const memberCodes = new Set((members?.countries ?? []).map(numericCodeOf).filter(Boolean));
	return {
		width: mapWidth,
		height: mapHeight,
		shapes: worldShapes().map((s) => ({ d: s.d, member: memberCodes.has(s.id) })),
		month: served.month,
		deployments,
		notes: placed,
		unplaced,
		missions: missions.map((m) => {
			const named = localizedMissionName(m.acronym, m.name, locale);
			return { acronym: m.acronym, name: named?.name ?? null, nameLanguage: named?.lang ?? null };
		})
	};
}
