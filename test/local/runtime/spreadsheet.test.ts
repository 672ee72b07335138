// Spreadsheet model behaviour documented for Apps Script: 1-based ranges, '' for empty cells, typed values,
// typed-input parsing of strings, shape errors, getLastRow, sheet names, notes, backgrounds, validations.

import { createLocalRuntime, type LocalRuntime } from "../../../src/local/runtime";

const MSK = "Europe/Moscow";

function ru(rows: (string | number | boolean | Date)[][] = []): LocalRuntime {
  return createLocalRuntime({ workbook: { tabs: [{ name: "Staff", rows }] }, locale: "ru_RU", timeZone: MSK });
}

function staff(rt: LocalRuntime) {
  const sheet = rt.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Staff");
  if (!sheet) throw new Error("no sheet");
  return sheet;
}

describe("ranges", () => {
  test("rows and columns are 1-based", () => {
    const sheet = staff(ru([["a", "b"], ["c", "d"]]));
    expect(sheet.getRange(1, 1).getValue()).toBe("a");
    expect(sheet.getRange(2, 2).getValue()).toBe("d");
    expect(sheet.getRange(1, 2, 2, 1).getValues()).toEqual([["b"], ["d"]]);
    expect(sheet.getRange(2, 1, 1, 2).getA1Notation()).toBe("A2:B2");
  });

  test("A1 notation addresses the same cells", () => {
    const sheet = staff(ru([["a", "b", "c"], ["d", "e", "f"]]));
    expect(sheet.getRange("B2").getValue()).toBe("e");
    expect(sheet.getRange("A1:C2").getValues()).toEqual([["a", "b", "c"], ["d", "e", "f"]]);
    const cols = sheet.getRange("A:B");
    expect([cols.getRow(), cols.getColumn(), cols.getNumRows(), cols.getNumColumns()]).toEqual([1, 1, 1000, 2]);
  });

  test("empty cells read as the empty string", () => {
    const sheet = staff(ru([["a"]]));
    expect(sheet.getRange(2, 1, 2, 2).getValues()).toEqual([["", ""], ["", ""]]);
    expect(sheet.getRange("Z99").getValue()).toBe("");
  });

  test("a range outside the sheet or of zero rows throws", () => {
    const sheet = staff(ru());
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 27)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
  });

  test("numbers, booleans and dates written as such stay typed, and dates come back as copies", () => {
    const sheet = staff(ru());
    const when = new Date("2024-09-02T06:30:00Z");
    sheet.getRange(1, 1, 1, 3).setValues([[12.5, true, when]]);
    const [[n, b, d]] = sheet.getRange(1, 1, 1, 3).getValues() as [[number, boolean, Date]];
    expect(n).toBe(12.5);
    expect(b).toBe(true);
    expect(d).toBeInstanceOf(Date);
    expect(d.getTime()).toBe(when.getTime());
    d.setFullYear(2000);
    expect((sheet.getRange(1, 3).getValue() as Date).getTime()).toBe(when.getTime());
  });
});

