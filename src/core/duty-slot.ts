/**
 * A duty slot and what every schedule reader shares: the column words of a list, names and rooms folded to
 * one key, the role split off a person cell, and the parsers of one tab's reading.
 */
import { cellRef, cellText, foldText, trimChars } from './cells';
import { type Day, DEFAULT_SCHOOL_DAYS, parseDays, parseLaterDays } from './days';
import type { Synonyms } from './headers';
import { type Kind, parseKinds } from './kinds';
import { memoize } from './memo';
import { type Problem, problem } from './problems';
import { parseTimeRanges, type TimeRange } from './time-range';
import type { Tab } from './workbook';

/** One person on duty on one weekday for one time range. */
export interface DutySlot {
  /** The name without the role in parentheses: `Иванова А.Б.`. */
  person: string;
  role: string | null;
  day: Day;
  range: TimeRange;
  /** The kinds of help offered; with `anyKind` the slot covers every kind. */
  kinds: Kind[];
  anyKind: boolean;
  room: string | null;
  note: string;
  tab: string;
  /** The cell that holds the slot's time: `График!B4`. */
  cell: string;
  /** 0-based row index in the tab, for writing highlights back. */
  row: number;
  column: number;
  /** The 0-based column of the person's name on that row, where a warning about the person belongs. */
  personColumn?: number;
}

export type Layout = 'list' | 'grid';

export interface ScheduleReading {
  slots: DutySlot[];
  problems: Problem[];
  layouts: { tab: string; layout: Layout }[];
}

export type ListColumn = 'day' | 'time' | 'start' | 'end' | 'kind' | 'person' | 'room' | 'note';

export const LIST_SYNONYMS: Synonyms<ListColumn> = {
  day: ['день', 'дни', 'день недели', 'дни недели', 'день приема', 'дни приема', 'day', 'days', 'weekday', 'day of week', 'day of the week'],
  time: [
    'время', 'часы', 'часы работы', 'время работы', 'время консультаций', 'часы консультаций', 'время приема', 'часы приема',
    'время проведения', 'когда', 'office hours', 'opening hours',
    'день и время', 'дни и время', 'дни и часы', 'time', 'hours', 'when', 'day and time', 'days and time', 'time slot',
  ],
  start: ['начало', 'с', 'время начала', 'start', 'from', 'start time'],
  end: ['окончание', 'конец', 'до', 'по', 'время окончания', 'end', 'to', 'end time', 'finish', 'finish time', 'until'],
  kind: ['вид помощи', 'вид', 'тип помощи', 'тип', 'помощь', 'вид консультации', 'kind', 'kind of help', 'type', 'type of help', 'help', 'help type', 'support type', 'type of support'],
  person: [
    'ответственный', 'ответственные', 'сотрудник', 'фио', 'специалист', 'кто', 'ответственное лицо', 'дежурный',
    'фио сотрудника', 'фио ответственного', 'фио специалиста', 'ф и о', 'фио дежурного',
    'дежурный учитель', 'дежурный педагог',
    'responsible', 'person', 'name', 'staff', 'who', 'specialist', 'on duty', 'responsible person', 'staff member', 'member of staff',
    'staff name', 'person responsible', 'staff on duty', 'duty staff', 'teacher on duty',
  ],
  room: ['кабинет', 'каб', 'место', 'где', 'помещение', 'место проведения', 'аудитория', 'кабинет №', '№ кабинета', 'номер кабинета', 'room', 'place', 'location', 'where', 'venue', 'classroom', 'room number', 'room no'],
  note: ['примечание', 'примечания', 'комментарий', 'note', 'notes', 'comment', 'comments'],
};

const INITIALS = /\p{Lu}\.|(?:^|[\s.])\p{L}\.\s?\p{L}\./u;

const INITIALS_ONLY = /^(?:\p{L}\.\s?){1,3}$/u;
/** A surname with initials, either way round (`Иванова А.Б.`, `Smith, J.`, `А.Б. Иванова`); `И.О. директора` is none. */
// A surname is tried only where a word starts: tried inside a long word too, it cost a square of its length.
const NAME_WITH_INITIALS = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+,?\s+\p{Lu}\.|\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{L}'’-]+/u;
/** Whether a text names one person by surname and initials (`Иванова А.Б.`, `J. Smith`), not a group or a role. */
export const looksLikeName = (text: string): boolean => NAME_WITH_INITIALS.test(text);

