/**
 * [D20] The invitation's header (giấy mời) in the layout of the meeting's host, like the
 * minutes and the notice: the Party's (HD 36: "ĐẢNG CỘNG SẢN VIỆT NAM", an asterisk,
 * "Số …-GM/ĐU", "T/M") when the Party committee hosts or co-hosts, else the state's (Decree 30:
 * national title and motto, "Số: …/GM-UBND", "TM."). The number is left for the office's
 * register and the day and month for signing, as offices print them.
 */
import type { DocumentOffice } from './types';
import type { MeetingBasics, PlanSettings } from '../types';
import { placeDateLine } from './dates';
import { layoutForHost, type Layout } from './layout';
import { numberLine, t } from './parts';
import { placeName } from './place-name';

export interface InvitationHeader {
	layout: Layout;
	parentBody: string;
	issuingBody: string;
	/** "Số:       /GM-UBND" / "Số       -GM/ĐU". */
	number: string;
	/** "Phường Bạch Đằng, ngày     tháng     năm 2026". */
	placeDate: string;
	/** "T/M ĐẢNG ỦY PHƯỜNG …" / "TM. ỦY BAN NHÂN DÂN PHƯỜNG …"; "" without an issuing body. */
	authority: string;
}

export function invitationHeader(
	plan: Pick<PlanSettings, 'host' | 'parentBody' | 'issuingBody'>,
	basics: Pick<MeetingBasics, 'date'>,
	office: Pick<DocumentOffice, 'placeName'> | undefined
): InvitationHeader {
	const layout = layoutForHost(plan.host);
	const party = layout === 'party';
	const body = plan.issuingBody.trim();
	return {
		layout,
		parentBody: plan.parentBody.trim().toLocaleUpperCase('vi'),
		issuingBody: body.toLocaleUpperCase('vi'),
		number: numberLine(layout, '', t(party ? 'invitation.symbolParty' : 'invitation.symbolGovernment')),
		placeDate: placeDateLine(office?.placeName || placeName(body), { year: basics.date.slice(0, 4) }),
		authority: body ? t(party ? 'invitation.onBehalfParty' : 'invitation.onBehalfGovernment', { body: body.toLocaleUpperCase('vi') }) : ''
	};
}
