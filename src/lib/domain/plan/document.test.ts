import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { command, run } from '../testing';
import type { MeetingState } from '../types';
import { planDocument, toPlanDocument, type PlanDocumentInput } from './document';

const DOC_PATH = new URL('../../../../docs/plan-format.md', import.meta.url);
const SCHEMA_START = '<!-- BEGIN GENERATED SCHEMA (UPDATE_DOCS=1 npx vitest run src/lib/domain/plan/document.test.ts) -->';
const SCHEMA_END = '<!-- END GENERATED SCHEMA -->';

const generatedSchema = () => JSON.stringify(z.toJSONSchema(planDocument, { io: 'input' }), null, 2);
const between = (text: string, start: string, end: string) => {
	const from = text.indexOf(start);
	const to = text.indexOf(end, from);
	return from === -1 || to === -1 ? null : text.slice(from + start.length, to);
};

describe('docs/plan-format.md describes the plan document as it is', () => {
	// Rewrites the schema block on request, so the doc follows the zod schema without hand edits.
	if (process.env.UPDATE_DOCS === '1') {
		const text = readFileSync(DOC_PATH, 'utf8');
		const block = `\n\`\`\`json\n${generatedSchema()}\n\`\`\`\n`;
		const old = between(text, SCHEMA_START, SCHEMA_END);
		if (old === null) throw new Error(`docs/plan-format.md has no ${SCHEMA_START} … ${SCHEMA_END} markers`);
		writeFileSync(DOC_PATH, text.replace(SCHEMA_START + old + SCHEMA_END, SCHEMA_START + block + SCHEMA_END));
	}
	const text = readFileSync(DOC_PATH, 'utf8');

	it('[P7] holds the JSON Schema generated from the zod schema, verbatim', () => {
		expect(between(text, SCHEMA_START, SCHEMA_END)?.trim()).toBe('```json\n' + generatedSchema() + '\n```');
	});

	it('[P7] its field tables name every field of the schema', () => {
		const shape = planDocument.shape;
		const names = new Set<string>(Object.keys(shape));
		const collect = (schema: unknown) => {
			const json = z.toJSONSchema(schema as z.ZodType, { io: 'input' }) as { properties?: object; items?: { properties?: object } };
			for (const key of Object.keys(json.properties ?? json.items?.properties ?? {})) names.add(key);
		};
		for (const key of Object.keys(shape)) collect(shape[key as keyof typeof shape]);
		const missing = [...names].filter((name) => !text.includes(`| \`${name}\``));
		expect(missing).toEqual([]);
	});

	it('[P8] its example is a valid document that creates a meeting', () => {
		const example = between(text, '<!-- BEGIN EXAMPLE -->', '<!-- END EXAMPLE -->');
		const json = example?.replace(/^\s*```json\n/, '').replace(/```\s*$/, '') ?? 'null';
		const parsed = planDocument.safeParse(JSON.parse(json));
		expect(parsed.error?.issues ?? []).toEqual([]);
		expect(run(null, command('meeting.create', parsed.data), 'admin').error).toBeNull();
	});
});

/** Every entity field of a document, so the round trip has something to lose. */
const fullDocument: PlanDocumentInput = {
	basics: { title: 'Hội nghị đối thoại năm 2026', date: '2026-07-13', startTime: '14:00', place: 'Hội trường phường', bannerLines: ['HỘI NGHỊ', 'ĐỐI THOẠI'] },
	plan: {
		kind: 'thematic',
		host: 'both',
		parentBody: 'ĐẢNG BỘ THÀNH PHỐ',
		issuingBody: 'ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG',
		chairs: [
			{ name: 'Lê Văn Hùng', title: 'Bí thư Đảng ủy', position: 'chair' },
			{ name: 'Phạm Thị Lan', title: 'Phó Bí thư', position: 'deputy' }
		],
		secretaries: [{ name: 'Đỗ Minh Tâm', title: 'Chuyên viên' }],
		rules: 'Giữ trật tự.',
		defaultSpeakingMinutes: 4,
		checkInOpensMinutesBefore: 45
	},
	agenda: [
		{ title: 'Khai mạc', presenter: 'Văn phòng', plannedMinutes: 10, type: 'procedural' },
		{ title: 'Đối thoại', presenter: '', plannedMinutes: 90, type: 'dialogue' }
	],
	agencies: [
		{ name: 'Công an phường', shortName: 'CA', head: 'Trần Văn Bình' },
		{ name: 'Phòng Văn hóa - Xã hội', shortName: '', head: '' }
	],
	categories: [
		{ name: 'Đại biểu phường', expected: 2 },
		{ name: 'Đại biểu Nhân dân', expected: 3 }
	],
	units: [
		{ name: 'Tổ dân phố 1', kind: 'residential_group' },
		{ name: 'Công an phường', kind: 'agency' }
	],
	delegates: [
		{ salutation: 'Ông', fullName: 'Lê Văn Hùng', title: 'Bí thư Đảng ủy', unit: 'Đảng ủy phường', category: 'Đại biểu phường', phone: '0912 345 678' },
		{ salutation: 'Bà', fullName: 'Nguyễn Thị Hoa', title: '', unit: 'Tổ dân phố 1', category: 'đại biểu nhân dân' }
	],
	collectedOpinions: [
		{ raisedBy: 'Ông Vũ Văn Nam', unit: 'Tổ dân phố 1', field: 'An ninh trật tự', content: 'Đua xe ban đêm', agency: 'CA', plannedHandling: 'answer_later' },
		{ raisedBy: 'Hội Cựu chiến binh', raisedByKind: 'organisation', source: 'front', content: 'Nhà văn hóa xuống cấp', agency: 'Phòng Văn hóa - Xã hội', preparedAnswer: 'Sửa trong quý IV.' },
		{ raisedBy: 'Bà Mai Thị Yến', source: 'email', content: 'Thủ tục chứng thực chậm' }
	],
	calendar: { daysOff: ['2026-09-02'], extraWorkdays: ['2026-04-25'] }
};

