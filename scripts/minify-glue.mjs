// Minifies the JS glue wasm-bindgen writes for a program of the public app (issue 22: it is in the
// first load), in place, with terser (a dev dependency in package-lock.json): the same module,
// its exports and the names of the Wasm's imports kept, its locals shortened, its comments and
// blank space gone (47 KB to 21 KB raw, 8.2 KB to 6.3 KB gzip for the lighter program). Run by
// scripts/build.sh on the whole program right after Trunk's build (the single file then inlines
// it minified: scripts/standalone.mjs reads either form of its export line), and on the lighter
// one before scripts/two-programs.mjs copies it and writes both programs' integrity hashes. Not
// the staff workbench's: staff.html keeps Trunk's integrity hash of its glue. The development
// server (scripts/serve.sh) serves the glue as wasm-bindgen wrote it.
//
//   node scripts/minify-glue.mjs <dir> <program name: yc-calculator | yc-light>

import { runMain } from './lib/main.mjs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { minify } from 'terser';

/** The options: an ES module (top-level names may be shortened; exports keep theirs), no syntax
 *  newer than the build's floor (Chromium 96, Safari 15: scripts/check-floor.mjs). */
export const OPTIONS = {
  module: true,
  ecma: 2020,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false },
};

/** The glue minified. */
export async function minifyGlue(code) {
  const out = await minify(code, OPTIONS);
  if (!out.code) throw new Error('terser returned no code');
  return out.code;
}

/** Minifies `<program>-<hash>.js` in `dir` in place; its name and size before and after. */
export async function minifyProgram(dir, program) {
  const re = new RegExp(`^${program}-[0-9a-f]+\\.js$`);
  const files = (await readdir(dir)).filter((f) => re.test(f));
  if (files.length !== 1) throw new Error(`expected one ${program}-<hash>.js in ${dir}, found ${files.join(', ') || 'none'}`);
  const file = path.join(dir, files[0]);
  const code = await readFile(file, 'utf8');
  const small = await minifyGlue(code);
  await writeFile(file, small);
  return { name: files[0], before: code.length, after: small.length };
}

await runMain(import.meta.url, 'minify-glue', 'give it a build directory and a program name (bash scripts/build.sh runs it); npm ci installs terser from package-lock.json', async () => {
  const [dir, program] = process.argv.slice(2);
  if (!dir || !program) throw new Error('usage: node scripts/minify-glue.mjs <dir> <yc-calculator | yc-light>');
  const { name, before, after } = await minifyProgram(dir, program);
  console.log(`minify-glue: ${name} ${before.toLocaleString('en-US')} -> ${after.toLocaleString('en-US')} bytes`);
});
