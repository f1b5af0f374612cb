import { LANGS, type MessageKey } from '../../i18n/catalog';
import { translate } from '../../i18n/translate';
import { foldVietnamese } from '../search';
import type { AgendaItem, AgendaItemType, Chair, PlanSettings } from '../types';

/**
 * Who usually presents a step, as the seed plans write it: the Party secretary (Bí thư)
 * opens and concludes, the People's Committee chairman (Chủ tịch UBND) gives the
 * socio-economic report and the answers; the procedure (the office) and the dialogue itself
 * (the delegates speak) have no presenter.
 */
type Presenter = 'partySecretary' | 'committeeChairman' | 'none';

/** One step of the typical order in DOMAIN.md ("The programme"). */
interface UsualStep {
	title: MessageKey;
	type: AgendaItemType;
	plannedMinutes: number;
	presenter: Presenter;
}

const USUAL_STEPS: readonly UsualStep[] = [
	{ title: 'programme.usual.procedural', type: 'procedural', plannedMinutes: 10, presenter: 'none' },
	{ title: 'programme.usual.opening', type: 'procedural', plannedMinutes: 10, presenter: 'partySecretary' },
	{ title: 'programme.usual.report', type: 'report', plannedMinutes: 20, presenter: 'committeeChairman' },
	{ title: 'programme.usual.answers', type: 'answers', plannedMinutes: 20, presenter: 'committeeChairman' },
	{ title: 'programme.usual.dialogue', type: 'dialogue', plannedMinutes: 90, presenter: 'none' },
	{ title: 'programme.usual.issueConclusions', type: 'dialogue', plannedMinutes: 15, presenter: 'partySecretary' },
	{ title: 'programme.usual.conclusion', type: 'conclusion', plannedMinutes: 15, presenter: 'partySecretary' }
];

export interface UsualProgrammeItem {
	title: string;
	presenter: string;
	plannedMinutes: number;
	type: AgendaItemType;
}

/** The parts of a title ("Phó Bí thư Đảng ủy, Chủ tịch UBND phường"), without tones or case. */
const titleParts = (chair: Chair) => foldVietnamese(chair.title).split(/[,;]/).map((part) => part.trim());
const isPartySecretary = (chair: Chair) => titleParts(chair).some((part) => part.startsWith('bi thu'));
const isCommitteeChairman = (chair: Chair) =>
	titleParts(chair).some((part) => /^chu tich (ubnd|uy ban nhan dan)/.test(part));

/**
 * "Đ/c <name>, <title>" for each presenter role, from the plan's chairs; found by title, else
 * by order: the first co-chair opens and concludes, the second (or the deputy) reports.
 */
function presenters(chairs: readonly Chair[]): Record<Presenter, string> {
	const coChairs = chairs.filter((c) => c.position === 'chair');
	const secretary = coChairs.find(isPartySecretary) ?? coChairs.find((c) => !isCommitteeChairman(c)) ?? coChairs[0] ?? chairs[0];
	const chairman =
		chairs.find(isCommitteeChairman) ??
		coChairs.find((c) => c !== secretary) ??
		chairs.find((c) => c.position === 'deputy') ??
		secretary;
	const named = (person: Chair | undefined) => (person ? [person.name, person.title].filter(Boolean).join(', ') : '');
	return { partySecretary: named(secretary), committeeChairman: named(chairman), none: '' };
}

/**
 * The usual order of a dialogue conference, ready for `agenda.setItems`. Presenters come
 * from the plan's chairs when they are set, else stay empty (see `usualPresentersFilled`).
 */
export function usualProgramme(plan: Pick<PlanSettings, 'chairs'>, t: (key: MessageKey) => string): UsualProgrammeItem[] {
	const names = presenters(plan.chairs);
	return USUAL_STEPS.map((step) => ({ title: t(step.title), type: step.type, plannedMinutes: step.plannedMinutes, presenter: names[step.presenter] }));
}

/**
 * The programme with the usual steps' blank presenters filled from the chairs, for when the
 * chairs are saved after "start from the usual programme". A step is recognised by its usual
 * title (either language, ignoring tones and case); a presenter already typed is kept.
 * Returns null when nothing changes.
 */
export function usualPresentersFilled(agenda: readonly AgendaItem[], chairs: readonly Chair[]): AgendaItem[] | null {
	const names = presenters(chairs);
	const roleOf = new Map(USUAL_STEPS.flatMap((step) => LANGS.map((lang) => [foldVietnamese(translate(lang, step.title)), step.presenter] as const)));
	let changed = false;
	const items = agenda.map((item) => {
		const role = roleOf.get(foldVietnamese(item.title));
		if (item.presenter.trim() || !role || !names[role]) return item;
		changed = true;
		return { ...item, presenter: names[role] };
	});
	return changed ? items : null;
}

/** Words that name a step's type, in the order they are tried (tones and case ignored). */
const TYPE_WORDS: readonly [AgendaItemType, RegExp][] = [
	// The opening names the dialogue ("nêu mục đích, nội dung đối thoại"): tried first.
	['procedural', /\b(khai mac|tuyen bo ly do|thong qua chuong trinh|gioi thieu dai bieu|opening|purpose)\b/],
	['dialogue', /\b(doi thoai|dialogue)\b/],
	['answers', /\b(tra loi|giai trinh|answer)/],
	['conclusion', /\b(ket luan|be mac|conclusion|closing)\b/],
	['report', /\b(bao cao|report)\b/],
	['dialogue', /\b(phat bieu|y kien|kien nghi)\b/]
];

/**
 * The type of a programme line typed as a bare title (the meeting's creation form): a usual
 * step's title gives its own type, else the words it contains, as the usual programme types
 * them ("Đối thoại…" dialogue, "… trả lời …" answers, "Báo cáo…" report, "Kết luận…" conclusion);
 * anything else is procedure.
 */
export function guessAgendaType(title: string): AgendaItemType {
	const folded = foldVietnamese(title);
	const usual = USUAL_STEPS.find((step) => LANGS.some((lang) => foldVietnamese(translate(lang, step.title)) === folded));
	if (usual) return usual.type;
	return TYPE_WORDS.find(([, words]) => words.test(folded))?.[0] ?? 'procedural';
}
