// The runtime's clock: settable and advanceable, optionally advanced by named service calls,
// and a `Date` constructor for the vm context whose `new Date()` and `Date.now()` read it.

export class Clock {
  private ms: number;
  private readonly perCall = new Map<string, number>();

  constructor(start: Date | number = Date.now()) {
    this.ms = typeof start === "number" ? start : start.getTime();
  }

  now(): number {
    return this.ms;
  }

  date(): Date {
    return new Date(this.ms);
  }

  set(date: Date | number): void {
    this.ms = typeof date === "number" ? date : date.getTime();
  }

  advance(ms: number): void {
    this.ms += ms;
  }

  /** Every later call of `method` (a key such as 'Range.getValues') advances the clock by `ms`; 0 removes it. */
  autoAdvance(method: string, ms: number): void {
    if (ms === 0) this.perCall.delete(method);
    else this.perCall.set(method, ms);
  }

  /** Called by the call log for every service call. */
  onCall(method: string): void {
    const ms = this.perCall.get(method);
    if (ms !== undefined) this.ms += ms;
  }
}

/** True for a Date from any realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * A `Date` for the vm context: `new Date()` / `Date.now()` read the clock, `Date()` returns its string,
 * and `instanceof Date` accepts Dates from any realm (the model hands out host Dates).
 */
export function makeClockDate(clock: Clock): DateConstructor {
  class ClockDate extends Date {
    // biome-ignore lint/suspicious/noExplicitAny: forwards whatever the caller passes to Date
    constructor(...args: any[]) {
      if (args.length === 0) super(clock.now());
      // biome-ignore lint/suspicious/noExplicitAny: Date's overloads cannot take a spread
      else super(...(args as [any]));
    }
    static override now(): number {
      return clock.now();
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      return isDate(value);
    }
  }
  // A class cannot be called without `new`; Apps Script code may call `Date()` for a string.
  return new Proxy(ClockDate, {
    apply: () => new Date(clock.now()).toString(),
  }) as unknown as DateConstructor;
}
