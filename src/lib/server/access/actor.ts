/**
 * Who is acting. Built once per request from the session or API token, or by the CLI.
 * The database never trusts these fields: row-level security looks the user up again by id.
 */
export interface Actor {
	userId: string | null;
	email: string | null;
	isAdmin: boolean;
	participant: {
		id: string;
		code: string;
		networkId: string;
		status: 'member' | 'observer' | 'partner';
	} | null;
	role: 'focal_point' | 'editor' | 'viewer' | null;
}

export const anonymousActor: Actor = Object.freeze({
	userId: null,
	email: null,
	isAdmin: false,
	participant: null,
	role: null
});

/**
 * Whoever runs the command line or the startup seed: they hold the installation's data directory
 * or database, so they act as its administrator, without a user of their own.
 */
export const operatorActor: Actor = Object.freeze({
	userId: null,
	email: null,
	isAdmin: true,
	participant: null,
	role: null
});
