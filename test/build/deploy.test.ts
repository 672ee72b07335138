import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm run deploy` in a copy of the project holding only the script and the given .clasp.json. */
const deployWith = (clasp: string | null, home = mkdtempSync(join(tmpdir(), 'home-'))) => {
  const root = mkdtempSync(join(tmpdir(), 'deploy-'));
  mkdirSync(join(root, 'tools'));
  copyFileSync(join(__dirname, '..', '..', 'tools', 'deploy.mjs'), join(root, 'tools', 'deploy.mjs'));
  if (clasp !== null) writeFileSync(join(root, '.clasp.json'), clasp);
  return spawnSync(process.execPath, [join(root, 'tools', 'deploy.mjs')], { encoding: 'utf8', env: { ...process.env, HOME: home } });
};

describe('npm run deploy with a script id but no clasp log-in', () => {
  it('says to log in before running any test, and pushes nothing', () => {
    const r = deployWith(JSON.stringify({ scriptId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', rootDir: 'build' }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npx clasp login');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // Not npm's complaint about a folder without package.json: the tests were never started.
    expect(r.stderr).not.toContain('package.json');
  });

  it('a log-in kept where clasp_config_auth points counts: the deploy goes on to the tests', () => {
    const home = mkdtempSync(join(tmpdir(), 'home-'));
    const auth = join(mkdtempSync(join(tmpdir(), 'auth-')), 'creds.json');
    writeFileSync(auth, '{}');
    const root = mkdtempSync(join(tmpdir(), 'deploy-'));
    mkdirSync(join(root, 'tools'));
    copyFileSync(join(__dirname, '..', '..', 'tools', 'deploy.mjs'), join(root, 'tools', 'deploy.mjs'));
    writeFileSync(join(root, '.clasp.json'), JSON.stringify({ scriptId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', rootDir: 'build' }));
    const r = spawnSync(process.execPath, [join(root, 'tools', 'deploy.mjs')], { encoding: 'utf8', env: { ...process.env, HOME: home, clasp_config_auth: auth } });
    // The copy has no package.json: npm's test run is what fails, after the log-in check passed.
    expect(r.stderr).not.toContain('not logged in');
    expect(r.status).not.toBe(0);
  });
});

describe('npm run deploy without a real script id', () => {
  it.each([
    ['the placeholder id the project ships with', JSON.stringify({ scriptId: 'PASTE_YOUR_SCRIPT_ID_HERE', rootDir: 'build' })],
    ['no .clasp.json (removed before a clasp create-script that failed)', null],
    ['a .clasp.json that is not JSON', '{ scriptId: '],
  ])('%s: says how to get one, pushes nothing, shows no stack trace', (_case, clasp) => {
    const r = deployWith(clasp);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('No Apps Script project is set in .clasp.json yet');
    expect(r.stderr).toContain('npx clasp create-script --parentId SHEET_ID --rootDir build');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
