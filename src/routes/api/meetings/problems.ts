import type * as z from 'zod';
import { unknownNames } from '$lib/domain/plan/create';
import type { PlanDocument } from '$lib/domain/plan/document';
import { describeIssue } from '$lib/domain/problems';
import { translate } from '$lib/i18n/translate';
import type { Problem } from './http';

/**
 * Every schema problem, one per zod issue, in Vietnamese (the one translator,
 * `describeIssue`): whoever wrote the document by hand fixes them all in one go.
 */
export function schemaProblems(error: z.ZodError, body: unknown): Problem[] {
	return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: describeIssue(issue, body) }));
}

/**
 * Names that match no category or agency, every one of them. `meeting.create` applies the
 * same rule (`unknownNames`) and stays the authority: this only makes the answer complete.
 */
export function referenceProblems(doc: PlanDocument): Problem[] {
	return unknownNames(doc).map(({ path, kind, name }) => ({
		path,
		message: translate('vi', kind === 'category' ? 'api.problem.unknownCategory' : 'api.problem.unknownAgency', { name })
	}));
}
