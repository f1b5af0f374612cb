import { COMMANDS, type CommandType } from './commands';
import { fieldProblems, type FieldProblems } from './field-problems';

/** Fields the schema only knows as text whose format has its own plain explanation. */
const FORMATS = { phone: 'form.problem.phone' } as const;

/**
 * A form's payload checked by its command's own schema before it is sent, so each problem
 * stands next to its field in plain words (null: nothing to say). Admin forms, plan sections
 * and their server actions all use this; the server checks again and keeps the last word.
 */
export function commandProblems(type: CommandType, payload: unknown): FieldProblems | null {
	const parsed = COMMANDS.get(type)?.payload.safeParse(payload);
	return !parsed || parsed.success ? null : fieldProblems(parsed.error, payload, FORMATS);
}
