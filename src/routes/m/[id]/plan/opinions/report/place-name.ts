/** The bodies that issue documents, as they head the left column; what follows is the place. */
const BODY_PREFIX = /^(đảng ủy|đảng uỷ|ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|văn phòng đảng ủy|văn phòng hđnd và ubnd)\s+/u;
const LOCAL_UNIT = /^(phường|xã|thị trấn|đặc khu) (\S.*)$/u;

/**
 * The place in "Phường Bạch Đằng, ngày … tháng … năm 2026" (Decree 30: the name of the
 * administrative unit), read from the issuing body "ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG". Empty when
 * the body does not name a commune or ward: the office writes the place by hand then.
 */
export function placeName(issuingBody: string): string {
	const lower = issuingBody.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
	const match = LOCAL_UNIT.exec(lower.replace(BODY_PREFIX, ''));
	if (!match) return '';
	// "Thị trấn" is a common noun (one capital); the name capitalises every syllable.
	return `${capitalise(match[1])} ${match[2].split(' ').map(capitalise).join(' ')}`;
}

const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);

/** "14:00" → "14 giờ 00", as times are written in Vietnamese documents. */
export function documentTime(startTime: string, pattern: string): string {
	const [hours, minutes] = startTime.split(':');
	return pattern.replace('{hours}', hours).replace('{minutes}', minutes);
}
