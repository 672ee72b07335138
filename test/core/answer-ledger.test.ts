import { afterReconcile, EMPTY_LEDGER, handledAnswers, LEDGER_KEYS, LEDGER_SLACK_MS, ledgerText, parseLedger, wasHandled, withAnswer } from '../../src/core/answer-ledger';
import type { CellValue } from '../../src/core/workbook';

const at = (iso: string, who: string): CellValue[] => [new Date(iso), who];
const keyOf = (row: readonly CellValue[]) => String(row[1]);

describe('the answer ledger', () => {
  it('survives its stored text, and anything unreadable is an empty ledger', () => {
    const ledger = { through: Date.parse('2026-11-24T07:00:00Z'), keys: ['a', 'b'], seconds: [1_795_000_000, 1_795_000_001] };
    expect(parseLedger(ledgerText(ledger))).toEqual(ledger);
    for (const text of [null, '', '{', '[1]']) expect(parseLedger(text)).toEqual(EMPTY_LEDGER);
    // A ledger an earlier version wrote has no seconds.
    expect(parseLedger('{"through":"x","keys":[1,"k"]}')).toEqual({ through: null, keys: ['k'], seconds: [] });
  });

  it('an answer logged by the form trigger is handled by its key; the oldest keys give way', () => {
    let ledger = withAnswer(EMPTY_LEDGER, 'a');
    expect(wasHandled(ledger, 'a', at('2026-11-24T07:00:00Z', 'a'))).toBe(true);
    expect(wasHandled(ledger, 'b', at('2026-11-24T07:00:00Z', 'b'))).toBe(false);
    for (let i = 0; i < LEDGER_KEYS + 10; i++) ledger = withAnswer(ledger, `k${i}`);
    expect(ledger.keys).toHaveLength(LEDGER_KEYS);
    expect(ledger.keys[0]).toBe('k10');
  });

  it('after a reconcile every answer it saw is handled, even one whose request row is later deleted', () => {
    const rows = [at('2026-11-20T07:00:00Z', 'old'), at('2026-11-24T07:00:00Z', 'new')];
    const ledger = afterReconcile(withAnswer(EMPTY_LEDGER, 'old'), rows, keyOf);
    expect(ledger.through).toBe(Date.parse('2026-11-24T07:00:00Z') - LEDGER_SLACK_MS);
    for (const row of rows) expect(wasHandled(ledger, keyOf(row), row)).toBe(true);
    expect(wasHandled(ledger, 'later', at('2026-11-24T08:00:00Z', 'later'))).toBe(false);
  });

  it('an answer that lands in the sheet after a newer one it did not see is not taken for handled', () => {
    const ledger = afterReconcile(EMPTY_LEDGER, [at('2026-11-24T07:00:30Z', 'newer')], keyOf);
    expect(wasHandled(ledger, 'late', at('2026-11-24T07:00:10Z', 'late'))).toBe(false);
  });

  it('a full ledger fits one document property', () => {
    let ledger = EMPTY_LEDGER;
    for (let i = 0; i < LEDGER_KEYS + 5; i++) ledger = withAnswer(ledger, `k${'x'.repeat(9)}${i}`.slice(-11), at(new Date(Date.UTC(2026, 10, 24) + i * 1000).toISOString(), 'x'));
    expect(ledgerText(ledger).length).toBeLessThan(9_000);
  });

  it('an answer corrected in the responses sheet (a new key, its old timestamp) is handled; a new one in the same second is not', () => {
    const ledger = withAnswer(EMPTY_LEDGER, 'old', at('2026-11-24T07:00:00.400Z', 'old'));
    const edited = { row: at('2026-11-24T07:00:00.400Z', 'edited'), keys: ['edited'] };
    const other = { row: at('2026-11-24T07:00:05Z', 'other'), keys: ['other'] };
    expect(handledAnswers(ledger, [edited, other])).toEqual([true, false]);
    // The first answer unchanged, and a second in its second: the second is new.
    const same = { row: at('2026-11-24T07:00:00.700Z', 'same-second'), keys: ['same-second'] };
    expect(handledAnswers(ledger, [{ row: at('2026-11-24T07:00:00.400Z', 'old'), keys: ['old'] }, same])).toEqual([true, false]);
    // Two unknown answers in a second where one was handled: which is the corrected one cannot be told, so both are taken.
    expect(handledAnswers(ledger, [edited, same])).toEqual([false, false]);
  });
});
