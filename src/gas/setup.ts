/**
 * «Set up or repair tabs»: reads what the Sheet holds, asks core for a plan and carries it out. Creating
 * tabs comes first; the rest is planned again over the result, so one run leaves nothing for a second.
 */
import { catalogue, type Messages } from '../core/i18n';
import { languageOfSheet, readSettings, settingsColumns } from '../core/settings';
import { type ExistingTab, isEmptyPlan, planSetup, type SetupPlan, setUpHeaderRow } from '../core/setup-plan';
import { asTypedText } from '../core/safe-text';
import { readStaff } from '../core/staff';
import { appendRows, readTab } from './sheets';
import type { Services, SheetSurface, SpreadsheetSurface } from './surface';

const describe = (svc: Services, sheet: SheetSurface): { tab: ExistingTab; rows: ReturnType<typeof readTab> } => {
  const tab = readTab(sheet);
  const width = Math.max(1, sheet.getLastColumn());
  const headerRow = setUpHeaderRow(tab);
  const keyValue = settingsColumns(tab);
  const headerRange = sheet.getRange(headerRow + 1, 1, 1, width);
  const firstData = sheet.getMaxRows() >= headerRow + 2 ? sheet.getRange(headerRow + 2, 1, 1, width).getDataValidations()[0] ?? [] : [];
  return {
    rows: tab,
    tab: {
      name: tab.name,
      headerRow,
      header: tab.rows[headerRow] ?? [],
      frozenRows: sheet.getFrozenRows(),
      headerBold: (headerRange.getFontWeights()[0] ?? []).map((w) => w === 'bold'),
      dropdowns: firstData.map((v) => (v === null ? null : v.getCriteriaType() === svc.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST ? (v.getCriteriaValues()[0] as string[]) : 'other')),
      sheetProtected: sheet.getProtections(svc.SpreadsheetApp.ProtectionType.SHEET).length > 0,
      settingColumns: keyValue,
      settingKeys: tab.rows.map((r) => r[keyValue[0]] ?? ''),
      usedColumns: sheet.getLastColumn(),
    },
  };
};

const planFor = (svc: Services, ss: SpreadsheetSurface): { plan: SetupPlan; m: Messages } => {
  const described = ss.getSheets().map((s) => describe(svc, s));
  const workbook = { tabs: described.map((d) => d.rows) };
  const { settings } = readSettings(workbook, languageOfSheet(workbook.tabs.map((t) => t.name), ss.getSpreadsheetLocale()));
  const m = catalogue(settings.language);
  const staffNames = readStaff(workbook).staff.filter((s) => s.active).map((s) => s.name);
  const plan = planSetup(
    { tabs: described.map((d) => d.tab), language: settings.language, staffNames, defaults: { schoolName: ss.getName(), timeZone: ss.getSpreadsheetTimeZone() } },
    m,
  );
  return { plan, m };
};

export interface SetUpResult {
  created: string[];
  columnsAdded: number;
  changed: boolean;
}

export const setUp = (svc: Services): SetUpResult => {
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const first = planFor(svc, ss);
  for (const t of first.plan.createTabs) ss.insertSheet(t.title).getRange(1, 1, 1, t.header.length).setValues([t.header]);
  if (first.plan.settingsRows.rows.length > 0) {
    appendRows(ss.getSheetByName(first.plan.settingsRows.tab)!, first.plan.settingsRows.rows.map((r) => r.map(asTypedText)));
  }
  const { plan, m } = first.plan.createTabs.length > 0 || first.plan.settingsRows.rows.length > 0 ? planFor(svc, ss) : first;
  // The added headers of a tab sit side by side after its last one: one write per tab.
  for (const tab of new Set(plan.addColumns.map((c) => c.tab))) {
    const mine = plan.addColumns.filter((c) => c.tab === tab);
    ss.getSheetByName(tab)!.getRange(mine[0]!.row + 1, mine[0]!.column + 1, 1, mine.length).setValues([mine.map((c) => asTypedText(c.title))]);
  }
  for (const f of plan.freezeHeaders) ss.getSheetByName(f.tab)!.setFrozenRows(f.rows);
  for (const b of plan.boldHeaders) ss.getSheetByName(b.tab)!.getRange(b.row + 1, 1, 1, b.columns).setFontWeight('bold');
  for (const d of plan.dropdowns) {
    const sheet = ss.getSheetByName(d.tab)!;
    const rule = svc.SpreadsheetApp.newDataValidation().requireValueInList(d.values, true).setAllowInvalid(true).build();
    sheet.getRange(d.fromRow + 1, d.column + 1, Math.max(1, sheet.getMaxRows() - d.fromRow), 1).setDataValidation(rule);
  }
  for (const p of plan.protect) ss.getSheetByName(p.tab)!.protect().setWarningOnly(true).setDescription(p.description);
  const result: SetUpResult = {
    created: first.plan.createTabs.map((t) => t.title),
    columnsAdded: plan.addColumns.length,
    changed: !isEmptyPlan(first.plan) || !isEmptyPlan(plan),
  };
  const ui = svc.SpreadsheetApp.getUi();
  ui.alert(m.menuSetUp(), result.changed ? m.setUpDone(result.created, result.columnsAdded) : m.setUpNothingToDo(), ui.ButtonSet.OK);
  return result;
};

