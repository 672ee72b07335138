// Builds what clasp pushes (build/Code.js, build/Sidebar.html, build/appsscript.json) and the laptop tools
// (build/local/*.cjs). Prints nothing on success, so `npm run --silent cli -- check … --json` stays pure JSON.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
mkdirSync(join(out, 'local'), { recursive: true });

const GLOBAL = '__app';

/** Apps Script finds entry points by global name: one top-level function per export of src/main.ts. */
const buildServer = async () => {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    minify: false,
    write: false,
    logLevel: 'error',
  });
  const bundle = result.outputFiles[0].text;
  // esbuild's metafile lists no exports for an IIFE, so evaluate the bundle (it touches no service at load).
  const names = vm.runInNewContext(`${bundle}\nObject.keys(${GLOBAL});`, {});
  const wrappers = names
    .filter((n) => /^[A-Za-z_$][\w$]*$/.test(n))
    .map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`)
    .join('\n');
  writeFileSync(join(out, 'Code.js'), `${bundle}\n// Entry points Apps Script calls by name.\n${wrappers}\n`);
};

/** The sidebar: its script and style bundled and inlined into one HTML file. */
const buildSidebar = async () => {
  const page = join(root, 'src/ui/sidebar.html');
  if (!existsSync(page)) return;
  const script = await esbuild.build({
    entryPoints: [join(root, 'src/ui/sidebar.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const css = readFileSync(join(root, 'src/ui/sidebar.css'), 'utf8');
  // A replacer function, not a string: a replacement string would expand `$&` inside the minified code.
  const html = readFileSync(page, 'utf8')
    .replace('<!-- inline:style -->', () => `<style>\n${css}</style>`)
    .replace('<!-- inline:script -->', () => `<script>\n${script.outputFiles[0].text.replace(/<\/script/gi, '<\\/script')}</script>`);
  writeFileSync(join(out, 'Sidebar.html'), html);
};

/**
 * The command line and the benchmark run on Node; their npm dependencies stay in node_modules, except
 * d3-dsv: it ships only as an ES module, which Node 20 cannot require from a CommonJS file without a warning.
 */
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const BUNDLED = new Set(['d3-dsv']);
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);
const buildLocal = () =>
  esbuild.build({
    entryPoints: { cli: join(root, 'src/local/cli.ts'), bench: join(root, 'bench/run.ts') },
    outdir: join(out, 'local'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external,
    sourcemap: 'inline',
    logLevel: 'error',
  });

try {
  await Promise.all([buildServer(), buildSidebar(), buildLocal()]);
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
