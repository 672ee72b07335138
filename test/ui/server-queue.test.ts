/** The sidebar's google.script.run wrapper: promises, at most ten calls in flight, failures as Errors. */
import type { ScriptRun } from '../../src/ui/google-script';
import { createServer, MAX_IN_FLIGHT } from '../../src/ui/server';

/** A fake runner whose calls finish when the test says so. */
const fakeRun = () => {
  const pending: { name: string; args: unknown[]; ok(v: unknown): void; fail(e: unknown): void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const runner = (ok: (v: unknown) => void, fail: (e: unknown) => void): ScriptRun =>
    new Proxy({} as ScriptRun, {
      get: (_, prop: string) => {
        if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
        if (prop === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
        return (...args: unknown[]) => {
          if (args.some((a) => a instanceof Date)) throw new Error('Failed due to illegal value in property: 0');
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          pending.push({
            name: prop,
            args,
            ok: (v) => {
              inFlight--;
              ok(v);
            },
            fail: (e) => {
              inFlight--;
              fail(e);
            },
          });
        };
      },
    });
  return { run: runner(() => undefined, () => undefined), pending, stats: () => ({ inFlight, maxInFlight }) };
};

const tick = () => new Promise((r) => setTimeout(r, 1));

test('25 calls at once: never more than ten in flight, every one answered in turn', async () => {
  const fake = fakeRun();
  const call = createServer(fake.run);
  const answers = Array.from({ length: 25 }, (_, i) => call('previewSlot', { time: String(i) }));
  expect(fake.pending).toHaveLength(MAX_IN_FLIGHT);
  let answered = 0;
  while (answered < 25) {
    const next = fake.pending[answered];
    if (!next) {
      await tick();
      continue;
    }
    next.ok({ n: answered });
    answered++;
    await tick();
    expect(fake.stats().inFlight).toBeLessThanOrEqual(MAX_IN_FLIGHT);
  }
  expect(fake.stats().maxInFlight).toBe(MAX_IN_FLIGHT);
  await expect(Promise.all(answers)).resolves.toEqual(Array.from({ length: 25 }, (_, i) => ({ n: i })));
  expect(fake.pending.map((p) => (p.args[0] as { time: string }).time)).toEqual(Array.from({ length: 25 }, (_, i) => String(i)));
});

test('a server exception rejects with an Error; an argument the runner refuses rejects at once', async () => {
  const fake = fakeRun();
  const call = createServer(fake.run);
  const failing = call('saveTask', {});
  fake.pending[0]!.fail({ message: 'Лист защищён' });
  await expect(failing).rejects.toThrow('Лист защищён');
  await expect(call('saveTask', new Date() as unknown)).rejects.toThrow('illegal value');
  // A refused call does not hold a place in the queue.
  const ok = call('sidebarData');
  fake.pending[1]!.ok('data');
  await expect(ok).resolves.toBe('data');
});
