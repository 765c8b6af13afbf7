import { pickLocalized } from '$lib/i18n/localized';
import { translate, type Locale } from '$lib/i18n/translate';
import { anonymousActor } from '../access/actor';
import { listEvents } from '../calendar/list-events';
import type { Ctx } from '../context';
import { listDeclarations } from '../declarations/list-declarations';
import { listDocuments } from '../documents/list-documents';
import { listPledges } from '../pledges/list-pledges';
import { defaultNetworkSlug } from '../registry/default-network';
import { listNetworks } from '../registry/list-networks';
import { listSituationNotes } from '../situation/list-situation-notes';
import { loadDataset } from '../statistics/dataset';
import type { CatalogView, DatasetView, DistributionView, FormatKey } from './catalog-view';

/** The networks' own public records are published under CC BY 4.0. */
const networkLicense = 'https://creativecommons.org/licenses/by/4.0/';
/** The UN's figures keep the terms the UN publishes them under. */
const unLicense = 'https://www.un.org/en/about-us/terms-of-use';

interface Page<T> {
	items: T[];
	total: number;
}

/** Every public record of a list, page by page: the catalogue's dates cover all of them. */
async function everyItem<T>(size: number, page: (offset: number) => Promise<Page<T>>) {
	const items: T[] = [];
	for (let offset = 0; ; offset += size) {
		const answer = await page(offset);
		items.push(...answer.items);
		if (answer.items.length < size || items.length >= answer.total) return items;
	}
}

const latest = (dates: readonly string[]): string | null =>
	dates.length === 0
		? null
		: dates.map((d) => new Date(d).toISOString()).reduce((a, b) => (a > b ? a : b));

/**
 * The catalogue of every public dataset of this installation, in DCAT terms. It is built as an
 * anonymous reader whoever asks, so that it lists only what is public and is the same for all.
 */
export async function buildCatalog(ctx: Ctx, origin: string, locale: Locale): Promise<CatalogView> {
	const anonymous: Ctx = { db: ctx.db, actor: anonymousActor };
	const t = (key: string, params?: Record<string, string>) => translate(key, params, locale);
	const networks = await listNetworks(anonymous);
	const site = networks.find((n) => n.slug === defaultNetworkSlug()) ?? networks[0];
	const siteName = site ? pickLocalized(site.name, locale) : t('od_catalog_title');

	const datasets: DatasetView[] = [];
	const unFigures = await unContributions(anonymous, origin, t);
	if (unFigures) datasets.push(unFigures);
	for (const network of networks) {
		const name = pickLocalized(network.name, locale);
		datasets.push(
			...(await networkDatasets(anonymous, origin, locale, t, { slug: network.slug, name }))
		);
	}
	return {
		id: `${origin}/api/v1/catalog`,
		title: t('od_catalog_title'),
		description: t('od_catalog_description'),
		publisher: { name: siteName, homepage: origin },
		homepage: `${origin}/open-data`,
		language: locale,
		modified: latest(datasets.map((d) => d.modified)),
		datasets
	};
}

type Translate = (key: string, params?: Record<string, string>) => string;

function distribution(
	datasetId: string,
	format: FormatKey,
	title: string,
	accessUrl: string,
	license: string,
	modified: string
): DistributionView {
	return { id: `${datasetId}/${format}`, title, format, accessUrl, license, modified };
}

async function unContributions(
	ctx: Ctx,
	origin: string,
	t: Translate
): Promise<DatasetView | null> {
	const dataset = await loadDataset(ctx.db);
	if (!dataset.importedAt || dataset.months.length === 0) return null;
	const modified = dataset.importedAt.toISOString();
	const id = 'un-contributions';
	return {
		id,
		network: null,
		title: t('od_un_title'),
		description: t('od_un_description', {
			first: dataset.months[0]!,
			latest: dataset.months.at(-1)!
		}),
		publisher: t('od_un_publisher'),
		landingPage: `${origin}/statistics`,
		keywords: ['peacekeeping', 'uniformed personnel', 'gender'],
		count: null,
		modified,
		distributions: [
			distribution(
				id,
				'csv',
				t('od_un_csv'),
				`${origin}/statistics/download?view=overview&table=personnel&format=csv`,
				unLicense,
				modified
			),
			distribution(
				id,
				'json',
				t('od_un_json'),
				`${origin}/api/v1/statistics/contributions?groupBy=country`,
				unLicense,
				modified
			)
		]
	};
}

