// MailApp in the local runtime: the daily quota counts recipients and resets at midnight in the script's time zone,
// injected failures, and every message written as a real MIME .eml that mailparser reads back exactly.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { createLocalRuntime, loadBundle, MAIL_QUOTA_MESSAGE, subjectSlug } from "../../../src/local/runtime";

const MORNING = new Date("2024-09-02T07:00:00Z"); // 10:00 in Moscow

function outbox(): string {
  return mkdtempSync(join(tmpdir(), "outbox-"));
}

test("the quota counts recipients, not messages, and sending past it throws as Apps Script does", () => {
  const rt = createLocalRuntime({ now: MORNING, mailQuota: 5 });
  const mail = rt.globals.MailApp;
  expect(mail.getRemainingDailyQuota()).toBe(5);
  mail.sendEmail({ to: "a@school.example, b@school.example", cc: "c@school.example", subject: "S", body: "B" });
  expect(mail.getRemainingDailyQuota()).toBe(2);
  expect(() => mail.sendEmail({ to: "a@x.example,b@x.example,c@x.example", subject: "S", body: "B" })).toThrow(
    new Error(MAIL_QUOTA_MESSAGE),
  );
  expect(mail.getRemainingDailyQuota()).toBe(2);
  mail.sendEmail({ to: "a@x.example", bcc: "b@x.example", subject: "S", body: "B" });
  expect(mail.getRemainingDailyQuota()).toBe(0);
  expect(() => mail.sendEmail({ to: "a@x.example", subject: "S", body: "B" })).toThrow(MAIL_QUOTA_MESSAGE);
  expect(rt.mail.sent).toHaveLength(2);
  expect(rt.calls.get("MailApp.sendEmail")).toBe(4);
  expect(rt.calls.get("MailApp.getRemainingDailyQuota")).toBe(4);
});

test("the quota resets when the clock reaches the next day in the script's time zone", () => {
  // 20:30 UTC is 23:30 in Moscow: half an hour later it is the next day there, though not yet in UTC.
  const rt = createLocalRuntime({ now: new Date("2024-09-02T20:30:00Z"), mailQuota: 1, scriptTimeZone: "Europe/Moscow" });
  rt.globals.MailApp.sendEmail({ to: "a@x.example", subject: "S", body: "B" });
  expect(rt.globals.MailApp.getRemainingDailyQuota()).toBe(0);
  rt.clock.advance(20 * 60000);
  expect(rt.globals.MailApp.getRemainingDailyQuota()).toBe(0);
  rt.clock.advance(10 * 60000);
  expect(rt.globals.MailApp.getRemainingDailyQuota()).toBe(1);
  rt.globals.MailApp.sendEmail({ to: "a@x.example", subject: "S", body: "B" });
  expect(rt.globals.MailApp.getRemainingDailyQuota()).toBe(0);
});

test("the default quota is 100 recipients", () => {
  expect(createLocalRuntime().globals.MailApp.getRemainingDailyQuota()).toBe(100);
});

test("failNext makes the next n sends throw without sending or using quota", () => {
  const rt = createLocalRuntime({ now: MORNING });
  rt.mail.failNext(2, "Service unavailable: Gmail");
  const send = () => rt.globals.MailApp.sendEmail({ to: "a@x.example", subject: "S", body: "B" });
  expect(send).toThrow("Service unavailable: Gmail");
  expect(send).toThrow("Service unavailable: Gmail");
  send();
  expect(rt.mail.sent).toHaveLength(1);
  expect(rt.globals.MailApp.getRemainingDailyQuota()).toBe(99);
});

test("sends without recipients or with a malformed address throw", () => {
  const rt = createLocalRuntime();
  expect(() => rt.globals.MailApp.sendEmail({ subject: "S", body: "B" })).toThrow("no recipient");
  expect(() => rt.globals.MailApp.sendEmail({ to: "not an address", subject: "S", body: "B" })).toThrow("Invalid email");
  expect(rt.mail.sent).toHaveLength(0);
});

test("every message is recorded at once with the clock's time, sender and recipients", () => {
  const rt = createLocalRuntime({ now: MORNING, user: "desk@school.example" });
  rt.globals.MailApp.sendEmail({
    to: "a@x.example, b@x.example",
    cc: "c@x.example",
    subject: "Hi",
    body: "Text",
    htmlBody: "<p>Text</p>",
    name: "Help desk",
  });
  const [m] = rt.mail.sent;
  expect(m).toMatchObject({
    from: "desk@school.example",
    name: "Help desk",
    to: ["a@x.example", "b@x.example"],
    cc: ["c@x.example"],
    subject: "Hi",
    text: "Text",
    html: "<p>Text</p>",
    sentAt: MORNING,
    file: null,
    mime: null,
  });
});

