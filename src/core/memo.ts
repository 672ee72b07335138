/**
 * Remembers a pure function's answers by text. A school writes the same day, kind and name in thousands
 * of rows; parsing each distinct text once is what keeps a 500,000-slot check linear.
 */
export const memoize = <T extends object | string>(fn: (text: string) => T): ((text: string) => T) => {
  const seen = new Map<string, T>();
  // Neighbouring rows repeat each other (one person's week, one kind down a column): comparing with the
  // last text is far cheaper than a lookup in a table of a hundred thousand names.
  let lastText: string | undefined;
  let lastValue: T | undefined;
  return (text) => {
    if (text === lastText) return lastValue as T;
    // One lookup, not has-then-get: the answers are never undefined.
    let value = seen.get(text);
    if (value === undefined) {
      value = fn(text);
      seen.set(text, value);
    }
    lastText = text;
    lastValue = value;
    return value;
  };
};
