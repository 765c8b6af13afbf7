import { ValidationError } from '../errors';

/** The kinds of file the platform keeps, known by their first bytes. */
export const uploadKinds = {
	pdf: {
		contentType: 'application/pdf',
		extension: 'pdf',
		magic: [Buffer.from('%PDF-', 'latin1')]
	},
	png: {
		contentType: 'image/png',
		extension: 'png',
		magic: [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]
	},
	jpeg: { contentType: 'image/jpeg', extension: 'jpg', magic: [Buffer.from([0xff, 0xd8, 0xff])] }
} as const;
export type UploadKind = keyof typeof uploadKinds;

export interface Upload {
	filename: string;
	contentType: (typeof uploadKinds)[UploadKind]['contentType'];
	size: number;
	data: Buffer;
}

export interface UploadRules {
	kinds: readonly UploadKind[];
	maxBytes: number;
	/** The form field the messages attach to. */
	path: string;
	/** Message keys, in the area's own words. */
	tooLarge: string;
	wrongKind: string;
}

/** The kind the bytes say they are, whatever name or type the browser claimed. */
export function sniffKind(data: Buffer, kinds: readonly UploadKind[]): UploadKind | undefined {
	return kinds.find((kind) =>
		uploadKinds[kind].magic.some((magic) => data.subarray(0, magic.length).equals(magic))
	);
}

/** A file name safe to store and to send back in a header: letters, digits and a few marks. */
export function safeFilename(name: string, kind: UploadKind): string {
	const cleaned = name
		.replace(/[^\p{L}\p{N}._ -]/gu, '_')
		.trim()
		.slice(0, 200);
	return cleaned || `file.${uploadKinds[kind].extension}`;
}

/** Reads one uploaded file; none (or an empty one) is `undefined`. */
export async function readUpload(
	file: File | null | undefined,
	rules: UploadRules
): Promise<Upload | undefined> {
	if (!file || file.size === 0) return undefined;
	if (file.size > rules.maxBytes) {
		throw new ValidationError([{ path: rules.path, message: rules.tooLarge }]);
	}
	const data = Buffer.from(await file.arrayBuffer());
	const kind = sniffKind(data, rules.kinds);
	if (!kind) throw new ValidationError([{ path: rules.path, message: rules.wrongKind }]);
	return {
		filename: safeFilename(file.name, kind),
		contentType: uploadKinds[kind].contentType,
		size: data.length,
		data
	};
}
