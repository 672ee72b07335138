import { analyseWorkbook, CheckJson, checkFailed, checkJsonChunks, toCheckJson } from '../../src/core/check-report';
import { formatCheckText } from '../../src/core/check-text';
import { catalogue } from '../../src/core/i18n';
import { readCsvFolder } from '../../src/local/workbook-file';
import { SAMPLE_SCHOOL, tab, workbook } from '../helpers/fixtures';

const jsonText = (chunks: Iterable<Uint8Array>): string => Buffer.concat([...chunks]).toString('utf8');

describe('the sample school', () => {
  const analysis = analyseWorkbook(readCsvFolder(SAMPLE_SCHOOL));
  const json = CheckJson.parse(toCheckJson(analysis, catalogue('ru')));

  it('reads its settings', () => {
    expect(analysis.settings).toMatchObject({ language: 'ru', timeZone: 'Europe/Moscow', schoolDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], summaryHour: 7, requestIdPrefix: 'ЭЖ' });
    expect(analysis.settings.adminEmails).toEqual(['ivanova@school5.example.org', 'kuznetsova@school5.example.org']);
  });

  it('finds exactly its two room overlaps', () => {
    expect(json.conflicts).toEqual([
      { type: 'room', who: 'каб. 21', day: 'tue', date: null, start: '12:00', end: '13:30', cells: ['График!B5', 'График!B6'] },
      { type: 'room', who: 'каб. 14', day: 'thu', date: null, start: '09:00', end: '10:00', cells: ['График!B9', 'График!B10'] },
    ]);
    expect(checkFailed(analysis)).toBe(true);
  });

  it('finds the coverage gaps, Saturday included because school days run to Saturday', () => {
    expect(json.gaps).toContainEqual({ kind: 'methodical', day: 'sat', start: '13:00', end: '15:00' });
    expect(json.gaps).toContainEqual({ kind: 'technical', day: 'tue', start: '13:00', end: '16:00' });
    expect(json.gaps).toHaveLength(9);
  });

  it('reads every rollout deadline, inventing none', () => {
    expect(json.tasks.map((t) => t.due)).toEqual(['2026-09-01', '2026-09-01', '2026-10-15', '2026-09-20', '2026-11-27', null, null, '2026-12-31', null, null]);
    expect(json.tasks[0]!.responsible).toEqual(['Петров В.Г.', 'Смирнов И.К.']);
    expect(json.tasks[0]!.cell).toBe("'План внедрения'!B2");
  });

  it('has no problems', () => {
    expect(json.problems).toEqual([]);
  });

  it('the readable report names both cells of each overlap, in Russian and English', () => {
    expect(formatCheckText(analysis, catalogue('ru'))).toContain('каб. 14 занят дважды: четверг, 9.00–10.00 (График!B9 ↔ График!B10)');
    expect(formatCheckText(analysis, catalogue('en'))).toContain('каб. 14 is booked twice: Thursday, 9:00–10:00 (График!B9 ↔ График!B10)');
  });
});

describe('the check of a changed school', () => {
  it('reports a substitution that replaces nothing and a bad staff e-mail, each a warning at its cell', () => {
    const workbook = readCsvFolder(SAMPLE_SCHOOL);
    const edit = (name: string, row: number, column: number, value: string) => {
      workbook.tabs.find((t) => t.name === name)!.rows[row]![column] = value;
    };
    edit('Замены', 2, 1, 'Иванова'); // the schedule writes Иванова А.Б.
    edit('Сотрудники', 3, 2, 'sidorenko@');
    const analysis = analyseWorkbook(workbook);
    expect(analysis.problems.map((p) => [p.cell, p.severity])).toEqual([
      ['Замены!B3', 'warning'],
      ['Сотрудники!C4', 'warning'],
      // …so Сидоренко, on duty, has no address that requests could be mailed to.
      ['График!D6', 'warning'],
    ]);
  });
});