/** A surname alone, which initials after a comma complete (`Smith, J.`); `J.S., K.M.` are two people. */
const BARE_SURNAME = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * A person's name in full that a team's name cannot be: with a patronymic (`Иванова Анна Борисовна`) or a
 * title (`Mrs Mary Jones`, `Dr. Brown`); `Network Team and Data Office` stays one party.
 */
const FULL_NAME = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:вич|вна|чна|ич)$|^(?:[Mm]rs?|[Mm]s|[Mm]iss|[Mm]x|[Dd]r|[Pp]rof)\.? \p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2}$/u;

/** `Mr`, `Mrs`, `Dr.` before a name: no part of it (`Mr J. Smith` is `Smith J.`). */
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?\s+(?=\p{Lu})/iu;

/** `Иванова А.Б. и Петров В.Г.`, `J. Smith and K. Brown`, `Mary Jones & Peter Brown`: two names joined by a word. */
const splitJoined = (part: string): string[] => {
  // One space in each run first: a long run of spaces before a word cost the split's pattern a square.
  const sides = part.replace(/\s+/g, ' ').split(/ (?:и|and|&) /u);
  return sides.length > 1 && sides.every((side) => NAME_WITH_INITIALS.test(side) || FULL_NAME.test(side.trim())) ? sides : [part];
};

/** Words a school's role starts with, when written before a name. */
const ROLE_FIRST =
  /^(?:учитель|учитель-|заместитель|зам\.|зав\.|заведующ|директор|завуч|педагог|педагог-|преподаватель|администратор|системный|технический|ответственный|специалист|методист|руководитель|социальный|классный|инженер|программист|оператор|лаборант|библиотекарь|секретарь|психолог|логопед|тьютор|советник|воспитатель|и\.\s?о\.|teacher|deputy|head|headteacher|principal|administrator|coordinator|technician|librarian|secretary|(?:it|ict)\s)/iu;

/** A name with initials and its role on one side: after a dash (`Иванова А.Б. — завуч`), or before (`Учитель информатики Смирнов И.К.`). */
const roleBeside = (p: string): { name: string; role: string } | null => {
  const after = /^(.*?\S)\s+[-–—]\s+(\p{Ll}.*)$/u.exec(p);
  if (after && NAME_WITH_INITIALS.test(after[1]!)) return { name: after[1]!, role: after[2]! };
  const before = /^(.+?)\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}\.\s?(?:\p{Lu}\.)?)$/u.exec(p);
  if (before && ROLE_FIRST.test(before[1]!)) return { name: before[2]!, role: before[1]! };
  return null;
};

/**
 * `Кузнецова Ж.З. (администратор ЭЖ, технический специалист)` → the names and the role. `lowerCaseRoles`:
 * whether a part in lower case after a name is its role (a duty cell) or a party of its own (a plan's
 * `классные руководители`).
 */
export const splitPersonCell = (text: string, lowerCaseRoles = true): { people: string[]; role: string | null } => {
  const roles: string[] = [];
  // In a plan, parentheses may hold the people of a group (`Рабочая группа (Иванова А.Б., Петров В.Г.)`).
  // Innermost parentheses only (`[^()]`): a cell of 50,000 `(` took 3.5 s when each `(` searched to the end.
  let bare = text.replace(/\(([^()]*)\)/g, (_m, inner: string) => {
    if (!lowerCaseRoles && NAME_WITH_INITIALS.test(inner)) return `, ${inner}, `;
    roles.push(inner.trim());
    return ' ';
  });
  // `Петров В.Г. (сисадмин`: a bracket left open runs to the end of the cell, as if closed there.
  const open = bare.lastIndexOf('(');
  if (open >= 0 && !bare.includes(')', open)) {
    const inner = bare.slice(open + 1);
    const names = !lowerCaseRoles && NAME_WITH_INITIALS.test(inner);
    if (!names && inner.trim() !== '') roles.push(inner.trim());
    bare = `${bare.slice(0, open)}${names ? `, ${inner}` : ' '}`;
  }
  const people: string[] = [];
  for (const part of bare.split(/[,;\n]+/).flatMap(splitJoined)) {
    let p = part.replace(/\s+/g, ' ').trim();
    // `Mr J. Smith` is Smith J.; `Mr Smith` and `Mrs Smith` stay two people.
    const untitled = p.replace(TITLE, '');
    if (untitled !== p && !JOINED.test(untitled) && (untitled.includes(' ') || INITIALS.test(untitled))) p = untitled;
    if (p === '') continue;
    // `Иванова А.Б. — зам. директора`, `Учитель информатики Смирнов И.К.`: the role beside the name.
    const withRole = roleBeside(p);
    if (withRole) {
      roles.push(withRole.role);
      p = withRole.name;
    }
    // `Smith, J.`, `Петров, В.Г.`: initials alone belong to the surname before them.
    if (people.length > 0 && INITIALS_ONLY.test(p) && BARE_SURNAME.test(people[people.length - 1]!)) {
      people[people.length - 1] += ` ${p}`;
      continue;
    }
    // `Смирнов И.К., учитель информатики`: a part in lower case after a name, with no initials in it, is that
    // name's role, not a person (`петрова а.с.` and `van der Berg K.` are people).
    if (lowerCaseRoles && people.length > 0 && /^\p{Ll}/u.test(p) && !INITIALS.test(p)) roles.push(p);
    else people.push(p);
  }
  return { people, role: roles.length > 0 ? roles.join('; ') : null };
};

