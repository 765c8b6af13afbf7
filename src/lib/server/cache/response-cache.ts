import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { ChangeFeed } from './change-feed';
import type { ReadAudit } from '../audit/read-audit';

export interface StoredResponse {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	etag: string;
	/** The body compressed once, for readers on slow links whose browsers accept it. */
	gzipped: Uint8Array<ArrayBuffer> | null;
	/** The restricted reads the rendering made: every answer from this copy is audited again. */
	reads: readonly ReadAudit[];
	/** When the reader's session ends: the copy is theirs only until then. */
	validUntil: Date | null;
}

/** A rendered answer and the restricted reads made to render it. */
export interface Rendered {
	response: Response;
	reads: readonly ReadAudit[];
}

export interface ResponseCacheOptions {
	/** Total bytes of bodies kept. */
	maxBytes: number;
	/** Largest single body kept. */
	maxEntryBytes: number;
	/**
	 * Longest a copy is served even when nothing changed in the database: pages also depend on
	 * the date (the current Presidency, upcoming meetings).
	 */
	ttlMs: number;
}

export const defaultResponseCacheOptions: ResponseCacheOptions = {
	maxBytes: 32 * 1024 * 1024,
	maxEntryBytes: 2 * 1024 * 1024,
	ttlMs: 60_000
};

const minGzipBytes = 1024;

const storableTypes = ['text/html', 'application/json', 'application/problem+json', 'text/csv'];

/**
 * Rendered answers to reads, kept per reader and dropped by any change to the database. The key
 * holds everything the answer depends on besides the data: the address, the language and who is
 * asking (their user, participant and role), so one reader's copy is never served to another.
 * Concurrent identical reads wait for one rendering instead of each doing the work.
 */
export class ResponseCache {
	#entries: LRUCache<string, StoredResponse>;
	#rendering = new Map<string, Promise<StoredResponse | null>>();

