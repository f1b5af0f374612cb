import { describe, expect, it } from 'vitest';
import { nextWaiting, requestLine, turnLine } from './display';
import { currentTurn } from './stats';
import { ask, at, dialogueMeeting, ok } from './testing';

describe('what the screens write', () => {
	it('[Q2] the projector shows the slip number for a person who asked for it; the chair sees the name', () => {
		let s = dialogueMeeting();
		s = ok(s, 'request.submit', { fieldId: 'field-1', statement: 'x', who: { kind: 'person', salutation: 'Bà', name: 'Đinh Thị Hoa', unit: 'Tổ 7' }, slipNumber: '12', showSlipNumber: true }, 'desk');
		const request = s.queue.requests[0];
		expect(requestLine(s, request, true)).toMatchObject({ name: '', slipNumber: '12', field: 'Đất đai' });
		expect(requestLine(s, request, false)).toMatchObject({ salutation: 'Bà', name: 'Đinh Thị Hoa', unit: 'Tổ 7', slipNumber: null });
	});

	it('[Q11] an answer turn names the agency and the person whose question it answers', () => {
		let s = ok(ask(ask(dialogueMeeting(), 1, at(1)), 2, at(2)), 'floor.give', {}, 'chair', at(3));
		expect(turnLine(s, currentTurn(s)!, true)).toMatchObject({ salutation: 'Bà', name: 'Trần Thị Bình', field: 'Giao thông', answers: null });
		s = ok(s, 'floor.answer', { by: { kind: 'agency', agencyId: s.agencies[0].id } }, 'chair', at(6));
		const line = turnLine(s, currentTurn(s)!, true);
		expect(line).toMatchObject({ name: 'Đỗ Văn Hùng', unit: 'Phòng Kinh tế, Hạ tầng và Đô thị', field: 'Giao thông' });
		expect(line.answers?.name).toBe('Trần Thị Bình');
		expect(nextWaiting(s, 3).map((n) => n.line.name)).toEqual(['Lê Văn Cường']);
	});
});
