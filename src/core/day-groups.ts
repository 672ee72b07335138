/** A combined cell's groups of days and hours (`Пн, Ср 9.00-11.00; Пт 14.00-16.00`): which days each range has. */
import type { Day } from './days';
import type { Result } from './problems';
import type { RangeInCell } from './time-range';

/**
 * The days of each range of a combined cell: the text after a range that reads as days (`Пт`) is the next
 * ranges' days, not the range's room.
 */
export const dayGroups = (ranges: RangeInCell[], first: Day[], readDays: (text: string) => Result<Day[]>): { ranges: RangeInCell[]; days: Day[][] } => {
  let current = first;
  const days: Day[][] = [];
  const out: RangeInCell[] = [];
  for (const [i, r] of ranges.entries()) {
    days.push(current);
    const next = i + 1 < ranges.length && r.rest !== '' && !r.continued ? readDays(r.rest.replace(/[\s:,;]+$/, '')) : null;
    if (next?.ok) {
      current = next.value;
      // The pieces of one duty around a break carry the same text: it is days, not their room.
      for (let k = out.length - 1; k >= 0 && out[k]!.continued && out[k]!.rest === r.rest; k--) out[k] = { ...out[k]!, rest: '' };
      out.push({ ...r, rest: '' });
    } else out.push(r);
  }
  return { ranges: out, days };
};

