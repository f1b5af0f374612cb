export type AgendaEvent = { type: 'agenda.currentSet'; data: { itemId: string | null } };
