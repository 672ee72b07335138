// Data validation rules and their builder (SpreadsheetApp.newDataValidation), and sheet protections.

import type { CallLog } from "./calls";
import type { DataValidationBuilderSurface, DataValidationSurface, ProtectionSurface } from "../../gas/surface";

export class LocalDataValidation implements DataValidationSurface {
  constructor(
    readonly criteriaType: string,
    readonly criteriaValues: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
    private readonly log: CallLog,
  ) {}

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.log.count("DataValidation", "getCriteriaType");
    return this.criteriaType as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): unknown[] {
    this.log.count("DataValidation", "getCriteriaValues");
    return this.criteriaValues.map((v) => (Array.isArray(v) ? [...v] : v));
  }

  getAllowInvalid(): boolean {
    this.log.count("DataValidation", "getAllowInvalid");
    return this.allowInvalid;
  }

  getHelpText(): string | null {
    this.log.count("DataValidation", "getHelpText");
    return this.helpText;
  }

  /** The values a list rule allows (not an Apps Script method; for tests and xlsx export). */
  listValues(): string[] | null {
    const v = this.criteriaValues[0];
    return this.criteriaType === "VALUE_IN_LIST" && Array.isArray(v) ? v.map(String) : null;
  }
}

export class LocalDataValidationBuilder implements DataValidationBuilderSurface {
  private criteriaType = "";
  private criteriaValues: unknown[] = [];
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(private readonly log: CallLog) {}

  requireValueInList(values: string[], showDropdown?: boolean): LocalDataValidationBuilder {
    this.log.count("DataValidationBuilder", "requireValueInList");
    this.criteriaType = "VALUE_IN_LIST";
    this.criteriaValues = [[...values], showDropdown ?? true];
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): LocalDataValidationBuilder {
    this.log.count("DataValidationBuilder", "setAllowInvalid");
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): LocalDataValidationBuilder {
    this.log.count("DataValidationBuilder", "setHelpText");
    this.helpText = helpText;
    return this;
  }

  build(): LocalDataValidation {
    this.log.count("DataValidationBuilder", "build");
    if (!this.criteriaType) throw new Error("Exception: You must specify a validation criteria.");
    return new LocalDataValidation(this.criteriaType, this.criteriaValues, this.allowInvalid, this.helpText, this.log);
  }
}

export class LocalProtection implements ProtectionSurface {
  private warningOnly = false;
  private description = "";

  constructor(private readonly log: CallLog) {}

  setWarningOnly(warningOnly: boolean): LocalProtection {
    this.log.count("Protection", "setWarningOnly");
    this.warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    this.log.count("Protection", "isWarningOnly");
    return this.warningOnly;
  }

  setDescription(description: string): LocalProtection {
    this.log.count("Protection", "setDescription");
    this.description = description;
    return this;
  }

  getDescription(): string {
    this.log.count("Protection", "getDescription");
    return this.description;
  }
}
