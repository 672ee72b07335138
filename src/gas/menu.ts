/** The menu in the Sheet's language, and the sidebar. */
import { catalogue } from '../core/i18n';
import { languageOfSheet, readSettings } from '../core/settings';
import { readWorkbook, tabMatcher } from './sheets';
import type { Services } from './surface';

/** Settings (one read of that tab) and the catalogue of their language, else of the tab names or the spreadsheet's locale. */
export const sheetSettings = (svc: Services) => {
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const { workbook, names } = readWorkbook(ss, tabMatcher(['settings']));
  const { settings } = readSettings(workbook, languageOfSheet(names, ss.getSpreadsheetLocale()));
  return { settings, m: catalogue(settings.language) };
};

export const sheetMessages = (svc: Services) => sheetSettings(svc).m;

export const buildMenu = (svc: Services): void => {
  const m = sheetMessages(svc);
  svc.SpreadsheetApp.getUi()
    .createMenu(m.menuTitle())
    .addItem(m.menuSetUp(), 'setUp')
    .addItem(m.menuSidebar(), 'openSidebar')
    .addSeparator()
    .addItem(m.menuCheck(), 'checkSchedule')
    .addSeparator()
    .addItem(m.menuCreateForm(), 'createRequestForm')
    .addItem(m.menuReconcile(), 'reconcileRequests')
    .addSeparator()
    .addItem(m.menuInstallTriggers(), 'installTriggers')
    .addItem(m.menuHealth(), 'triggerHealth')
    .addItem(m.menuSendSummaries(), 'sendWeeklySummaries')
    .addToUi();
};

export const openSidebar = (svc: Services): void => {
  const m = sheetMessages(svc);
  svc.SpreadsheetApp.getUi().showSidebar(svc.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(m.sidebarTitle()));
};
