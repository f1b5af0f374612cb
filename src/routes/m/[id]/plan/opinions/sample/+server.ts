import { error } from '@sveltejs/kit';
import { HANDLING_WORDS, KIND_WORDS, OPINION_COLUMNS, SOURCE_WORDS, opinionColumnLabels, type OpinionColumn } from '$lib/domain/opinions/import-mapping';
import { translate } from '$lib/i18n/translate';
import { download, writeXlsx } from '$lib/server/import/export';
import { requireAdmin } from '$lib/server/screens';
import type { RequestHandler } from './$types';

/**
 * A sample list of collected opinions for the import wizard, made like the delegates' sample:
 * the columns the import recognises, three made-up opinions in this meeting's own units and
 * agencies, and the words the import reads for the kind, the source and the handling.
 */
export const GET: RequestHandler = async ({ params, cookies, locals }) => {
	const app = await requireAdmin(cookies, locals.lang);
	const live = app.meeting(params.id);
	if (!live) error(404, { message: translate(locals.lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	const { agencies, units } = live.state;
	const labels = opinionColumnLabels(locals.lang);
	const columns = Object.keys(OPINION_COLUMNS) as OpinionColumn[];
	const headers = [translate(locals.lang, 'delegates.number'), ...columns.map((c) => labels[c])];
	const unit = (i: number) => units[i % Math.max(1, units.length)]?.name ?? `Tổ dân phố ${i + 1}`;
	// Left blank without agencies: an agency the plan does not list would be a row problem.
	const agency = (i: number) => (agencies.length ? agencies[i % agencies.length].name : '');
	const rows = [
		['1', 'Ông Trịnh Văn Lộc', KIND_WORDS.person[0], unit(0), SOURCE_WORDS.survey[0], 'Môi trường', 'Cống thoát nước đầu ngõ bị tắc, mưa lớn là ngập.', agency(0), '', HANDLING_WORDS.answer_at_meeting[0]],
		['2', 'Chi hội Người cao tuổi', KIND_WORDS.organisation[0], unit(1), SOURCE_WORDS.front[0], 'Văn hóa - xã hội', 'Đề nghị sửa mái nhà văn hóa bị dột.', agency(1), '', HANDLING_WORDS.answer_later[0]],
		['3', 'Bà Nguyễn Thị Hoa', KIND_WORDS.person[0], unit(2), SOURCE_WORDS.letter[0], 'Đất đai', 'Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất ở khu tái định cư.', agency(2), 'Đã có kế hoạch cấp trong quý IV.', HANDLING_WORDS.report_upward[0]]
	];
	const bytes = await writeXlsx(headers, rows, translate(locals.lang, 'opinions.sheetName'));
	return download(bytes, 'mau-y-kien-thu-thap.xlsx');
};
