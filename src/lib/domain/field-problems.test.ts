import { describe, expect, it } from 'vitest';
import { walkInPayload } from './checkin/commands';
import { fieldProblems, inSentence } from './field-problems';

describe('fieldProblems', () => {
	const problemsOf = (input: Record<string, unknown>) => {
		const parsed = walkInPayload.safeParse(input);
		return parsed.success ? {} : fieldProblems(parsed.error, input, { phone: 'form.problem.phone' });
	};

	it('names each field’s problem by a message key, never by the schema’s words', () => {
		expect(problemsOf({ salutation: '', fullName: ' ', unit: '', phone: 'abc' })).toEqual({
			salutation: { key: 'form.problem.choose', params: {} },
			fullName: { key: 'form.problem.required', params: {} },
			phone: { key: 'form.problem.phone', params: {} }
		});
	});

	it('refuses over-long text with its length instead of cutting it', () => {
		expect(problemsOf({ salutation: 'Bà', fullName: 'A'.repeat(130), unit: '', phone: null })).toEqual({
			fullName: { key: 'form.problem.tooLong', params: { maximum: 120, length: 130 } }
		});
	});

	it('puts a heading label into a sentence', () => {
		expect(inSentence('Họ và tên')).toBe('họ và tên');
		expect(inSentence('Số điện thoại (không bắt buộc)')).toBe('số điện thoại');
	});
});
