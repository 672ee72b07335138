// Saving: toWorkbook gives values as getValues does; the .xlsx keeps values, formulas, notes, fills, bold and
// frozen rows (read back with exceljs); CSV folders are RFC 4180, UTF-8, with dd.MM.yyyy dates.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createLocalRuntime, saveCsvFolder, saveXlsx } from "../../../src/local/runtime";

function sample() {
  const rt = createLocalRuntime({
    workbook: { tabs: [{ name: "Обращения", rows: [["ID", "Получено", "Статус"], ["R-1", new Date("2024-09-02T09:15:00Z"), "новое"]] }] },
    locale: "ru_RU",
    timeZone: "Europe/Moscow",
  });
  const sheet = rt.spreadsheet.sheet("Обращения")!;
  sheet.getRange("A1:C1").setFontWeight("bold").setBackground("#D9EAD3");
  sheet.getRange("C2").setNote("назначено: Иванова");
  sheet.getRange("D2").setValue('=HYPERLINK("https://example.org/r1","R-1")');
  sheet.getRange("E2").setValue(3.5);
  sheet.setFrozenRows(1);
  return rt;
}

test("toWorkbook returns the values as getValues gives them", () => {
  const wb = sample().toWorkbook();
  expect(wb.tabs[0]?.name).toBe("Обращения");
  expect(wb.tabs[0]?.rows[1]).toEqual(["R-1", new Date("2024-09-02T09:15:00Z"), "новое", "R-1", 3.5]);
  expect(wb.tabs[0]?.rows[0]).toEqual(["ID", "Получено", "Статус", "", ""]);
});

test("an xlsx round trip keeps values, formulas, notes, fills, bold and frozen rows", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "xlsx-")), "out.xlsx");
  await saveXlsx(sample(), path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const ws = book.getWorksheet("Обращения")!;
  expect(ws.getCell("A2").value).toBe("R-1");
  expect(ws.getCell("E2").value).toBe(3.5);
  // Dates are written as the Moscow wall time (Excel has no time zones).
  expect((ws.getCell("B2").value as Date).toISOString()).toBe("2024-09-02T12:15:00.000Z");
  expect(ws.getCell("D2").value).toEqual({ formula: 'HYPERLINK("https://example.org/r1","R-1")', result: "R-1" });
  const note = ws.getCell("C2").note;
  const noteText = typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
  expect(noteText).toBe("назначено: Иванова");
  expect(ws.getCell("A1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9EAD3" } });
  expect(ws.getCell("A1").font?.bold).toBe(true);
  expect(ws.getCell("A2").font?.bold).toBeFalsy();
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
});

test("saveCsvFolder writes one RFC 4180 UTF-8 CSV per tab with dd.MM.yyyy dates", () => {
  const dir = mkdtempSync(join(tmpdir(), "csv-"));
  const paths = saveCsvFolder(
    {
      tabs: [
        {
          name: "Замены",
          rows: [
            ["Дата", "Причина", "Время"],
            [new Date("2024-09-01T21:00:00Z"), 'болезнь, "срочно"', new Date("2024-09-02T06:30:00Z")],
            [true, 1.5, "строка\nвторая"],
          ],
        },
      ],
    },
    dir,
    "Europe/Moscow",
  );
  expect(paths).toEqual([join(dir, "Замены.csv")]);
  expect(readFileSync(join(dir, "Замены.csv"), "utf8")).toBe(
    'Дата,Причина,Время\r\n02.09.2024,"болезнь, ""срочно""",02.09.2024 9:30\r\nTRUE,1.5,"строка\nвторая"\r\n',
  );
});

