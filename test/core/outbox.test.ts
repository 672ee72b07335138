import { catalogue } from '../../src/core/i18n';
import { acknowledgementMail, escapeHtml } from '../../src/core/mail-compose';
import { DAYS } from '../../src/core/days';
import type { DutySlot } from '../../src/core/schedule';
import type { Digest } from '../../src/core/summaries';
import { digestMail } from '../../src/core/summary-mail';
import { slot as slotOf } from '../helpers/slots';
import { backoffMs, dueForSending, failedRow, MAX_ATTEMPTS, mailLogColumns, mailPayload, queueRows, readMailLog, sentRow } from '../../src/core/outbox';
import { TAB_COLUMNS } from '../../src/core/tabs';
import { slot } from '../helpers/slots';

const m = catalogue('ru');
const header = TAB_COLUMNS.mailLog.map((c) => m.columnTitle('mailLog', c));
const now = new Date('2026-11-24T07:15:00Z');
const facts = { id: 'ЭЖ-2026-0004', kind: 'technical' as const, role: 'родитель', name: '<b>Вася</b>', className: '5Б', email: 'p@example.org', description: '<script>x</script>', contact: '' };
const route = { kind: 'onDuty' as const, assignee: 'Петров В.Г.', slot: { ...slot('Петров В.Г.', 'tue', '9-13', 'каб. 14'), date: { year: 2026, month: 11, day: 24 }, substituteFor: null } };

