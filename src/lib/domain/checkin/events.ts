import type { CheckInVia } from '../types';

export type CheckInEvent =
	| { type: 'checkin.recorded'; data: { delegateId: string; via: CheckInVia } }
	| { type: 'checkin.undone'; data: { delegateId: string } };