describe("setValues", () => {
  test("setValues of the wrong shape throws as Apps Script does", () => {
    const range = staff(ru()).getRange(1, 1, 2, 2);
    expect(() => range.setValues([["a", "b"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => range.setValues([["a"], ["b"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
  });

  test("deleteRows moves the rows below up and refuses rows out of bounds", () => {
    const sheet = ru([["h"], ["a"], ["b"], ["c"]]).spreadsheet.getSheetByName("Staff")!;
    sheet.deleteRows(2, 2);
    expect(sheet.getDataRange().getValues()).toEqual([["h"], ["c"]]);
    expect(() => sheet.deleteRows(sheet.getMaxRows(), 2)).toThrow("Those rows are out of bounds.");
  });

  test("a cell of more than 50,000 characters refuses the whole write, as Sheets does", () => {
    const range = staff(ru([["old", "old"]])).getRange(1, 1, 1, 2);
    const limit = "Your input contains more than the maximum of 50000 characters in a single cell.";
    expect(() => range.setValues([["new", "x".repeat(50_001)]])).toThrow(limit);
    expect(() => staff(ru()).getRange("A1").setValue("x".repeat(50_001))).toThrow(limit);
    expect(range.getValues()).toEqual([["old", "old"]]);
    range.setValues([["new", "x".repeat(50_000)]]);
    expect(range.getValues()[0]?.[1]).toHaveLength(50_000);
  });

  test("a leading = becomes a formula and HYPERLINK evaluates to its label", () => {
    const range = staff(ru()).getRange("A1");
    range.setValue('=HYPERLINK("https://example.org","Заявка 7")');
    expect(range.getFormulas()).toEqual([['=HYPERLINK("https://example.org","Заявка 7")']]);
    expect(range.getValue()).toBe("Заявка 7");
    range.setValue("=IMPORTXML(A2,B2)");
    expect(range.getFormulas()[0]?.[0]).toBe("=IMPORTXML(A2,B2)");
    expect(range.getValue()).toBe("");
  });

  test("a leading apostrophe keeps the rest as text", () => {
    const range = staff(ru()).getRange(1, 1, 1, 3);
    range.setValues([["'=1+2", "'123", "'TRUE"]]);
    expect(range.getValues()).toEqual([["=1+2", "123", "TRUE"]]);
    expect(range.getFormulas()).toEqual([["", "", ""]]);
  });

  test("strings are parsed like typed input in the ru locale", () => {
    const range = staff(ru()).getRange(1, 1, 1, 6);
    range.setValues([["123", "1,5", "TRUE", "14.02.2020", "1.5", "8.00-10.00"]]);
    const row = range.getValues()[0]!;
    expect(row.slice(0, 3)).toEqual([123, 1.5, true]);
    expect(row[3]).toBeInstanceOf(Date);
    expect((row[3] as Date).toISOString()).toBe("2020-02-13T21:00:00.000Z");
    expect(row.slice(4)).toEqual(["1.5", "8.00-10.00"]);
  });

  test("strings are parsed like typed input in the en_US locale", () => {
    const rt = createLocalRuntime({ workbook: { tabs: [{ name: "S", rows: [] }] }, locale: "en_US", timeZone: "UTC" });
    const range = rt.spreadsheet.getSheetByName("S")!.getRange(1, 1, 1, 4);
    range.setValues([["1.5", "1,5", "2/14/2020", "FALSE"]]);
    const row = range.getValues()[0]!;
    expect(row.slice(0, 2)).toEqual([1.5, "1,5"]);
    expect((row[2] as Date).toISOString()).toBe("2020-02-14T00:00:00.000Z");
    expect(row[3]).toBe(false);
  });

  test("setValue on a block writes every cell", () => {
    const range = staff(ru()).getRange(1, 1, 2, 2);
    range.setValue("x");
    expect(range.getValues()).toEqual([["x", "x"], ["x", "x"]]);
  });
});

describe("display values", () => {
  test("ru shows comma decimals and dd.MM.yyyy dates", () => {
    const sheet = staff(ru());
    sheet.getRange(1, 1, 1, 4).setValues([[1.5, "14.02.2020", new Date("2020-02-14T11:05:09+03:00"), "text"]]);
    expect(sheet.getRange(1, 1, 1, 4).getDisplayValues()).toEqual([["1,5", "14.02.2020", "14.02.2020 11:05:09", "text"]]);
  });

  test("en_US shows M/d/yyyy dates", () => {
    const rt = createLocalRuntime({ workbook: { tabs: [{ name: "S", rows: [[new Date("2020-02-04T00:00:00Z"), 2.25]] }] }, locale: "en_US", timeZone: "UTC" });
    expect(rt.spreadsheet.getSheetByName("S")!.getRange("A1:B1").getDisplayValues()).toEqual([["2/4/2020", "2.25"]]);
  });
});

describe("sheets", () => {
  test("getLastRow and getLastColumn follow the last cell with content, 0 when empty", () => {
    const rt = ru();
    const sheet = staff(rt);
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    sheet.getRange("C5").setValue("x");
    sheet.getRange("A7").setNote("a note is not content");
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C5");
  });

  test("appendRow writes after the last row and parses like typed input", () => {
    const sheet = staff(ru([["name", "n"], ["a", 1]]));
    sheet.appendRow(["b", "2", "=HYPERLINK(\"u\",\"l\")"]);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getRange(3, 1, 1, 3).getValues()).toEqual([["b", 2, "l"]]);
  });

  test("inserted rows take the fill and weight of the row above, not its values or notes", () => {
    const sheet = staff(ru([["name", "n"], ["a", 1], ["b", 2]]));
    sheet.getRange("A2:B2").setBackground("#fce5cd").setFontWeight("bold").setNote("n");
    sheet.insertRowsAfter(2, 2);
    const added = sheet.getRange("A3:B4");
    expect(added.getBackgrounds()).toEqual([["#fce5cd", "#fce5cd"], ["#fce5cd", "#fce5cd"]]);
    expect(added.getFontWeights()).toEqual([["bold", "bold"], ["bold", "bold"]]);
    expect([added.getValues(), added.getNotes()]).toEqual([[["", ""], ["", ""]], [["", ""], ["", ""]]]);
    expect(sheet.getRange("A5:B5").getValues()).toEqual([["b", 2]]);
  });

  test("insertSheet with an existing name throws", () => {
    const ss = ru().globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet("Requests");
    expect(sheet.getIndex()).toBe(2);
    expect(ss.getActiveSheet().getName()).toBe("Requests");
    expect(() => ss.insertSheet("Requests")).toThrow('A sheet with the name "Requests" already exists. Please enter another name.');
    expect(() => ss.getSheetByName("Staff")!.setName("Requests")).toThrow("already exists");
  });

  test("notes, backgrounds and font weights are stored per cell", () => {
    const sheet = staff(ru());
    const range = sheet.getRange(1, 1, 1, 2);
    expect(range.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
    range.setBackgrounds([["#FFCCCC", "red"]]);
    expect(range.getBackgrounds()).toEqual([["#ffcccc", "#ff0000"]]);
    range.setBackground(null);
    expect(range.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
    range.setNotes([["n1", null]]);
    expect(range.getNotes()).toEqual([["n1", ""]]);
    range.setFontWeight("bold");
    expect(range.getFontWeights()).toEqual([["bold", "bold"]]);
    range.clearContent();
    expect(range.getNotes()).toEqual([["n1", ""]]);
    sheet.clear();
    expect(range.getNotes()).toEqual([["", ""]]);
  });

  test("a list validation built with newDataValidation reads back from the cells", () => {
    const rt = ru();
    const rule = rt.globals.SpreadsheetApp.newDataValidation()
      .requireValueInList(["new", "done"], true)
      .setAllowInvalid(false)
      .setHelpText("pick one")
      .build();
    const range = staff(rt).getRange("B2:B3");
    range.setDataValidation(rule);
    const [[first], [second]] = range.getDataValidations() as [[typeof rule], [typeof rule]];
    expect(first?.getCriteriaValues()).toEqual([["new", "done"], true]);
    expect(second?.getAllowInvalid()).toBe(false);
    expect(second?.getHelpText()).toBe("pick one");
    expect(staff(rt).getRange("B4").getDataValidations()).toEqual([[null]]);
  });

  test("protect returns the sheet's protection, listed by getProtections(SHEET)", () => {
    const rt = ru();
    const sheet = staff(rt);
    const SHEET = rt.globals.SpreadsheetApp.ProtectionType.SHEET;
    expect(sheet.getProtections(SHEET)).toEqual([]);
    const p = sheet.protect().setWarningOnly(true).setDescription("schedule");
    expect(sheet.protect()).toBe(p);
    expect(sheet.getProtections(SHEET).map((x) => [x.isWarningOnly(), x.getDescription()])).toEqual([[true, "schedule"]]);
  });

  test("spreadsheet facts: id, url, locale, time zone, toasts", () => {
    const rt = createLocalRuntime({ id: "abc", name: "School", locale: "ru_RU", timeZone: MSK });
    const ss = rt.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect([ss.getId(), ss.getName(), ss.getUrl()]).toEqual(["abc", "School", "https://docs.google.com/spreadsheets/d/abc/edit"]);
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(["ru_RU", MSK]);
    ss.toast("Saved", "Help desk", 5);
    expect(rt.toasts).toEqual([{ msg: "Saved", title: "Help desk", timeoutSeconds: 5 }]);
    rt.globals.SpreadsheetApp.flush();
    expect(rt.flushes).toBe(1);
  });
});

test("parseWorkbookText reads a workbook of strings as typed input, as a CSV import does", () => {
  const rt = createLocalRuntime({
    workbook: { tabs: [{ name: "T", rows: [["16.11.2026 9:12", "1,5", "текст", "'007"]] }] },
    parseWorkbookText: true,
  });
  const row = rt.spreadsheet.sheet("T")!.getRange("A1:D1").getValues()[0]!;
  expect((row[0] as Date).toISOString()).toBe("2026-11-16T06:12:00.000Z");
  expect(row.slice(1)).toEqual([1.5, "текст", "007"]);
});

describe("merged ranges", () => {
  const local = (rt: LocalRuntime) => rt.spreadsheet.getSheetByName("Staff")!;
  test("merging keeps the first cell's value only, and the range is found from any range reaching into it", () => {
    const sheet = local(ru([["a", "b"], ["c", "d"], ["e", "f"]]));
    sheet.getRange("A1:A2").merge();
    expect(sheet.getRange("A1:A3").getValues()).toEqual([["a"], [""], ["e"]]);
    expect(sheet.getRange("A2").getMergedRanges().map((r) => r.getA1Notation())).toEqual(["A1:A2"]);
    expect(sheet.getRange("B1:B3").getMergedRanges()).toEqual([]);
  });

  test("a merge cutting through another is refused; breaking apart ends it", () => {
    const sheet = local(ru([["a", "b"], ["c", "d"], ["e", "f"]]));
    sheet.getRange("A1:A2").merge();
    expect(() => sheet.getRange("A2:A3").merge()).toThrow("You must select all cells in a merged range");
    sheet.getRange("A1:A2").breakApart();
    expect(sheet.getDataRange().getMergedRanges()).toEqual([]);
  });

  test("rows inserted inside a merged range grow it; rows deleted from it shrink it", () => {
    const sheet = local(ru([["a"], [""], [""], ["x"]]));
    sheet.getRange("A1:A3").merge();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getDataRange().getMergedRanges().map((r) => r.getA1Notation())).toEqual(["A1:A5"]);
    sheet.deleteRows(2, 3);
    expect(sheet.getDataRange().getMergedRanges().map((r) => r.getA1Notation())).toEqual(["A1:A2"]);
    sheet.deleteRows(2, 1);
    expect(sheet.getDataRange().getMergedRanges()).toEqual([]);
  });
});
