import { translate } from '../../i18n/translate';
import { defaultQueueSettings } from '../queue/defaults';
import type { PlanSettings } from '../types';

/** A new meeting's plan before the admin fills it in: the common case from the seeds. */
export function defaultPlan(): PlanSettings {
	return {
		kind: 'periodic',
		host: 'both',
		parentBody: '',
		issuingBody: '',
		chairs: [],
		secretaries: [],
		rules: translate('vi', 'plan.defaultRules'),
		defaultSpeakingMinutes: 5,
		checkInOpensMinutesBefore: 60,
		walkInCategoryId: null,
		answerPeriodDays: 15,
		queue: defaultQueueSettings()
	};
}
