// The part of autocannon's API the bench uses; the package ships no types of its own.
declare module 'autocannon' {
	interface Histogram {
		average: number;
		p50: number;
		p99: number;
		max: number;
	}
	/** One request as autocannon is about to write it; `setupRequest` may return a changed copy. */
	interface RequestData {
		method: string;
		path: string;
		headers: Record<string, string>;
		body?: string | Buffer;
	}
	interface Request {
		method?: string;
		path?: string;
		headers?: Record<string, string>;
		body?: string | Buffer;
		setupRequest?: (request: RequestData, context: Record<string, unknown>) => RequestData;
	}
	interface Options {
		url: string;
		connections?: number;
		duration?: number;
		headers?: Record<string, string>;
		requests?: Request[];
	}
	interface Result {
		requests: Histogram & { total: number };
		latency: Histogram;
		errors: number;
		timeouts: number;
		non2xx: number;
	}
	function autocannon(options: Options): Promise<Result>;
	export default autocannon;
}
