/** Numbers in words: plural forms (Russian has three: 1 слот, 2 слота, 5 слотов) and digit groups; sentence ends. */

export const pluralRu = (n: number, one: string, few: string, many: string): string => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
};

export const pluralEn = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** `60 000` / `60,000`: thousands grouped by hand, since Intl's separators differ between engines. */
export const groupDigits = (n: number, separator: string): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** A sentence's full stop, unless it already ends in one: a name with initials (`Кузнецова Ж.З.`) does. */
export const endSentence = (text: string): string => (/[.!?…]$/.test(text) ? text : `${text}.`);