describe('the readable report on coverage', () => {
  it('says coverage was not checked when no required hours were read, not that every hour is covered', () => {
    const en = catalogue('en');
    const noTab = analyseWorkbook(workbook(tab('Schedule', [['Day', 'Time', 'Person'], ['Mon', '9-11', 'Smith J.']])));
    expect(formatCheckText(noTab, en)).toContain(en.reportNoCoverageRules());
    const unreadable = analyseWorkbook(workbook(tab('Schedule', [['Day', 'Time', 'Person'], ['Mon', '9-11', 'Smith J.']]), tab('Coverage', [['Kind', 'Days'], ['technical', 'Mon']])));
    expect(formatCheckText(unreadable, en)).not.toContain(en.reportNoGaps());
    const covered = analyseWorkbook(workbook(tab('Schedule', [['Day', 'Time', 'Person'], ['Mon', '9-11', 'Smith J.']]), tab('Coverage', [['Days', 'Time'], ['Mon', '9-11']])));
    expect(formatCheckText(covered, en)).toContain(en.reportNoGaps());
  });
});

describe('coverage counts only people on duty the staff list does not mark inactive', () => {
  it('a gap opens where the only technical help is from someone who has left, as routing sends those requests to the admins', () => {
    const workbook = readCsvFolder(SAMPLE_SCHOOL);
    const before = analyseWorkbook(workbook).gaps.filter((g) => g.kind === 'technical').length;
    const staff = workbook.tabs.find((t) => t.name === 'Сотрудники')!;
    staff.rows = staff.rows.map((r, i) => (i > 0 && String(r[3]).includes('техническая') ? r.map((v, c) => (c === 5 ? 'нет' : v)) : r));
    const after = analyseWorkbook(workbook);
    // Nobody offers technical help any more: the whole Monday–Friday 9–16 requirement is open.
    expect(after.gaps.filter((g) => g.kind === 'technical').map((g) => `${g.day} ${g.range.start}-${g.range.end}`)).toEqual(
      ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => `${d} 540-960`),
    );
    expect(before).toBeLessThan(5);
    // The overlaps are about the schedule as written: they stay.
    expect(after.conflicts).toHaveLength(2);
  });
});

describe('a grid schedule has no kind column: the staff list says who gives which help', () => {
  it('coverage counts a methodist on duty for methodical hours only', () => {
    const wb = workbook(
      tab('График', [['', 'ПН', 'ВТ'], ['Иванова А.Б.', '13.00-15.00', ''], ['Петров В.Г.', '9.00-16.00', '9.00-16.00']]),
      tab('Сотрудники', [['ФИО', 'E-mail', 'Вид помощи'], ['Иванова А.Б.', 'ivanova@example.org', 'методическая'], ['Петров В.Г.', 'petrov@example.org', 'техническая']]),
      tab('Покрытие', [['Вид помощи', 'Дни', 'Время'], ['техническая', 'ПН-ВТ', '9.00-16.00'], ['методическая', 'ПН-ВТ', '13.00-15.00']]),
    );
    const a = analyseWorkbook(wb);
    expect(a.problems.map((p) => p.text(catalogue('en')))).toEqual([]);
    // Petrov covers technical help on both days; only Ivanova gives methodical help, and only on Monday.
    expect(a.gaps.map((g) => `${g.kind} ${g.day} ${g.range.start}-${g.range.end}`)).toEqual(['methodical tue 780-900']);
    // The JSON shows the kinds the gaps count: `[]` is every kind, which beside a methodical gap in Petrov's
    // hours would contradict itself. The same by chunks.
    expect(toCheckJson(a, catalogue('en')).slots.map((s) => s.kinds)).toEqual([['methodical'], ['technical'], ['technical']]);
    expect(JSON.parse(jsonText(checkJsonChunks(a, catalogue('en')))).slots.map((s: { kinds: string[] }) => s.kinds)).toEqual([['methodical'], ['technical'], ['technical']]);
  });
});

