import { describe, expect, it } from 'vitest';
import { submitRequestPayload, writtenOpinionPayload } from './commands';
import { speakPayloadFromForm, writtenPayloadFromForm } from './form';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
};

describe('forms', () => {
	it('[Q1] the phone form becomes the request payload; no agency is null', () => {
		const payload = speakPayloadFromForm(form({ fieldId: 'field-1', statement: ' Đường ngập ', agencyId: '' }));
		expect(payload).toEqual({ fieldId: 'field-1', statement: 'Đường ngập', agencyId: null });
		expect(submitRequestPayload.safeParse(payload).success).toBe(true);
	});

	it('[Q2] the desk form says who: a name and unit from the slip, or a delegate on the list', () => {
		const slip = speakPayloadFromForm(form({ fieldId: 'field-1', statement: 'x', slipNumber: '12', salutation: 'Bà', name: 'Đinh Thị Hoa', unit: 'Tổ 7', showSlipNumber: 'on' }));
		expect(slip).toMatchObject({ who: { kind: 'person', salutation: 'Bà', name: 'Đinh Thị Hoa', unit: 'Tổ 7' }, via: 'slip', slipNumber: '12', showSlipNumber: true });
		expect(submitRequestPayload.safeParse(slip).success).toBe(true);
		const listed = writtenPayloadFromForm(form({ fieldId: 'field-1', content: 'y', delegateId: 'd1', slipNumber: '' }));
		expect(listed).toEqual({ fieldId: 'field-1', content: 'y', agencyId: null, who: { kind: 'delegate', delegateId: 'd1' }, slipNumber: '' });
		expect(writtenOpinionPayload.safeParse(listed).success).toBe(true);
	});
});
