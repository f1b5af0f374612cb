import type { MinutesEvent } from './events';
import type { MinutesState, Opinion, VersionedText } from './types';

type At<E> = E & { at: number };
type Reducer<T extends MinutesEvent['type']> = (m: MinutesState, e: At<Extract<MinutesEvent, { type: T }>>) => MinutesState;

/** A new text raises the version by one; the server checked the edit against the old one. */
const next = (t: VersionedText, text: string): VersionedText => ({ text, version: t.version + 1 });

/**
 * Changes one opinion. An event about an opinion this state does not hold changes nothing:
 * a delegate's phone holds only that delegate's opinions (project.ts).
 */
function onOpinion(m: MinutesState, id: string, at: number, change: (o: Opinion) => Opinion): MinutesState {
	if (!m.opinions.some((o) => o.id === id)) return m;
	return { ...m, opinions: m.opinions.map((o) => (o.id === id ? { ...change(o), updatedAt: at } : o)) };
}

/** The minutes' reducers, over the minutes alone; `apply.ts` lifts them onto the meeting. */
export const minutesReducers: { [T in MinutesEvent['type']]: Reducer<T> } = {
	'opinion.recorded': (m, { data: { opinion, index = m.opinions.length } }) =>
		m.opinions.some((o) => o.id === opinion.id) ? m : { ...m, opinions: [...m.opinions.slice(0, index), opinion, ...m.opinions.slice(index)] },
	'opinion.edited': (m, { data, at }) =>
		onOpinion(m, data.opinionId, at, (o) => ({
			...o,
			field: data.field ?? o.field,
			raisedBy: data.raisedBy ?? o.raisedBy,
			content: data.content === undefined ? o.content : next(o.content, data.content)
		})),
	'opinion.removed': (m, e) => ({
		...m,
		opinions: m.opinions.filter((o) => o.id !== e.data.opinionId),
		conclusions: m.conclusions.map((c) => ({ ...c, opinionIds: c.opinionIds.filter((id) => id !== e.data.opinionId) }))
	}),
	'opinion.answerAdded': (m, { data, at }) => onOpinion(m, data.opinionId, at, (o) => ({ ...o, answers: [...o.answers, data.answer] })),
	'opinion.answerEdited': (m, { data, at }) =>
		onOpinion(m, data.opinionId, at, (o) => ({
			...o,
			answers: o.answers.map((a) =>
				a.id === data.answerId ? { ...a, by: data.by ?? a.by, summary: data.summary === undefined ? a.summary : next(a.summary, data.summary) } : a
			)
		})),
	'opinion.answerRemoved': (m, { data, at }) => onOpinion(m, data.opinionId, at, (o) => ({ ...o, answers: o.answers.filter((a) => a.id !== data.answerId) })),
	'opinion.tagged': (m, { data, at }) => onOpinion(m, data.opinionId, at, (o) => ({ ...o, outcome: data.outcome })),
	'opinion.linked': (m, { data, at }) => onOpinion(m, data.opinionId, at, (o) => ({ ...o, linkedCollectedId: data.collectedOpinionId })),
	'conclusion.added': (m, e) => ({ ...m, conclusions: [...m.conclusions, e.data.conclusion] }),
	'conclusion.edited': (m, { data }) => ({
		...m,
		conclusions: m.conclusions.map((c) =>
			c.id === data.conclusionId
				? { ...c, opinionIds: data.opinionIds ?? c.opinionIds, text: data.text === undefined ? c.text : next(c.text, data.text) }
				: c
		)
	}),
	'conclusion.removed': (m, e) => ({ ...m, conclusions: m.conclusions.filter((c) => c.id !== e.data.conclusionId) }),
	'minutes.overallEdited': (m, e) => ({ ...m, overall: next(m.overall, e.data.text) }),
	'minutes.itemSummaryEdited': (m, e) => ({
		...m,
		itemSummaries: { ...m.itemSummaries, [e.data.itemId]: next(m.itemSummaries[e.data.itemId] ?? { text: '', version: 0 }, e.data.text) }
	})
};
