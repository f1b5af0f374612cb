import { domainError, type DomainError } from '../errors';
import { translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/catalog';
import type { Agency } from '../types';
import type { OutcomeInput } from './commands';
import { reportLevels } from './deadline';
import type { Opinion, OpinionOutcome } from './types';

/** The parts a tag can miss; the screen puts the message next to that field. */
export type OutcomePart = 'answer' | 'leadAgency' | 'task' | 'level' | 'note';

export function missing(part: OutcomePart): DomainError {
	const err = domainError('outcome_incomplete', { part: translate('vi', `minutes.part.${part}` as MessageKey) });
	return { ...err, params: { ...err.params, which: part } };
}

export interface OutcomeContext {
	opinion: Opinion;
	agencies: readonly Agency[];
	/** The meeting day, ISO: decides which report levels exist (N5). */
	date: string;
}

/**
 * [N2]–[N7] Turns what was sent into the one outcome tag, or says which required part is
 * missing. Only the parts of the chosen kind are kept.
 */
export function checkOutcome(input: OutcomeInput, { opinion, agencies, date }: OutcomeContext): OpinionOutcome | DomainError {
	const agencyKnown = (id: string) => agencies.some((a) => a.id === id);
	switch (input.kind) {
		case 'answered':
			return opinion.answers.length > 0 ? { kind: 'answered' } : missing('answer');
		case 'assigned': {
			if (!input.leadAgencyId) return missing('leadAgency');
			if (![input.leadAgencyId, ...input.coAgencyIds].every(agencyKnown)) return domainError('agency_not_found');
			if (!input.task) return missing('task');
			const coAgencyIds = [...new Set(input.coAgencyIds)].filter((id) => id !== input.leadAgencyId);
			return { kind: 'assigned', leadAgencyId: input.leadAgencyId, coAgencyIds, task: input.task, deadline: input.deadline };
		}
		case 'reported':
			if (!input.level) return missing('level');
			return reportLevels(date).includes(input.level) ? { kind: 'reported', level: input.level } : domainError('report_level_gone');
		case 'accepted':
			return { kind: 'accepted', body: input.body };
		case 'out_of_scope':
			return input.note ? { kind: 'out_of_scope', note: input.note } : missing('note');
	}
}
