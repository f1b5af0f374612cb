/** Working days for legal deadlines: arithmetic, the built-in holiday table, admin edits. */
export {
	addWorkingDays,
	countWorkingDays,
	formatVietnameseDate,
	isWorkingDay,
	nextWorkingDay,
	noticeDeadline,
	weekdayOf,
	type HolidayCalendar,
	type Weekday
} from './calendar';
export { BUILT_IN_CALENDAR, builtInCalendar } from './holidays';
export { addDayOff, addExtraWorkday, removeDayOff, removeExtraWorkday, swapDays } from './edit';