/**
 * One key per person however the name is written: `Петров В. Г.` = `петров в.г.`; initials first, `А.Б.
 * Иванова` = `Иванова А.Б.` (`J. Smith` = `Smith J.`). A full name stays itself: `Иванова Анна Борисовна` and
 * `Иванова Алла Богдановна` are two people, whom a school writes in full because their initials are one.
 */
export const personKey = (name: string): string => {
  // Folded text has single inner spaces and none at the ends.
  const folded = foldText(name.replace(/\./g, ' '));
  const space = folded.indexOf(' ');
  // Most names start with their surname; only a first word of one letter may be an initial before it.
  if (space === 1) {
    const words = folded.split(' ');
    const surname = words.findIndex((w) => w.length > 1);
    if (surname > 0 && surname === words.length - 1) return `${words[surname]} ${words.slice(0, surname).join('')}`;
  }
  return space < 0 ? folded : `${folded.slice(0, space)} ${folded.slice(space + 1).replace(/ /g, '')}`;
};

/** Words of help given at a distance, and the words that join them (`по телефону или e-mail`). */
const DISTANCE_WORDS = new Set([
  'телефону', 'телефон', 'тел', 'почте', 'почта', 'e-mail', 'email', 'эл', 'электронной', 'онлайн', 'он-лайн', 'дистанционно',
  'удаленно', 'удалённо', 'мессенджере', 'мессенджер', 'сферум', 'zoom', 'skype', 'whatsapp', 'telegram', 'телеграм', 'online', 'remote',
  'remotely', 'phone', 'video', 'call', 'видеосвязь', 'видеосвязи',
]);
const JOINING_WORDS = new Set(['по', 'или', 'и', 'через', 'в', 'by', 'or', 'and', 'via', 'on']);

// Most rooms name none of DISTANCE_WORDS: one test of the text, no words split, for those.
const MAY_BE_DISTANCE = /тел|почт|mail|онлайн|он-лайн|дистанц|удал|мессендж|сферум|zoom|skype|whatsapp|telegram|телеграм|online|remote|phone|video|call|видеосвяз/iu;

/**
 * Whether a room cell only says the help is given at a distance: `по телефону`, `онлайн (Сферум)`, `по
 * телефону или e-mail`, `по телефону 22-33-44`. Two people helping by phone at one hour share no room, so
 * such a cell has no key; `Онлайн или каб. 14` names a room.
 */
