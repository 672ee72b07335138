/** The weekly e-mails: one per duty person and one digest for the admins, both keyed by ISO week. */
import { type CalendarDate, weekdayOfDate } from './dates';
import type { Messages } from './i18n/messages';
import { composeMail, type OutgoingMail } from './mail-compose';
import { personKey } from './duty-slot';
import type { Digest, PersonWeek } from './summaries';
import { weekDates } from './week';

const span = (m: Messages, weekOf: CalendarDate): [string, string] => {
  const days = weekDates(weekOf);
  return [m.date(days[0]!), m.date(days[6]!)];
};

/**
 * One summary per duty person. Two people sharing one mailbox (`it@school.org`) get one each: the key then
 * names the person too. A mailbox of one keeps the key earlier versions gave it, so a run again the same
 * week does not send it again.
 */
export const personSummaryMails = (m: Messages, school: string, week: string, weekOf: CalendarDate, people: readonly PersonWeek[]): OutgoingMail[] => {
  const count = new Map<string, number>();
  for (const p of people) if (p.member.email) count.set(p.member.email.toLowerCase(), (count.get(p.member.email.toLowerCase()) ?? 0) + 1);
  return people.map((p) => {
    const address = p.member.email.toLowerCase();
    const who = !address ? `name:${personKey(p.member.name)}` : (count.get(address) ?? 0) > 1 ? `${address}|${personKey(p.member.name)}` : address;
    return personSummaryMail(m, school, week, weekOf, p, who);
  });
};

const personSummaryMail = (m: Messages, school: string, week: string, weekOf: CalendarDate, p: PersonWeek, who: string): OutgoingMail => {
  const [from, to] = span(m, weekOf);
  const note = (d: PersonWeek['duties'][number]): string =>
    d.cancelled ? (d.handedTo ? m.summaryHandedTo(d.handedTo) : m.summaryCancelled()) : d.substituteFor ? m.summaryCovering(d.substituteFor) : '';
  return composeMail(m, `summary|${week}|${who}`, 'summary', p.member.email ? [p.member.email] : [], m.summarySubject(from, to), {
      paragraphs: [m.mailGreeting(), m.summaryIntro(p.member.name, from, to)],
      tables: [
        {
          heading: m.summaryDutiesHeading(),
          header: m.summaryDutyColumns(),
          rows: p.duties.map((d) => [`${m.dayShort(weekdayOfDate(d.date))} ${m.date(d.date)}`, m.timeRange(d.range), d.room ?? '', note(d)]),
          empty: m.summaryNoDuties(),
        },
        ...(p.openRequests.length > 0
          ? [{ heading: m.summaryRequestsHeading(p.openRequests.length), header: m.summaryRequestColumns(), rows: p.openRequests.map((r) => [r.id, r.kind ? m.kindName(r.kind) : '', r.status, String(r.ageDays)]) }]
          : []),
        ...(p.tasks.length > 0
          ? [
              {
                heading: m.summaryTasksHeading(p.tasks.length),
                header: m.summaryTaskColumns(),
                rows: p.tasks.map(({ task, overdue }) => [task.task, task.deadline, `${m.date(task.due!)}${overdue ? ` (${m.summaryOverdue()})` : ''}`]),
              },
            ]
          : []),
      ],
      signature: m.mailSignature(school),
  });
};

export const digestMail = (m: Messages, school: string, admins: string[], weekOf: CalendarDate, d: Digest): OutgoingMail => {
  const [from, to] = span(m, weekOf);
  const lw = d.lastWeek;
  const oldest = d.oldestOpen ? { id: d.oldestOpen.id, days: d.oldestOpen.ageDays } : null;
  return composeMail(m, `digest|${d.week}`, 'digest', admins, m.digestSubject(from, to), {
      paragraphs: [m.mailGreeting(), m.digestIntro(from, to)],
      tables: [
        {
          heading: m.digestConflictsHeading(d.conflicts.length),
          header: m.digestConflictColumns(),
          rows: d.conflicts.map((c) => [`${c.who}, ${m.dayName(c.day)}${c.date ? ` ${m.date(c.date)}` : ''}`, `${m.timeRange(c.overlap)} (${c.slots[0].cell} ↔ ${c.slots[1].cell})`]),
          empty: m.digestNothing(),
        },
        {
          heading: m.digestGapsHeading(d.gaps.length + d.datedGaps.length),
          header: m.digestGapColumns(),
          rows: [
            ...d.gaps.map((g) => [`${m.kindName(g.kind)}, ${m.dayName(g.day)}`, m.timeRange(g.range)]),
            ...d.datedGaps.map((g) => [m.digestGapOnDate(m.kindName(g.kind), m.dayName(g.day), m.date(g.date)), m.timeRange(g.range)]),
          ],
          empty: m.digestNothing(),
        },
        {
          heading: m.digestRequestsHeading(m.date(lw.from), m.date(lw.to)),
          lines: m.digestRequestFacts(lw.received, lw.resolved, lw.medianHoursToResolve, d.open, oldest),
          header: m.digestCountColumns(m.digestByKindHeading()),
          rows: lw.byKind.map(([k, n]) => [k === 'other' ? '—' : m.kindName(k), String(n)]),
        },
        { heading: m.digestByRoleHeading(), header: m.digestCountColumns(m.mailFieldLabel('role')), rows: lw.byRole.map(([r, n]) => [r, String(n)]), empty: m.digestNothing() },
        {
          heading: m.digestTasksHeading(d.overdue.length, d.soon.length),
          header: m.summaryTaskColumns(),
          rows: [...d.overdue, ...d.soon].map((t) => [t.task, t.deadline, `${m.date(t.due!)}${d.overdue.includes(t) ? ` (${m.summaryOverdue()})` : ''}`]),
          empty: m.digestNothing(),
        },
        {
          heading: m.digestDemandHeading(),
          header: m.digestDemandColumns(),
          rows: d.demand.map((c) => [m.dayShort(c.day), m.timeRange({ start: c.hour * 60, end: (c.hour + 1) * 60 }), String(c.requests), String(c.uncovered)]),
          empty: m.digestNothing(),
        },
        ...(d.unsent.length > 0
          ? [
              {
                heading: m.digestUnsentHeading(d.unsent.length),
                header: m.digestUnsentColumns(),
                rows: d.unsent.map((u) => [m.date(u.date), u.to || '—', u.subject, u.reason]),
              },
            ]
          : []),
      ],
      signature: m.mailSignature(school),
  });
};
