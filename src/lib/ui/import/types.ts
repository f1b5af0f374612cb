/** One thing the wizard asks a column for (a delegate's name, an opinion's content…). */
export interface ImportField<F extends string> {
	key: F;
	label: string;
	required?: boolean;
	/** Shown under the select: where the value may come from when there is no column. */
	help?: string;
}

/** Excel's column letters (A, B, … Z, AA): what the admin sees above the header in Excel. */
export function columnLetter(index: number): string {
	let letters = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}
