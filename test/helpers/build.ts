/** The built artefacts under test: `npm test` builds first, so tests read what clasp would push. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const BUILD = join(ROOT, 'build');

const ensureBuilt = (): void => {
  if (!existsSync(join(BUILD, 'Code.js')) || !existsSync(join(BUILD, 'local', 'cli.cjs'))) {
    execFileSync(process.execPath, [join(ROOT, 'tools', 'build.mjs')]);
  }
};

export const builtCode = (): string => {
  ensureBuilt();
  return readFileSync(join(BUILD, 'Code.js'), 'utf8');
};

/** Runs the built command line as a person would, with no terminal. */
export const runBuiltCli = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  ensureBuilt();
  const r = spawnSync(process.execPath, [join(BUILD, 'local', 'cli.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
