import type { DatabaseHandle } from '../db/client';

/** The channel the database triggers of migration 0016 notify on every committed change. */
export const changeChannel = 'app_change';

/**
 * The process's view of how fresh its copies of database data are. Every committed change anywhere
 * (this process, another worker, the command line) moves `version` on, so a copy made at an older
 * version is never used again. While the feed cannot hear the database, it is not `live` and
 * nothing may be served from a copy.
 */
export class ChangeFeed {
	#version = 0;
	#live = false;
	#stop: (() => Promise<void>) | null = null;
	#waiting: (() => void)[] = [];

	get version(): number {
		return this.#version;
	}

	get live(): boolean {
		return this.#live;
	}

	/** Something changed, or may have: drop every copy made before now. */
	noteChange(): void {
		this.#version += 1;
		const waiting = this.#waiting;
		this.#waiting = [];
		for (const wake of waiting) wake();
	}

	/** Settles at the next change: for whoever must wait until a write elsewhere is heard. */
	nextChange(): Promise<void> {
		return new Promise((resolve) => this.#waiting.push(resolve));
	}

	async follow(handle: Pick<DatabaseHandle, 'listen'>): Promise<void> {
		await this.stop();
		this.#stop = await handle.listen(changeChannel, {
			notify: () => this.noteChange(),
			connected: (isConnected) => {
				// Changes made while deaf are unknown, so both edges start a new version.
				this.noteChange();
				this.#live = isConnected;
			}
		});
	}

	async stop(): Promise<void> {
		const stop = this.#stop;
		this.#stop = null;
		this.#live = false;
		this.noteChange();
		await stop?.();
	}
}