const isDistance = (room: string): boolean => {
  if (!MAY_BE_DISTANCE.test(room)) return false;
  const split = (text: string) => text.split(/[\s,;/«»"'.:()]+/u).filter((w) => w !== '');
  // A note in parentheses (`(Teams)`, `(доб. 214)`) says how, unless it names a room (`онлайн (каб. 14)`) or
  // is all there is (`(по телефону)`).
  const notes = (inner: string) => (/каб|ауд|room|rm\b|№/u.test(inner) || split(inner).some((w) => DISTANCE_WORDS.has(w)) ? ` ${inner} ` : ' ');
  const words = split(room.toLowerCase().replace(/\(([^()]*)\)/g, (_whole, inner: string) => notes(inner)));
  let any = false;
  let digits = 0;
  for (const w of words) {
    if (JOINING_WORDS.has(w)) continue;
    if (DISTANCE_WORDS.has(w)) any = true;
    else if (/^[+\d()-]+$/u.test(w)) digits += w.replace(/\D/g, '').length;
    else return false;
  }
  // A telephone number (five digits or more) may follow the word for it; `по телефону 14` is room 14.
  return any && (digits === 0 || digits >= 5);
};

/**
 * One key per room however it is written: `каб. 14`, `Кабинет №14`, `room 14`, `— каб. 14`, `(каб. 14)` →
 * `14`; empty for help at a distance (isDistance).
 */
export const roomKey = (room: string): string => {
  if (isDistance(room)) return '';
  const folded = foldText(room).replace(/^[^\p{L}\p{N}]+/u, '');
  return trimChars(folded.replace(/кабинет|каб|аудитория|ауд|room|rm|№|#/g, '').replace(/[\s.,]+/g, ''), /[^\p{L}\p{N}]/u);
};

export interface SlotBase {
  role: string | null;
  note: string;
  tab: string;
  kinds: Kind[];
  anyKind: boolean;
}

/**
 * One literal with every field in one order: object spread gave each slot a hidden class of its own, and
 * a 500,000-slot school spent most of its time collecting them.
 */
export const makeSlot = (base: SlotBase, person: string, day: Day, range: TimeRange, room: string | null, cell: string, row: number, column: number, personColumn: number): DutySlot => ({
  person,
  role: base.role,
  day,
  range,
  kinds: base.kinds,
  anyKind: base.anyKind,
  room,
  note: base.note,
  tab: base.tab,
  cell,
  row,
  column,
  personColumn,
});

/**
 * A name alone (no role, no list, single spaces, three words at most, no joining word, dash, role word or title first):
 * `splitPersonCell` would give it back as it is.
 */
const PLAIN_NAME = /^[^(),;\s]+(?: [^(),;\s]+){0,2}$/;
const JOINED = / (?:и|and|&|[-–—]) /;

/**
 * Person cells: a plain name is its own answer, so only names with roles or lists go to the table. A
 * school of a hundred thousand names otherwise spends most of a read looking names up in it.
 */
/**
 * A person cell's people, each once: `Петров В.Г., петров в.г.` is one person, written as first written, and
 * `repeated` names the repeat, for a warning at the cell (it was the person overlapping themselves).
 */
export const oncePerPerson = ({ people, role }: ReturnType<typeof splitPersonCell>): PersonCell => {
  const seen = new Set<string>();
  const once = people.filter((person) => {
    const key = personKey(person);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { people: once, role, repeated: people.find((person, i) => person !== once[i]) ?? null };
};

export interface PersonCell {
  people: string[];
  role: string | null;
  repeated: string | null;
}

const peopleParser = () => {
  const split = memoize((text: string) => oncePerPerson(splitPersonCell(text)));
  return (text: string): PersonCell =>
    PLAIN_NAME.test(text) && !JOINED.test(text) && !ROLE_FIRST.test(text) && !TITLE.test(text) ? { people: [text], role: null, repeated: null } : split(text);
};

/** Parsers of one tab's reading, each remembering its answers (they are pure and their results never change). */
export const tabParsers = (schoolDays: readonly Day[]) => ({
  days: memoize((text) => parseDays(text, schoolDays)),
  /** Days after a range in a combined cell, where a letter is more likely a room (`8.00-8.30 W`). */
  laterDays: memoize((text) => parseLaterDays(text, schoolDays)),
  kinds: memoize(parseKinds),
  people: peopleParser(),
  ranges: memoize(parseTimeRanges),
});
export type TabParsers = ReturnType<typeof tabParsers>;

export const readKinds = (tab: Tab, r: number, column: number | undefined, problems: Problem[], parse: TabParsers) => {
  const text = column === undefined ? '' : cellText(tab.rows[r]?.[column]).trim();
  if (text === '') return { kinds: [] as Kind[], anyKind: true };
  const parsed = parse.kinds(text);
  // `Консультации`, `помощь учителям`: words about the help that name no kind of it leave every kind.
  if (parsed.ok) return { kinds: parsed.value, anyKind: parsed.value.length === 0 };
  problems.push(problem(cellRef(tab.name, r, column ?? 0), (t) => t.slotKindUnreadable(text)));
  // Until the cell is mended the slot counts for every kind, as an empty cell does: so coverage, routing
  // and the JSON (where `[]` is every kind) all read it alike, and no request is left without a person.
  return { kinds: [] as Kind[], anyKind: true };
};

export interface ReadOptions {
  /** What `ежедневно` means. */
  schoolDays: readonly Day[];
  /** The Sheet's zone: time values typed as times are read as the wall clock there. */
  timeZone: string;
}

export const DEFAULT_OPTIONS: ReadOptions = { schoolDays: DEFAULT_SCHOOL_DAYS, timeZone: 'UTC' };
