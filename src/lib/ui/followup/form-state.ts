import type { DomainError } from '$lib/domain/errors';
import type { FieldProblems } from '$lib/domain/field-problems';

/** What a follow-up form post answered (server/followup.ts `runForm`), as the page gets it back. */
export interface FollowUpFormResult {
	which?: string;
	problems?: FieldProblems | null;
	error?: DomainError;
	values?: Record<string, string>;
	commandId?: string;
	ok?: boolean;
	reissued?: string;
}

/** The result when it answers the form named `which` (a page has one form per assignment). */
export const resultFor = (form: unknown, which: string): FollowUpFormResult | null =>
	form && typeof form === 'object' && (form as FollowUpFormResult).which === which ? (form as FollowUpFormResult) : null;
