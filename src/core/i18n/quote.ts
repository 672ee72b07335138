/**
 * A cell's text quoted in a message: a message lands in a note or a report cell (50,000 characters at
 * most), so a pasted page is quoted by its beginning; the cell itself still holds it all.
 */
export const QUOTE_LIMIT = 200;

export const q = (text: string): string => {
  if (text.length <= QUOTE_LIMIT) return text;
  // Never half of a character outside the basic plane (an emoji).
  const keep = /[\ud800-\udbff]/.test(text.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
  return `${text.slice(0, keep)}…`;
};
