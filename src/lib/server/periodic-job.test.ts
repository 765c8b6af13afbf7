import { describe, expect, it, vi } from 'vitest';
import { startPeriodicJob } from './periodic-job';

describe('startPeriodicJob', () => {
	it('runs at once, skips a tick while a pass is under way, and waits for it on stop', async () => {
		vi.useFakeTimers();
		try {
			let passes = 0;
			let finish: () => void = () => {};
			const stop = startPeriodicJob(
				'test job',
				() => {
					passes++;
					return new Promise<void>((resolve) => {
						finish = resolve;
					});
				},
				1000
			);
			expect(passes).toBe(1);
			vi.advanceTimersByTime(3000);
			expect(passes).toBe(1);
			finish();
			await vi.advanceTimersByTimeAsync(1000);
			expect(passes).toBe(2);
			const stopped = stop();
			finish();
			await stopped;
			vi.advanceTimersByTime(5000);
			expect(passes).toBe(2);
		} finally {
			vi.useRealTimers();
		}
	});

	it('logs a failed pass and runs again at the next tick', async () => {
		vi.useFakeTimers();
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			let passes = 0;
			const stop = startPeriodicJob(
				'failing job',
				() => {
					passes++;
					return Promise.reject(new Error('down'));
				},
				1000
			);
			await vi.advanceTimersByTimeAsync(1000);
			expect(passes).toBe(2);
			expect(log).toHaveBeenCalledWith('failing job failed:', expect.any(Error));
			await stop();
		} finally {
			log.mockRestore();
			vi.useRealTimers();
		}
	});
});
