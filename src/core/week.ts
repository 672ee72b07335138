/**
 * Weeks: the ISO week a date falls in (`2026-W48`), which keys the weekly job so Google's trigger jitter
 * or a manual re-run never makes a second week, and the seven dates of a week, Monday first.
 */
import { addDays, type CalendarDate, weekdayOfDate } from './dates';
import { DAYS, type Day } from './days';

/** Monday of the week that holds `date`. */
export const mondayOf = (date: CalendarDate): CalendarDate => addDays(date, -DAYS.indexOf(weekdayOfDate(date)));

export const weekDates = (date: CalendarDate): CalendarDate[] => {
  const monday = mondayOf(date);
  return DAYS.map((_, i) => addDays(monday, i));
};

/** ISO 8601 week key: the week belongs to the year of its Thursday. */
export const isoWeek = (date: CalendarDate): string => {
  const thursday = addDays(mondayOf(date), 3);
  const week = Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7) + 1;
  return `${thursday.year}-W${String(week).padStart(2, '0')}`;
};

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: CalendarDate, b: CalendarDate): number =>
  Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);

/** The week a summary covers: this week when it is sent on a Monday, else the coming one. */
export const comingWeek = (today: CalendarDate): CalendarDate => {
  const index = DAYS.indexOf(weekdayOfDate(today));
  return index === 0 ? today : addDays(today, 7 - index);
};

/**
 * The week a weekly run on `today` is about: the one announced on the latest summary day up to today. The
 * trigger runs on that day; a run from the menu on another day must not take the next week's turn early
 * (its summaries would go out before substitutions for it are in, and the trigger's run would find it done).
 */
export const weekToSummarise = (today: CalendarDate, summaryDay: Day): CalendarDate => comingWeek(lastSummaryDay(today, summaryDay));

/** The latest summary day up to `today`: the day the run on `today` stands for. */
const lastSummaryDay = (today: CalendarDate, summaryDay: Day): CalendarDate =>
  addDays(today, -((DAYS.indexOf(weekdayOfDate(today)) - DAYS.indexOf(summaryDay) + 7) % 7));

/** The summary day that announces the week holding `date`: its Monday, or the Friday before, …. */
export const announcedOn = (date: CalendarDate, summaryDay: Day): CalendarDate => addDays(mondayOf(date), -((7 - DAYS.indexOf(summaryDay)) % 7));

/**
 * Monday of the whole week a digest reports: the one before the week of the summary day the run stands
 * for. Tied to that day, not to the clock, so a run late past midnight or repeated from the menu reports
 * the same week, and every week is reported once.
 */
export const reportedWeek = (today: CalendarDate, summaryDay: Day): CalendarDate => addDays(mondayOf(lastSummaryDay(today, summaryDay)), -7);

/** A weekly job that has not run for longer than this has stopped (a disabled trigger, an owner who left). */
export const WEEKLY_STALE_DAYS = 8;
