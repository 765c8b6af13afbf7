/** The download address of a view; the section adds its table and the format. */
export function downloadBase(params: Record<string, string>): string {
	return `/statistics/download?${new URLSearchParams(params).toString()}`;
}
