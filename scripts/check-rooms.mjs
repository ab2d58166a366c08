// "One room for each thing" (issue 21), checked: no Rust source file over 600 lines apart from
// the data tables named below, and no function over 120 lines. Unit tests kept in a file's own
// `mod tests { … }` count towards its lines; a long test module goes to a `tests.rs` beside it.
//
//   node scripts/check-rooms.mjs [DIR...]    # default: crates/engine/src src crates/staff/src
//
// Also: the modules of the engine, of the app, of its components and of its state form no circle
// (`crate::`/`super::` names outside unit tests); and a name the page shares with the app (a local-storage key, `yc-calculator/…`) is written
// in src/keys.rs only; the page, the scripts and the tests read it from the built page's boot tag.
//
// Prints every file and function over its limit and every copied name, and exits 1 if there is
// any.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from './lib/main.mjs';

export const FILE_LINES = 600;
export const FUNCTION_LINES = 120;

/** Data tables: one row per programme, fact, slot or national criterion; long by nature. */
export const DATA_TABLES = new Set([
  'crates/engine/src/catalogue.rs',
  'crates/engine/src/facts.rs',
  'crates/engine/src/link/compact.rs',
  'crates/engine/src/national.rs',
]);

function* rustFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* rustFiles(p);
    else if (name.endsWith('.rs')) yield p;
  }
}

/** The functions of a Rust source over `limit` lines: `[name, first line, lines]`. A function
 * starts at a line whose code begins with `fn`, `pub fn`, `pub(crate) fn`, `const fn`, `async fn`
 * (…) and ends where its braces close; strings and comments are stripped before counting braces. */
export function longFunctions(text, limit = FUNCTION_LINES) {
  const lines = text.split('\n');
  const out = [];
  const start = /^\s*(pub(\([^)]*\))?\s+)?((const|async|unsafe)\s+)*fn\s+([A-Za-z0-9_]+)/;
  for (let i = 0; i < lines.length; i += 1) {
    const m = lines[i].match(start);
    if (!m) continue;
    let depth = 0;
    let opened = false;
    let j = i;
    for (; j < lines.length; j += 1) {
      const code = lines[j]
        .replace(/\/\/.*$/, '')
        .replace(/"(\\.|[^"\\])*"/g, '""')
        .replace(/'(\\.|[^'\\])'/g, "''");
      for (const c of code) {
        if (c === '{') { depth += 1; opened = true; }
        else if (c === '}') depth -= 1;
      }
      if (opened && depth <= 0) break;
      if (!opened && code.includes(';')) break; // a declaration without a body
    }
    const n = j - i + 1;
    if (opened && n > limit) out.push([m[5], i + 1, n]);
  }
  return out;
}

/**
 * The modules of one crate (`crate::<name>` at the top level of `src`) or of one folder of
 * modules (`super::<name>`), each with the modules it names outside its unit tests; then every
 * circle among them, as `a -> b -> a`.
 */
export function circles(root, dir, prefix) {
  const deps = new Map();
  const base = path.join(root, dir);
  for (const file of rustFiles(base)) {
    const rel = path.relative(base, file).split(path.sep);
    if (rel[0] === 'bin' || rel.at(-1) === 'tests.rs' || rel.includes('tests')) continue;
    const name = rel[0].replace(/\.rs$/, '');
    if (name === 'main' || name === 'lib') continue;
    const code = readFileSync(file, 'utf8').split(/#\[cfg\(test\)\]\s*mod tests\b/)[0];
    const named = [...code.matchAll(new RegExp(`\\b${prefix}::([a-z_]+)`, 'g'))].map((m) => m[1]);
    const set = deps.get(name) ?? new Set();
    for (const n of named) if (n !== name) set.add(n);
    deps.set(name, set);
  }
  const found = new Set();
  const walk = (start, node, trail) => {
    for (const next of deps.get(node) ?? []) {
      if (next === start) {
        const ring = [...trail];
        const at = ring.indexOf([...ring].sort()[0]);
        found.add([...ring.slice(at), ...ring.slice(0, at), ring[at] === ring[0] ? ring[0] : ring[at]].join(' -> '));
      } else if (deps.has(next) && !trail.includes(next)) {
        walk(start, next, [...trail, next]);
      }
    }
  };
  for (const name of deps.keys()) walk(name, name, [name]);
  return [...found].sort();
}

/** The crates and folders whose modules must form no circle. */
export const NO_CIRCLES = [
  ['crates/engine/src', 'crate'],
  ['src', 'crate'],
  ['src/components', 'super'],
  ['src/state', 'super'],
  ['crates/staff/src', 'crate'],
];

/** Where a storage key may be written: its one room, and docs that name one for a reader. */
export const KEYS_ROOM = 'src/keys.rs';
const KEY_SEARCH = ['index.html', 'staff.html', 'src', 'crates/engine/src', 'crates/staff/src', 'tests', 'scripts'];

function* sourceFiles(file) {
  if (statSync(file).isDirectory()) {
    for (const name of readdirSync(file).sort()) {
      if (name !== 'node_modules' && name !== 'golden' && name !== 'screenshots') yield* sourceFiles(path.join(file, name));
    }
  } else if (/\.(rs|mjs|js|sh|html)$/.test(file)) {
    yield file;
  }
}

/** Every line outside src/keys.rs that writes a storage key of its own. */
export function copiedKeys(root) {
  const out = [];
  for (const start of KEY_SEARCH) {
    for (const file of sourceFiles(path.join(root, start))) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      if (rel === KEYS_ROOM || rel === 'scripts/check-rooms.mjs') continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/["'`]yc-calculator\//.test(line)) out.push(`${rel}:${i + 1}: a storage key written outside ${KEYS_ROOM}`);
      });
    }
  }
  return out;
}

export function check(root, dirs) {
  const problems = copiedKeys(root);
  for (const [dir, prefix] of NO_CIRCLES) {
    for (const ring of circles(root, dir, prefix)) problems.push(`${dir}: the modules form a circle: ${ring}`);
  }
  for (const dir of dirs) {
    for (const file of rustFiles(path.join(root, dir))) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      const text = readFileSync(file, 'utf8');
      const n = text.split('\n').length - 1;
      if (n > FILE_LINES && !DATA_TABLES.has(rel)) problems.push(`${rel}: ${n} lines (over ${FILE_LINES})`);
      for (const [name, line, len] of longFunctions(text)) problems.push(`${rel}:${line}: fn ${name} is ${len} lines (over ${FUNCTION_LINES})`);
    }
  }
  return problems;
}

await runMain(import.meta.url, 'check-rooms', 'split the file or function named above (docs/contributing.md)', async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['crates/engine/src', 'src', 'crates/staff/src'];
    const problems = check(root, dirs);
    for (const p of problems) console.log(p);
    console.log(`check-rooms: ${problems.length ? `${problems.length} over the limits` : 'every file and function within the limits'} (${dirs.join(', ')})`);
    if (problems.length) process.exitCode = 1;
});
