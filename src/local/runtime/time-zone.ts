// Wall-clock fields of an instant in an IANA time zone, and the instant of a wall-clock time, through Intl.

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
      era: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function wallTime(date: Date | number, timeZone: string): WallTime {
  const ms = typeof date === "number" ? date : date.getTime();
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === "BC" || parts.era === "B") year = 1 - year;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? "Sun"),
  };
}

/**
 * Offset of `timeZone` from UTC at the instant, in milliseconds, exact: before standard time a zone kept
 * local mean time with seconds (Moscow +2:30:17 on 1899-12-30, the day Sheets and Excel hang times on).
 */
function offsetMs(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond) - ms;
}

/** Offset of `timeZone` from UTC at the instant, in minutes (Moscow: +180). */
export function offsetMinutes(date: Date | number, timeZone: string): number {
  return Math.round(offsetMs(typeof date === "number" ? date : date.getTime(), timeZone) / 60000);
}

/** The instant at which the wall clock in `timeZone` shows the given fields. */
export function zonedTime(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  // Exact to the second: a rounded offset would move a 1899 time by 17 s on every read and write.
  let ms = guess - offsetMs(guess, timeZone);
  // A second pass settles instants near a daylight-saving change.
  ms = guess - offsetMs(ms, timeZone);
  return new Date(ms);
}
