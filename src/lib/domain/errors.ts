import type { MessageKey } from '../i18n/catalog';
import { translate, type MessageParams } from '../i18n/translate';

/** Stable codes: clients and tests branch on these, never on the text. */
export type ErrorCode =
	| 'invalid_command'
	| 'unknown_command'
	| 'forbidden'
	| 'meeting_exists'
	| 'meeting_not_found'
	| 'already_started'
	| 'not_started'
	| 'meeting_ended'
	| 'agenda_item_not_found'
	| 'agenda_item_in_use'
	| 'agency_not_found'
	| 'agency_in_use'
	| 'category_not_found'
	| 'category_in_use'
	| 'delegate_not_found'
	| 'opinion_not_found'
	| 'already_checked_in'
	| 'not_checked_in'
	| 'checkin_not_open'
	| 'unknown_token'
	| 'no_walk_in_category'
	| 'on_invitation_list'
	| 'invited_namesake'
	| 'conflict'
	| 'outcome_incomplete'
	| 'report_level_gone'
	| 'answer_not_found'
	| 'conclusion_not_found'
	| 'field_not_found'
	| 'field_in_use'
	| 'request_not_found'
	| 'request_not_waiting'
	| 'not_your_request'
	| 'checkin_required'
	| 'already_waiting'
	| 'queue_locked'
	| 'queue_closed'
	| 'queue_empty'
	| 'no_current_turn'
	| 'no_citizen_turn'
	| 'followup_used'
	| 'turn_paused'
	| 'turn_not_paused'
	| 'nothing_to_undo'
	| 'nothing_to_recall'
	| 'chair_not_found'
	| 'floor_changed'
	| 'turn_not_current'
	| 'already_marked_absent'
	| 'storage_failed'
	| 'timeout'
	| 'assignment_not_found'
	| 'followup_date_before_meeting'
	| 'followup_date_in_future'
	| 'followup_no_answer'
	| 'followup_petition_not_found'
	| 'followup_attachment_type'
	| 'followup_attachment_too_large';

export interface DomainError {
	code: ErrorCode;
	/** Vietnamese, ready to show. The client may re-translate from `code` + `params`. */
	message: string;
	params?: MessageParams;
}

export function domainError(code: ErrorCode, params: MessageParams = {}): DomainError {
	const key = `error.${code}` as MessageKey;
	return { code, message: translate('vi', key, params), params };
}

export function isDomainError(x: unknown): x is DomainError {
	return typeof x === 'object' && x !== null && 'code' in x && 'message' in x && !Array.isArray(x);
}
