import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { isHttpError, isRedirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { handle } from '../../../src/hooks.server';
import { runtimeDb, startRuntime, stopRuntime } from '../../../src/lib/server/runtime';
import type { Database } from '../../../src/lib/server/db/client';
import { testDbKind } from './test-db';

type Handler = (event: RequestEvent) => Promise<Response> | Response;
type Endpoint = Partial<Record<string, Handler>>;

/** Every endpoint of the application (`+server.ts`), by route id. */
const endpointModules = import.meta.glob<Endpoint>('/src/routes/**/+server.ts');

interface Route {
	id: string;
	pattern: RegExp;
	names: string[];
	load: () => Promise<Endpoint>;
}

const routes: Route[] = Object.entries(endpointModules).map(([file, load]) => {
	const id = file.replace(/^\/src\/routes/, '').replace(/\/\+server\.ts$/, '') || '/';
	const names: string[] = [];
	const source = id
		.split('/')
		.map((segment) =>
			segment
				.split(/(\[\w+\])/)
				.map((part) => {
					const param = part.match(/^\[(\w+)\]$/);
					if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
					names.push(param[1]!);
					return '([^/]+?)';
				})
				.join('')
		)
		.join('/');
	return { id, pattern: new RegExp(`^${source}/?$`), names, load };
});
// Fixed segments win over parameters, as in the framework's own ordering.
routes.sort((a, b) => a.names.length - b.names.length);

function cookieJar(request: Request): Cookies {
	const values = new Map<string, string>();
	for (const part of (request.headers.get('cookie') ?? '').split(';')) {
		const at = part.indexOf('=');
		if (at > 0) values.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1)));
	}
	return {
		get: (name) => values.get(name),
		getAll: () => [...values].map(([name, value]) => ({ name, value })),
		set: (name, value) => void values.set(name, value),
		delete: (name) => void values.delete(name),
		serialize: (name, value) => `${name}=${value}`
	};
}

function errorAnswer(error: unknown): Response {
	if (isRedirect(error))
		return new Response(null, { status: error.status, headers: { location: error.location } });
	if (isHttpError(error)) {
		return new Response(JSON.stringify(error.body), {
			status: error.status,
			headers: { 'content-type': 'application/json' }
		});
	}
	throw error;
}

export interface TestApp {
	origin: string;
	db: Database;
	/** Sends a request through the server hook and the route, as the framework would. */
	request: (path: string, init?: RequestInit & { address?: string }) => Promise<Response>;
	close: () => Promise<void>;
}

/**
 * The application in this process, on a fresh database (embedded or a new database on the
 * PostgreSQL server of the run), answering requests to its endpoints (`+server.ts`) through the
 * real server hook: input checks, credentials, headers. Pages are not rendered: only endpoints
 * are routed.
 */
export async function startTestApp(): Promise<TestApp> {
	const origin = 'http://app.test';
	process.env.ORIGIN = origin;
	let dataDir: string | undefined;
	if (testDbKind === 'pglite') {
		dataDir = mkdtempSync(join(tmpdir(), 'relacopaz-app-'));
		process.env.DATA_DIR = dataDir;
		process.env.DATABASE_URL = '';
	} else {
		const adminUrl = process.env.TEST_DATABASE_URL!;
		const name = `t_${randomBytes(6).toString('hex')}`;
		const admin = new pg.Client({ connectionString: adminUrl });
		await admin.connect();
		await admin.query(`CREATE DATABASE ${name}`);
		await admin.end();
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		process.env.DATABASE_URL = url.toString();
	}
	await startRuntime();

	async function request(
		path: string,
		init: RequestInit & { address?: string } = {}
	): Promise<Response> {
		const { address = '203.0.113.7', ...rest } = init;
		const req = new Request(`${origin}${path}`, rest);
		const url = new URL(req.url);
		let pathname: string | null;
		try {
			pathname = decodeURI(url.pathname);
		} catch {
			pathname = null;
		}
		const route = pathname === null ? undefined : routes.find((r) => r.pattern.test(url.pathname));
		const params: Record<string, string> = {};
		if (route) {
			const match = url.pathname.match(route.pattern)!;
			route.names.forEach((name, i) => {
				try {
					params[name] = decodeURIComponent(match[i + 1]!);
				} catch {
					params[name] = match[i + 1]!;
				}
			});
		}
		const event = {
			request: req,
			url,
			params,
			route: { id: route?.id ?? null },
			locals: {},
			cookies: cookieJar(req),
			getClientAddress: () => address,
			isDataRequest: false,
			isSubRequest: false,
			isRemoteRequest: false,
			platform: undefined,
			setHeaders: () => {},
			fetch: globalThis.fetch
		} as unknown as RequestEvent;
		try {
			return await handle({
				event,
				resolve: async (resolved) => {
					if (pathname === null) return new Response('Malformed URI', { status: 400 });
					if (!route) return new Response('Not found', { status: 404 });
					const endpoint = await route.load();
					const method = req.method === 'HEAD' ? 'GET' : req.method;
					const handler = endpoint[method];
					if (!handler) return new Response('Method not allowed', { status: 405 });
					try {
						return await handler(resolved);
					} catch (error) {
						return errorAnswer(error);
					}
				}
			});
		} catch (error) {
			return errorAnswer(error);
		}
	}

	return {
		origin,
		db: runtimeDb(),
		request,
		async close() {
			await stopRuntime();
			if (dataDir) rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
