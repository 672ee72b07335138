import { COVERAGE_SYNONYMS } from '../../src/core/coverage';
import { LIST_SYNONYMS } from '../../src/core/duty-slot';
import { mapHeaders } from '../../src/core/headers';
import { SUBSTITUTION_SYNONYMS } from '../../src/core/substitutions';

describe('mapHeaders', () => {
  it('a header a school qualified still names its column: brackets, a slash, a number sign, a word after the name', () => {
    expect(mapHeaders(['День', 'Время', 'Вид помощи (техническая/методическая)', 'Ответственный (ФИО)', 'Кабинет/место'], LIST_SYNONYMS)).toEqual({ day: 0, time: 1, kind: 2, person: 3, room: 4 });
    expect(mapHeaders(['Day of the week', 'Time slot', 'Responsible person', 'Room number'], LIST_SYNONYMS)).toEqual({ day: 0, time: 1, person: 2, room: 3 });
    expect(mapHeaders(['ФИО сотрудника', 'Номер кабинета', 'Время'], LIST_SYNONYMS)).toEqual({ person: 0, room: 1, time: 2 });
    expect(mapHeaders(['Ф.И.О. специалиста', 'Кабинет №'], LIST_SYNONYMS)).toEqual({ person: 0, room: 1 });
    expect(mapHeaders(['Classroom', 'Аудитория'], LIST_SYNONYMS)).toEqual({ room: 0 });
    expect(mapHeaders(['Виды помощи', 'Дни', 'Время'], COVERAGE_SYNONYMS)).toEqual({ kind: 0, days: 1, time: 2 });
    expect(mapHeaders(['Дата', 'ФИО отсутствующего', 'ФИО заменяющего', 'Время замены'], SUBSTITUTION_SYNONYMS)).toEqual({ date: 0, person: 1, substitute: 2, time: 3 });
  });

  it('a header equal to a name wins over one that only starts with it, and the longer name wins among those', () => {
    expect(mapHeaders(['Время работы кабинета', 'Время'], LIST_SYNONYMS)).toEqual({ time: 1 });
    expect(mapHeaders(['Время окончания консультации', 'Время начала консультации'], LIST_SYNONYMS)).toEqual({ end: 0, start: 1 });
    // A short name (`с`, `до`) is never the start of a longer header.
    expect(mapHeaders(['С кем связаться', 'До какого числа'], LIST_SYNONYMS)).toEqual({});
  });
});