async function networkDatasets(
	ctx: Ctx,
	origin: string,
	locale: Locale,
	t: Translate,
	network: { slug: string; name: string }
): Promise<DatasetView[]> {
	const base = `${origin}/networks/${network.slug}`;
	const api = `${origin}/api/v1/networks/${network.slug}`;
	const params = { network: network.name };
	const datasets: DatasetView[] = [];
	const listed = (
		key: string,
		page: string,
		count: number,
		modified: string,
		keywords: string[],
		distributions: [FormatKey, string, string][]
	): DatasetView => {
		const id = `${network.slug}/${key}`;
		return {
			id,
			network,
			title: t(`od_${key.replace('-', '_')}_title`, params),
			description: t(`od_${key.replace('-', '_')}_description`, params),
			publisher: network.name,
			landingPage: page,
			keywords,
			count,
			modified,
			distributions: distributions.map(([format, title, url]) =>
				distribution(id, format, title, url, networkLicense, modified)
			)
		};
	};

	// One transaction is one connection: the areas are read one after another.
	const events = await everyItem(1000, (offset) =>
		listEvents(ctx, network.slug, { limit: 1000, offset })
	);
	const eventsModified = latest(events.map((e) => e.updatedAt));
	if (eventsModified) {
		datasets.push(
			listed(
				'calendar',
				`${base}/calendar`,
				events.length,
				eventsModified,
				['calendar'],
				[
					['ical', t('od_ical'), `${base}/calendar.ics`],
					['json', t('od_json'), `${api}/events`]
				]
			)
		);
	}

	const declarations = (await listDeclarations(ctx, network.slug, locale)).items.filter(
		(d) => d.adoptedAt !== null
	);
	for (const declaration of declarations) {
		const id = `${network.slug}/declarations/${declaration.id}`;
		const modified = new Date(declaration.adoptedAt!).toISOString();
		const page = `${base}/declarations/${declaration.id}`;
		datasets.push({
			id,
			network,
			title: declaration.title,
			titleLanguage: declaration.titleLanguage,
			description: t('od_declaration_description', {
				network: network.name,
				conference: declaration.conference.name
			}),
			publisher: network.name,
			landingPage: page,
			keywords: ['declaration'],
			count: null,
			modified,
			distributions: [
				distribution(id, 'pdf', t('od_pdf'), `${page}/export.pdf`, networkLicense, modified),
				distribution(id, 'text', t('od_text'), `${page}/export.txt`, networkLicense, modified)
			]
		});
	}

	const documents = await everyItem(200, (offset) =>
		listDocuments(ctx, network.slug, { level: 'public', limit: 200, offset })
	);
	const documentsModified = latest(documents.map((d) => d.updatedAt));
	if (documentsModified) {
		datasets.push(
			listed(
				'documents',
				`${base}/documents`,
				documents.length,
				documentsModified,
				['documents'],
				[['json', t('od_json'), `${api}/documents?level=public`]]
			)
		);
	}

	const pledges = await everyItem(200, (offset) =>
		listPledges(ctx, network.slug, { limit: 200, offset })
	);
	const pledgesModified = latest(pledges.map((p) => p.updatedAt));
	if (pledgesModified) {
		datasets.push(
			listed(
				'pledges',
				`${base}/pledges`,
				pledges.length,
				pledgesModified,
				['pledges', 'capabilities'],
				[['json', t('od_json'), `${api}/pledges`]]
			)
		);
	}

	const notes = await everyItem(500, (offset) =>
		listSituationNotes(ctx, network.slug, { limit: 500, offset })
	);
	const notesModified = latest(notes.map((n) => n.updatedAt));
	if (notesModified) {
		datasets.push(
			listed(
				'situation-notes',
				`${base}/situation-notes`,
				notes.length,
				notesModified,
				['situation', 'missions'],
				[['json', t('od_json'), `${api}/situation-notes`]]
			)
		);
	}
	return datasets;
}
