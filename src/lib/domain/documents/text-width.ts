/**
 * Rough width of a line of Times New Roman, to narrow a paragraph-border rule to the length
 * of its text in the .docx (Word has no "underline as long as the text" for a centred line
 * without underlining the text itself). Widths are the Adobe Times AFM metrics, which Times
 * New Roman matches closely; Vietnamese letters count as their base letter.
 */
const ROMAN: Record<string, number> = {
	' ': 250, '-': 333, ',': 250, '.': 250, '*': 500,
	A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
	N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
	a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
	n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444
};
const BOLD: Record<string, number> = {
	...ROMAN,
	C: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944, O: 778, P: 611, Q: 778,
	R: 722, T: 667, W: 1000, Z: 667,
	b: 556, d: 556, h: 556, j: 333, k: 556, m: 833, n: 556, p: 556, q: 556, r: 444, t: 333, u: 556
};

const base = (ch: string) => ch.normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd').replace('Đ', 'D');

/** Width in twips of `text` at `size` points. */
export function textWidthTwips(text: string, size: number, bold = false): number {
	const table = bold ? BOLD : ROMAN;
	let units = 0;
	for (const ch of text) units += table[base(ch)] ?? 500;
	return Math.round((units / 1000) * size * 20);
}
