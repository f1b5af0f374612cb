import { io as connect } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/lib/domain/commands';
import { agencyView } from '../../src/lib/domain/followup/agency-view';
import { vietnamToday } from '../../src/lib/domain/followup/status';
import type { Actor } from '../../src/lib/domain/types';
import { grant } from '../../src/lib/server/access';
import type { App } from '../../src/lib/server/app';
import { roleCookieName } from '../../src/lib/server/auth';
import { createMeeting, serverPerTest, type TestServer } from './harness';

let n = 0;
const exec = async (app: App, meetingId: string, type: string, payload: unknown, actor: Actor, id = `agency-test-${++n}`) => app.execute(meetingId, { id, type, payload }, actor);

/** A meeting that ran today with two opinions assigned to two different agencies. */
async function meetingWithAssignments(server: TestServer) {
	const { app } = server;
	const meetingId = await createMeeting(app);
	const today = vietnamToday(Date.now());
	await exec(app, meetingId, 'meeting.editBasics', { basics: { title: 'Hội nghị đối thoại', date: today, startTime: '08:00', place: 'Hội trường', bannerLines: [] } }, { role: 'admin' });
	await exec(app, meetingId, 'agencies.set', { agencies: [{ name: 'Phòng Kinh tế', shortName: 'KT', head: 'Ông Bình' }, { name: 'Công an phường', shortName: 'CA', head: 'Ông Cường' }] }, { role: 'admin' });
	const [economy, police] = app.meeting(meetingId)!.state.agencies.map((a) => a.id);
	expect(await exec(app, meetingId, 'meeting.start', {}, { role: 'chair' })).toMatchObject({ ok: true });
	for (const [id, lead] of [['opinion-road', economy], ['opinion-noise', police]]) {
		expect(await exec(app, meetingId, 'opinion.record', { origin: { kind: 'floor' }, field: 'Giao thông', raisedBy: { kind: 'person', name: 'Ông Nguyễn Văn An', unit: 'Tổ 5', delegateId: null }, content: `Ý kiến ${id}` }, { role: 'secretary' }, id)).toMatchObject({ ok: true });
		expect(await exec(app, meetingId, 'opinion.tag', { opinionId: id, outcome: { kind: 'assigned', leadAgencyId: lead, task: 'Trả lời bằng văn bản' } }, { role: 'chair' })).toMatchObject({ ok: true });
	}
	await exec(app, meetingId, 'meeting.end', {}, { role: 'chair' });
	const tokens = await app.agencyTokens(meetingId);
	return { meetingId, today, economy, police, tokens };
}

describe('agency links (issue 17)', () => {
	const fixture = serverPerTest();

	it('[T7] one 128-bit link per agency, kept across a restart; it opens only its own agency', async () => {
		const { meetingId, economy, police, tokens } = await meetingWithAssignments(fixture.server);
		expect(Object.keys(tokens).sort()).toEqual([economy, police].sort());
		expect(tokens[economy]).toMatch(/^[A-Za-z0-9_-]{22,}$/);
		expect(tokens[economy]).not.toBe(tokens[police]);
		expect(fixture.server.app.findAgencyLink(tokens[police])).toEqual({ meetingId, agencyId: police });
		// Issuing again changes nothing.
		expect(await fixture.server.app.agencyTokens(meetingId)).toEqual(tokens);
		const app = (await fixture.restart()).app;
		expect(await app.agencyTokens(meetingId)).toEqual(tokens);
		const jar = (token: string) => (name: string) => (name === roleCookieName(meetingId, 'agency') ? token : undefined);
		expect(grant(app, meetingId, 'agency', jar(tokens[economy]))).toMatchObject({ ok: true, actor: { role: 'agency', agencyId: economy } });
		// An agency link is not a role link, nor the other way round.
		expect(grant(app, meetingId, 'secretary', (name) => (name === roleCookieName(meetingId, 'secretary') ? tokens[economy] : undefined))).toMatchObject({ ok: false });
		expect(grant(app, meetingId, 'agency', jar(app.roleTokens(meetingId)!.secretary))).toMatchObject({ ok: false, reason: 'forbidden' });
		expect(app.findRoleLink(tokens[economy])).toBeNull();
	});

	it('[T7] an agency sees and writes only its own assignments; every other command is forbidden', async () => {
		const { app } = fixture.server;
		const { meetingId, today, economy, tokens } = await meetingWithAssignments(fixture.server);
		const access = grant(app, meetingId, 'agency', (name) => (name === roleCookieName(meetingId, 'agency') ? tokens[economy] : undefined));
		if (!access.ok) throw new Error('the agency link should open');
		const view = agencyView(access.live.state, access.actor.agencyId!, today)!;
		expect(view.assignments.map((a) => a.opinionId)).toEqual(['opinion-road']);

		const answer = (opinionId: string) => ({ opinionId, answeredOn: today, documentNumber: '12/KT', summary: 'Đã kiểm tra, sẽ sửa đường' });
		const own = await exec(app, meetingId, 'followUp.recordAnswer', answer('opinion-road'), access.actor);
		expect(own.ok).toBe(true);
		const other = await exec(app, meetingId, 'followUp.recordAnswer', answer('opinion-noise'), access.actor);
		expect(other).toMatchObject({ ok: false, error: { code: 'forbidden' } });

		const seq = app.meeting(meetingId)!.seq;
		for (const type of COMMANDS.keys()) {
			if (type === 'followUp.recordAnswer' || type === 'followUp.removeAnswer') continue;
			const ack = await exec(app, meetingId, type, { opinionId: 'opinion-road' }, access.actor);
			expect(ack.ok ? 'accepted' : ack.error.code, type).toBe('forbidden');
		}
		expect(app.meeting(meetingId)!.seq).toBe(seq);
		const state = app.meeting(meetingId)!.state;
		expect(state.followUp.assignments['opinion-road'].answer).toMatchObject({ recordedBy: { role: 'agency', agencyId: economy } });
		expect(state.followUp.assignments['opinion-noise']).toBeUndefined();
		// The log says who entered it.
		const logged = (await app.store.load(meetingId))!.events.at(-1)!;
		expect(logged).toMatchObject({ type: 'followUp.answerRecorded', actor: { role: 'agency', agencyId: economy } });
	});

	it('[T7] the socket refuses an agency (no meeting snapshot); a re-issued link revokes the old one', async () => {
		const { server } = fixture;
		const { meetingId, economy, tokens } = await meetingWithAssignments(server);
		const socket = connect(server.url, {
			auth: { meetingId, role: 'agency' },
			extraHeaders: { cookie: `${roleCookieName(meetingId, 'agency')}=${tokens[economy]}` },
			transports: ['websocket'],
			reconnection: false,
			forceNew: true
		});
		const outcome = await new Promise<string>((resolve) => {
			socket.once('snapshot', () => resolve('snapshot'));
			socket.once('connect_error', (error) => resolve(error.message));
		});
		socket.close();
		expect(outcome).toBe('forbidden');

		const fresh = await server.app.reissueAgencyLink(meetingId, economy);
		expect(fresh).not.toBe(tokens[economy]);
		expect(server.app.findAgencyLink(tokens[economy])).toBeNull();
		expect(grant(server.app, meetingId, 'agency', () => tokens[economy])).toMatchObject({ ok: false });
		expect(grant(server.app, meetingId, 'agency', () => fresh)).toMatchObject({ ok: true, actor: { agencyId: economy } });
	});
});
