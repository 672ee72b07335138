import { wallClockOf } from '../../src/core/summaries';

describe('wallClockOf', () => {
  it('a time typed as text and the same moment kept as a date measure the same instant', () => {
    const typed = wallClockOf('17.11.2026 18:03', 'Europe/Moscow')!;
    const kept = wallClockOf(new Date(Date.UTC(2026, 10, 17, 15, 3)), 'Europe/Moscow')!;
    expect(typed).toEqual(kept);
    expect(typed.ms).toBe(Date.UTC(2026, 10, 17, 15, 3));
  });

  it('in a zone with summer time, each side of the change is read at its own offset', () => {
    expect(wallClockOf('15.01.2026 12:00', 'Europe/Berlin')!.ms).toBe(Date.UTC(2026, 0, 15, 11, 0));
    expect(wallClockOf('15.07.2026 12:00', 'Europe/Berlin')!.ms).toBe(Date.UTC(2026, 6, 15, 10, 0));
  });
});
