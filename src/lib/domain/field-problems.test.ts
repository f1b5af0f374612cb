import { describe, expect, it } from 'vitest';
import { walkInPayload } from './checkin/commands';
import { commandProblems } from './command-problems';
import { fieldProblems, inSentence, problemAt } from './field-problems';

describe('fieldProblems', () => {
	const problemsOf = (input: Record<string, unknown>) => {
		const parsed = walkInPayload.safeParse(input);
		return parsed.success ? {} : fieldProblems(parsed.error, input, { phone: 'form.problem.phone' });
	};

	it('names each field’s problem by a message key, never by the schema’s words', () => {
		expect(problemsOf({ salutation: '', fullName: ' ', unit: '', phone: 'abc' })).toEqual({
			salutation: { key: 'form.problem.choose', params: {} },
			fullName: { key: 'form.problem.required', params: {} },
			// A walk-in states where they come from (C10).
			unit: { key: 'form.problem.required', params: {} },
			phone: { key: 'form.problem.phone', params: {} }
		});
	});

	it('refuses over-long text with its length instead of cutting it', () => {
		expect(problemsOf({ salutation: 'Bà', fullName: 'A'.repeat(130), unit: 'Tổ 1', phone: null })).toEqual({
			fullName: { key: 'form.problem.tooLong', params: { maximum: 120, length: 130 } }
		});
	});

	it('names a row’s field by its path, and a number out of range by its bounds', () => {
		const problems = commandProblems('agenda.setItems', { items: [{ title: 'Khai mạc', plannedMinutes: 5 }, { title: ' ', plannedMinutes: -5 }] });
		expect(problems).toEqual({
			'items.1.title': { key: 'form.problem.required', params: {} },
			'items.1.plannedMinutes': { key: 'form.problem.atLeast', params: { minimum: 0 } }
		});
		expect(commandProblems('categories.set', { categories: [{ name: 'Cử tri', expected: null }] })).toEqual({
			'categories.0.expected': { key: 'form.problem.required', params: {} }
		});
	});

	it('finds the meeting basics’ problems under their field, and a list typed in one box by its name', () => {
		const basics = { title: 'Hội nghị', date: '2026-07-13', startTime: '', place: 'Hội trường', bannerLines: ['x'.repeat(201)] };
		const problems = commandProblems('meeting.create', { basics, agenda: [] }) ?? {};
		expect(problems['basics.startTime']).toEqual({ key: 'form.problem.required', params: {} });
		expect(problemAt(problems, 'basics.bannerLines')).toEqual({ key: 'form.problem.tooLong', params: { maximum: 200, length: 201 } });
		expect(commandProblems('meeting.editBasics', { basics: { ...basics, startTime: '14:00', bannerLines: [] } })).toBeNull();
	});

	it('puts a heading label into a sentence', () => {
		expect(inSentence('Họ và tên')).toBe('họ và tên');
		expect(inSentence('Số điện thoại (không bắt buộc)')).toBe('số điện thoại');
	});
});
