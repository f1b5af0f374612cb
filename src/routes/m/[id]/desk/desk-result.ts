import type { DomainError } from '$lib/domain/errors';
import type { CommandAck } from '$lib/domain/protocol';
import type { Delegate } from '$lib/domain/types';
import type { MessageKey } from '$lib/i18n/catalog';
import type { MessageParams } from '$lib/i18n/translate';

/**
 * What the big card at the top says after the desk's last action. Kept as message keys,
 * not text, so switching the language re-renders it. pretixSCAN's colours: ok is green,
 * warn (already in: not a failure, nobody is counted twice) orange, bad red.
 */
export interface DeskResult {
	tone: 'ok' | 'warn' | 'bad' | 'info' | 'pending';
	title: MessageKey;
	titleParams?: MessageParams;
	hint?: MessageKey;
	/** Any other refusal, shown in the reader's language from its code. */
	error?: DomainError;
	person?: Pick<Delegate, 'salutation' | 'fullName' | 'unit'> & Partial<Pick<Delegate, 'id' | 'categoryId'>>;
	/** Offer to print the person's card (after a re-issue or a walk-in). */
	printable?: boolean;
}

type Person = DeskResult['person'];

export const pending = (person?: Person): DeskResult => ({ tone: 'pending', title: 'desk.result.sending', person });

/** After `checkin.scan` or `checkin.desk`. */
export function checkInResult(ack: CommandAck, person: Person): DeskResult {
	if (ack.ok) return { tone: 'ok', title: 'desk.result.ok', person };
	const { error } = ack;
	if (error.code === 'already_checked_in') {
		return { tone: 'warn', title: 'desk.result.already', titleParams: { time: String(error.params?.time ?? '') }, hint: 'desk.result.alreadyHint', person };
	}
	if (error.code === 'unknown_token') return { tone: 'bad', title: 'desk.result.unknown', hint: 'desk.result.unknownHint' };
	return { tone: 'bad', title: 'desk.result.failed', error, person };
}

export function undoResult(ack: CommandAck, person: Person): DeskResult {
	return ack.ok ? { tone: 'info', title: 'desk.result.undone', person } : { tone: 'bad', title: 'desk.result.undoFailed', error: ack.error, person };
}

export function reissueResult(ack: CommandAck, person: Person): DeskResult {
	return ack.ok
		? { tone: 'info', title: 'desk.result.reissued', hint: 'desk.result.reissuedHint', person, printable: true }
		: { tone: 'bad', title: 'desk.result.reissueFailed', error: ack.error, person };
}

export function walkInResult(ack: CommandAck, person: Person): DeskResult {
	return ack.ok ? { tone: 'ok', title: 'desk.result.walkIn', person, printable: Boolean(person?.id) } : { tone: 'bad', title: 'desk.result.failed', error: ack.error, person };
}