	constructor(
		private readonly feed: Pick<ChangeFeed, 'version' | 'live'>,
		/** Writes the audit entries of restricted reads; an answer leaves only once they are. */
		private readonly audit: (reads: readonly ReadAudit[]) => Promise<void>,
		private readonly options: ResponseCacheOptions = defaultResponseCacheOptions
	) {
		this.#entries = new LRUCache<string, StoredResponse>({
			maxSize: options.maxBytes,
			sizeCalculation: (entry) => 1 + entry.body.byteLength + (entry.gzipped?.byteLength ?? 0),
			ttl: options.ttlMs
		});
	}

	get size(): number {
		return this.#entries.size;
	}

	/**
	 * Answers `request` from a copy made at the current database version for the same `keyParts`,
	 * or renders it once and keeps the result when it can be shared with the same reader.
	 */
	async respond(
		request: Request,
		keyParts: readonly string[],
		render: () => Promise<Rendered>,
		validUntil: Date | null = null
	): Promise<Response> {
		// A reload that asks for no cached answer gets a fresh rendering; so does everything while
		// the process cannot hear the database's changes.
		if (!this.feed.live || request.method !== 'GET' || asksForFreshCopy(headerReader(request))) {
			return this.#renderAudited(render);
		}
		const version = this.feed.version;
		const key = keyAt(version, keyParts);
		const stored = this.#fresh(key);
		if (stored) return this.#serve(request, stored);

		const pending = this.#rendering.get(key);
		if (pending) {
			const shared = await pending;
			return shared ? this.#serve(request, shared) : this.#renderAudited(render);
		}

		let settle: (stored: StoredResponse | null) => void = () => {};
		this.#rendering.set(
			key,
			new Promise((resolve) => {
				settle = resolve;
			})
		);
		try {
			const { response, reads } = await render();
			const captured = await this.#capture(response, reads, validUntil);
			settle(captured);
			if (!captured) {
				await this.audit(reads);
				return response;
			}
			// A change that landed while rendering may or may not be in this copy: keep it only if
			// nothing changed.
			const fits = captured.body.byteLength <= this.options.maxEntryBytes;
			if (fits && this.feed.live && this.feed.version === version) this.#entries.set(key, captured);
			return await this.#serve(request, captured);
		} catch (error) {
			settle(null);
			throw error;
		} finally {
			this.#rendering.delete(key);
		}
	}

	/**
	 * The copy for `keyParts`, if one may be served now, for answering before the request reaches
	 * the framework. The caller audits its reads (`serveStored`).
	 */
	lookUp(request: { header(name: string): string | null }, keyParts: readonly string[]) {
		if (!this.feed.live || asksForFreshCopy(request)) return undefined;
		return this.#fresh(keyAt(this.feed.version, keyParts));
	}

	/** Audits a copy's reads, then says what to send for it. */
	async serveStored(
		request: { header(name: string): string | null },
		stored: StoredResponse
	): Promise<Representation> {
		await this.audit(stored.reads);
		return representation(request, stored);
	}

	#fresh(key: string): StoredResponse | undefined {
		const stored = this.#entries.get(key);
		if (stored?.validUntil && stored.validUntil.getTime() <= Date.now()) {
			this.#entries.delete(key);
			return undefined;
		}
		return stored;
	}

	async #renderAudited(render: () => Promise<Rendered>): Promise<Response> {
		const { response, reads } = await render();
		await this.audit(reads);
		return response;
	}

	async #serve(request: Request, stored: StoredResponse): Promise<Response> {
		const chosen = await this.serveStored(headerReader(request), stored);
		return new Response(chosen.body, { status: chosen.status, headers: chosen.headers });
	}

	async #capture(
		response: Response,
		reads: readonly ReadAudit[],
		validUntil: Date | null
	): Promise<StoredResponse | null> {
		if (response.status !== 200 || response.headers.has('set-cookie')) return null;
		const type = response.headers.get('content-type') ?? '';
		if (!storableTypes.some((t) => type.startsWith(t))) return null;
		const length = Number(response.headers.get('content-length') ?? '0');
		if (length > this.options.maxEntryBytes) return null;
		const body = new Uint8Array(await response.arrayBuffer());
		const headers = [...response.headers].filter(([name]) => name !== 'content-length');
		const etag =
			response.headers.get('etag') ??
			`"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
		const gzipped =
			body.byteLength >= minGzipBytes ? new Uint8Array(gzipSync(body, { level: 6 })) : null;
		return { status: response.status, headers, body, etag, gzipped, reads, validUntil };
	}
}

/**
 * What identifies a read besides the database's version: the address and every request header a
 * cacheable route's answer can depend on (the cookies carry the session and the chosen language;
 * the API follows Accept-Language). Raw values, so equal keys mean equal inputs.
 */
export function readKey(request: {
	pathAndQuery: string;
	header(name: string): string | null;
}): string[] {
	return [
		request.pathAndQuery,
		request.header('cookie') ?? '',
		request.header('authorization') ?? '',
		request.header('accept-language') ?? ''
	];
}

export function headerReader(request: Request) {
	return { header: (name: string) => request.headers.get(name) };
}

export interface Representation {
	status: number;
	headers: Headers;
	body: Uint8Array<ArrayBuffer> | null;
}

function keyAt(version: number, keyParts: readonly string[]): string {
	return `${version}\u0000${keyParts.join('\u0000')}`;
}

function asksForFreshCopy(request: { header(name: string): string | null }): boolean {
	const cacheControl = request.header('cache-control') ?? '';
	return /\bno-cache\b|\bno-store\b/i.test(cacheControl) || request.header('pragma') !== null;
}

function representation(
	request: { header(name: string): string | null },
	stored: StoredResponse
): Representation {
	const headers = new Headers(stored.headers);
	const gzip = stored.gzipped !== null && acceptsGzip(request.header('accept-encoding'));
	// Each encoding is its own representation, so it has its own tag.
	const etag = gzip ? `${stored.etag.slice(0, -1)}-gz"` : stored.etag;
	headers.set('etag', etag);
	if (stored.gzipped !== null) headers.append('vary', 'Accept-Encoding');
	const ifNoneMatch = request.header('if-none-match');
	if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
		headers.delete('content-type');
		return { status: 304, headers, body: null };
	}
	const body = gzip ? stored.gzipped! : stored.body;
	if (gzip) headers.set('content-encoding', 'gzip');
	headers.set('content-length', String(body.byteLength));
	return { status: stored.status, headers, body };
}

function acceptsGzip(accepted: string | null): boolean {
	return accepted !== null && /\bgzip\b(?!;q=0(?:\.0*)?\b)/i.test(accepted);
}
