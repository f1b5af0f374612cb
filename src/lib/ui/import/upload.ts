import type { ImportFileErrorCode, Table } from '$lib/domain/import/table-types';

export type UploadErrorCode = ImportFileErrorCode | 'too_large' | 'no_file' | 'network';
/** What the upload endpoint answers: the file read as a table, or why it could not be. */
export type UploadAnswer = { table: Table } | { error: { code: UploadErrorCode; message: string } };

/** Sends the chosen file to the server, which reads .xlsx and CSV alike; the mapping happens here. */
export async function uploadTable(url: string, file: File, networkMessage: string): Promise<UploadAnswer> {
	const body = new FormData();
	body.append('file', file);
	try {
		const response = await fetch(url, { method: 'POST', body, headers: { accept: 'application/json' } });
		const answer = (await response.json()) as UploadAnswer | { message?: string; code?: string };
		if ('table' in answer || 'error' in answer) return answer;
		// SvelteKit's own error body (401 without the admin cookie, 404): { message, code }.
		return { error: { code: 'network', message: answer.message ?? networkMessage } };
	} catch {
		return { error: { code: 'network', message: networkMessage } };
	}
}
