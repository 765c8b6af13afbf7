import { m } from '$lib/paraglide/messages';
import { describeFinding } from './describe-finding';
import { formatMonth, formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/paraglide/runtime';
import type { Ctx } from '../context';
import { NotFoundError } from '../errors';
import { percent, percentOrDash } from './build-views';
import { defaultNetworkSlug } from '../registry/default-network';
import { femaleShare } from './categories';
import { latestMonth, loadDataset } from './dataset';
import { getContributions } from './get-contributions';
import { countryLabel, missionLabel } from './labels';
import { monthPattern } from './months';
import { networkMemberCountries } from './repository';
import type { Cell, StatView } from './view-types';
import { mapHeight, mapWidth, numericCodeOf, projectPoint, worldShapes } from './world-map';

export interface MapMarker {
	acronym: string;
	location: string;
	x: number;
	y: number;
	r: number;
	total: number;
}

export interface DeploymentMap {
	view: StatView;
	width: number;
	height: number;
	shapes: { d: string; member: boolean }[];
	markers: MapMarker[];
	networkAcronym: string;
}

/** Where the network's members serve in one month: mission headquarters sized by personnel. */
export async function buildDeploymentMap(
	ctx: Ctx,
	input: { month?: string; locale: Locale; network?: string }
): Promise<DeploymentMap> {
	const { locale } = input;
	const network = input.network ?? defaultNetworkSlug();
	const dataset = await loadDataset(ctx.db);
	const latest = latestMonth(dataset);
	if (!latest) throw new NotFoundError('No statistics have been imported');
	const month =
		input.month && monthPattern.test(input.month) && dataset.months.includes(input.month)
			? input.month
			: latest;
	const members = await networkMemberCountries(ctx.db, network);
	if (!members) throw new NotFoundError(`No network "${network}"`);
	const [byMission, byCountry] = await Promise.all([
		getContributions(ctx, { network, month, groupBy: 'mission' }, locale),
		getContributions(ctx, { network, month, groupBy: 'country' }, locale)
	]);
	const rows = [...byMission.rows]
		.filter((r) => (r.total ?? 0) > 0)
		.sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
	const largest = rows[0]?.total ?? 1;
	const markers: MapMarker[] = [];
	const tableRows: Record<string, Cell>[] = rows.map((r) => {
		const mission = dataset.missions.get(r.key);
		const point =
			mission?.longitude != null && mission.latitude != null
				? projectPoint(mission.longitude, mission.latitude)
				: null;
		if (point) {
			markers.push({
				acronym: r.key,
				location: mission?.location ?? '',
				x: point[0],
				y: point[1],
				r: Math.round((4 + 18 * Math.sqrt((r.total ?? 0) / largest)) * 10) / 10,
				total: r.total ?? 0
			});
		}
		return {
			key: r.key,
			name: r.label,
			nameLang: missionLabel(dataset, r.key, locale).otherLang,
			location: mission?.location ?? null,
			longitude: mission?.longitude ?? null,
			latitude: mission?.latitude ?? null,
			total: r.total,
			female: r.female,
			femaleShare: percent(r.femaleShare)
		};
	});
	const memberCodes = new Set(members.countries.map(numericCodeOf).filter(Boolean));
	const total = rows.reduce((s, r) => s + (r.total ?? 0), 0);
	const female = rows.reduce((s, r) => s + (r.female ?? 0), 0);
	const heading = m.stats_section_map_missions({ network: members.acronym }, { locale });
	const countryRows: Record<string, Cell>[] = [...byCountry.rows]
		.sort((a, b) => (b.total ?? 0) - (a.total ?? 0))
		.map((r) => ({
			key: r.key,
			name: countryLabel(dataset, r.key, locale),
			total: r.total,
			female: r.female,
			femaleShare: percent(r.femaleShare)
		}));
	const numberCols = [
		{ key: 'total', label: m.stats_col_total({}, { locale }), kind: 'int' as const },
		{ key: 'female', label: m.stats_col_female({}, { locale }), kind: 'int' as const },
		{ key: 'femaleShare', label: m.stats_col_share({}, { locale }), kind: 'pct' as const }
	];
	const view: StatView = {
		kind: 'map',
		title: m.stats_map_title({ network: members.acronym }, { locale }),
		month,
		months: dataset.months,
		quality: dataset.findings
			.filter((f) => f.month === month)
			.map((f) => ({
				month: f.month,
				issue: f.issue as never,
				detail: describeFinding({ issue: f.issue as never, detail: f.detail }, locale)
			})),
		params: { view: 'map', month, network },
		sections: [
			{
				id: 'missions',
				heading,
				intro: m.stats_map_summary(
					{
						network: members.acronym,
						month: formatMonth(month, locale),
						total: formatNumber(total, locale),
						missions: rows.length,
						share: percentOrDash(percent(femaleShare(female, total)), locale)
					},
					{ locale }
				),
				table: {
					id: 'missions',
					caption: `${heading} (${formatMonth(month, locale)})`,
					columns: [
						{ key: 'key', label: m.stats_col_code({}, { locale }), kind: 'text' },
						{
							key: 'name',
							label: m.stats_col_mission({}, { locale }),
							kind: 'text',
							linkPrefix: '/statistics/missions/',
							langKey: 'nameLang'
						},
						{
							key: 'location',
							label: m.stats_col_location({}, { locale }),
							kind: 'text',
							properName: true
						},
						{ key: 'longitude', label: m.stats_col_longitude({}, { locale }), kind: 'text' },
						{ key: 'latitude', label: m.stats_col_latitude({}, { locale }), kind: 'text' },
						...numberCols
					],
					rows: tableRows
				}
			},
			{
				id: 'members',
				heading: m.stats_section_map_members({ network: members.acronym }, { locale }),
				table: {
					id: 'members',
					caption: `${m.stats_section_map_members({ network: members.acronym }, { locale })} (${formatMonth(month, locale)})`,
					columns: [
						{ key: 'key', label: m.stats_col_code({}, { locale }), kind: 'text' },
						{
							key: 'name',
							label: m.stats_col_country({}, { locale }),
							kind: 'text',
							linkPrefix: '/statistics/countries/'
						},
						...numberCols
					],
					rows: countryRows
				}
			}
		]
	};
	return {
		view,
		width: mapWidth,
		height: mapHeight,
		shapes: worldShapes().map((s) => ({ d: s.d, member: memberCodes.has(s.id) })),
		markers,
		networkAcronym: members.acronym
	};
}
