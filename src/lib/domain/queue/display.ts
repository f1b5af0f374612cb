import type { LiveMeeting } from './live';
import { speakerLabel, type SpeakerLabel } from './people';
import type { SpeakRequest, Turn } from './types';

export interface RequestLine extends SpeakerLabel {
	/** Set when the projector must show "Phiếu số 12" instead of the name. */
	slipNumber: string | null;
	field: string;
	agency: string;
}

/** A field's name from its id (lĩnh vực); '' when the plan has no such field. */
export function fieldName(state: LiveMeeting, fieldId: string | null | undefined): string {
	return state.fields.find((f) => f.id === fieldId)?.name ?? '';
}

/**
 * How a request is written on a screen. On the projector a person who asked for it is
 * "Phiếu số 12"; the chair and the secretary always see the name.
 */
export function requestLine(state: LiveMeeting, request: SpeakRequest, publicScreen: boolean): RequestLine {
	const hidden = publicScreen && request.showSlipNumber && request.slipNumber;
	const who = hidden ? { salutation: '', name: '', unit: '' } : speakerLabel(state, request.who);
	return {
		...who,
		slipNumber: hidden ? request.slipNumber : null,
		field: fieldName(state, request.fieldId),
		agency: state.agencies.find((a) => a.id === request.agencyId)?.name ?? ''
	};
}

export interface TurnLine extends RequestLine {
	turn: Turn;
	/** For an answer or follow-up: who raised the question it belongs to. */
	answers: RequestLine | null;
}

const requestOf = (state: LiveMeeting, id: string | null) => (id ? state.queue.requests.find((r) => r.id === id) : undefined);

export function turnLine(state: LiveMeeting, turn: Turn, publicScreen: boolean): TurnLine {
	const request = requestOf(state, turn.requestId);
	const own = turn.kind === 'citizen' || turn.kind === 'followup';
	const line: RequestLine =
		own && request
			? requestLine(state, request, publicScreen)
			: { ...speakerLabel(state, turn.speaker), slipNumber: null, field: request ? requestLine(state, request, publicScreen).field : '', agency: '' };
	const answers = !own && request ? requestLine(state, request, publicScreen) : null;
	return { ...line, turn, answers };
}

/** The next `count` waiting, for the projector. */
export function nextWaiting(state: LiveMeeting, count: number): { request: SpeakRequest; line: RequestLine }[] {
	const byId = new Map(state.queue.requests.map((r) => [r.id, r]));
	return state.queue.order.slice(0, count).map((id) => {
		const request = byId.get(id)!;
		return { request, line: requestLine(state, request, true) };
	});
}
