import { afterReconcile, EMPTY_LEDGER, LEDGER_KEYS, LEDGER_SLACK_MS, ledgerText, parseLedger, wasHandled, withAnswer } from '../../src/core/answer-ledger';
import type { CellValue } from '../../src/core/workbook';

const at = (iso: string, who: string): CellValue[] => [new Date(iso), who];
const keyOf = (row: readonly CellValue[]) => String(row[1]);

describe('the answer ledger', () => {
  it('survives its stored text, and anything unreadable is an empty ledger', () => {
    const ledger = { through: Date.parse('2026-11-24T07:00:00Z'), keys: ['a', 'b'] };
    expect(parseLedger(ledgerText(ledger))).toEqual(ledger);
    for (const text of [null, '', '{', '[1]']) expect(parseLedger(text)).toEqual(EMPTY_LEDGER);
    expect(parseLedger('{"through":"x","keys":[1,"k"]}')).toEqual({ through: null, keys: ['k'] });
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
});
