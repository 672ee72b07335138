/** The readable form of a check, in the Sheet's language: what `check` prints without `--json`. */
import type { Analysis } from './check-report';
import { DAYS } from './days';
import type { Messages } from './i18n/messages';

export const formatCheckText = (a: Analysis, m: Messages): string => {
  const lines: string[] = [m.reportTitle(a.settings.schoolName || '—'), ''];
  lines.push(m.reportSlotsHeading());
  for (const day of DAYS) {
    const count = a.slots.filter((s) => s.day === day).length;
    if (count > 0) lines.push(`  ${m.reportSlotsPerDay(m.dayName(day), count)}`);
  }
  lines.push('', a.conflicts.length > 0 ? m.reportConflictsHeading(a.conflicts.length) : m.reportNoConflicts());
  for (const c of a.conflicts) {
    const cells = `${c.slots[0].cell} ↔ ${c.slots[1].cell}`;
    const when = c.date ? `${m.dayName(c.day)} ${m.date(c.date)}` : m.dayName(c.day);
    const say = c.type === 'person' ? m.reportConflictPerson : m.reportConflictRoom;
    lines.push(`  ${say(c.who, when, m.timeRange(c.overlap), cells)}${c.date ? ` — ${m.reportConflictOnDate(m.date(c.date))}` : ''}`);
  }
  // No rules read (no Coverage tab, or one that could not be read): nothing is known to be covered.
  lines.push('', a.gaps.length > 0 ? m.reportGapsHeading(a.gaps.length) : a.coverage.length > 0 ? m.reportNoGaps() : m.reportNoCoverageRules());
  for (const g of a.gaps) lines.push(`  ${m.reportGap(m.kindName(g.kind), m.dayName(g.day), m.timeRange(g.range))}`);
  if (a.tasks.length > 0) {
    lines.push('', m.reportTasksHeading());
    for (const t of a.tasks) {
      const due = t.due ? m.date(t.due) : null;
      lines.push(`  ${m.reportTask(t.no, t.task, t.deadline || '—', due ?? m.deadlineNoDate(), t.responsible.join(', '), t.status)}`);
    }
  }
  lines.push('', a.problems.length > 0 ? m.reportProblemsHeading(a.problems.length) : m.reportNoProblems());
  for (const p of a.problems) lines.push(`  ${m.reportProblem(p.cell || '—', p.severity, p.text(m))}`);
  return `${lines.join('\n')}\n`;
};
