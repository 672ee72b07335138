// `npm run deploy`: build, run every check, then push build/ to the Apps Script project with clasp.
// Without a real script id it says how to get one instead of letting clasp fail obscurely.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Step 2a/2b below removes .clasp.json first: if clasp then failed, there is no file, which is the same
// as no project yet. A file that is not JSON is said to be so, not shown as a stack trace.
const claspFile = join(root, '.clasp.json');
let clasp = {};
if (existsSync(claspFile)) {
  try {
    clasp = JSON.parse(readFileSync(claspFile, 'utf8'));
  } catch (e) {
    console.error(`.clasp.json is not valid JSON (${e.message}). Fix it, or remove it and follow the steps below.`);
  }
}

if (!/^[\w-]{20,}$/.test(clasp.scriptId ?? '') || /PASTE|YOUR/i.test(clasp.scriptId)) {
  console.error(`No Apps Script project is set in .clasp.json yet (scriptId is "${clasp.scriptId ?? ''}").

Get one of these ways, then run \`npm run deploy\` again:
  1. Log in once:              npx clasp login
     (first turn on "Google Apps Script API" at https://script.google.com/home/usersettings)
  2a. A new Sheet:             rm .clasp.json && npx clasp create-script --type sheets --title "Help desk" --rootDir build
  2b. Your school's Sheet:     rm .clasp.json && npx clasp create-script --parentId SHEET_ID --rootDir build
      (SHEET_ID is the long id in the Sheet's address: /spreadsheets/d/SHEET_ID/edit)
  2c. Or open the Sheet, Extensions > Apps Script > Project Settings, copy the Script ID
      and paste it as "scriptId" in .clasp.json (keep "rootDir": "build").`);
  process.exit(1);
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// Without clasp's log-in the push would fail after five minutes of tests: say so first. clasp reads it from
// ~/.clasprc.json, or from the file or folder its clasp_config_auth setting names.
const authSetting = process.env.clasp_config_auth;
const authFile = authSetting ? (existsSync(authSetting) && statSync(authSetting).isDirectory() ? join(authSetting, '.clasprc.json') : authSetting) : join(process.env.HOME ?? homedir(), '.clasprc.json');
if (!existsSync(authFile)) {
  console.error(`clasp is not logged in on this machine (no ${authFile}). Run \`npx clasp login\` once, then \`npm run deploy\` again.`);
  process.exit(1);
}

run('npm', ['test']);
// --force: a changed manifest is otherwise skipped when clasp is not interactive.
run('npx', ['clasp', 'push', '--force']);
