import { formats, type CatalogView, type DatasetView, type DistributionView } from './catalog-view';

/** The vocabularies DCAT-AP uses, by the prefixes the document is written with. */
export const catalogContext = {
	dcat: 'http://www.w3.org/ns/dcat#',
	dct: 'http://purl.org/dc/terms/',
	foaf: 'http://xmlns.com/foaf/0.1/',
	xsd: 'http://www.w3.org/2001/XMLSchema#'
} as const;

/** ISO 639-1 to the EU language authority DCAT-AP expects for `dct:language`. */
const euLanguage: Record<string, string> = { es: 'SPA', en: 'ENG', pt: 'POR', fr: 'FRA' };

const text = (value: string, language: string) => ({ '@value': value, '@language': language });
const dateTime = (value: string) => ({ '@value': value, '@type': 'xsd:dateTime' });
const ref = (iri: string) => ({ '@id': iri });

function distributionNode(d: DistributionView, catalogId: string, language: string) {
	const format = formats[d.format];
	return {
		'@id': `${catalogId}#${encodeURI(d.id)}`,
		'@type': 'dcat:Distribution',
		'dct:title': text(d.title, language),
		'dcat:accessURL': ref(d.accessUrl),
		'dcat:downloadURL': ref(d.accessUrl),
		'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${format.mediaType}`),
		'dct:format': ref(
			`http://publications.europa.eu/resource/authority/file-type/${format.fileType}`
		),
		'dct:license': ref(d.license),
		'dct:modified': dateTime(d.modified)
	};
}

function datasetNode(d: DatasetView, catalogId: string, language: string) {
	return {
		'@id': `${catalogId}#${encodeURI(d.id)}`,
		'@type': 'dcat:Dataset',
		'dct:identifier': d.id,
		'dct:title': text(d.title, d.titleLanguage ?? language),
		'dct:description': text(d.description, language),
		'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': d.publisher },
		'dcat:landingPage': ref(d.landingPage),
		'dcat:keyword': d.keywords.map((k) => text(k, 'en')),
		'dct:modified': dateTime(d.modified),
		'dcat:distribution': d.distributions.map((x) => distributionNode(x, catalogId, language))
	};
}

/** The catalogue as DCAT-AP JSON-LD, in compacted form with the prefixes of `catalogContext`. */
export function catalogJsonLd(catalog: CatalogView) {
	const language = catalog.language;
	return {
		'@context': catalogContext,
		'@id': catalog.id,
		'@type': 'dcat:Catalog',
		'dct:title': text(catalog.title, language),
		'dct:description': text(catalog.description, language),
		'dct:publisher': {
			'@id': catalog.publisher.homepage,
			'@type': 'foaf:Agent',
			'foaf:name': catalog.publisher.name
		},
		'foaf:homepage': ref(catalog.homepage),
		'dct:language': ref(
			`http://publications.europa.eu/resource/authority/language/${euLanguage[language] ?? 'SPA'}`
		),
		...(catalog.modified ? { 'dct:modified': dateTime(catalog.modified) } : {}),
		'dcat:dataset': catalog.datasets.map((d) => datasetNode(d, catalog.id, language))
	};
}
