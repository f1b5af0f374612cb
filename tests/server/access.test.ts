import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/lib/server/app';
import { grant, snapshotFor, type CookieReader } from '../../src/lib/server/access';
import { ADMIN_COOKIE, roleCookieName } from '../../src/lib/server/auth';
import { configFromEnv } from '../../src/lib/server/config';
import { createMeeting, makeDataDir, removeDataDir } from './harness';

/** The one gate pages and sockets share, over a real App with its files in a temp dir. */
describe('grant: cookie + meeting + role → actor or refusal', () => {
	let dataDir: string;
	let app: App;
	let meetingId: string;
	const jar = (cookies: Record<string, string>): CookieReader => (name) => cookies[name];

	beforeAll(async () => {
		dataDir = await makeDataDir();
		app = await new App({ ...configFromEnv({}), dataDir, adminToken: 'access-admin-token' }).init();
		meetingId = await createMeeting(app);
	});
	afterAll(async () => {
		await app.close();
		await removeDataDir(dataDir);
	});

	it('[S3] a role link opens its own role only', () => {
		const chairToken = app.roleTokens(meetingId)!.chair;
		const chair = grant(app, meetingId, 'chair', jar({ [roleCookieName(meetingId, 'chair')]: chairToken }));
		expect(chair).toMatchObject({ ok: true, actor: { role: 'chair' }, via: 'link' });
		expect(grant(app, meetingId, 'desk', jar({ [roleCookieName(meetingId, 'desk')]: chairToken }))).toEqual({ ok: false, reason: 'forbidden' });
		expect(grant(app, meetingId, 'admin', jar({ [roleCookieName(meetingId, 'chair')]: chairToken }))).toEqual({ ok: false, reason: 'forbidden' });
		expect(grant(app, meetingId, 'guest', jar({}))).toEqual({ ok: false, reason: 'forbidden' });
	});

	it('[S3] the admin opens every role screen; nobody else learns whether a meeting exists', () => {
		const admin = jar({ [ADMIN_COOKIE]: 'access-admin-token' });
		expect(grant(app, meetingId, 'projector', admin)).toMatchObject({ ok: true, actor: { role: 'projector' }, via: 'admin' });
		expect(grant(app, meetingId, 'admin', admin)).toMatchObject({ ok: true, actor: { role: 'admin' }, via: 'admin' });
		expect(grant(app, 'no-such-meeting', 'admin', admin)).toEqual({ ok: false, reason: 'meeting_not_found' });
		expect(grant(app, 'no-such-meeting', 'admin', jar({}))).toEqual({ ok: false, reason: 'forbidden' });
	});

	it('[V1] a snapshot is projected for the role it is made for', async () => {
		await app.execute(meetingId, { id: 'access-add-category', type: 'categories.set', payload: { categories: [{ name: 'Nhân dân', expected: 5 }] } }, { role: 'admin' });
		const categoryId = app.meeting(meetingId)!.state.categories[0].id;
		await app.execute(meetingId, { id: 'access-add-delegate', type: 'delegate.add', payload: { salutation: 'Bà', fullName: 'Lê Thị Lan', categoryId, phone: '0912345678' } }, { role: 'admin' });
		const live = app.meeting(meetingId)!;
		const desk = snapshotFor(live, 'desk');
		expect(desk).toMatchObject({ meetingId, role: 'desk', seq: live.seq });
		expect(desk.state.delegates[0].phone).toBe('0912345678');
		const chair = snapshotFor(live, 'chair').state.delegates[0];
		expect(chair?.phone ?? null).toBeNull();
		expect(chair?.token ?? '').toBe('');
	});

	it('[S3] a phone is recognised by its personal token as that delegate, and as nobody else', () => {
		const delegate = app.meeting(meetingId)!.state.delegates[0];
		const phone = jar({ [roleCookieName(meetingId, 'delegate')]: delegate.token });
		expect(grant(app, meetingId, 'delegate', phone)).toMatchObject({ ok: true, actor: { role: 'delegate', delegateId: delegate.id }, via: 'link' });
		expect(grant(app, meetingId, 'desk', phone)).toEqual({ ok: false, reason: 'forbidden' });
	});
});
