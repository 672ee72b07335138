/**
 * A hand-written server for fast UI-behaviour tests: validates with the same schemas as the real one and
 * keeps saved rows in arrays. The end-to-end tests use the real bundle instead.
 */
import { type FieldError, requestSchema, slotSchema, taskSchema, validate } from '../../src/core/forms';
import { catalogue, type Language } from '../../src/core/i18n';
import type { HealthSummary, SaveResult, SidebarApi, SidebarData, SlotPreview } from '../../src/core/sidebar-contract';
import type { Backend } from './harness';

export interface StandIn extends SidebarApi {
  slots: unknown[];
  requests: unknown[];
  tasks: unknown[];
  /** Trigger kinds the stand-in reports missing until `repairTriggers` is called. */
  missing: string[];
  backend: Backend;
}

export const standIn = (language: Language = 'ru', overrides: Partial<SidebarApi> = {}): StandIn => {
  const m = catalogue(language);
  const data: SidebarData = {
    language,
    staff: ['Иванова А.Б.', 'Петров В.Г.', 'Сидоренко Д.Е.', '<b>Злой</b> Х.Х.'],
    rooms: ['каб. 14', 'каб. 21'],
    schoolDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  };
  const slots: unknown[] = [];
  const requests: unknown[] = [];
  const tasks: unknown[] = [];
  const missing = ['недельная сводка'];
  const health = (): HealthSummary => {
    const info = ['Почта: осталось на сегодня 100, в очереди 0.', 'Недельная сводка: запусков ещё не было'];
    return missing.length === 0 ? { ok: true, lines: ['Всё в порядке.', ...info] } : { ok: false, lines: [...missing.map((k) => `Триггер «${k}» не установлен.`), ...info] };
  };
  const conflictsOf = (input: { person: string; day: string; time: string }): string[] =>
    input.person === 'Петров В.Г.' && input.day === 'mon' ? [`Петров В.Г. уже дежурит 9.00–16.00 в каб. 14 (${input.time})`] : [];
  const saved = (rows: unknown[], value: unknown, tab: string, conflicts: string[] = []): SaveResult => {
    rows.push(value);
    return { ok: true, message: `Добавлено на лист «${tab}», строка ${rows.length + 1}`, tab, row: rows.length + 1, cell: `A${rows.length + 1}`, conflicts };
  };
  const api: SidebarApi = {
    sidebarData: () => data,
    previewSlot: (input): SlotPreview => {
      const r = validate(slotSchema(m), input, m);
      return r.ok ? { errors: [], conflicts: conflictsOf(r.value) } : { errors: r.errors, conflicts: [] };
    },
    saveSlot: (input) => {
      const r = validate(slotSchema(m), input, m);
      return r.ok ? saved(slots, r.value, 'График', conflictsOf(r.value)) : { ok: false, errors: r.errors };
    },
    saveRequest: (input) => {
      const r = validate(requestSchema(m), input, m);
      return r.ok ? saved(requests, r.value, 'Обращения') : { ok: false, errors: r.errors };
    },
    saveTask: (input) => {
      const r = validate(taskSchema(m), input, m);
      if (!r.ok) return { ok: false, errors: r.errors };
      if (r.value.task === 'server says no') return { ok: false, errors: [{ field: 'deadline', message: 'Сервер: срок непонятен' } satisfies FieldError] };
      if (r.value.task === 'throw') throw new Error('Лист «План внедрения» защищён');
      return saved(tasks, r.value, 'План внедрения');
    },
    sidebarHealth: health,
    repairTriggers: () => {
      missing.length = 0;
      return health();
    },
    ...overrides,
  };
  const backend: Backend = (name, args) => {
    const fn = (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return fn(...args);
  };
  return { ...api, slots, requests, tasks, missing, backend };
};
