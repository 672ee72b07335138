/**
 * What the sidebar (and later the Google Form) may send: a duty slot, a help request, a rollout task.
 * The same zod schemas run in the browser before saving and on the server before writing, with messages
 * from the catalogue, so a secretary sees the same sentence in both places.
 */
import * as z from 'zod';
import { DAYS } from './days';
import type { Messages } from './i18n/messages';
import { KINDS } from './kinds';
import { isEmail } from './settings';
import { parseTimeRange } from './time-range';

/** A Sheet cell holds 50,000 characters; a longer text is refused, never cut. */
export const CELL_LIMIT = 50_000;
/** What a person may type into one cell: the apostrophe that keeps a leading `= + - @` as text takes one. */
export const TYPED_TEXT_LIMIT = CELL_LIMIT - 1;

export const ROLES = ['staff', 'parent', 'student'] as const;
export type RequesterRole = (typeof ROLES)[number];

export const CHANNELS = ['form', 'phone', 'email', 'walk-in'] as const;
export type Channel = (typeof CHANNELS)[number];

/** One field's problem, for showing beside that field. */
export interface FieldError {
  field: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const text = (m: Messages, max: number, required: boolean, missing: () => string = () => m.fieldRequired()) => {
  const base = z
    .string({ error: missing })
    .transform((s) => s.trim())
    .pipe(z.string().max(max, { error: (issue) => m.fieldTooLong(String(issue.input ?? '').length, max) }));
  return required ? base.pipe(z.string().min(1, { error: missing })) : base;
};

const optionalText = (m: Messages, max: number) => z.preprocess((v) => (v === undefined || v === null ? '' : v), text(m, max, false));

export const slotSchema = (m: Messages) =>
  z.object({
    person: text(m, 200, true, () => m.fieldChoosePerson()),
    day: z.enum(DAYS, { error: () => m.fieldChooseDay() }),
    time: text(m, 100, true).superRefine((value, ctx) => {
      const parsed = parseTimeRange(value);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.text(m) });
      else if (parsed.value.rest !== '') ctx.addIssue({ code: 'custom', message: m.timeUnreadable(value) });
    }),
    kind: z.enum([...KINDS, ''], { error: () => m.fieldChooseKind() }).default(''),
    room: optionalText(m, 100),
  });
export type SlotInput = z.infer<ReturnType<typeof slotSchema>>;

// A class has a number (`5Б`, `Year 7`), except the youngest: `Reception`, `Nursery`, `K`, `Kindergarten`, `Pre-K`.
const YOUNGEST = /^(?:reception|nursery|kindergarten|k|pre-?k|tk|transitional kindergarten|подготовительн\S*(?: группа| класс)?)$/i;
const namesClass = (text: string): boolean => /\d/.test(text) || YOUNGEST.test(text.trim());

export const requestSchema = (m: Messages) =>
  z
    .object({
      channel: z.enum(CHANNELS, { error: () => m.fieldChooseChannel() }),
      role: z.enum(ROLES, { error: () => m.fieldChooseRole() }),
      name: text(m, 200, true),
      class: optionalText(m, 20),
      email: optionalText(m, 254).refine((e) => e === '' || isEmail(e), { error: () => m.fieldBadEmail() }),
      kind: z.enum(KINDS, { error: () => m.fieldChooseKind() }),
      description: text(m, TYPED_TEXT_LIMIT, true),
    })
    // The regulation: a parent's or a student's request must name the class, and a class has a number (`7А`,
    // `10 Б`): `-`, `нет` or `?` name none. `when` makes the rule run even while other fields are wrong, so
    // the person learns of every missing field at once.
    .refine((r) => r.role === 'staff' || namesClass(r.class), {
      path: ['class'],
      error: () => m.fieldClassRequired(),
      when: (payload) => {
        const v = payload.value as { role?: unknown; class?: unknown };
        return (v.role === 'parent' || v.role === 'student') && !namesClass(String(v.class ?? ''));
      },
    });
export type RequestInput = z.infer<ReturnType<typeof requestSchema>>;

export const taskSchema = (m: Messages) =>
  z.object({
    task: text(m, 2000, true),
    deadline: text(m, 200, true),
    responsible: optionalText(m, 500),
    status: optionalText(m, 100),
  });
export type TaskInput = z.infer<ReturnType<typeof taskSchema>>;

/** Runs a schema and turns its issues into one message per field, in the catalogue's language. */
export const validate = <T>(schema: z.ZodType<T>, input: unknown, m: Messages): Validated<T> => {
  if (input === null || typeof input !== 'object') return { ok: false, errors: [{ field: '', message: m.fieldRequired() }] };
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
  }
  return { ok: false, errors };
};
