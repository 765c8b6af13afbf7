interface CatalogEndpoint {
	method: 'get';
	path: string;
	summary: string;
	public: boolean;
	file: string;
}

/** The open data catalogue, listed in the OpenAPI document. */
export const catalogEndpoints: CatalogEndpoint[] = [
	{
		method: 'get',
		path: '/catalog',
		summary:
			'Every public dataset with its downloads, licence and latest change, as a DCAT-AP catalogue in JSON-LD',
		public: true,
		file: 'application/ld+json'
	}
];
