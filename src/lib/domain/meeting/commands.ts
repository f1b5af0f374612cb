import * as z from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

export const meetingBasicsSchema = z.strictObject({
	title: text(300),
	date: z.iso.date(),
	startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
	place: text(300),
	bannerLines: z.array(z.string().trim().max(200)).max(12)
});

export const editBasicsPayload = z.strictObject({ basics: meetingBasicsSchema });
export const emptyPayload = z.strictObject({});
