// SpreadsheetApp.getUi() and HtmlService: menus, alerts and sidebars recorded as data; HTML read from a folder.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { HtmlOutputSurface, HtmlServiceSurface, MenuSurface, UiSurface } from "../../gas/surface";
import type { CallLog } from "./calls";

export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "subMenu"; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  caption: string;
  items: MenuEntry[];
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  response: string;
}

export interface SidebarRecord {
  title: string;
  content: string;
}

// Apps Script enums are objects of named values; plain strings stand in for them.
export const ButtonSet = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as unknown as typeof GoogleAppsScript.Base.ButtonSet;
export const Button = {
  CLOSE: "CLOSE",
  OK: "OK",
  CANCEL: "CANCEL",
  YES: "YES",
  NO: "NO",
} as unknown as typeof GoogleAppsScript.Base.Button;

export class LocalMenu implements MenuSurface {
  readonly items: MenuEntry[] = [];

  constructor(
    readonly caption: string,
    private readonly ui: LocalUi,
    private readonly log: CallLog,
  ) {}

  addItem(caption: string, functionName: string): LocalMenu {
    this.log.count("Menu", "addItem");
    this.items.push({ kind: "item", caption, functionName });
    return this;
  }
  addSeparator(): LocalMenu {
    this.log.count("Menu", "addSeparator");
    this.items.push({ kind: "separator" });
    return this;
  }
  addSubMenu(menu: LocalMenu): LocalMenu {
    this.log.count("Menu", "addSubMenu");
    this.items.push({ kind: "subMenu", caption: menu.caption, items: [...menu.items] });
    return this;
  }
  addToUi(): void {
    this.log.count("Menu", "addToUi");
    this.ui.install({ caption: this.caption, items: [...this.items] });
  }
}

export class LocalUi implements UiSurface {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly sidebars: SidebarRecord[] = [];
  /** Buttons the "user" will press for the next alerts, first in first out; otherwise OK or YES. */
  readonly alertResponses: string[] = [];

  constructor(private readonly log: CallLog) {}

  install(menu: MenuRecord): void {
    const i = this.menus.findIndex((m) => m.caption === menu.caption);
    if (i >= 0) this.menus[i] = menu;
    else this.menus.push(menu);
  }

  createMenu(caption: string): LocalMenu {
    this.log.count("Ui", "createMenu");
    return new LocalMenu(caption, this, this.log);
  }

  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(a: string, b?: string | GoogleAppsScript.Base.ButtonSet, c?: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    this.log.count("Ui", "alert");
    let title = "";
    let prompt = String(a);
    let buttons = "OK";
    if (typeof b === "string" && c !== undefined) {
      title = String(a);
      prompt = b;
      buttons = String(c);
    } else if (b !== undefined) {
      buttons = String(b);
    }
    const response = this.alertResponses.shift() ?? (buttons.startsWith("YES") ? "YES" : "OK");
    this.alerts.push({ title, prompt, buttons, response });
    return response as unknown as GoogleAppsScript.Base.Button;
  }

  showSidebar(userInterface: HtmlOutputSurface): void {
    this.log.count("Ui", "showSidebar");
    this.sidebars.push({ title: userInterface.getTitle(), content: userInterface.getContent() });
  }
}

export class LocalHtmlOutput implements HtmlOutputSurface {
  private title = "";

  constructor(
    private readonly content: string,
    private readonly log: CallLog,
  ) {}

  getContent(): string {
    this.log.count("HtmlOutput", "getContent");
    return this.content;
  }
  getTitle(): string {
    this.log.count("HtmlOutput", "getTitle");
    return this.title;
  }
  setTitle(title: string): LocalHtmlOutput {
    this.log.count("HtmlOutput", "setTitle");
    this.title = title;
    return this;
  }
}

export class LocalHtmlService implements HtmlServiceSurface {
  constructor(
    private readonly htmlDir: string,
    private readonly log: CallLog,
  ) {}

  createHtmlOutputFromFile(filename: string): LocalHtmlOutput {
    this.log.count("HtmlService", "createHtmlOutputFromFile");
    const base = filename.replace(/\.html$/i, "");
    const path = join(this.htmlDir, `${base}.html`);
    if (!existsSync(path)) throw new Error(`No HTML file named ${base} was found.`);
    return new LocalHtmlOutput(readFileSync(path, "utf8"), this.log);
  }

  createHtmlOutput(html = ""): LocalHtmlOutput {
    this.log.count("HtmlService", "createHtmlOutput");
    return new LocalHtmlOutput(html, this.log);
  }
}