describe('a slot whose kind cannot be read', () => {
  it('counts for every kind alike in coverage and in the JSON, and the error says so', () => {
    const wb = readCsvFolder(SAMPLE_SCHOOL);
    const staff = wb.tabs.find((t) => t.name === 'Сотрудники')!;
    staff.rows = staff.rows.map((r, i) => (i > 0 && String(r[3]).includes('техническая') ? r.map((v, c) => (c === 5 ? 'нет' : v)) : r));
    const schedule = wb.tabs.find((t) => t.name === 'График')!;
    schedule.rows.push(['понедельник', '9.00-16.00', 'юридическая', 'Новикова Д.Е.', 'каб. 30', '']);
    const a = analyseWorkbook(wb);
    const json = toCheckJson(a, catalogue('en'));
    expect(json.slots.filter((s) => s.person === 'Новикова Д.Е.').map((s) => s.kinds)).toEqual([[]]);
    // The only Monday technical help now is that slot: Monday has no technical gap.
    expect(a.gaps.filter((g) => g.kind === 'technical').map((g) => g.day)).toEqual(['tue', 'wed', 'thu', 'fri']);
    expect(json.problems.filter((p) => p.message.includes('юридическая'))).toEqual([
      { cell: `График!C${schedule.rows.length}`, severity: 'error', message: '"юридическая" is not a known kind of help (technical or methodical); until it is mended, the duty counts as every kind' },
    ]);
  });
});

describe('check --json text', () => {
  it('the streamed text is exactly the JSON of the report object, hostile text included', () => {
    const wb = readCsvFolder(SAMPLE_SCHOOL);
    const schedule = wb.tabs.find((t) => t.name === 'График')!;
    schedule.rows.push(['вторник', '12.00-13.00', '', 'Кавычки "и" \\ слэш\n</script>', 'каб. 21', '']);
    // No room, two kinds, and an overlap on the 24th, when Smirnov takes Petrov's 9-13 (a conflict with a date).
    schedule.rows.push(['вторник', '10.00-11.00', 'техническая, методическая', 'Смирнов И.К.', '', '']);
    schedule.rows.push(['среда', '9.00-10.00', 'техническая', 'Смирнов И.К.', 'каб. \u001b]0;x\u0007 \ud800 😀', '']);
    // The hostile person and room each in an overlap of their own, so conflicts are written with them too.
    schedule.rows.push(['вторник', '12.30-13.30', '', 'Кавычки "и" \\ слэш\n</script>', 'каб. 30', '']);
    schedule.rows.push(['среда', '9.30-10.30', 'методическая', 'Иванова А.Б.', 'каб. \u001b]0;x\u0007 \ud800 😀', '']);
    const a = analyseWorkbook(wb);
    expect(a.conflicts.some((c) => c.date !== null)).toBe(true);
    expect(a.conflicts.filter((c) => c.who.includes('"') || c.who.includes('\u001b')).map((c) => c.type)).toEqual(['person', 'room']);
    // Every list as JSON.stringify writes it, with a new line after every third item.
    const reference = (json: CheckJson, batch: number): string =>
      `{${Object.entries(json)
        .map(([key, items]) => `"${key}":[${items.map((x: unknown, i: number) => (i === 0 ? '' : i % batch === 0 ? ',\n' : ',') + JSON.stringify(x)).join('')}]`)
        .join(',')}}\n`;
    for (const language of ['ru', 'en'] as const) {
      const m = catalogue(language);
      const text = jsonText(checkJsonChunks(a, m, 3));
      expect(JSON.parse(text)).toEqual(toCheckJson(a, m));
      expect(text).toBe(reference(toCheckJson(a, m), 3));
      expect(JSON.parse(text).slots.map((s: { kinds: string[]; room: string | null }) => [s.kinds.length, s.room === null])).toContainEqual([2, true]);
    }
  });
});
