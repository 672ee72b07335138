/**
 * A Google Form answer turned into a help request: answers found by question title in either language,
 * words turned into codes, and the same schema the sidebar uses. An answer that fails is still kept,
 * with its reasons, so nothing a person sent is dropped.
 */
import { cellText, foldText } from './cells';
import { type FieldError, type RequestInput, requestSchema, validate } from './forms';
import { en } from './i18n/en';
import type { Messages } from './i18n/messages';
import { ru } from './i18n/ru';
import { parseKinds } from './kinds';
import { fingerprint } from './hash';
import { ROLES } from './forms';
import { CONTACTS, type ContactWay, FORM_ITEMS, type FormItemKey } from './tabs';
import type { CellValue } from './workbook';

export type FormAnswers = Record<FormItemKey, string>;

const CATALOGUES = [ru, en];

/** The answers of a sheet-bound form event (`namedValues[title]` is always an array; take [0]). */
export const answersFromNamedValues = (named: Readonly<Record<string, readonly string[] | undefined>>): FormAnswers => {
  const byTitle = new Map(Object.entries(named).map(([title, v]) => [foldText(title), String(v?.[0] ?? '')]));
  const out = {} as FormAnswers;
  for (const item of FORM_ITEMS) {
    const titles = CATALOGUES.map((c) => foldText(c.formItemTitle(item)));
    out[item] = titles.map((t) => byTitle.get(t)).find((v) => v !== undefined) ?? '';
  }
  return out;
};

/** Nothing but blanks: the phantom second event the platform sometimes sends. */
export const isBlankAnswer = (answers: FormAnswers): boolean => FORM_ITEMS.every((i) => answers[i].trim() === '');

const codeOf = <T extends string>(word: string, codes: readonly T[], name: (m: Messages, code: T) => string): T | '' => {
  const w = foldText(word);
  return codes.find((c) => CATALOGUES.some((m) => foldText(name(m, c)) === w) || foldText(c) === w) ?? '';
};

export interface FormIntake {
  /** The answers as typed, kept whatever happens. */
  answers: FormAnswers;
  contact: ContactWay | '';
  result: { ok: true; value: RequestInput } | { ok: false; errors: FieldError[] };
}

export const readFormAnswers = (answers: FormAnswers, m: Messages): FormIntake => {
  const kinds = parseKinds(answers.kind);
  const input = {
    channel: 'form',
    role: codeOf(answers.role, ROLES, (c, r) => c.roleName(r)) || answers.role,
    name: answers.name,
    class: answers.class,
    email: answers.email,
    kind: kinds.ok && kinds.value.length === 1 ? kinds.value[0] : answers.kind === '' ? undefined : answers.kind,
    description: answers.description,
  };
  return {
    answers,
    contact: codeOf(answers.contact, CONTACTS, (c, w) => c.contactName(w)),
    result: validate(requestSchema(m), input, m),
  };
};

/**
 * The key that identifies one form answer: its timestamp to the second and the answers to our questions.
 * The trigger (from the event) and the import (from the sheet's row) both compute it, so they agree; a
 * column an administrator adds beside the answers, or fills in later, does not change it.
 */
export const responseKey = (received: CellValue, answers: FormAnswers): string => {
  const at = received instanceof Date ? String(Math.floor(received.getTime() / 1000)) : cellText(received).trim();
  return fingerprint([at, ...FORM_ITEMS.map((item) => answers[item].trim())].join('\u241f'));
};

/**
 * The key as earlier versions computed it, from the whole row: still recognised, so an answer they logged
 * is not imported again (its row unchanged gives the same key).
 */
export const wholeRowKey = (row: readonly CellValue[]): string => {
  const cells = row.map((v) => (v instanceof Date ? String(Math.floor(v.getTime() / 1000)) : cellText(v).trim()));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return fingerprint(cells.join('\u241f'));
};

/**
 * Whether a header row is our form's responses sheet: our questions «Кто обращается» and «Что случилось».
 * Not the timestamp's header, which is in the spreadsheet's language and may be renamed; Google always
 * writes the timestamp in the first column.
 */
export const isResponsesHeader = (header: readonly CellValue[]): boolean => {
  const h = new Set(header.map((v) => foldText(cellText(v))));
  return (['role', 'description'] as const).every((item) => CATALOGUES.some((c) => h.has(foldText(c.formItemTitle(item)))));
};
