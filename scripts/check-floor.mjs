// The browser floor, checked on a build: the shipped Wasm may use only the WebAssembly features
// of Chromium 96 and Safari 15, and the JavaScript only syntax they parse (ES2021, plus top-level
// `await` in modules). Fails, naming the file and the feature, when a build needs anything newer.
// (Why the floor is not Chromium 85: docs/deploy.md, "Which browsers can run it".)
//
//   node scripts/check-floor.mjs dist
//
// The Wasm check reads the module with only the floor's features enabled and its
// `target_features` section removed (binaryen would otherwise enable what that section lists),
// then validates it with the same features; binaryen's message names the instruction and the
// feature it needs.

import { runMain } from './lib/main.mjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'acorn';

/** WebAssembly features of Chromium 96 and Safari 15 (binaryen's names). */
export const WASM_FLOOR = [
  'mutable-globals', 'sign-ext', 'nontrapping-float-to-int', 'bulk-memory', 'bulk-memory-opt',
  'reference-types', 'call-indirect-overlong', 'multivalue',
];
/** JavaScript syntax of the same browsers. */
export const JS_FLOOR = { ecmaVersion: 2021 };

const featureArgs = ['--mvp-features', ...WASM_FLOOR.map((f) => `--enable-${f}`)];

/** Newer features a module might use, to name the one it needs (binaryen's names). */
const BEYOND = [
  'simd', 'relaxed-simd', 'threads', 'exception-handling', 'tail-call', 'extended-const',
  'memory64', 'multimemory', 'gc', 'strings', 'fp16',
];

/** Whether `file` reads and validates with the floor's features plus `extra`. */
function fits(file, dir, extra = []) {
  const args = [...featureArgs, ...extra.map((f) => `--enable-${f}`)];
  const stripped = path.join(dir, 'stripped.wasm');
  try {
    execFileSync('wasm-opt', [...args, '--strip-target-features', file, '-o', stripped], { stdio: 'pipe' });
    execFileSync('wasm-opt', [...args, stripped, '-o', path.join(dir, 'checked.wasm')], { stdio: 'pipe' });
    return { ok: true };
  } catch (err) {
    const text = `${err.stderr ?? ''}${err.stdout ?? ''}`.split('\n').filter((l) => l && !l.startsWith('warning:'));
    return { ok: false, why: text.slice(0, 2).join(' ').slice(0, 300) || String(err.message) };
  }
}

/** `null` when the module fits the floor, else the feature it needs and binaryen's reason. */
export function wasmProblem(file) {
  const dir = mkdtempSync(path.join(tmpdir(), 'yc-floor-'));
  try {
    const first = fits(file, dir);
    if (first.ok) return null;
    const needed = BEYOND.find((f) => fits(file, dir, [f]).ok);
    return `${needed ? `needs ${needed}` : 'needs a feature beyond the floor'}: ${first.why}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `null` when the script parses with the floor's syntax, else the parser's reason. */
export function jsProblem(source, { module = false } = {}) {
  try {
    parse(source, { ...JS_FLOOR, sourceType: module ? 'module' : 'script', allowAwaitOutsideFunction: module });
    return null;
  } catch (err) {
    return err.message;
  }
}

/** Every problem of a build directory, as `file: reason`. */
export function checkBuild(dist) {
  const problems = [];
  const files = readdirSync(dist);
  for (const f of files.filter((n) => n.endsWith('.wasm'))) {
    const why = wasmProblem(path.join(dist, f));
    if (why) problems.push(`${f}: a WebAssembly feature newer than the floor: ${why}`);
  }
  for (const f of files.filter((n) => n.endsWith('.js'))) {
    // The programs' glue (the public app's two programs and the staff workbench's) is loaded as
    // a module.
    const module = /^yc-(calculator|light|staff)-/.test(f);
    const why = jsProblem(readFileSync(path.join(dist, f), 'utf8'), { module });
    if (why) problems.push(`${f}: JavaScript syntax newer than the floor (${why})`);
  }
  for (const page of ['index.html', 'staff.html'].filter((p) => p === 'index.html' || files.includes(p))) {
    const html = readFileSync(path.join(dist, page), 'utf8');
    for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      const why = jsProblem(m[2], { module: /type="module"/.test(m[1]) });
      if (why) problems.push(`${page} inline script: JavaScript syntax newer than the floor (${why})`);
    }
  }
  return problems;
}

await runMain(import.meta.url, 'floor', 'build the release first (bash scripts/build.sh), then run this again', () => {
  const dist = process.argv[2] ?? 'dist';
  const problems = checkBuild(dist);
  if (problems.length) {
    for (const p of problems) console.error(`floor: ${p}`);
    process.exitCode = 1;
    return;
  }
  console.log(`floor: ${dist} runs on Chromium 96 and Safari 15 (Wasm: ${WASM_FLOOR.join(', ')}; JS: ES2021 + top-level await)`);
});