describe('the outbox', () => {
  const ack = acknowledgementMail({ m, school: 'Школа' }, facts, route);

  it('queues a key once, however often it is asked to', () => {
    const columns = mailLogColumns(header);
    const first = queueRows(columns, header.length, [], [ack, ack], now, m);
    expect(first.rows).toHaveLength(1);
    const log = readMailLog({ name: 'Журнал писем', rows: [header, ...first.rows] });
    expect(queueRows(columns, header.length, log.entries, [ack], now, m).rows).toHaveLength(0);
    expect(log.entries[0]).toMatchObject({ key: 'ЭЖ-2026-0004|ack', status: 'queued', mail: ack });
  });

  it('an address that is not one is left out of what the log keeps for sending; the others are sent', () => {
    const columns = mailLogColumns(header);
    const mixed = { ...ack, key: 'ЭЖ-2026-0004|resolved|x', to: ['p@example.org', 'not an address'] };
    const { rows, queued } = queueRows(columns, header.length, [], [mixed], now, m);
    expect(queued.map((q) => q.to)).toEqual([['p@example.org']]);
    const log = readMailLog({ name: 'Журнал писем', rows: [header, ...rows] });
    expect(dueForSending(log.entries, now.getTime())[0]!.mail!.to).toEqual(['p@example.org']);
  });

  it('a message with no address is written as not sent, saying why, and never queued for sending', () => {
    const columns = mailLogColumns(header);
    const nobody = { ...ack, key: 'ЭЖ-2026-0004|assigned|admins|0', to: [] };
    const { rows, queued } = queueRows(columns, header.length, [], [nobody, ack], now, m);
    expect(queued).toEqual([ack]);
    const log = readMailLog({ name: 'Журнал писем', rows: [header, ...rows] });
    expect(log.entries.map((e) => [e.key, e.status])).toEqual([
      ['ЭЖ-2026-0004|assigned|admins|0', 'gaveUp'],
      ['ЭЖ-2026-0004|ack', 'queued'],
    ]);
    expect(rows[0]![columns.error]).toBe(m.mailNoRecipient());
    expect(dueForSending(log.entries, now.getTime()).map((e) => e.key)).toEqual(['ЭЖ-2026-0004|ack']);
  });

  it('retries a failure with growing back-off and gives up after the last attempt', () => {
    const columns = mailLogColumns(header);
    let entry = readMailLog({ name: 'l', rows: [header, ...queueRows(columns, header.length, [], [ack], now, m).rows] }).entries[0]!;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const row = failedRow(columns, entry, now, 'boom', m);
      entry = readMailLog({ name: 'l', rows: [header, row] }).entries[0]!;
      expect(entry.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(entry.status).toBe('failed');
        expect(entry.nextAttempt).toBe(now.getTime() + backoffMs(attempt));
        expect(dueForSending([entry], now.getTime())).toEqual([]);
        expect(dueForSending([entry], entry.nextAttempt!)).toHaveLength(1);
      }
    }
    expect(entry.status).toBe('gaveUp');
    expect(dueForSending([entry], Number.MAX_SAFE_INTEGER)).toEqual([]);
    expect(readMailLog({ name: 'l', rows: [header, sentRow(columns, entry, now, m)] }).entries[0]!.status).toBe('sent');
  });

  it('the subject names no requester, and user text is escaped in the HTML', () => {
    expect(ack.subject).toBe('Обращение ЭЖ-2026-0004 принято');
    expect(ack.html).not.toContain('<b>Вася');
    expect(ack.text).toContain('Сейчас дежурит Петров В.Г., каб. 14, до 13.00.');
    expect(escapeHtml('<a href="x">&\'')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });

  it('a message that fits one cell is kept whole; a longer one as its plain text, cut and saying so', () => {
    expect(JSON.parse(mailPayload(ack, m))).toEqual(ack);
    // Escaped for HTML and for JSON, each of these characters takes up to six: the HTML cannot fit.
    const big = { ...ack, text: `начало\n${'<"&> 😀'.repeat(9000)}`, html: escapeHtml('<"&> 😀'.repeat(9000)) };
    const payload = mailPayload(big, m);
    expect(payload.length).toBeLessThanOrEqual(50_000);
    const kept = JSON.parse(payload) as typeof ack;
    expect(kept).toMatchObject({ key: ack.key, to: ack.to, subject: ack.subject, html: '' });
    expect(kept.text.startsWith('начало\n<"&> 😀')).toBe(true);
    expect(kept.text.endsWith(m.mailShortened())).toBe(true);
    // No half of a surrogate pair is left before the mark, wherever the cut falls.
    for (const pad of ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef']) {
      const cut = (JSON.parse(mailPayload({ ...big, text: pad + big.text }, m)) as typeof ack).text;
      expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
    // Text alone that fits goes uncut.
    const textFits = { ...ack, text: 'x'.repeat(30_000), html: 'y'.repeat(30_000) };
    expect(JSON.parse(mailPayload(textFits, m))).toEqual({ ...textFits, html: '' });
  });

  it('text that JSON escapes (quotes, backslashes, control characters) is cut to what fits, not to a fraction of it', () => {
    for (const unit of ['"', '\\', '\n', '\u0001']) {
      const payload = mailPayload({ ...ack, text: `Здравствуйте!\n${unit.repeat(49_000)}`, html: '' }, m);
      expect([unit, payload.length <= 50_000, payload.length > 49_000]).toEqual([unit, true, true]);
      expect((JSON.parse(payload) as typeof ack).text.startsWith('Здравствуйте!')).toBe(true);
    }
  });

  it('a digest of sixty overlaps beside a full week of demand keeps its HTML in the one cell', () => {
    const slot = (cell: string) => ({ ...slotOf('Петров В.Г.', 'mon', '9-10', 'каб. 14'), cell });
    const digest = {
      week: '2026-W48',
      conflicts: Array.from({ length: 60 }, (_, i) => ({ type: 'room' as const, who: 'каб. 14', day: 'mon' as const, date: null, overlap: { start: 540, end: 600 }, slots: [slot(`График!B${i + 2}`), slot(`График!B${i + 3}`)] as [DutySlot, DutySlot] })),
      gaps: [],
      datedGaps: [],
      lastWeek: { from: { year: 2026, month: 11, day: 16 }, to: { year: 2026, month: 11, day: 22 }, received: 40, resolved: 30, medianHoursToResolve: 5, byKind: [], byRole: [] },
      open: 10,
      oldestOpen: null,
      overdue: [],
      soon: [],
      demand: Array.from({ length: 72 }, (_, i) => ({ day: DAYS[i % 6]!, hour: 8 + Math.floor(i / 6), requests: 3, uncovered: 1 })),
      unsent: [],
    } as unknown as Digest;
    const mail = digestMail(m, 'МОУ «СШ №5»', ['admin@example.org'], { year: 2026, month: 11, day: 23 }, digest);
    expect((JSON.parse(mailPayload(mail, m)) as typeof mail).html).toBe(mail.html);
  });
});
