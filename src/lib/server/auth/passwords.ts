import argon2 from 'argon2';

export const minPasswordLength = 12;

export function hashPassword(password: string): Promise<string> {
	return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
	if (!hash) return false;
	try {
		return await argon2.verify(hash, password);
	} catch {
		return false;
	}
}

/** Spends the same time as a real check, so unknown emails cannot be told apart by timing. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
	dummyHash ??= hashPassword('not-a-real-password-for-timing');
	await verifyPassword(await dummyHash, password);
}
