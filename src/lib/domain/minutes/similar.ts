import { foldVietnamese } from '../search';
import type { CollectedOpinion } from '../types';

/**
 * Words too common in petitions to say two of them are about the same thing.
 * Folded (no tones), as the comparison is.
 */
const COMMON = new Set(
	'va cua cho cac nhung mot la co khong duoc da dang se voi tai tren trong ve de nay do thi ma nhu nhan dan de nghi kien nghi y kien xem xet giai quyet phuong xa to dan pho thon bi khi rat nen lam nhieu nguoi viec hien nay cung con'.split(' ')
);

/** The meaningful words of a text, folded: "Đường ngõ 5 bị ngập" → {duong, ngo, ngap}. */
export function keywords(text: string): Set<string> {
	return new Set(
		foldVietnamese(text)
			.split(/[^a-z0-9]+/)
			.filter((w) => w.length >= 2 && !COMMON.has(w))
	);
}

export interface CollectedMatch {
	opinion: CollectedOpinion;
	/** Share of the shorter text's words found in the other, 0–1. */
	score: number;
}

/**
 * [N8] Collected opinions a spoken one may repeat: same field (ignoring tones and case; an
 * opinion with no field yet is compared with every field), at least two shared words, and
 * most of the shorter text's words in common. Best first.
 */
export function suggestCollected(
	collected: readonly CollectedOpinion[],
	spoken: { field: string; content: string },
	{ limit = 3, threshold = 0.4 } = {}
): CollectedMatch[] {
	const field = foldVietnamese(spoken.field);
	const words = keywords(spoken.content);
	if (words.size < 2) return [];
	return collected
		.filter((o) => !field || foldVietnamese(o.field) === field)
		.map((opinion) => {
			const theirs = keywords(opinion.content);
			const shared = [...words].filter((w) => theirs.has(w)).length;
			const score = shared < 2 ? 0 : shared / Math.min(words.size, theirs.size);
			return { opinion, score };
		})
		.filter((m) => m.score >= threshold)
		.sort((a, b) => b.score - a.score)
		.slice(0, limit);
}
