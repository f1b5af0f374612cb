/**
 * A type-level test, run by `npm run check` (svelte-check), never executed: every line under
 * `@ts-expect-error` must fail to compile, or the check fails with "unused directive".
 * It proves that a misspelt command name or a wrong payload is caught before run time.
 */
import type { Draft } from '../../src/lib/client/draft.svelte';
import type { LiveMeetingView } from '../../src/lib/client/use-meeting.svelte';
import type { PayloadOf } from '../../src/lib/domain/commands';
import type { PERMISSIONS } from '../../src/lib/domain/permissions';
import { formCommand } from '../../src/lib/server/forms';

export function screensSendOnlyRegisteredCommands(meeting: LiveMeetingView, draft: Draft<unknown>) {
	// @ts-expect-error a misspelt command name
	meeting.send('meeting.strat', {});
	// @ts-expect-error a misspelt command name, no payload
	meeting.send('meeting.strat');
	// @ts-expect-error a payload with the wrong field
	meeting.send('checkin.desk', { delegate: 'd1' });
	// @ts-expect-error a payload field of the wrong type
	meeting.send('agenda.setCurrent', { itemId: 7 });
	// @ts-expect-error a command that needs a payload sent without one
	meeting.send('checkin.desk');
	// @ts-expect-error the form drafts save through the same check
	draft.save('units.set', { unit: [] });
	// @ts-expect-error and so do form actions (the field names; the values are the user's text)
	formCommand(new FormData(), 'walkin.register', { salutation: 'Ông', fullname: 'x' });

	// The right ones compile.
	meeting.send('meeting.start');
	meeting.send('checkin.desk', { delegateId: 'd1' });
	draft.save('units.set', { units: [{ name: 'Tổ 1', kind: 'residential_group' }] });
	formCommand(new FormData(), 'walkin.register', { salutation: 'Ông', fullName: 'x', unit: '', phone: null });
}

export const planUpdateIsPartial: PayloadOf<'plan.update'> = {};

// @ts-expect-error every registered command needs a row in PERMISSIONS
export const missingRow: typeof PERMISSIONS = { 'meeting.create': ['admin'] };
