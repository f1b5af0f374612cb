import type * as z from 'zod';
import { translate } from '../i18n/translate';

/** Turns zod issues into one short Vietnamese line naming each bad field. */
export function describeProblems(error: z.ZodError): string {
	return error.issues
		.slice(0, 5)
		.map((issue) => {
			const field = issue.path.join('.') || 'payload';
			switch (issue.code) {
				case 'unrecognized_keys':
					return translate('vi', 'problem.unknownKey', { field: issue.keys.join(', ') });
				case 'too_big':
					return translate('vi', 'problem.tooLong', { field });
				case 'invalid_type':
					return issue.input === undefined
						? translate('vi', 'problem.required', { field })
						: translate('vi', 'problem.invalid', { field });
				case 'too_small':
					return Number(issue.minimum) <= 1
						? translate('vi', 'problem.required', { field })
						: translate('vi', 'problem.tooShort', { field });
				case 'invalid_format':
					if (issue.format === 'date') return translate('vi', 'problem.date', { field });
					if (issue.format === 'regex' && field.endsWith('Time')) return translate('vi', 'problem.time', { field });
					return translate('vi', 'problem.invalid', { field });
				default:
					return translate('vi', 'problem.invalid', { field });
			}
		})
		.join('; ');
}
