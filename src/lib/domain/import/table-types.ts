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

/**
 * Why a file could not be read; the screens show `import.error.<code>`.
 * `not_utf8`: a CSV saved by Excel's plain "CSV (Comma delimited)" is in the Windows code
 * page, which mangles Vietnamese; the admin needs to be told to save it as "CSV UTF-8".
 */
export type ImportFileErrorCode = 'unsupported_file' | 'unreadable_file' | 'empty_file' | 'not_utf8';
