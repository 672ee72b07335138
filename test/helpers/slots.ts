/** Building duty slots in tests from short strings: `slot('Петров', 'mon', '9.00-13.00', 'каб. 14')`. */
import type { Day } from '../../src/core/days';
import type { Kind } from '../../src/core/kinds';
import type { DutySlot } from '../../src/core/schedule';
import { parseTimeRange } from '../../src/core/time-range';

let row = 0;

export const slot = (person: string, day: Day, time: string, room: string | null = null, kinds: Kind[] = []): DutySlot => {
  const parsed = parseTimeRange(time);
  if (!parsed.ok) throw new Error(`bad test time ${time}`);
  row++;
  return {
    person,
    role: null,
    day,
    range: parsed.value.range,
    kinds,
    anyKind: kinds.length === 0,
    room,
    note: '',
    tab: 'График',
    cell: `График!B${row + 1}`,
    row,
    column: 1,
  };
};
