import type { DocumentModel } from '$lib/domain/documents/model';
import { renderDocx } from './docx';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A .docx download named after the document itself (ASCII, so every browser keeps it). */
export async function docxResponse(model: DocumentModel): Promise<Response> {
	const bytes = await renderDocx(model);
	return new Response(new Uint8Array(bytes), {
		headers: { 'content-type': DOCX, 'content-disposition': `attachment; filename="${model.fileName}"`, 'cache-control': 'no-store' }
	});
}
