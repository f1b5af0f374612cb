import type { DocumentOffice } from './types';

export type DocumentsEvent = { type: 'documents.updated'; data: Partial<DocumentOffice> };
