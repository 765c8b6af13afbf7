import { parse } from 'csv-parse/sync';

export const missionsFileName = 'un_peacekeeping_missions_DPPADPOSS-PKO.csv';

export interface MissionLocation {
	acronym: string;
	name: string | null;
	location: string | null;
	longitude: number | null;
	latitude: number | null;
	kind: 'pko' | 'spm';
}

/**
 * Rows of the Data Hub file whose longitude and latitude are written the wrong way round: the
 * same cities appear with the right order in other rows (UNOSOM, UNAVEM I/II vs MONUA, UNEF I/II,
 * ONUC for Bamako's latitude band), and Athens lies at 38° N, not 38° E.
 */
export const swappedCoordinates: ReadonlySet<string> = new Set([
	'UNOSOM I',
	'UNOSOM II',
	'UNAVEM I',
	'UNAVEM II',
	'UNEF',
	'MINUSMA',
	'UNSCOB'
]);

/** Headquarters the Data Hub file gives a city for but no coordinates. */
const missingCoordinates: Record<string, [number, number]> = {
	UNTSO: [35.2137, 31.7683]
};

/**
 * Special political missions and offices of the monthly reports, which the peacekeeping list
 * does not cover, with the city of their headquarters.
 */
export const politicalMissions: readonly MissionLocation[] = [
	spm('BINUH', 'United Nations Integrated Office in Haiti', 'Port-au-Prince', -72.3333, 18.5333),
	spm('UNAMA', 'United Nations Assistance Mission in Afghanistan', 'Kabul', 69.1667, 34.5333),
	spm('UNAMI', 'United Nations Assistance Mission for Iraq', 'Baghdad', 44.4333, 33.3333),
	spm(
		'UNIOGBIS',
		'United Nations Integrated Peacebuilding Office in Guinea-Bissau',
		'Bissau',
		-15.5977,
		11.8636
	),
	spm(
		'UNITAMS',
		'United Nations Integrated Transition Assistance Mission in Sudan',
		'Khartoum',
		32.5333,
		15.6333
	),
	spm(
		'UNMHA',
		'United Nations Mission to support the Hudaydah Agreement',
		'Hudaydah',
		42.9545,
		14.7978
	),
	spm('UNOWAS', 'United Nations Office for West Africa and the Sahel', 'Dakar', -17.4677, 14.7167),
	spm('UNSMIL', 'United Nations Support Mission in Libya', 'Tripoli', 13.1913, 32.8872),
	spm('UNSOM', 'United Nations Assistance Mission in Somalia', 'Mogadishu', 45.35, 2.0333),
	spm('UNSOS', 'United Nations Support Office in Somalia', 'Mogadishu', 45.35, 2.0333),
	spm(
		'UNTMIS',
		'United Nations Transitional Assistance Mission in Somalia',
		'Mogadishu',
		45.35,
		2.0333
	),
	spm('UNVMC', 'United Nations Verification Mission in Colombia', 'Bogotá', -74.0721, 4.711)
];

function spm(
	acronym: string,
	name: string,
	location: string,
	longitude: number,
	latitude: number
): MissionLocation {
	return { acronym, name, location, longitude, latitude, kind: 'spm' };
}

/** "15,9833" → 15.9833; empty → null. The file writes decimals with a comma. */
export function parseDecimalComma(value: string | undefined): number | null {
	const text = (value ?? '').trim();
	if (text === '') return null;
	const number = Number(text.replace(',', '.'));
	return Number.isFinite(number) ? number : null;
}

/**
 * The peacekeeping operations of the UN Peace and Security Data Hub file with their
 * headquarters, corrected: decimal commas read, swapped coordinates put right, the truncated
 * DOMREP name completed; then the political missions added.
 */
export function parseMissionLocations(csv: string): MissionLocation[] {
	const records = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
	const missions = new Map<string, MissionLocation>();
	for (const record of records) {
		const acronym = (record.mission_acronym ?? '').trim();
		if (!acronym) continue;
		let longitude = parseDecimalComma(record.mission_longitude);
		let latitude = parseDecimalComma(record.mission_latitude);
		if (swappedCoordinates.has(acronym)) [longitude, latitude] = [latitude, longitude];
		const fill = missingCoordinates[acronym];
		if (fill && (longitude === null || latitude === null)) [longitude, latitude] = fill;
		let name = (record.mission_name ?? '').trim() || null;
		if (acronym === 'DOMREP') {
			name = 'Mission of the Representative of the Secretary-General in the Dominican Republic';
		}
		missions.set(acronym, {
			acronym,
			name,
			location: (record.mission_location ?? '').trim() || null,
			longitude,
			latitude,
			kind: 'pko'
		});
	}
	for (const mission of politicalMissions) {
		if (!missions.has(mission.acronym)) missions.set(mission.acronym, mission);
	}
	return [...missions.values()].sort((a, b) => a.acronym.localeCompare(b.acronym));
}
