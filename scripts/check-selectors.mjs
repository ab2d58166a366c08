#!/usr/bin/env node
// The journeys find what they click and read by `data-*` attributes and roles, not by wording, so
// a copy edit in texts/zh.toml or texts/en.toml never breaks them. This check fails, naming file
// and line, when a journey locates an element by its words: a role's accessible `name:`, a
// `hasText:` filter, `getByText(`, `getByLabel(`, `:has-text(` or `text=`. Where the point of a
// step is what the page says, the journey finds the element first and then asserts its words
// with the harness's `says(locator, text)` or `pageSays(page, text)`.
//
//   node scripts/check-selectors.mjs [file …]   # default: tests/e2e/*.test.mjs, tests/engines/*.mjs

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BY_WORDS = [
  [/getByRole\([^)]*\bname:/, 'a role found by its accessible name'],
  [/\bhasText:/, 'a hasText filter'],
  [/\bgetByText\(/, 'getByText'],
  [/\bgetByLabel\(/, 'getByLabel'],
  [/:has-text\(/, ':has-text'],
  [/['"`]text=/, 'a text= selector'],
];

function defaultFiles() {
  const e2e = path.join(ROOT, 'tests/e2e');
  const engines = path.join(ROOT, 'tests/engines');
  return [
    ...readdirSync(e2e).filter((f) => f.endsWith('.test.mjs')).map((f) => path.join(e2e, f)),
    ...readdirSync(engines).filter((f) => f.endsWith('.mjs')).map((f) => path.join(engines, f)),
  ];
}

const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : defaultFiles();
const problems = [];
for (const file of files) {
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.trim().startsWith('//')) continue;
    for (const [re, what] of BY_WORDS) {
      if (re.test(line)) problems.push(`${path.relative(ROOT, file)}:${i + 1}: ${what}: ${line.trim().slice(0, 100)}`);
    }
  }
}
if (problems.length) {
  console.log(problems.join('\n'));
  console.log(
    `check-selectors: ${problems.length} element(s) found by their words: give the element a data-* attribute (data-action="…" on a button) and find it by that; assert its words with says()`,
  );
  process.exit(1);
}
console.log(`check-selectors: ${files.length} files find elements by attributes and roles, not by wording`);
