export interface BenchResult {
	name: string;
	value: number;
	unit: string;
	/** The number the result must stay under. */
	limit?: number;
}
