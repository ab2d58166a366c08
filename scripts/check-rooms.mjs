// "One room for each thing" (issue 21), checked: no Rust source file over 600 lines apart from
// the data tables named below, and no function over 120 lines. Unit tests kept in a file's own
// `mod tests { … }` count towards its lines; a long test module goes to a `tests.rs` beside it.
//
//   node scripts/check-rooms.mjs [DIR...]    # default: crates/engine/src src
//
// Prints every file and function over its limit, and exits 1 if there is any.

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

export function check(root, dirs) {
  const problems = [];
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
    const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['crates/engine/src', 'src'];
    const problems = check(root, dirs);
    for (const p of problems) console.log(p);
    console.log(`check-rooms: ${problems.length ? `${problems.length} over the limits` : 'every file and function within the limits'} (${dirs.join(', ')})`);
    if (problems.length) process.exitCode = 1;
});
