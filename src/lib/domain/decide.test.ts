import { describe, expect, it } from 'vitest';
import { COMMANDS, decide } from './decide';
import { isDomainError } from './errors';
import { mayRun, PERMISSIONS } from './permissions';
import { buildRegistry } from './registry';
import { context, createdMeeting } from './testing';
import { ROLES } from './types';

describe('command envelope', () => {
	it('[E1] refuses a command that is not an envelope', () => {
		for (const raw of [null, 42, 'meeting.start', { type: 'meeting.start' }, { id: 'short', type: 'x', payload: {} }]) {
			const result = decide(createdMeeting(), raw, context('chair'));
			expect(isDomainError(result) && result.code).toBe('invalid_command');
		}
	});

	it('[E1] refuses extra envelope keys and unknown command types', () => {
		const extra = decide(createdMeeting(), { id: 'abcdefgh1', type: 'meeting.start', payload: {}, admin: true }, context('chair'));
		expect(isDomainError(extra) && extra.code).toBe('invalid_command');
		const unknown = decide(createdMeeting(), { id: 'abcdefgh2', type: 'meeting.explode', payload: {} }, context('chair'));
		expect(isDomainError(unknown) && unknown.code).toBe('unknown_command');
		expect(isDomainError(unknown) && unknown.message).toContain('meeting.explode');
	});

	it('[E2] a command for a meeting that does not exist is refused', () => {
		const result = decide(null, { id: 'abcdefgh3', type: 'meeting.start', payload: {} }, context('chair'));
		expect(isDomainError(result) && result.code).toBe('meeting_not_found');
	});
});

describe('role → command table', () => {
	it('[R1] every registered command has a row, and every row a command', () => {
		expect(Object.keys(PERMISSIONS).sort()).toEqual([...COMMANDS.keys()].sort());
	});

	it('[R1] every role × command pair is decided by the table alone', () => {
		const state = createdMeeting();
		for (const type of COMMANDS.keys()) {
			for (const role of ROLES) {
				const result = decide(type === 'meeting.create' ? null : state, { id: `perm-${type.replace(".", "_")}-${role}`, type, payload: {} }, context(role));
				const forbidden = isDomainError(result) && result.code === 'forbidden';
				expect(forbidden, `${role} → ${type}`).toBe(!mayRun(role, type));
			}
		}
	});

	it('[R2] the registry refuses a command name registered twice', () => {
		const [first] = COMMANDS.values();
		expect(() => buildRegistry([first, first])).toThrow(/registered twice/);
	});
});
