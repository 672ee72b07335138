/**
 * JSON written straight into UTF-8 bytes, in chunks of about a megabyte: a report of half a million slots
 * is never a string, so it is neither built as one (two bytes a character for Cyrillic) nor encoded again.
 */

const CHUNK = 1 << 20;
const NONE: Uint8Array[] = [];
const HEX = '0123456789abcdef';
/** The short escapes of JSON.stringify, by character code; the other controls are written \u00XX. */
const SHORT_ESCAPE: Record<number, number> = { 8: 0x62, 9: 0x74, 10: 0x6e, 12: 0x66, 13: 0x72, 34: 0x22, 92: 0x5c };

export interface JsonBytes {
  /** Text known to be plain ASCII and valid JSON where it stands: punctuation, keys, codes, `09:00`. */
  raw(ascii: string): void;
  /** A string value, quoted and escaped exactly as `JSON.stringify` does it. */
  string(text: string): void;
  /** Any other value, through `JSON.stringify`. */
  value(value: unknown): void;
  /** The chunks filled so far, each a new array the caller may keep. */
  full(): Uint8Array[];
  /** Every chunk still held, the last one cut to its length. */
  end(): Uint8Array[];
}

export const jsonBytes = (): JsonBytes => {
  let buf = new Uint8Array(CHUNK);
  let at = 0;
  let done: Uint8Array[] = [];

  const room = (bytes: number): void => {
    if (at + bytes <= buf.length) return;
    if (at > 0) done.push(buf.subarray(0, at));
    buf = new Uint8Array(Math.max(CHUNK, bytes));
    at = 0;
  };

  /** `\uXXXX` at `i`; the next free place. */
  const hex4 = (b: Uint8Array, i: number, code: number): number => {
    b[i++] = 0x5c;
    b[i++] = 0x75;
    for (let shift = 12; shift >= 0; shift -= 4) b[i++] = HEX.charCodeAt((code >> shift) & 15);
    return i;
  };

  /** UTF-8 of `text`, escaped as inside a JSON string when `quoted`; at most six bytes a character (`\u001b`). */
  const put = (text: string, quoted: boolean): void => {
    room(text.length * 6);
    // Locals, not the closure's variables, inside the loop: it runs once for every character of the report.
    const b = buf;
    let i = at;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x80) {
        if (!quoted || (c >= 0x20 && c !== 0x22 && c !== 0x5c)) b[i++] = c;
        else if (SHORT_ESCAPE[c] !== undefined) {
          b[i++] = 0x5c;
          b[i++] = SHORT_ESCAPE[c];
        } else i = hex4(b, i, c);
      } else if (c < 0x800) {
        b[i++] = 0xc0 | (c >> 6);
        b[i++] = 0x80 | (c & 63);
      } else if (c < 0xd800 || c >= 0xe000) {
        b[i++] = 0xe0 | (c >> 12);
        b[i++] = 0x80 | ((c >> 6) & 63);
        b[i++] = 0x80 | (c & 63);
      } else {
        const next = text.charCodeAt(k + 1);
        if (c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          k++;
          b[i++] = 0xf0 | (point >> 18);
          b[i++] = 0x80 | ((point >> 12) & 63);
          b[i++] = 0x80 | ((point >> 6) & 63);
          b[i++] = 0x80 | (point & 63);
        } else if (quoted) i = hex4(b, i, c);
        else {
          // A lone surrogate outside a string cannot come from JSON.stringify, which escapes it; as TextEncoder.
          b[i++] = 0xef;
          b[i++] = 0xbf;
          b[i++] = 0xbd;
        }
      }
    }
    at = i;
  };

  return {
    raw(ascii) {
      room(ascii.length);
      const b = buf;
      let i = at;
      for (let k = 0; k < ascii.length; k++) b[i++] = ascii.charCodeAt(k);
      at = i;
    },
    string(text) {
      room(2);
      buf[at++] = 0x22;
      put(text, true);
      room(1);
      buf[at++] = 0x22;
    },
    value(value) {
      put(JSON.stringify(value), false);
    },
    full() {
      if (done.length === 0) return NONE;
      const out = done;
      done = [];
      return out;
    },
    end() {
      const out = [...done, ...(at > 0 ? [buf.subarray(0, at)] : [])];
      done = [];
      // The next write, if any, takes a new chunk: the caller may keep this one.
      buf = new Uint8Array(0);
      at = 0;
      return out;
    },
  };
};
