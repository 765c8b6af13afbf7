import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';

const apiRoot = path.resolve('src/routes/api/v1');
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every `+server.ts` under the API folder, with the methods it exports. */
function routeFiles(dir = apiRoot): { route: string; methods: string[] }[] {
	const found: { route: string; methods: string[] }[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) found.push(...routeFiles(full));
		else if (entry.name === '+server.ts') {
			const source = readFileSync(full, 'utf8');
			found.push({
				route: '/' + path.relative(apiRoot, dir).split(path.sep).join('/'),
				methods: methods.filter((m) =>
					new RegExp(`export\\s+(const|(async\\s+)?function)\\s+${m}\\b`).test(source)
				)
			});
		}
	}
	return found;
}

/** A route's address as a pattern: `[name]` stands for `{name}` or for the values it documents. */
function routePattern(route: string): RegExp {
	const source = route
		.split(/(\[\w+\])/)
		.map((part) =>
			/^\[\w+\]$/.test(part)
				? `(\\{${part.slice(1, -1)}\\}|[^/{}]+)`
				: part.replace(/[.*+?^${}()|\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${source}$`);
}

describe('the OpenAPI document', () => {
	const doc = buildOpenApiDocument('https://platform.example.test/api/v1');
	const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
		Object.keys(ops).map((method) => `${method.toUpperCase()} ${p}`)
	);
	// The document describes the API, not itself.
	const routes = routeFiles().filter((r) => r.route !== '/openapi.json');

	it('finds the API routes', () => {
		expect(routes.length).toBeGreaterThan(20);
		expect(routes.every((r) => r.methods.length > 0)).toBe(true);
	});

	it('describes every method of every API route', () => {
		const undocumented = routes.flatMap(({ route, methods: ms }) =>
			ms
				.filter((m) => {
					const pattern = routePattern(route);
					return !Object.entries(doc.paths).some(
						([p, ops]) => pattern.test(p) && m.toLowerCase() in ops
					);
				})
				.map((m) => `${m} ${route}`)
		);
		expect(undocumented).toEqual([]);
	});

	it('describes no method that no route answers', () => {
		const unanswered = documented.filter((entry) => {
			const [method, p] = entry.split(' ') as [string, string];
			return !routes.some((r) => r.methods.includes(method) && routePattern(r.route).test(p));
		});
		expect(unanswered).toEqual([]);
	});

	it('describes request bodies from the validating schemas', () => {
		expect(doc.openapi).toBe('3.1.0');
		const create = doc.paths['/networks/{network}/documents']!.post as {
			requestBody: {
				content: Record<
					string,
					{ schema: { required: string[]; properties: { kind: { enum: string[] } } } }
				>;
			};
		};
		const schema = create.requestBody.content['application/json']!.schema;
		expect(schema.required).toEqual(
			expect.arrayContaining(['title', 'kind', 'language', 'releasability'])
		);
		expect(schema.properties.kind.enum).toContain('declaration');
	});
});
