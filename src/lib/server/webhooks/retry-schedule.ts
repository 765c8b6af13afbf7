/** A delivery is retried for a day after its event, then given up. */
export const retryWindowMs = 24 * 60 * 60 * 1000;

/** The wait after the first failure; each later one is three times the one before. */
const firstRetryMs = 60 * 1000;

/**
 * When to try a delivery again after `attempts` failed attempts, or null to give up. The waits
 * grow exponentially (1, 3, 9, 27 minutes…) and the last try falls at the end of the window, so a
 * receiver that is down for most of a day still gets the event.
 */
export function nextAttemptAt(createdAt: Date, attempts: number, now: Date): Date | null {
	const deadline = createdAt.getTime() + retryWindowMs;
	if (now.getTime() >= deadline) return null;
	const wait = firstRetryMs * 3 ** Math.max(0, attempts - 1);
	return new Date(Math.min(now.getTime() + wait, deadline));
}
