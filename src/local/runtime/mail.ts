// MailApp: sendEmail with a daily recipient quota (reset at midnight in the script's time zone), injected
// failures, and every message recorded and composed as MIME (nodemailer) into an outbox folder as NNNN-slug.eml.

import { mkdirSync, readdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import MailComposer from "nodemailer/lib/mail-composer";
import type { MailAppSurface } from "../../gas/surface";
import type { CallLog } from "./calls";
import type { Clock } from "./clock";
import { formatDate } from "./format-date";

export const MAIL_QUOTA_MESSAGE = "Service invoked too many times for one day: email.";
export const DEFAULT_MAIL_QUOTA = 100;

export interface SentMail {
  /** The sender's address (the acting user, or a no-reply address) and display name. */
  from: string;
  name: string | null;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  html: string | null;
  sentAt: Date;
  /** The .eml path in the outbox folder; null when the runtime has no outboxDir. */
  file: string | null;
  /** The composed MIME text; null until composition finishes (await `flush()`). */
  mime: string | null;
}

export interface MailOptions {
  /** Recipients per day (default 100, a consumer account; Workspace: 1500). */
  quota?: number;
  /** Folder for the .eml files (created when needed); without it the MIME text stays in memory. */
  outboxDir?: string;
  /** The script time zone: the quota resets when the clock passes midnight there. */
  timeZone: string;
}

const ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+$/;

/** Splits a comma-separated recipient list; each address must look like one, as Apps Script checks. */
export function splitRecipients(list: string | undefined): string[] {
  if (list === undefined || list === null) return [];
  const out = String(list)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  for (const a of out) if (!ADDRESS.test(a)) throw new Error(`Invalid email: ${a}`);
  return out;
}

/** A file-name fragment of a subject: letters and digits (any script) joined by hyphens, cut at a word by 40. */
export function subjectSlug(subject: string): string {
  let slug = subject
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length > 40) {
    const cut = slug.slice(0, 41).lastIndexOf("-");
    slug = cut > 0 ? slug.slice(0, cut) : slug.slice(0, 40);
  }
  return slug === "" ? "message" : slug;
}

/** The outbox: quota bookkeeping, injected failures, sent messages and their background composition. */
export class LocalMail {
  readonly sent: SentMail[] = [];
  /** Recipients a day; tests may change it to stand for a new day's allowance. */
  quota: number;
  readonly outboxDir: string | null;
  private used = 0;
  private usedOn = "";
  private failures: string[] = [];
  private nextNumber: number | null = null;
  private readonly pending = new Set<Promise<void>>();
  private errors: unknown[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly options: MailOptions,
  ) {
    this.quota = options.quota ?? DEFAULT_MAIL_QUOTA;
    this.outboxDir = options.outboxDir ?? null;
  }

  private today(): string {
    return formatDate(this.clock.date(), this.options.timeZone, "yyyy-MM-dd");
  }

  /** Recipients that may still be mailed today. */
  remaining(): number {
    return this.usedOn === this.today() ? Math.max(0, this.quota - this.used) : this.quota;
  }

  /** Uses up `n` recipients of today's quota, or throws as Apps Script does when they are not left. */
  consume(n: number): void {
    if (n > this.remaining()) throw new Error(MAIL_QUOTA_MESSAGE);
    const day = this.today();
    if (this.usedOn !== day) {
      this.usedOn = day;
      this.used = 0;
    }
    this.used += n;
  }

  /** The next `n` sends throw `Error(message)` without sending or using quota. */
  failNext(n: number, message = "Service error: Gmail"): void {
    for (let i = 0; i < n; i++) this.failures.push(message);
  }

  /** Throws the next injected failure, if any. */
  takeFailure(): void {
    const message = this.failures.shift();
    if (message !== undefined) throw new Error(message);
  }

