import fc from 'fast-check';
import { isoDate } from '../../src/core/dates';
import { parseDeadline, readDeadline } from '../../src/core/deadlines';
import { splitResponsible } from '../../src/core/rollout';
import { tsvRows } from '../helpers/fixtures';

describe('parseDeadline', () => {
  it.each(tsvRows('deadlines.tsv', 2))('%s → %s', (text, due) => {
    const parsed = parseDeadline(text!);
    expect(parsed ? isoDate(parsed) : '').toBe(due);
  });

  it.each([
    ['by 1st September 2026', '2026-09-01'],
    ['the 15th of October 2026', '2026-10-15'],
    ['September 1st, 2026', '2026-09-01'],
    ['до 1-го сентября 2026 г.', '2026-09-01'],
    ['с 01.09.2026 по 30.10.2026', '2026-10-30'],
    ['01.09.2026 – 30.10.2026', '2026-10-30'],
    ['до 01.09.2026 (перенесено с 15.08.2026)', '2026-09-01'],
    // A range in words ends where its second date is.
    ['с 1 сентября 2026 по 30 октября 2026', '2026-10-30'],
    ['from 1 Sept 2026 to 30 Oct 2026', '2026-10-30'],
    ['Sept 2026 to June 2027', '2027-06-30'],
    ['1 сентября 2026, отчёт 30 октября 2026', '2026-09-01'],
    // A slashed date that cannot be day first is an American one; one that can stays day first.
    ['by 11/15/2026', '2026-11-15'],
    ['09/20/2026', '2026-09-20'],
    ['01/12/2026', '2026-12-01'],
  ])('an ordinal day or a range of dates: %s → %s', (text, due) => {
    const parsed = parseDeadline(text);
    expect(parsed ? isoDate(parsed) : '').toBe(due);
  });

  it.each([
    // A school year: September to December in its first year, January to August in its second.
    ['сентябрь-май 2026-2027', '2027-05-31'],
    ['сентябрь – май 2026/2027 уч. г.', '2027-05-31'],
    ['до 25 мая 2026/2027 уч. года', '2027-05-25'],
    ['May 2026-27', '2027-05-31'],
    ['до 1 октября 2026-2027 уч. г.', '2026-10-01'],
    // A year word between the dates of a range.
    ['с 1 сентября 2026 г. по 30 октября 2026 г.', '2026-10-30'],
    ['с 01.09.2026 года по 30.10.2026 года', '2026-10-30'],
    ['01.09.2026г.-30.10.2026г.', '2026-10-30'],
    ['between 1 Sept 2026 and 30 Oct 2026', '2026-10-30'],
    // A deadline moved: the new date stands.
    ['до 15.08.2026 (перенесено на 01.09.2026)', '2026-09-01'],
    // Short months and years as orders abbreviate them.
    ['1 сент. 2026', '2026-09-01'],
    ['дек. 2026', '2026-12-31'],
    ['нояб. 2026', '2026-11-30'],
    ['до 15.09.26', '2026-09-15'],
    // A range with a dash is a range, not a school year; a number after a month is not a year.
    ['1 марта 2026 - 30 апреля 2026', '2026-04-30'],
    ['25 декабря 2026 – 15 января 2027', '2027-01-15'],
    ['Май 2026 - 11 классы', '2026-05-31'],
    // An order's date with a two-digit year is not the deadline; two dates joined by `and` are two checkpoints.
    ['Приказ от 31.08.23 № 123, срок до 15.09.2026', '2026-09-15'],
    ['by 1 October 2026 and 1 March 2027', '2026-10-01'],
    ['до 15.08.2026 (перенесено на 01.09.2026, затем перенесено на 15.09.2026)', '2026-09-15'],
    ['до 15.08.2026 (перенесено на 01.09.2026, затем перенесено на осень)', '2026-09-01'],
    // A document's date (`от`) is not the deadline, whatever its year's digits; a range may start with `от`.
    ['с 01.09.2026 по 30.10.26', '2026-10-30'],
    ['15.09.26 (приказ от 31.08.2026)', '2026-09-15'],
    ['Приказ № 123 от 31.08.23, срок до 15 сентября 2026', '2026-09-15'],
    ['от 01.09.2026 до 30.10.2026', '2026-10-30'],
    ['с 1 мая 2026 - 27-го мая', '2026-05-01'],
    // `от` alone is "from"; a number after an em dash is a year only when a school year's word, or nothing, follows.
    ['от 01.09.2026 и далее', '2026-09-01'],
    ['Май 2026 — 27 человек', '2026-05-31'],
    ['май 2026/27 учебного года', '2027-05-31'],
    ['до 15.08.2026 (перенесено на 01.09.2026, затем перенесено на осень приказом от 20.08.2026)', '2026-09-01'],
    // A date that does not exist is no date, and not replaced by another one in words.
    ['31.09.2026 или сентябрь 2026', ''],
  ])('school years, ranges with year words, moved and abbreviated deadlines: %s → %s', (text, due) => {
    const parsed = parseDeadline(text);
    expect(parsed ? isoDate(parsed) : '').toBe(due);
  });

  it.each(['Marking 2026', 'Decide 2026', 'Maybe 2026', 'Junior 2026', '1 сентября 20260', '20.09.20261', 'см. п. 2.1.10'])(
    'a word that only begins like a month, or a number longer than a date, is no date: %s',
    (text) => expect(parseDeadline(text)).toBeNull(),
  );

  it('a long cell of letters is read in linear time', () => {
    // A month word looked for inside every word took 6 s on 50,000 Latin letters and 21 s on Cyrillic ones.
    const hostile = ['а'.repeat(50_000), 'x'.repeat(50_000), `1 ${'а'.repeat(50_000)}`, `${'x'.repeat(50_000)}May 2026`, 'перенесено на '.repeat(3_500), `1 мая 2026${' '.repeat(50_000)}x 2 мая 2026`];
    for (const text of hostile) {
      const started = Date.now();
      parseDeadline(text);
      expect([text.slice(0, 20), Date.now() - started < 2_000]).toEqual([text.slice(0, 20), true]);
    }
  });

  it('an impossible date is no date, and is told apart from a text that names none', () => {
    expect(parseDeadline('31.02.2026')).toBeNull();
    expect(parseDeadline('31 февраля 2026')).toBeNull();
    expect(['до 31.09.2026', '31 июня 2026', 'до 01.09.2026 (перенесено на 31.09.2026)'].map((t) => readDeadline(t).impossible)).toEqual([true, true, true]);
    expect(['В течение года', 'до 30.09.2026', '', 'приказ от 31.09.2026, срок до 15.10.2026'].map((t) => readDeadline(t).impossible)).toEqual([false, false, false, false]);
  });

  it('never throws and never invents a date from a year alone', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 1900, max: 2200 }), (s, year) => {
        parseDeadline(s);
        expect(parseDeadline(`${s.replace(/\d/g, '')} ${year}`.replace(/[a-zа-яё]+/gi, 'x'))).toBeNull();
      }),
    );
  });
});

