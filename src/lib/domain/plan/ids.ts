/**
 * Lists edited as a whole (programme, agencies, categories, units, people) keep the ids of
 * the entries they already had; anything else gets a fresh id (a client cannot pick ids).
 */
export function assignIds<T extends { id?: string }>(
	inputs: T[],
	existing: readonly { id: string }[],
	newId: () => string
): (Omit<T, 'id'> & { id: string })[] {
	const known = new Set(existing.map((e) => e.id));
	const seen = new Set<string>();
	return inputs.map(({ id, ...rest }) => {
		const keep = id !== undefined && known.has(id) && !seen.has(id);
		const assigned = keep ? id : newId();
		seen.add(assigned);
		return { ...rest, id: assigned } as Omit<T, 'id'> & { id: string };
	});
}