/** The state with ids and tokens dropped and id references replaced by the names they point to. */
function withoutIds(state: MeetingState): unknown {
	const names = new Map([...state.categories, ...state.agencies].map((x) => [x.id, x.name]));
	return JSON.parse(
		JSON.stringify(state, (key, value) => {
			if (key === 'id' || key === 'token') return undefined;
			if (key.endsWith('Id') && typeof value === 'string') return names.get(value) ?? value;
			return value;
		})
	);
}

describe('export and re-import of a plan document', () => {
	const created = run(null, command('meeting.create', fullDocument), 'admin');
	// Edits after creation belong to the plan too: the export must carry them.
	const added = run(created.state, command('delegate.add', { salutation: 'Ông', fullName: 'Hoàng Văn Sơn', categoryId: created.state!.categories[1].id }), 'admin', 10);
	const edited = run(added.state, command('plan.update', { walkInCategoryId: created.state!.categories[1].id }), 'admin', 11);

	it('[P9] the export is already a normalised document (parsing it changes nothing)', () => {
		const exported = toPlanDocument(edited.state!);
		const parsed = planDocument.safeParse(exported);
		expect(parsed.error?.issues ?? []).toEqual([]);
		expect(parsed.data).toEqual(exported);
	});

	it('[P9] re-creating from the export gives an equal meeting, ids and tokens aside', () => {
		expect(created.error).toBeNull();
		expect(added.error).toBeNull();
		expect(edited.error).toBeNull();
		const original = edited.state!;
		const again = run(null, command('meeting.create', JSON.parse(JSON.stringify(toPlanDocument(original)))), 'admin');
		expect(again.error).toBeNull();
		expect(withoutIds(again.state!)).toEqual(withoutIds(original));
		expect(toPlanDocument(again.state!)).toEqual(toPlanDocument(original));
		expect(again.state!.delegates).toHaveLength(3);
		expect(again.state!.plan.walkInCategoryId).toBe(again.state!.categories[1].id);
		// New personal tokens: an exported file cannot open anyone's invitation link.
		const tokens = new Set(original.delegates.map((d) => d.token));
		expect(again.state!.delegates.some((d) => tokens.has(d.token))).toBe(false);
	});
});

describe('the walk-in category in a plan document', () => {
	it('[P9] is named, resolved ignoring tones, and an unknown name creates nothing', () => {
		const named = run(null, command('meeting.create', { ...fullDocument, plan: { ...fullDocument.plan, walkInCategory: 'DAI BIEU nhan dan' } }), 'admin');
		expect(named.error).toBeNull();
		const category = named.state!.categories.find((c) => c.id === named.state!.plan.walkInCategoryId);
		expect(category?.name).toBe('Đại biểu Nhân dân');

		const unknown = run(null, command('meeting.create', { ...fullDocument, plan: { ...fullDocument.plan, walkInCategory: 'Khách mời' } }), 'admin');
		expect(unknown.state).toBeNull();
		expect(unknown.error?.code).toBe('invalid_command');
		expect(unknown.error?.message).toContain('plan.walkInCategory: không có thành phần "Khách mời"');
	});
});
