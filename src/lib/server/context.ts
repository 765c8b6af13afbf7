import type { Database } from './db/client';
import type { Actor } from './access/actor';

/** What every domain function receives: where the data is, and who is acting. */
export interface Ctx {
	db: Database;
	actor: Actor;
}
