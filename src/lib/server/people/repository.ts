import type { Queryable } from '../db/client';
import { users } from '../db/schema';

export type NewUserRow = typeof users.$inferInsert;

export async function insertUser(q: Queryable, row: NewUserRow): Promise<string> {
	const [created] = await q.insert(users).values(row).returning({ id: users.id });
	return created!.id;
}
