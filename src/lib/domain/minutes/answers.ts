import type { Opinion, OpinionAnswer } from './types';

/** An answer says something only once its summary has text: a stray "Thêm trả lời" (Alt+R) leaves an empty one. */
export function answerHasContent(answer: OpinionAnswer): boolean {
	return answer.summary.text.trim() !== '';
}

/** The answers shown to the person who raised the opinion and printed: those with content. */
export function answersWithContent(opinion: Opinion): OpinionAnswer[] {
	return opinion.answers.filter(answerHasContent);
}
