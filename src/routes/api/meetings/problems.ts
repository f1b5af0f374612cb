import type * as z from 'zod';
import type { PlanDocument } from '$lib/domain/plan/document';
import { foldVietnamese } from '$lib/domain/search';
import type { MessageKey } from '$lib/i18n/catalog';
import { translate, type MessageParams } from '$lib/i18n/translate';
import type { Problem } from './http';

const say = (key: MessageKey, params?: MessageParams) => translate('vi', key, params);

/**
 * Every schema problem, one per zod issue, in Vietnamese: whoever wrote the document by
 * hand fixes them all in one go instead of one per request.
 */
export function schemaProblems(error: z.ZodError): Problem[] {
	return error.issues.map((issue) => {
		const path = issue.path.map(String).join('.');
		if (issue.code === 'unrecognized_keys') return { path, message: say('api.problem.unknownKey', { keys: issue.keys.join(', ') }) };
		return { path, message: describe(issue) };
	});
}

function describe(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return say('import.problem.required');
			return issue.expected === 'number' || issue.expected === 'int' ? say('import.problem.notNumber') : say('import.problem.invalid');
		case 'too_small':
			if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? say('import.problem.required') : say('import.problem.tooShort', { minimum: Number(issue.minimum) });
			return say('import.problem.tooSmall', { minimum: Number(issue.minimum) });
		case 'too_big':
			return issue.origin === 'string' ? say('import.problem.tooLong', { maximum: Number(issue.maximum) }) : say('import.problem.tooBig', { maximum: Number(issue.maximum) });
		case 'invalid_format':
			if (issue.format === 'date') return say('api.problem.date');
			if (issue.format === 'regex' && issue.path.at(-1) === 'startTime') return say('api.problem.time');
			return say('import.problem.format');
		case 'invalid_value':
			return say('import.problem.notOneOf', { values: issue.values.map(String).join(', ') });
		default:
			return say('import.problem.invalid');
	}
}

/**
 * Delegates name their category and opinions their agency; a name that matches nothing is
 * listed here, every one of them. `meeting.create` applies the same rule (names compared
 * without tones or case) and stays the authority: this only makes the answer complete.
 */
export function referenceProblems(doc: PlanDocument): Problem[] {
	const categories = new Set(doc.categories.map((c) => foldVietnamese(c.name)));
	const agencies = new Set(doc.agencies.flatMap((a) => [foldVietnamese(a.name), foldVietnamese(a.shortName)]).filter(Boolean));
	const problems: Problem[] = [];
	doc.delegates.forEach((d, i) => {
		if (!categories.has(foldVietnamese(d.category))) problems.push({ path: `delegates.${i}.category`, message: say('api.problem.unknownCategory', { name: d.category }) });
	});
	doc.collectedOpinions.forEach((o, i) => {
		if (o.agency && !agencies.has(foldVietnamese(o.agency))) problems.push({ path: `collectedOpinions.${i}.agency`, message: say('api.problem.unknownAgency', { name: o.agency }) });
	});
	return problems;
}
