import { VIETNAM_OFFSET_MS } from '../../domain/meeting/clock';
import type { CommandAck } from '../../domain/protocol';
import type { PlanDocumentInput } from '../../domain/plan/document';
import type { App } from '../app';
import { demoDelegates, holder } from './delegates';
import { NameGenerator } from './names';
import { demoOpinions } from './opinions';
import { SeededRandom } from './random';
import { AGENCIES, AGENDA, CATEGORY, demoBasics, EXPECTED } from './ward';

/** The start of the id of the command that creates a demo meeting (see demoCommandId). */
export const DEMO_COMMAND_ID = 'demo-bach-dang';

/**
 * The demo's command id carries its start: a second "npm run demo" or a double click on the
 * admin's button in the same quarter hour answers with the same meeting; later, a new demo
 * that starts soon is made.
 */
export function demoCommandId(doc: PlanDocumentInput): string {
	return `${DEMO_COMMAND_ID}-${doc.basics.date}-${doc.basics.startTime.replace(':', '')}`;
}

/**
 * The demo starts within the hour: today in Vietnam, on the quarter hour 30 to 45 minutes
 * from `now`, so check-in is open (from 60 minutes before) and every screen behaves as in a
 * live meeting.
 */
export function demoStart(now: number): { date: string; startTime: string } {
	const quarter = 15 * 60_000;
	const start = new Date(Math.ceil((now + 30 * 60_000) / quarter) * quarter + VIETNAM_OFFSET_MS).toISOString();
	return { date: start.slice(0, 10), startTime: start.slice(11, 16) };
}

/** Any fixed number would do; the meeting's date is easy to recognise. */
const SEED = 20260713;

/**
 * A realistic meeting from seed plan 000 (ward Bạch Đằng, co-chaired by the Party secretary
 * and the People's Committee chairman), dated as `demoStart(now)`, as a plan document: the
 * same input `POST /api/meetings` and the admin's "demo" button send to `meeting.create`.
 */
export function demoPlanDocument(now = Date.now()): PlanDocumentInput {
	const { date, startTime } = demoStart(now);
	const delegates = demoDelegates(new NameGenerator(new SeededRandom(SEED)));
	const person = (title: string) => ({ name: holder(delegates, title).fullName, title });
	const secretaryOffice = delegates.filter((d) => d.unit === 'Văn phòng Đảng ủy' && d.title === 'Chuyên viên');
	return {
		basics: demoBasics(date, startTime),
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

/** Creates (or finds, see demoCommandId) the demo meeting through the one command path. */
export function createDemoMeeting(app: App, now = Date.now()): Promise<CommandAck & { meetingId?: string }> {
	const doc = demoPlanDocument(now);
	return app.execute(null, { id: demoCommandId(doc), type: 'meeting.create', payload: doc }, { role: 'admin' });
}