  /** Records a message now and composes its MIME text (and file) in the background. */
  record(mail: Omit<SentMail, "file" | "mime">): SentMail {
    const record: SentMail = { ...mail, file: null, mime: null };
    if (this.outboxDir !== null) record.file = join(this.outboxDir, this.fileName(mail.subject));
    this.sent.push(record);
    const job = (async () => {
      const mime = await compose(record);
      record.mime = mime;
      if (record.file !== null) await writeFile(record.file, mime, { encoding: "utf8", flag: "wx" });
    })()
      .catch((error: unknown) => {
        this.errors.push(error);
      })
      .finally(() => this.pending.delete(job));
    this.pending.add(job);
    return record;
  }

  /** Waits until every message sent so far is composed and written; rethrows the first composition error. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    const [first] = this.errors;
    this.errors = [];
    if (first !== undefined) throw first;
  }

  /** NNNN-slug.eml, numbered after the files already in the outbox so names stay unique and sortable. */
  private fileName(subject: string): string {
    const dir = this.outboxDir as string;
    if (this.nextNumber === null) {
      mkdirSync(dir, { recursive: true });
      const taken = readdirSync(dir)
        .map((f) => /^(\d+)-.*\.eml$/.exec(f)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(Number);
      this.nextNumber = taken.reduce((m, n) => Math.max(m, n), 0) + 1;
    }
    const n = this.nextNumber++;
    return `${String(n).padStart(4, "0")}-${subjectSlug(subject)}.eml`;
  }
}

/**
 * A single-part body gets base64 so it reads back exactly: in 7bit, the line break that ends the message would
 * join the text. (An empty content object crashes nodemailer, so empty parts stay plain strings.)
 */
function bodyPart(content: string, singlePart: boolean): string | { content: string; contentTransferEncoding: string } {
  return singlePart && content !== "" ? { content, contentTransferEncoding: "base64" } : content;
}

async function compose(mail: SentMail): Promise<string> {
  const html = mail.html ?? "";
  const singlePart = mail.text === "" || html === "";
  const composer = new MailComposer({
    from: mail.name === null ? mail.from : { name: mail.name, address: mail.from },
    to: mail.to,
    cc: mail.cc.length > 0 ? mail.cc : undefined,
    bcc: mail.bcc.length > 0 ? mail.bcc : undefined,
    replyTo: mail.replyTo ?? undefined,
    subject: mail.subject,
    text: bodyPart(mail.text, singlePart),
    html: html === "" ? undefined : bodyPart(html, singlePart),
    date: mail.sentAt,
    xMailer: false,
  });
  const node = composer.compile();
  // Bcc stays in the header so the .eml shows everyone mailed; a delivered message would omit it.
  node.keepBcc = true;
  const buffer = await node.build();
  return buffer.toString("utf8");
}

export class LocalMailApp implements MailAppSurface {
  constructor(
    private readonly mail: LocalMail,
    private readonly currentUser: () => string,
    private readonly clock: Clock,
    private readonly log: CallLog,
  ) {}

  getRemainingDailyQuota(): number {
    this.log.count("MailApp", "getRemainingDailyQuota");
    return this.mail.remaining();
  }

  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void {
    this.log.count("MailApp", "sendEmail");
    this.mail.takeFailure();
    if (message === null || typeof message !== "object") throw new Error("Invalid argument: message");
    const to = splitRecipients(message.to);
    const cc = splitRecipients(message.cc);
    const bcc = splitRecipients(message.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new Error("Failed to send email: no recipient");
    if (message.replyTo !== undefined) splitRecipients(message.replyTo);
    this.mail.consume(count);
    const user = this.currentUser();
    const domain = user.split("@")[1] ?? "example.com";
    this.mail.record({
      from: message.noReply ? `noreply@${domain}` : user,
      name: message.name === undefined ? null : String(message.name),
      to,
      cc,
      bcc,
      replyTo: message.replyTo === undefined ? null : String(message.replyTo),
      subject: String(message.subject ?? ""),
      text: String(message.body ?? ""),
      html: message.htmlBody === undefined ? null : String(message.htmlBody),
      sentAt: this.clock.date(),
    });
  }
}
