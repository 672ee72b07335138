// A1 notation: column letters and parsing of 'B3', 'A1:C10', 'A:C', '2:5' (optionally 'Sheet'!-qualified).

import { columnLetters as lettersOf0Based } from "../../core/cells";

/** 1-based, as Apps Script numbers columns; core's version takes 0-based indexes. */
export function columnLetters(column: number): string {
  return lettersOf0Based(column - 1);
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Notation(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

export interface A1Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  sheetName?: string;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Parses A1 notation against a sheet of `maxRows` × `maxColumns`; throws Apps Script's message when invalid. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): A1Box {
  let text = a1.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheetName = text.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [from = "", to = from] = text.split(":");
  const a = PART.exec(from);
  const b = PART.exec(to);
  const bad = (): never => {
    throw new Error(`Range not found`);
  };
  if (!a || !b || text.split(":").length > 2 || from === "" || to === "") return bad();
  const [, c1 = "", r1 = ""] = a;
  const [, c2 = "", r2 = ""] = b;
  if ((c1 === "") !== (c2 === "") || (r1 === "") !== (r2 === "")) return bad();
  const col1 = c1 ? columnNumber(c1) : 1;
  const col2 = c2 ? columnNumber(c2) : maxColumns;
  const row1 = r1 ? Number(r1) : 1;
  const row2 = r2 ? Number(r2) : maxRows;
  if (row1 < 1 || row2 < 1) return bad();
  const box: A1Box = {
    row: Math.min(row1, row2),
    column: Math.min(col1, col2),
    numRows: Math.abs(row2 - row1) + 1,
    numColumns: Math.abs(col2 - col1) + 1,
  };
  if (sheetName !== undefined) box.sheetName = sheetName;
  return box;
}
