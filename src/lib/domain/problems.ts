import type * as z from 'zod';
import { translate, type MessageParams } from '../i18n/translate';
import type { MessageKey } from '../i18n/catalog';
import { valueAt } from './field-problems';

const say = (key: MessageKey, params?: MessageParams) => translate('vi', key, params);

/**
 * The one translator from a zod issue to Vietnamese, without the field ("bắt buộc",
 * "dài quá 300 ký tự"): commands, the plan-document API and list imports all use it, and
 * each puts the field its reader knows in front. Zod's own texts are English; a `custom`
 * issue (refine) carries the schema author's words.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
	if (issue.code === 'custom') return issue.message;
	if (issue.code === 'unrecognized_keys') return say('api.problem.unknownKey', { keys: issue.keys.join(', ') });
	const value = valueAt(input, issue.path);
	if (value === undefined || value === null || value === '') return say('import.problem.required');
	switch (issue.code) {
		case 'invalid_type':
			return issue.expected === 'number' || issue.expected === 'int' ? say('import.problem.notNumber') : say('import.problem.invalid');
		case 'too_small':
			return issue.origin === 'string' ? say('import.problem.tooShort', { minimum: Number(issue.minimum) }) : say('import.problem.tooSmall', { minimum: Number(issue.minimum) });
		case 'too_big':
			return issue.origin === 'string' ? say('import.problem.tooLong', { maximum: Number(issue.maximum) }) : say('import.problem.tooBig', { maximum: Number(issue.maximum) });
		case 'invalid_format':
			if (issue.format === 'date') return say('api.problem.date');
			if (issue.format === 'regex' && String(issue.path.at(-1) ?? '').endsWith('Time')) return say('api.problem.time');
			return say('import.problem.format');
		case 'invalid_value':
			return say('import.problem.notOneOf', { values: issue.values.map(String).join(', ') });
		default:
			return say('import.problem.invalid');
	}
}

/** A refused command's details: one short line naming each bad field (the first five). */
export function describeProblems(error: z.ZodError, input: unknown): string {
	return error.issues
		.slice(0, 5)
		.map((issue) =>
			issue.code === 'unrecognized_keys'
				? describeIssue(issue, input)
				: say('problem.field', { field: issue.path.join('.') || 'payload', problem: describeIssue(issue, input) })
		)
		.join('; ');
}
