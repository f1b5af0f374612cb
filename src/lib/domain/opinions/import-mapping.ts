import * as z from 'zod';
import type { Lang } from '../../i18n/catalog';
import { translate } from '../../i18n/translate';
import { withFieldLabels } from '../import/field-labels';
import { mapRows, type ColumnMapping, type MappedRows } from '../import/map-rows';
import type { Table } from '../import/table-types';
import { choice, idByName, readChoice, type ChoiceWords } from '../import/value-choices';
import type { Agency, OpinionSource, PlannedHandling } from '../types';
import { collectedOpinionFields, type CollectedOpinionInput } from './commands';

/** Header names seen in the "tổng hợp ý kiến" sheets the Front and village heads send in. */
export const OPINION_COLUMNS = {
	raisedBy: ['Người kiến nghị', 'Người, tổ chức kiến nghị', 'Người/tổ chức kiến nghị', 'Người nêu ý kiến', 'Cử tri', 'Họ và tên', 'Họ tên', 'Raised by'],
	raisedByKind: ['Cá nhân/Tổ chức', 'Cá nhân hay tổ chức', 'Đối tượng', 'Loại', 'Kind'],
	unit: ['Thôn / Tổ dân phố', 'Tổ dân phố', 'Thôn', 'Địa chỉ', 'Đơn vị', 'Unit'],
	source: ['Nguồn', 'Nguồn ý kiến', 'Hình thức thu thập', 'Source'],
	field: ['Lĩnh vực', 'Chuyên đề', 'Field'],
	content: ['Nội dung', 'Nội dung ý kiến', 'Nội dung kiến nghị', 'Ý kiến, kiến nghị', 'Nội dung ý kiến, kiến nghị', 'Content'],
	agencyId: ['Cơ quan chuẩn bị trả lời', 'Cơ quan trả lời', 'Cơ quan chủ trì', 'Cơ quan', 'Agency'],
	preparedAnswer: ['Nội dung trả lời', 'Dự kiến trả lời', 'Trả lời', 'Prepared answer', 'Answer'],
	plannedHandling: ['Hướng xử lý', 'Dự kiến xử lý', 'Hình thức xử lý', 'Phân loại', 'Planned handling']
} satisfies Record<keyof CollectedOpinionInput, string[]>;
export type OpinionColumn = keyof typeof OPINION_COLUMNS;
export const REQUIRED_OPINION_COLUMNS: OpinionColumn[] = ['raisedBy', 'content'];

/** The words of the plans' dossier (DOMAIN.md, "The dossier"); the first is shown in problems. */
export const HANDLING_WORDS: ChoiceWords<PlannedHandling> = {
	answer_at_meeting: ['Trả lời tại hội nghị', 'Tại hội nghị', 'Trả lời trực tiếp'],
	answer_later: ['Kiểm tra, trả lời sau', 'Trả lời sau', 'Giao cơ quan xem xét, trả lời sau', 'Xem xét, trả lời sau', 'Kiểm tra, làm rõ, trả lời sau'],
	report_upward: ['Báo cáo cấp trên', 'Ghi nhận, báo cáo cấp trên', 'Vượt thẩm quyền', 'Báo cáo lên cấp trên']
};
export const SOURCE_WORDS: ChoiceWords<OpinionSource> = {
	survey: ['Phiếu lấy ý kiến', 'Phiếu', 'Phiếu khảo sát'],
	front: ['MTTQ', 'Mặt trận', 'Mặt trận Tổ quốc', 'Ủy ban MTTQ'],
	letter: ['Thư', 'Thư tay', 'Văn bản'],
	email: ['E-mail', 'Email', 'Thư điện tử'],
	other: ['Khác']
};
export const KIND_WORDS: ChoiceWords<'person' | 'organisation'> = {
	person: ['Cá nhân', 'Người', 'Công dân', 'Cử tri'],
	organisation: ['Tổ chức', 'Cơ quan', 'Đoàn thể', 'Tập thể', 'organization']
};

/**
 * Turns the file's rows into `opinions.importCollected` entries. The agency is found by
 * name or short name; an unknown agency, source, kind or handling is a row problem.
 */
export function mapOpinionRows(table: Table, mapping: ColumnMapping<OpinionColumn>, agencies: Agency[]): MappedRows<CollectedOpinionInput> {
	const known = new Set(agencies.map((a) => a.id));
	const byName = agencies.map((a) => ({ id: a.id, aliases: [a.name, a.shortName].filter(Boolean) }));
	const schema = collectedOpinionFields.extend({
		raisedByKind: choice(KIND_WORDS).default('person'),
		source: choice(SOURCE_WORDS).default('survey'),
		plannedHandling: choice(HANDLING_WORDS).default('answer_at_meeting'),
		agencyId: z
			.string()
			.superRefine((value, ctx) => {
				if (!known.has(value)) ctx.addIssue({ code: 'custom', message: translate('vi', 'import.problem.unknownAgency', { name: value }) });
			})
			.nullable()
			.default(null)
	});
	const result = mapRows(table, mapping, schema, (cells) => ({
		raisedBy: cells.raisedBy,
		raisedByKind: cells.raisedByKind && readChoice(cells.raisedByKind, KIND_WORDS),
		unit: cells.unit,
		source: cells.source && readChoice(cells.source, SOURCE_WORDS),
		field: cells.field,
		content: cells.content,
		agencyId: cells.agencyId && (idByName(byName, cells.agencyId) ?? cells.agencyId),
		preparedAnswer: cells.preparedAnswer,
		plannedHandling: cells.plannedHandling && readChoice(cells.plannedHandling, HANDLING_WORDS)
	}));
	return withFieldLabels(result, mapping, opinionColumnLabels('vi'));
}

export function opinionColumnLabels(lang: Lang): Record<OpinionColumn, string> {
	const keys = Object.keys(OPINION_COLUMNS) as OpinionColumn[];
	return Object.fromEntries(keys.map((key) => [key, translate(lang, `wizard.opinions.field.${key}`)])) as Record<OpinionColumn, string>;
}
