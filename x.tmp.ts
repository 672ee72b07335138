import { namesWeekParity } from './src/core/schedule';
const yes = ['Ср по чётным', 'ПН-ПТ по нечётным', 'Пн, Ср чётные', 'Вт по неч', 'ежедневно по чётным', 'Пн, Ср неч', 'Пн, Ср нечет', 'Пт по чет', 'Сб по чет', 'Пн, Ср чет', 'Пн чет', 'среда (по чётным)', 'Ср нечет.', 'Пн чет 9-11', 'Пн 9-11, Ср 14-16 (по неч.)', '9.00-11.00 (по чет.)', '9-11 по чёт. неделям', 'с 9 ч. до 11 ч. чет', 'every other week'];
const no = ['Пн по чет', 'Пн и Чет', 'Пн, Чет', 'чет', 'Чт', 'Пн 9-11, Чет 14-16', 'понедельник', '9.00-11.00 каб. 14', 'Четверг', 'нечто', 'Отчет 9-11'];
for (const c of yes) if (!namesWeekParity(c)) console.log('MISSED', c);
for (const c of no) if (namesWeekParity(c)) console.log('FALSE', c);
for (const s of [' '.repeat(50000), 'а '.repeat(25000), 'аб'.repeat(25000) + ' ', ('по ').repeat(17000), '('.repeat(50000), 'ч'.repeat(50000), ('а. ').repeat(17000)]) { const t=Date.now(); namesWeekParity(s + 'x'); namesWeekParity('Пн' + s + 'x'); console.log(Date.now()-t, 'ms'); }
