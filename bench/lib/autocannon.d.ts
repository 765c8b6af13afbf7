// The part of autocannon's API the bench uses; the package ships no types of its own.
declare module 'autocannon' {
	interface Histogram {
		average: number;
		p50: number;
		p99: number;
		max: number;
	}
	interface Options {
		url: string;
		connections?: number;
		duration?: number;
		headers?: Record<string, string>;
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
