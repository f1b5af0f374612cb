import { describe, expect, it } from 'vitest';
import { dialogueBegun } from './open';
import { ask, at, dialogueMeeting, ok } from './testing';

describe('when the dialogue has begun', () => {
	it('[Q21] not before the programme reaches a dialogue item, unless the chair already gave the floor; not after the end', () => {
		const inDialogue = dialogueMeeting();
		expect(dialogueBegun(inDialogue)).toBe(true);
		const opening = ok(inDialogue, 'agenda.setCurrent', { itemId: inDialogue.agenda[0].id }, 'chair');
		const waiting = ask(opening, 1, at(1));
		expect(dialogueBegun(waiting)).toBe(false);
		expect(dialogueBegun(ok(waiting, 'floor.give', {}, 'chair', at(2)))).toBe(true);
		expect(dialogueBegun({ ...opening, status: 'planned' })).toBe(false);
		expect(dialogueBegun({ ...inDialogue, status: 'ended' })).toBe(false);
		// An agenda without a dialogue item: the whole running meeting is the dialogue.
		expect(dialogueBegun({ ...opening, agenda: opening.agenda.map((i) => ({ ...i, type: 'procedural' as const })) })).toBe(true);
	});
});
