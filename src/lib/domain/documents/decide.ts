import { defineCommand } from '../registry';
import { updateDocumentOfficePayload } from './commands';

/**
 * What only the office knows (numbers, signer, place, extra recipients, "complex"). Allowed
 * before, during and after the meeting: numbers are given when the documents are signed.
 */
export const updateDocumentOffice = defineCommand({
	type: 'documents.update',
	payload: updateDocumentOfficePayload,
	decide: (_state, payload) => [{ type: 'documents.updated' as const, data: payload }]
});

export const documentCommands = [updateDocumentOffice];
