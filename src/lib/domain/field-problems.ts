import type * as z from 'zod';
import type { MessageKey } from '../i18n/catalog';
import type { MessageParams } from '../i18n/translate';

/** One field's problem, as a message key: the screen shows it in the reader's language, next to the field. */
export interface FieldProblem {
	key: MessageKey;
	params: MessageParams;
}
export type FieldProblems = Record<string, FieldProblem>;

/**
 * A form's problems per field, from the command's own schema, so a public or desk form
 * says "Xin nhập họ và tên" next to the field instead of the command's "fullName: bắt buộc".
 * `formats` names the message for a field whose format is wrong (a phone number).
 * Over-long text is refused with its length, never cut.
 */
export function fieldProblems(error: z.ZodError, values: Record<string, unknown>, formats: Record<string, MessageKey> = {}): FieldProblems {
	const problems: FieldProblems = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? '');
		if (!field || problems[field]) continue;
		problems[field] = describe(issue, values[field], formats[field]);
	}
	return problems;
}

/** `input` is the field's value as typed (zod's issues do not carry it by default). */
function describe(issue: z.core.$ZodIssue, input: unknown, format: MessageKey | undefined): FieldProblem {
	const blank = input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
	if (issue.code === 'too_big' && issue.origin === 'string') {
		return { key: 'form.problem.tooLong', params: { maximum: Number(issue.maximum), length: typeof input === 'string' ? input.trim().length : '' } };
	}
	if (issue.code === 'invalid_value') return { key: 'form.problem.choose', params: {} };
	if (blank || (issue.code === 'too_small' && Number(issue.minimum) <= 1)) return { key: 'form.problem.required', params: {} };
	return { key: format ?? 'form.problem.invalid', params: {} };
}

/** Labels are written as headings ("Họ và tên"); inside a sentence they read in lower case. */
export function inSentence(label: string): string {
	return label.replace(/\s*\(.*\)\s*$/, '').toLocaleLowerCase('vi');
}
