import { catalogue } from '../../src/core/i18n';
import { planRequestEdit, type RequestEdit } from '../../src/core/request-edit';
import { readRequestRows } from '../../src/core/request-log';
import { TAB_COLUMNS } from '../../src/core/tabs';

const m = catalogue('ru');
const header = TAB_COLUMNS.requests.map((c) => m.columnTitle('requests', c));
const row = (id: string, status: string, assignee: string, resolved = '') => {
  const r = Array.from({ length: header.length }, () => '' as string);
  const set = (c: string, v: string) => (r[TAB_COLUMNS.requests.indexOf(c as never)] = v);
  set('id', id);
  set('status', status);
  set('assignee', assignee);
  set('kind', 'техническая');
  set('email', 'p@example.org');
  set('resolved', resolved);
  return r;
};
const { columns, requests } = readRequestRows({ name: 'Обращения', rows: [header, row('A-1', 'решено', 'Петров В.Г.'), row('A-2', 'решено', 'Петров В.Г.')] });
const staff = [{ name: 'Петров В.Г.', position: '', email: 'petrov@example.org', kinds: [], admin: false, active: true, cell: '' }];
const now = new Date('2026-11-24T07:15:00Z');
const plan = (edit: Partial<RequestEdit>, keys: string[] = []) =>
  planRequestEdit({ top: 1, bottom: 1, left: 10, right: 10, single: null, ...edit }, requests, columns, keys, { staff, admins: ['admin@example.org'] }, now, { m, school: '' });

describe('planRequestEdit', () => {
  it('a single-cell resolution writes the times and mails the requester', () => {
    const p = plan({ single: { oldValue: 'в работе' } });
    expect(p.updates.map((u) => u.column)).toEqual([columns.updated, columns.resolved]);
    expect(p.mails.map((x) => x.kind)).toEqual(['resolved']);
  });

  it('resolved again within the hour of its last «resolved» mail (reopened by mistake) mails nobody; later, it does', () => {
    const single = { single: { oldValue: 'в работе' } };
    const minutesAgo = (n: number) => `A-1|resolved|${new Date(now.getTime() - n * 60_000).toISOString()}`;
    expect(plan(single, [minutesAgo(1)]).mails).toEqual([]);
    expect(plan(single, [minutesAgo(59)]).mails).toEqual([]);
    expect(plan(single, [minutesAgo(61)]).mails.map((x) => x.kind)).toEqual(['resolved']);
    // The times are still written: the request is resolved again.
    expect(plan(single, [minutesAgo(1)]).updates.map((u) => u.column)).toEqual([columns.updated, columns.resolved]);
  });

  it('a paste of statuses over rows from before the install mails nobody', () => {
    expect(plan({ bottom: 2 }).mails).toEqual([]);
  });

  it('a paste over rows the desk has mailed about mails their requesters', () => {
    expect(plan({ bottom: 2 }, ['A-1|ack', 'A-2|ack']).mails).toHaveLength(2);
  });

  it('a new assignee is mailed once; A → B → A mails A again', () => {
    const assign = { left: 9, right: 9 };
    expect(plan({ ...assign, single: { oldValue: undefined } }).mails.map((x) => x.key)).toEqual(['A-1|assigned|Петров В.Г.|0']);
    expect(plan({ ...assign, single: { oldValue: 'Смирнов И.К.' } }, ['A-1|assigned|Петров В.Г.|0']).mails).toEqual([]);
    expect(plan({ ...assign, single: { oldValue: 'Смирнов И.К.' } }, ['A-1|assigned|Петров В.Г.|0', 'A-1|assigned|Смирнов И.К.|1']).mails.map((x) => x.key)).toEqual([
      'A-1|assigned|Петров В.Г.|2',
    ]);
  });

  it('an assignee whose name holds a bar is not mailed again on each edit', () => {
    const single = { oldValue: 'Смирнов И.К.' };
    const barred = readRequestRows({ name: 'Обращения', rows: [header, row('A-1', 'в работе', 'Петров В.Г. | каб. 14')] });
    const edit = (keys: string[]) =>
      planRequestEdit({ top: 1, bottom: 1, left: 9, right: 9, single }, barred.requests, barred.columns, keys, { staff, admins: ['admin@example.org'] }, now, { m, school: '' });
    expect(edit([]).mails.map((x) => x.key)).toEqual(['A-1|assigned|Петров В.Г. | каб. 14|0']);
    expect(edit(['A-1|assigned|Петров В.Г. | каб. 14|0']).mails).toEqual([]);
  });

  it('edits to other columns change nothing', () => {
    expect(plan({ left: 2, right: 4 })).toEqual({ updates: [], mails: [] });
  });
});
