/**
 * Remembers a pure function's answers by text. A school writes the same day, kind and name in thousands
 * of rows; parsing each distinct text once is what keeps a 500,000-slot check linear.
 */
export const memoize = <T extends object | string>(fn: (text: string) => T): ((text: string) => T) => {
  const seen = new Map<string, T>();
  return (text) => {
    // One lookup, not has-then-get: the answers are never undefined.
    const known = seen.get(text);
    if (known !== undefined) return known;
    const value = fn(text);
    seen.set(text, value);
    return value;
  };
};
