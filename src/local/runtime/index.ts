// The local Apps Script runtime's public entry: create a runtime, load the bundle, act as a user, save the result.

export { columnLetters, columnNumber, parseA1 } from "./a1";
export { CallLog, isWriteMethod, READ_METHODS, type SheetIo } from "./calls";
export { displayValue, evaluateFormula, parseInput } from "./cell-input";
export { Clock, isDate, makeClockDate } from "./clock";
export type { EditOutcome } from "./events";
export {
  appendResponseRow,
  type FormAnswers,
  type FormOutcome,
  type RespondOptions,
  type ResponseOutcome,
  responseTimestamp,
} from "./form-submit";
export { ItemType, type ItemData, LocalChoiceItem, LocalItem, LocalParagraphTextItem, LocalTextItem } from "./form-items";
export { DestinationType, FormRegistry, LocalForm, LocalFormApp, LocalFormResponse, LocalItemResponse, NO_SUCH_FORM } from "./forms";
export { formatDate } from "./format-date";
export { type BundleHandle, loadBundle, loadBundleFile } from "./load";
export { createLockBuffer, LOCK_TIMEOUT_MESSAGE, LocalLock, LocalLockService } from "./lock";
export { csvDate, saveCsvFolder, saveXlsx, toCsv, toWorkbook } from "./persist";
export { DEFAULT_MAIL_QUOTA, LocalMail, LocalMailApp, MAIL_QUOTA_MESSAGE, type SentMail, subjectSlug } from "./mail";
export { LocalRange } from "./range";
export { createLocalRuntime, type LocalGlobals, LocalRuntime, type LocalRuntimeOptions, type TriggerFailure } from "./runtime";
export type { LogLine } from "./services";
export { LocalSheet } from "./sheet";
export { LocalSpreadsheet, LocalSpreadsheetApp, type SpreadsheetOptions, type Toast } from "./spreadsheet";
export { LocalCache, LocalProperties, type PropertySeeds } from "./stores";
export { offsetMinutes, wallTime, zonedTime } from "./time-zone";
export { AuthMode, EventType, LocalTrigger, MAX_TRIGGERS_PER_USER, TOO_MANY_TRIGGERS, TriggerSource, WeekDay } from "./triggers";
export { Button, ButtonSet, type AlertRecord, type MenuEntry, type MenuRecord, type SidebarRecord } from "./ui";
export { LocalDataValidation, LocalProtection } from "./validation";
