/**
 * Reading the phone's and the desk's forms into command payloads. The same function serves
 * the page with JavaScript (sent over the socket) and a plain HTML form post (a form action),
 * so both paths send the same command; the schema validates either way.
 */
import type { PayloadOf } from '../commands';
import type { RequesterInput } from './commands';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const orNull = (value: string) => value || null;

interface SlipFields {
	who?: RequesterInput;
	slipNumber?: string;
	showSlipNumber?: boolean;
}

export function speakPayloadFromForm(form: FormData): PayloadOf<'request.submit'> {
	const slip = slipFromForm(form);
	const base = { fieldId: text(form, 'fieldId'), statement: text(form, 'statement'), agencyId: orNull(text(form, 'agencyId')) };
	return slip.who ? { ...base, ...slip, via: 'slip' } : base;
}

export function writtenPayloadFromForm(form: FormData): PayloadOf<'opinion.submitWritten'> {
	const { showSlipNumber: _unused, ...slip } = slipFromForm(form);
	return { fieldId: text(form, 'fieldId'), content: text(form, 'content'), agencyId: orNull(text(form, 'agencyId')), ...slip };
}

/** Only the desk's and the secretary's form says who (a delegate on the list, or a name and unit). */
function slipFromForm(form: FormData): SlipFields {
	if (!form.has('slipNumber') && !form.has('delegateId') && !form.has('name')) return {};
	const delegateId = text(form, 'delegateId');
	const salutation = text(form, 'salutation');
	const who: RequesterInput = delegateId
		? { kind: 'delegate', delegateId }
		: { kind: 'person', salutation: salutation === 'Ông' || salutation === 'Bà' ? salutation : null, name: text(form, 'name'), unit: text(form, 'unit') };
	return { who, slipNumber: text(form, 'slipNumber'), showSlipNumber: form.get('showSlipNumber') === 'on' };
}
