// The npm registry this project installs from serves only the platform packages of this machine's kind:
// `npm install` leaves the others (biome's, swc's, jest's resolver bindings for macOS, Windows, Android…)
// out of package-lock.json, and `npm ci` then refuses the lock ("Missing: … from lock file"). This adds
// each missing optional package as an optional entry; `npm ci` skips an optional package it cannot fetch
// or that does not fit the platform, exactly as it would with the full lock. Run it after changing
// dependencies: `npm install && node tools/complete-lock.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

/** What a platform package's name says about where it runs: `cli-darwin-arm64`, `core-win32-x64-msvc`. */
const platformOf = (name) => {
  const os = /(?:^|-)(android|darwin|freebsd|linux|openbsd|sunos|win32|openharmony|netbsd|aix)(?:-|$)/.exec(name)?.[1];
  const cpu = /(?:^|-)(arm64|arm|x64|ia32|ppc64|s390x|riscv64|loong64|wasm32|mips64el)(?:-|$)/.exec(name)?.[1];
  const libc = /-musl(?:-|$)|musleabihf/.test(name) ? 'musl' : os === 'linux' ? 'glibc' : undefined;
  return { os, cpu, libc };
};

let added = 0;
for (const [path, entry] of Object.entries({ ...packages })) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (packages[`${path}/node_modules/${name}`] || packages[`node_modules/${name}`]) continue;
    const { os, cpu, libc } = platformOf(name.split('/').pop());
    packages[`node_modules/${name}`] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform packages added`);
