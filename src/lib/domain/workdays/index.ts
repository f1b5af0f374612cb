/** Working days for legal deadlines: arithmetic, the built-in holiday table, admin edits. */
export {
	addWorkingDays,
	countWorkingDays,
	formatVietnameseDate,
	isWorkingDay,
	nextWorkingDay,
	noticeDeadline,
	type HolidayCalendar
} from './calendar';
export { BUILT_IN_CALENDAR, builtInCalendar } from './holidays';
export { addDayOff, addExtraWorkday, removeDayOff, removeExtraWorkday, swapDays } from './edit';
