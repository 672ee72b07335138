/**
 * The check report tab: every overlap, coverage gap and problem as a row, each with a link to its cell,
 * rewritten whole on each check.
 */
import type { Analysis } from './check-report';
import { parseCellRef } from './cells';
import type { Messages } from './i18n/messages';
import { asTypedText } from './safe-text';
import { TAB_COLUMNS } from './tabs';

/** A link to a cell of this spreadsheet, as a formula the script writes itself (never from user text). */
export const cellLink = (ref: string, sheetIds: ReadonlyMap<string, number>): string => {
  const at = parseCellRef(ref);
  const id = at ? sheetIds.get(at.tab) : undefined;
  if (!at || id === undefined) return asTypedText(ref);
  const a1 = ref.slice(ref.lastIndexOf('!') + 1);
  return `=HYPERLINK("#gid=${id}&range=${a1}","${ref.replace(/"/g, '""')}")`;
};

/** The report's rows, header first; user text is neutralised so it can never become a formula. */
export const reportRows = (a: Analysis, m: Messages, sheetIds: ReadonlyMap<string, number>, checkedAt: string): string[][] => {
  const rows: string[][] = [TAB_COLUMNS.report.map((c) => m.columnTitle('report', c)), [m.reportGenerated(checkedAt), '', '']];
  for (const c of a.conflicts) {
    const when = c.date ? `${m.dayName(c.day)} ${m.date(c.date)}` : m.dayName(c.day);
    const [x, y] = c.slots;
    const say = c.type === 'person' ? m.reportConflictPerson : m.reportConflictRoom;
    rows.push([m.reportWhatConflict(), cellLink(x.cell, sheetIds), asTypedText(say(c.who, when, m.timeRange(c.overlap), `${x.cell} ↔ ${y.cell}`))]);
  }
  for (const g of a.gaps) rows.push([m.reportWhatGap(), '', asTypedText(m.reportGap(m.kindName(g.kind), m.dayName(g.day), m.timeRange(g.range)))]);
  for (const p of a.problems) {
    rows.push([p.severity === 'error' ? m.reportWhatError() : m.reportWhatWarning(), p.cell ? cellLink(p.cell, sheetIds) : '', asTypedText(p.text(m))]);
  }
  return rows;
};