test("the .eml files parse with mailparser and show subject, text and HTML exactly", async () => {
  const dir = outbox();
  const rt = createLocalRuntime({ now: MORNING, outboxDir: dir, user: "desk@school.example" });
  const subject = "Заявка №12: не работает проектор в кабинете 204";
  const text = "Здравствуйте!\nПроектор в 204 не включается.\n\nСлужба поддержки";
  const html = "<p>Здравствуйте!</p><p>Проектор в <b>204</b> не включается.</p>";
  rt.globals.MailApp.sendEmail({ to: "teacher@school.example", cc: "head@school.example", subject, body: text, htmlBody: html, name: "Служба поддержки", replyTo: "help@school.example" });
  rt.globals.MailApp.sendEmail({ to: "b@school.example", subject: "Second", body: "plain only" });
  await rt.mail.flush();

  expect(readdirSync(dir).sort()).toEqual(["0001-заявка-12-не-работает-проектор-в", "0002-second"].map((f) => `${f}.eml`));
  const raw = readFileSync(join(dir, readdirSync(dir).sort()[0]!), "utf8");
  expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
  expect(rt.mail.sent[0]!.mime).toBe(raw);

  const parsed = await simpleParser(raw);
  expect(parsed.subject).toBe(subject);
  expect(parsed.text).toBe(text);
  expect(parsed.html).toBe(html);
  expect(parsed.from?.value).toEqual([{ name: "Служба поддержки", address: "desk@school.example" }]);
  expect(parsed.date?.getTime()).toBe(MORNING.getTime());
  const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
  expect(to?.value.map((a) => a.address)).toEqual(["teacher@school.example"]);
  expect(parsed.replyTo?.value[0]?.address).toBe("help@school.example");

  const plain = await simpleParser(readFileSync(join(dir, "0002-second.eml")));
  expect(plain.text).toBe("plain only");
  expect(plain.html).toBe(false);
});

test("without an outbox folder the MIME text is kept in memory after flush", async () => {
  const rt = createLocalRuntime({ now: MORNING });
  rt.globals.MailApp.sendEmail({ to: "a@x.example", subject: "Привет", body: "Тело" });
  expect(rt.mail.sent[0]!.mime).toBeNull();
  await rt.mail.flush();
  const parsed = await simpleParser(rt.mail.sent[0]!.mime!);
  expect([parsed.subject, parsed.text]).toEqual(["Привет", "Тело"]);
});

test("file numbers continue after the .eml files already in the outbox", async () => {
  const dir = outbox();
  writeFileSync(join(dir, "0007-old.eml"), "");
  const rt = createLocalRuntime({ now: MORNING, outboxDir: dir });
  rt.globals.MailApp.sendEmail({ to: "a@x.example", subject: "", body: "" });
  await rt.mail.flush();
  expect(rt.mail.sent[0]!.file).toBe(join(dir, "0008-message.eml"));
  expect(subjectSlug("  Re: ДЕЖУРСТВО / 5А!! ")).toBe("re-дежурство-5а");
});

test("a script's sendEmail runs as the trigger owner and the quota holds inside the bundle", () => {
  const rt = createLocalRuntime({ now: MORNING, mailQuota: 1 });
  loadBundle(rt, "function notify(to) { MailApp.sendEmail({ to: to, subject: 'x', body: 'y' }); return MailApp.getRemainingDailyQuota(); }");
  expect(rt.bundle!.callAs("owner@school.example", "notify", "a@x.example")).toBe(0);
  expect(rt.mail.sent[0]!.from).toBe("owner@school.example");
  expect(() => rt.bundle!.call("notify", "b@x.example")).toThrow(MAIL_QUOTA_MESSAGE);
});

test("single-part messages read back exactly, ending with a line break or not", async () => {
  const rt = createLocalRuntime({ now: MORNING });
  const bodies = ["ascii", "ends with newline\n", "", "Кириллица\nбез перевода строки в конце"];
  for (const body of bodies) rt.globals.MailApp.sendEmail({ to: "a@x.example", subject: "s", body });
  rt.globals.MailApp.sendEmail({ to: "a@x.example", subject: "s", body: "", htmlBody: "<p>только HTML</p>" });
  await rt.mail.flush();
  const parsed = await Promise.all(rt.mail.sent.map((m) => simpleParser(m.mime!)));
  expect(parsed.slice(0, 4).map((p) => p.text ?? "")).toEqual(bodies);
  expect(parsed[4]!.html).toBe("<p>только HTML</p>");
});
