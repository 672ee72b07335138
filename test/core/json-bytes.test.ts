import fc from 'fast-check';
import { jsonBytes } from '../../src/core/json-bytes';

const bytesOf = (write: (out: ReturnType<typeof jsonBytes>) => void): Buffer => {
  const out = jsonBytes();
  const chunks: Uint8Array[] = [];
  write(out);
  chunks.push(...out.full(), ...out.end());
  return Buffer.concat(chunks);
};

/** Any UTF-16 text, lone surrogates and control characters included: what a hostile cell may hold. */
const anyText = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));

describe('jsonBytes', () => {
  it('a string is the UTF-8 of what JSON.stringify writes, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'binary' })), (text) => {
        expect(bytesOf((out) => out.string(text))).toEqual(Buffer.from(JSON.stringify(text), 'utf8'));
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes, backslashes, controls and lone surrogates are escaped; letters beyond the BMP are four bytes', () => {
    const text = 'Кавычки "и" \\ \n\t\b\f\r \u001b]0; \u2028 \ud83d\ude00 \ud800 \udfff </script>';
    const written = bytesOf((out) => out.string(text)).toString('utf8');
    expect(written).toBe(JSON.stringify(text));
    expect(JSON.parse(written)).toBe(text);
  });

  it('a text of hundreds of thousands of characters, longer than a chunk holds, is written whole', () => {
    const text = 'Ёж "\u0007" \ud800 😀 \\ '.repeat(30_000);
    // Up to six bytes a character are set aside: this text needs a buffer of its own, past the megabyte.
    expect(text.length * 6).toBeGreaterThan(1 << 20);
    expect(bytesOf((out) => { out.raw('['); out.string(text); out.raw(']'); })).toEqual(Buffer.from(`[${JSON.stringify(text)}]`, 'utf8'));
  });

  it('values go through JSON.stringify, and raw text is written as it is', () => {
    const value = { message: 'Ошибка «x»\u0007', list: [1, null, 'Ё'] };
    expect(bytesOf((out) => { out.raw('['); out.value(value); out.raw(']'); }).toString('utf8')).toBe(`[${JSON.stringify(value)}]`);
  });

  it('a large report comes in chunks of about a megabyte, none lost at their edges', () => {
    const text = 'Сотрудник №1 "каб. 5"\n';
    const out = jsonBytes();
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < 100_000; i++) {
      out.string(text);
      chunks.push(...out.full());
    }
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(1 << 20);
    chunks.push(...out.end());
    expect(Buffer.concat(chunks).toString('utf8')).toBe(JSON.stringify(text).repeat(100_000));
    // Nothing is held once the end is taken.
    expect(out.end()).toEqual([]);
  });
});