test("saveCsvFolder writes each tab over its own file: same name, separator and byte-order mark; Windows-1251 becomes UTF-8 with a mark", () => {
  const dir = mkdtempSync(join(tmpdir(), "csv-"));
  writeFileSync(join(dir, "График.CSV"), "День,Время\r\n");
  writeFileSync(join(dir, "Сотрудники.csv"), Buffer.from([0xd4, 0xc8, 0xce, 0x3b, 0x45, 0x0d, 0x0a])); // «ФИО;E» in Windows-1251
  const paths = saveCsvFolder(
    {
      tabs: [
        { name: "График", rows: [["День", "Время"], ["ПН", "9-11"]] },
        { name: "Сотрудники", rows: [["ФИО", "E"], ["Иванова А.Б.; Петров", "a@b.c"]] },
        { name: "Новый", rows: [["a;b", "c"]] },
      ],
    },
    dir,
  );
  expect(paths).toEqual([join(dir, "График.CSV"), join(dir, "Сотрудники.csv"), join(dir, "Новый.csv")]);
  expect(readdirSync(dir).sort()).toEqual(["График.CSV", "Новый.csv", "Сотрудники.csv"]);
  expect(readFileSync(join(dir, "Сотрудники.csv"), "utf8")).toBe('\uFEFFФИО;E\r\n"Иванова А.Б.; Петров";a@b.c\r\n');
  expect(readFileSync(join(dir, "Новый.csv"), "utf8")).toBe("a;b,c\r\n");
});

test("a CSV folder whose write fails part-way keeps every old file whole, and no temporary file", () => {
  const dir = mkdtempSync(join(tmpdir(), "csv-"));
  writeFileSync(join(dir, "А.csv"), "old A\r\n");
  writeFileSync(join(dir, "Б.csv"), "old B\r\n");
  // The second tab's temporary file cannot be written (a folder is in its way), as a full disk would fail it.
  mkdirSync(join(dir, `Б.csv.${process.pid}.tmp`));
  const save = () => saveCsvFolder({ tabs: [{ name: "А", rows: [["new A"]] }, { name: "Б", rows: [["new B"]] }] }, dir);
  expect(save).toThrow();
  expect(readFileSync(join(dir, "А.csv"), "utf8")).toBe("old A\r\n");
  expect(readFileSync(join(dir, "Б.csv"), "utf8")).toBe("old B\r\n");
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp") && !f.startsWith("Б"))).toEqual([]);
});

test("a CSV folder whose files cannot all be put in place is left exactly as it was: no tab half-saved", () => {
  const dir = mkdtempSync(join(tmpdir(), "csv-"));
  writeFileSync(join(dir, "А.csv"), "old A\r\n");
  writeFileSync(join(dir, "Б.csv"), "old B\r\n");
  // The second old file cannot step aside (a folder holding something is in the way), as a locked file would not.
  mkdirSync(join(dir, `Б.csv.${process.pid}.old`));
  writeFileSync(join(dir, `Б.csv.${process.pid}.old`, "x"), "");
  const save = () => saveCsvFolder({ tabs: [{ name: "А", rows: [["new A"]] }, { name: "Б", rows: [["new B"]] }, { name: "В", rows: [["new C"]] }] }, dir);
  expect(save).toThrow();
  expect(readFileSync(join(dir, "А.csv"), "utf8")).toBe("old A\r\n");
  expect(readFileSync(join(dir, "Б.csv"), "utf8")).toBe("old B\r\n");
  expect(readdirSync(dir).sort()).toEqual(["А.csv", "Б.csv", `Б.csv.${process.pid}.old`]);
});

test("two tabs whose names give one file name are refused before anything is written", () => {
  const dir = mkdtempSync(join(tmpdir(), "csv-"));
  writeFileSync(join(dir, "Замены_2.csv"), "ORIGINAL\r\n");
  const save = () => saveCsvFolder({ tabs: [{ name: "Замены/2", rows: [["one"]] }, { name: "Замены_2", rows: [["two"]] }] }, dir);
  expect(save).toThrow("two tabs would be saved as one file: Замены_2.csv");
  expect(readdirSync(dir)).toEqual(["Замены_2.csv"]);
  expect(readFileSync(join(dir, "Замены_2.csv"), "utf8")).toBe("ORIGINAL\r\n");
});
