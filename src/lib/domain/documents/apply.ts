import type { Reducers } from '../apply-types';
import type { DocumentsEvent } from './events';

export const documentReducers: Pick<Reducers, DocumentsEvent['type']> = {
	'documents.updated': (state, e) => ({ ...state!, documentOffice: { ...state!.documentOffice, ...e.data } })
};
