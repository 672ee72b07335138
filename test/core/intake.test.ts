import { answersFromNamedValues, isBlankAnswer, readFormAnswers, responseKey, wholeRowKey } from '../../src/core/intake';
import { catalogue } from '../../src/core/i18n';

const ru = catalogue('ru');

const named = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, [v]]));

describe('form answers', () => {
  it('are found by question title in either language and read into a request', () => {
    const answers = answersFromNamedValues(
      named({ 'Отметка времени': '24.11.2026 10:15:00', 'Кто обращается': 'родитель', ФИО: 'Васильев К.Н.', Класс: '5Б', 'E-mail для ответа': 'p@example.org', 'Вид помощи': 'техническая', 'Что случилось': 'Нет пароля', 'Как с вами связаться': 'по телефону' }),
    );
    const read = readFormAnswers(answers, ru);
    expect(read.result).toEqual({ ok: true, value: { channel: 'form', role: 'parent', name: 'Васильев К.Н.', class: '5Б', email: 'p@example.org', kind: 'technical', description: 'Нет пароля' } });
    expect(read.contact).toBe('phone');
  });

  it('a blank phantom event is recognised', () => {
    expect(isBlankAnswer(answersFromNamedValues(named({ 'Отметка времени': '24.11.2026 10:15:00', ФИО: '', 'Что случилось': ' ' })))).toBe(true);
  });

  it('an answer that fails keeps what was typed and says why', () => {
    const read = readFormAnswers(answersFromNamedValues(named({ 'Who is asking': 'parent', 'Full name': 'A', 'Kind of help': 'legal', 'What happened': 'x' })), ru);
    expect(read.result.ok).toBe(false);
    expect(read.answers.kind).toBe('legal');
  });

  it('the response key is the same for the same answer and differs for another second or another answer', () => {
    const answers = answersFromNamedValues(named({ 'Кто обращается': 'родитель', ФИО: 'A' }));
    const key = responseKey(new Date('2026-11-24T07:15:00.400Z'), answers);
    expect(key).toBe(responseKey(new Date('2026-11-24T07:15:00.900Z'), answers));
    expect(key).not.toBe(responseKey(new Date('2026-11-24T07:15:01Z'), answers));
    expect(key).not.toBe(responseKey(new Date('2026-11-24T07:15:00Z'), { ...answers, name: 'B' }));
  });

  it('the whole-row key of earlier versions is the same for the same row, trailing blanks aside', () => {
    const row = [new Date('2026-11-24T07:15:00.400Z'), 'родитель', 'A'];
    expect(wholeRowKey(row)).toBe(wholeRowKey([new Date('2026-11-24T07:15:00.900Z'), 'родитель', 'A', '']));
    expect(wholeRowKey(row)).not.toBe(wholeRowKey([new Date('2026-11-24T07:15:01Z'), 'родитель', 'A']));
  });
});
