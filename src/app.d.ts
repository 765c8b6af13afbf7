import type { Actor } from '$lib/server/access/actor';
import type { Ctx } from '$lib/server/context';
import type { UserRow } from '$lib/server/auth/repository';

declare global {
	namespace App {
		interface Locals {
			ctx: Ctx;
			actor: Actor;
			user: UserRow | null;
			/** Password checked, TOTP still owed. */
			pendingSecondFactor: boolean;
			sessionHash: string | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