describe('splitResponsible', () => {
  it('a role in parentheses is no person, initials after a comma stay with their surname, a group in lower case stays', () => {
    expect(splitResponsible('Кузнецова Ж.З. (администратор ЭЖ, учитель информатики)')).toEqual(['Кузнецова Ж.З.']);
    expect(splitResponsible('Иванова, А.Б.; классные руководители')).toEqual(['Иванова А.Б.', 'классные руководители']);
    // Names in the parentheses are the group's people.
    expect(splitResponsible('Рабочая группа (Иванова А.Б., Петров В.Г.)')).toEqual(['Рабочая группа', 'Иванова А.Б.', 'Петров В.Г.']);
    expect(splitResponsible('Смирнов И.К. (И.О. директора)')).toEqual(['Смирнов И.К.']);
    expect(splitResponsible('Рабочая группа (Smith, J., Brown, K.)')).toEqual(['Рабочая группа', 'Smith J.', 'Brown K.']);
  });

  it('splits on commas, semicolons and new lines', () => {
    expect(splitResponsible('Петров В.Г., Смирнов И.К.; Иванова А.Б.\nРабочая группа')).toEqual([
      'Петров В.Г.',
      'Смирнов И.К.',
      'Иванова А.Б.',
      'Рабочая группа',
    ]);
  });
});
