import type * as z from 'zod';
import type { MessageKey } from '../i18n/catalog';
import type { MessageParams } from '../i18n/translate';

/** The value a zod issue is about, found in the input by the issue's path. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let value = input;
	for (const key of path) {
		if (typeof value !== 'object' || value === null) return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** One field's problem, as a message key: the screen shows it in the reader's language, next to the field. */
export interface FieldProblem {
	key: MessageKey;
	params: MessageParams;
}
/** By the field's path in the payload: `fullName`, `basics.startTime`, `items.2.title`. */
export type FieldProblems = Record<string, FieldProblem>;

/**
 * A form's problems per field, from the command's own schema, so a form says "Xin nhập
 * họ và tên" next to the field instead of the command's "fullName: bắt buộc".
 * `formats` names the message for a field whose format is wrong (a phone number), by its last name.
 * Over-long text is refused with its length, never cut.
 */
export function fieldProblems(error: z.ZodError, values: unknown, formats: Record<string, MessageKey> = {}): FieldProblems {
	const problems: FieldProblems = {};
	for (const issue of error.issues) {
		const path = issue.path.join('.');
		if (!path || problems[path]) continue;
		const name = String(issue.path.at(-1));
		problems[path] = describe(issue, valueAt(values, issue.path), formats[name], name.endsWith('Id'));
	}
	return problems;
}

/** The problem of the field at `path`, or of anything inside it (a line of a list typed in one box). */
export function problemAt(problems: FieldProblems, path: string): FieldProblem | undefined {
	return problems[path] ?? Object.entries(problems).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

/**
 * `input` is the field's value as typed (zod's issues do not carry it by default); `picked`:
 * an id, which people never type but choose from a list.
 */
function describe(issue: z.core.$ZodIssue, input: unknown, format: MessageKey | undefined, picked: boolean): FieldProblem {
	const blank = input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
	if (issue.code === 'too_big' && issue.origin === 'string') {
		return { key: 'form.problem.tooLong', params: { maximum: Number(issue.maximum), length: typeof input === 'string' ? input.trim().length : '' } };
	}
	if (issue.code === 'invalid_value' || (blank && picked)) return { key: 'form.problem.choose', params: {} };
	if (blank || (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1)) return { key: 'form.problem.required', params: {} };
	if (issue.code === 'too_small' && issue.origin === 'number') return { key: 'form.problem.atLeast', params: { minimum: Number(issue.minimum) } };
	if (issue.code === 'too_big' && issue.origin === 'number') return { key: 'form.problem.atMost', params: { maximum: Number(issue.maximum) } };
	return { key: format ?? 'form.problem.invalid', params: {} };
}

/** Labels are written as headings ("Họ và tên"); inside a sentence they read in lower case. */
export function inSentence(label: string): string {
	return label.replace(/\s*\(.*\)\s*$/, '').toLocaleLowerCase('vi');
}
