import type { ColumnMapping, MappedRows } from './map-rows';

/**
 * `mapRows` names a problem's field by its column header; a field with no column (the
 * salutation taken from the name, a defaulted category) would show our code name
 * ("salutation"). This puts the field's label in its place.
 */
export function withFieldLabels<F extends string, T>(result: MappedRows<T>, mapping: ColumnMapping<F>, labels: Record<F, string>): MappedRows<T> {
	const problems = result.problems.map((problem) => {
		const field = problem.field as F | null;
		if (field === null || mapping[field] !== undefined || !(field in labels)) return problem;
		return { ...problem, message: problem.message.replace(`: ${field}: `, `: ${labels[field]}: `) };
	});
	return { ...result, problems };
}
