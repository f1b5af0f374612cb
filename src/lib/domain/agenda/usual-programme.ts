import type { MessageKey } from '../../i18n/catalog';
import type { AgendaItemType, PlanSettings } from '../types';

/** One step of the typical order in DOMAIN.md ("The programme"). */
interface UsualStep {
	title: MessageKey;
	type: AgendaItemType;
	plannedMinutes: number;
	/** Who usually presents it: the chair, the first deputy, or nobody set yet. */
	presenter: 'chair' | 'deputy' | 'none';
}

const USUAL_STEPS: readonly UsualStep[] = [
	{ title: 'programme.usual.procedural', type: 'procedural', plannedMinutes: 10, presenter: 'none' },
	{ title: 'programme.usual.opening', type: 'procedural', plannedMinutes: 10, presenter: 'chair' },
	{ title: 'programme.usual.report', type: 'report', plannedMinutes: 20, presenter: 'deputy' },
	{ title: 'programme.usual.answers', type: 'answers', plannedMinutes: 20, presenter: 'deputy' },
	{ title: 'programme.usual.dialogue', type: 'dialogue', plannedMinutes: 90, presenter: 'chair' },
	{ title: 'programme.usual.issueConclusions', type: 'dialogue', plannedMinutes: 15, presenter: 'chair' },
	{ title: 'programme.usual.conclusion', type: 'conclusion', plannedMinutes: 15, presenter: 'chair' }
];

export interface UsualProgrammeItem {
	title: string;
	presenter: string;
	plannedMinutes: number;
	type: AgendaItemType;
}

/**
 * The usual order of a dialogue conference, ready for `agenda.setItems`. Presenters come
 * from the plan's chairs when they are set ("Đ/c <name>, <title>"), else stay empty.
 */
export function usualProgramme(plan: Pick<PlanSettings, 'chairs'>, t: (key: MessageKey) => string): UsualProgrammeItem[] {
	const chair = plan.chairs.find((c) => c.position === 'chair');
	const deputy = plan.chairs.find((c) => c.position === 'deputy') ?? chair;
	const named = (person: typeof chair) => (person ? [person.name, person.title].filter(Boolean).join(', ') : '');
	const presenters = { chair: named(chair), deputy: named(deputy), none: '' };
	return USUAL_STEPS.map((step) => ({ title: t(step.title), type: step.type, plannedMinutes: step.plannedMinutes, presenter: presenters[step.presenter] }));
}
