import { HALL_SCREENS, seenBy, type EventsVisibility, type StateVisibility } from '../visibility';
import type { DocumentsEvent } from './events';
import { emptyDocumentOffice } from './types';

/** The office's numbers, signer and flags: nothing private, every screen in the hall may hold them. */
export const documentsStateVisibility: Pick<StateVisibility, 'documentOffice'> = {
	documentOffice: { hidden: emptyDocumentOffice, seen: seenBy(HALL_SCREENS, 'as-is') }
};

export const documentsEventVisibility: Pick<EventsVisibility, DocumentsEvent['type']> = {
	'documents.updated': { seen: seenBy(HALL_SCREENS, 'as-is') }
};
