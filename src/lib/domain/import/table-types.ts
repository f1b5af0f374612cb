/**
 * A spreadsheet or CSV file read into plain text cells. Lives in the domain so that row
 * mapping can use it; reading the file itself is server work (`$lib/server/import/table`).
 */
export interface Table {
	headers: string[];
	/** Data rows, each as wide as `headers`; a missing cell is ''. */
	rows: string[][];
	/** 1-based row number in the file for each data row (header is row 1) */
	rowNumbers: number[];
}
