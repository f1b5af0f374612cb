import type { Delegate } from '../types';

export type DelegateEvent =
	| { type: 'delegates.added'; data: { delegates: Delegate[] } }
	| { type: 'delegate.updated'; data: { id: string; changes: Partial<Omit<Delegate, 'id' | 'token'>> } }
	| { type: 'delegate.removed'; data: { id: string } }
	| { type: 'invitation.reissued'; data: { delegateId: string; token: string } };
