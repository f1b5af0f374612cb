/** The bodies that issue documents, as they head the left column; what follows is the place. */
const BODY_PREFIX = /^(đảng ủy|đảng uỷ|ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|văn phòng đảng ủy|văn phòng hđnd và ubnd)\s+/u;
const LOCAL_UNIT = /^(phường|xã|thị trấn|đặc khu) (\S.*)$/u;

const normal = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');
const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
const properName = (name: string) => name.split(' ').map(capitalise).join(' ');

/**
 * The place in "Phường Bạch Đằng, ngày … tháng … năm 2026" (Decree 30: the name of the
 * administrative unit), read from the issuing body "ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG". Empty when
 * the body does not name a commune or ward: the office writes the place by hand then.
 */
export function placeName(issuingBody: string): string {
	const lower = normal(issuingBody).toLocaleLowerCase('vi');
	const match = LOCAL_UNIT.exec(lower.replace(BODY_PREFIX, ''));
	if (!match) return '';
	// "Thị trấn" is a common noun (one capital); the name capitalises every syllable.
	return `${capitalise(match[1])} ${properName(match[2])}`;
}

/**
 * The issuing body as a sentence names it: "ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG" → "Đảng ủy phường Bạch
 * Đằng". A body the rules do not recognise keeps a capital on every word (names stay names).
 */
export function bodyInSentence(issuingBody: string): string {
	const lower = normal(issuingBody).toLocaleLowerCase('vi');
	const prefix = BODY_PREFIX.exec(lower)?.[1] ?? '';
	const unit = LOCAL_UNIT.exec(lower.slice(prefix ? prefix.length + 1 : 0));
	if (prefix && unit) return `${capitalise(prefix.replace(/^ubnd$/, 'ủy ban nhân dân'))} ${unit[1]} ${properName(unit[2])}`;
	return properName(lower);
}

/**
 * The place as a sentence names it after a body: "Phường Bạch Đằng" → "phường Bạch Đằng" (the
 * unit's kind is a common noun); a bare name ("Hạ Long") keeps its capital.
 */
export function placeInSentence(place: string): string {
	const p = normal(place);
	return /^(phường|xã|thị trấn|đặc khu)\s/iu.test(p) ? p.charAt(0).toLocaleLowerCase('vi') + p.slice(1) : p;
}
