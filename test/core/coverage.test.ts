import { findCoverageGaps } from '../../src/core/coverage';
import { formatTime } from '../../src/core/time-range';
import { slot } from '../helpers/slots';

const gapsOf = (gaps: ReturnType<typeof findCoverageGaps>) => gaps.map((g) => `${g.kind} ${g.day} ${formatTime(g.range.start)}-${formatTime(g.range.end)}`);

describe('findCoverageGaps', () => {
  const rule = { kinds: ['technical' as const], days: ['mon' as const, 'tue' as const], range: { start: 540, end: 960 }, cell: 'Покрытие!C2' };

  it('reports the uncovered parts of each required window', () => {
    const slots = [slot('А', 'mon', '9-12', null, ['technical']), slot('Б', 'mon', '13-16', null, ['technical']), slot('В', 'tue', '9-16', null, ['methodical'])];
    expect(gapsOf(findCoverageGaps([rule], slots))).toEqual(['technical mon 12:00-13:00', 'technical tue 09:00-16:00']);
  });

  it('a slot with no kind covers every kind', () => {
    expect(findCoverageGaps([rule], [slot('А', 'mon', '8-17'), slot('Б', 'tue', '9-16')])).toEqual([]);
  });

  it('overlapping slots together cover the window', () => {
    expect(findCoverageGaps([rule], [slot('А', 'mon', '9-13'), slot('Б', 'mon', '12-16'), slot('В', 'tue', '9-16')])).toEqual([]);
  });

  it('rules asking for overlapping hours give one gap per uncovered stretch, not one per rule', () => {
    const daily = { kinds: ['technical' as const], days: ['mon' as const], range: { start: 780, end: 900 }, cell: 'Покрытие!C3' };
    expect(gapsOf(findCoverageGaps([rule, daily], [slot('В', 'tue', '9-16')]))).toEqual(['technical mon 09:00-16:00']);
  });
});
