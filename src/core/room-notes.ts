/**
 * Where a duty is, from the text after its hours: a note there says who or when (`по записи`, `(для 5-9
 * классов)`, `(с 15.09 по 20.12)`), not where; two people's `(по записи)` are no shared room.
 */

// Words of a place win over those of a note: `каб. 14 для 5-9 классов` is room 14 as written.
const PLACE_WORD = /каб|ауд|зал|библиотек|учительск|при[её]мн|лаборатор|медиатек|центр|холл|корпус|комнат|комитет|совет|room|hall|library|(?<!\p{L})lab|office|area|lounge|centre|center|services|hub|№|#/iu;
// Who or when, in words no room is called by: by appointment, for whom, which classes, which dates or weeks.
const NOTE_WORD =
  /(?<!\p{L})(?:по записи|по предварительной записи|запис\p{L}*|для (?:все|родител|учащ|ученик|учител|педагог|классн|сотрудник|\d)|родител\p{L}*|учащи\p{L}*|учени\p{L}*|(?<!\d)\d+(?:\s{0,3}[-–]\s{0,3}\d+)?(?:-х)?\s{0,3}(?:классы|классов|кл\.?)(?!\p{L})|классный час|кл\.?\s{0,3}час|(?<![\d.])\d{1,2}\.\d{2}\s{0,3}[-–]\s{0,3}\d{1,2}\.\d{2}(?![\d.])|уроки \d|(?:с|по|до)\s+\d{1,2}\.\d{2}|by appointment|appointment|years? \d|students?|parents?|ч[её]тн|неч[её]тн|недел)/iu;
// Days left out are read by the day-group reader, not dropped as a note.
const EXCEPT_WORD = /кроме|исключ|except|exclud/iu;

const isNote = (text: string): boolean => NOTE_WORD.test(text) && !PLACE_WORD.test(text) && !EXCEPT_WORD.test(text);

/** The room in a range's text: without a note in brackets at its end, and nothing when all of it is a note. */
export const placeOfRest = (rest: string): string => {
  if (rest === '' || !NOTE_WORD.test(rest)) return rest;
  const open = rest.lastIndexOf('(');
  const close = rest.lastIndexOf(')');
  if (open >= 0 && close > open && rest.slice(close + 1).trim() === '') return isNote(rest.slice(open + 1, close)) ? rest.slice(0, open).trim() : rest;
  return open < 0 && isNote(rest) ? '' : rest;
};
