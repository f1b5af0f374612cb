import type { CommandAck } from '../../domain/protocol';
import type { PlanDocumentInput } from '../../domain/plan/document';
import type { App } from '../app';
import { demoDelegates, holder } from './delegates';
import { NameGenerator } from './names';
import { demoOpinions } from './opinions';
import { SeededRandom } from './random';
import { AGENCIES, AGENDA, BASICS, CATEGORY, EXPECTED } from './ward';

/**
 * The id of the command that creates the demo meeting. Fixed on purpose: a second
 * "npm run demo" or a double click on the first-run button answers with the same meeting.
 */
export const DEMO_COMMAND_ID = 'demo-bach-dang-2026';

/** Any fixed number would do; the meeting's date is easy to recognise. */
const SEED = 20260713;

/**
 * A realistic meeting from seed plan 000 (ward Bạch Đằng, 13/7/2026, co-chaired by the
 * Party secretary and the People's Committee chairman), as a plan document: the same
 * input `POST /api/meetings` and the admin's "demo" button send to `meeting.create`.
 */
export function demoPlanDocument(): PlanDocumentInput {
	const delegates = demoDelegates(new NameGenerator(new SeededRandom(SEED)));
	const person = (title: string) => ({ name: holder(delegates, title).fullName, title });
	const secretaryOffice = delegates.filter((d) => d.unit === 'Văn phòng Đảng ủy' && d.title === 'Chuyên viên');
	return {
		basics: BASICS,
		plan: {
			kind: 'periodic',
			host: 'both',
			parentBody: 'ĐẢNG BỘ THÀNH PHỐ HẠ LONG',
			issuingBody: 'ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG',
			chairs: [
				{ ...person('Bí thư Đảng ủy, Chủ tịch HĐND phường'), position: 'chair' },
				{ ...person('Phó Bí thư Đảng ủy, Chủ tịch UBND phường'), position: 'chair' },
				{ ...person('Phó Bí thư Thường trực Đảng ủy'), position: 'deputy' }
			],
			secretaries: [person('Phó Chánh Văn phòng Đảng ủy'), ...secretaryOffice.map((d) => ({ name: d.fullName, title: 'Chuyên viên Văn phòng Đảng ủy' }))],
			defaultSpeakingMinutes: 5,
			checkInOpensMinutesBefore: 60
		},
		agenda: AGENDA.map((item) => ({ ...item })),
		agencies: AGENCIES.map(({ name, shortName, headTitle }) => ({ name, shortName, head: holder(delegates, headTitle).fullName })),
		categories: (Object.keys(CATEGORY) as (keyof typeof CATEGORY)[]).map((key) => ({ name: CATEGORY[key], expected: EXPECTED[key] })),
		units: unitsOf(delegates),
		delegates,
		collectedOpinions: demoOpinions(delegates)
	};
}

/** Every unit a delegate comes from, in list order: residential groups, ward bodies, city bodies. */
function unitsOf(delegates: { unit?: string }[]) {
	const names = [...new Set(delegates.map((d) => d.unit ?? '').filter(Boolean))];
	const kind = (name: string) =>
		name.startsWith('Tổ dân phố') ? ('residential_group' as const) : /Thành ủy|thành phố/.test(name) ? ('other' as const) : ('agency' as const);
	const rank = { residential_group: 0, agency: 1, village: 2, other: 3 };
	return names.map((name) => ({ name, kind: kind(name) })).sort((a, b) => rank[a.kind] - rank[b.kind]);
}

/** Creates (or finds, see DEMO_COMMAND_ID) the demo meeting through the one command path. */
export function createDemoMeeting(app: App): Promise<CommandAck & { meetingId?: string }> {
	return app.execute(null, { id: DEMO_COMMAND_ID, type: 'meeting.create', payload: demoPlanDocument() }, { role: 'admin' });
}
