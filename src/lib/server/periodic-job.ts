/**
 * Runs `work` at once and then every `intervalMs`. A pass still under way is not started again,
 * and a failed pass is logged under `name` and retried at the next tick. The timer does not keep
 * the process alive; the returned function stops it and waits for the pass under way.
 */
export function startPeriodicJob(
	name: string,
	work: () => Promise<unknown>,
	intervalMs: number
): () => Promise<void> {
	let running: Promise<void> | null = null;
	const run = () => {
		if (running) return;
		running = work()
			.then(() => undefined)
			.catch((error: unknown) => {
				console.error(`${name} failed:`, error);
			})
			.finally(() => {
				running = null;
			});
	};
	run();
	const timer = setInterval(run, intervalMs);
	timer.unref();
	return async () => {
		clearInterval(timer);
		await running;
	};
}
