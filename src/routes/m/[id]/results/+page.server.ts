import { error } from '@sveltejs/kit';
import { publicResults } from '$lib/domain/followup/public-view';
import { vietnamToday } from '$lib/domain/followup/status';
import { translate } from '$lib/i18n/translate';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/**
 * The public results page ("dân biết, dân kiểm tra"): anyone with the address may read it once
 * the office switches it on; until then it does not exist (404). Only the allow-list view
 * (`publicResults`) reaches the page: no phone numbers, tokens or ids of people.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const live = (await getApp()).meeting(params.id);
	const today = vietnamToday(Date.now());
	const results = live ? publicResults(live.state, today) : null;
	if (!results) error(404, { message: translate(locals.lang, 'results.notFound'), code: 'meeting_not_found' });
	return { results, today };
};
