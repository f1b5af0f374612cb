import type { DomainError } from '$lib/domain/errors';
import type { FieldProblems } from '$lib/domain/field-problems';

/** The phone's plain-form actions, each answering under its own name so a panel reads only its own. */
export type PhoneAction = 'checkin' | 'speak' | 'withdraw' | 'written';

/** What a form action answers: done, or refused with the reason (and the fields as typed). */
export interface Posted {
	action: PhoneAction;
	done?: boolean;
	error?: DomainError;
	problems?: FieldProblems;
	values?: Record<string, string | null>;
	/** A refusal is remembered under its command id: the corrected form goes out under a new one. */
	commandId?: string;
}

/** `page.form` when it is this action's answer; null otherwise (another panel's, or none). */
export function postedFor(form: unknown, action: PhoneAction): Posted | null {
	const posted = form as Posted | null | undefined;
	return posted?.action === action ? posted : null;
}

/** The post came back refused: its form is shown again, open, with what was typed. */
export const refused = (posted: Posted | null) => Boolean(posted && !posted.done);

/** A form is being filled (opened by `?open=…`, or sent back with a problem): no self-refresh then. */
export function fillingAForm(url: URL, form: unknown): boolean {
	const posted = form as Posted | null | undefined;
	return url.searchParams.has('open') || Boolean(posted?.action && !posted.done);
}
