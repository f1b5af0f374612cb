import type { CommandType, PayloadOf } from '../domain/commands';
import { guessAgendaType } from '../domain/agenda/usual-programme';
import type { AgendaItemType, MeetingBasics } from '../domain/types';

const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const lines = (form: FormData, name: string) =>
	field(form, name)
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

/** Reads the basics fields of the admin forms; validation is the command schema's job. */
export function basicsFromForm(form: FormData): MeetingBasics {
	return {
		title: field(form, 'title'),
		date: field(form, 'date'),
		startTime: field(form, 'startTime'),
		place: field(form, 'place'),
		bannerLines: lines(form, 'bannerLines')
	};
}

/** One programme item a line; its type guessed from the title as the usual programme types it. */
export function agendaFromForm(form: FormData): { title: string; type: AgendaItemType }[] {
	return lines(form, 'agenda').map((title) => ({ title, type: guessAgendaType(title) }));
}

export function commandIdFromForm(form: FormData): string {
	// The id is minted when the form is rendered, so a double-submitted form applies once.
	return field(form, 'commandId') || crypto.randomUUID();
}

/** A form's fields as typed: the names are the payload's, the values whatever the user typed. */
export type FormFields<P> = { [K in keyof P]?: unknown };

/**
 * A command built from a posted form. The name and the field names are checked by the
 * compiler; the values are validated by the command's schema like any other client's.
 */
export function formCommand<T extends CommandType>(form: FormData, type: T, payload: FormFields<PayloadOf<T>>) {
	return { id: commandIdFromForm(form), type, payload };
}
