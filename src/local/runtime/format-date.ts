// Utilities.formatDate: Java SimpleDateFormat patterns (the letters Apps Script users write) in a time zone.

import { offsetMinutes, wallTime } from "./time-zone";

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, "0");
}

function offsetText(minutes: number, style: "Z" | "X" | "XX" | "XXX"): string {
  if (minutes === 0 && style !== "Z") return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === "X") return `${sign}${h}`;
  if (style === "XXX") return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

/** Formats like `Utilities.formatDate(date, timeZone, pattern)`. Unknown letters throw, as Java does. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallTime(date, timeZone);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new Error(`Unterminated quote in date pattern: ${pattern}`);
      // '' inside quoted text is a literal quote.
      let j = i + 1;
      let text = "";
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j];
        j++;
      }
      out += text;
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case "y":
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, Math.max(n, 1));
        break;
      case "M":
        if (n >= 4) out += MONTH_NAMES[w.month - 1];
        else if (n === 3) out += (MONTH_NAMES[w.month - 1] ?? "").slice(0, 3);
        else out += pad(w.month, n);
        break;
      case "d":
        out += pad(w.day, n);
        break;
      case "H":
        out += pad(w.hour, n);
        break;
      case "h":
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case "a":
        out += w.hour < 12 ? "AM" : "PM";
        break;
      case "m":
        out += pad(w.minute, n);
        break;
      case "s":
        out += pad(w.second, n);
        break;
      case "S":
        out += pad(w.millisecond, n);
        break;
      case "E":
        out += n >= 4 ? DAY_NAMES[w.weekday] : (DAY_NAMES[w.weekday] ?? "").slice(0, 3);
        break;
      case "u":
        out += pad(w.weekday === 0 ? 7 : w.weekday, n);
        break;
      case "Z":
        out += offsetText(offsetMinutes(date, timeZone), "Z");
        break;
      case "X":
        out += offsetText(offsetMinutes(date, timeZone), n === 1 ? "X" : n === 2 ? "XX" : "XXX");
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
