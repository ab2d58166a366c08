// The size budgets of the release build (deterministic, so tests): what a first visit downloads
// before the app can run (scripts/first-load.mjs), gzip, without and with the texts file of the
// page's language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIRST_LOAD_BUDGET_KB, FIRST_LOAD_TARGET_KB, RESULTS_LOAD_BUDGET_KB, STAFF_BUDGET_KB, WITH_TEXTS_BUDGET_KB, firstLoad, measure, resultsLoad, staffLoad, withTexts } from '../../scripts/first-load.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './harness.mjs';

test(`the first load stays within its budget (${FIRST_LOAD_BUDGET_KB} KB gzip)`, () => {
  const first = firstLoad(measure(DIST));
  const names = first.files.map((f) => f.name).sort();
  // index.html (with the stylesheet inline), the lighter program's JS glue and Wasm (no results
  // page: scripts/two-programs.mjs) and the service worker's registration: nothing missing,
  // nothing extra.
  assert.equal(names.length, 4, names.join(', '));
  for (const pattern of [/^index\.html$/, /^yc-light-[0-9a-f]+\.js$/, /^yc-light-[0-9a-f]+_bg\.wasm$/, /^register-sw\.js$/]) {
    assert.ok(names.some((n) => pattern.test(n)), `${pattern} is in the first load: ${names.join(', ')}`);
  }
  const kb = (n) => (n / 1024).toFixed(1);
  const detail = first.files.map((f) => `${f.name} ${f.gzip.toLocaleString('en-US')}`).join(', ');
  assert.ok(
    first.gzip <= FIRST_LOAD_BUDGET_KB * 1024,
    `first load ${kb(first.gzip)} KB gzip is over the budget of ${FIRST_LOAD_BUDGET_KB} KB ` +
      `(target ${FIRST_LOAD_TARGET_KB} KB): ${detail}. See where the bytes go: node scripts/size-report.mjs dist`,
  );
});

test(`a visit that starts on results loads the whole program alone, within its budget (${RESULTS_LOAD_BUDGET_KB} KB gzip)`, () => {
  const rows = measure(DIST);
  const onResults = resultsLoad(rows);
  const names = onResults.files.map((f) => f.name).sort();
  assert.equal(names.length, 5, names.join(', '));
  for (const pattern of [/^index\.html$/, /^results-[0-9a-f]+\.css$/, /^yc-calculator-[0-9a-f]+\.js$/, /^yc-calculator-[0-9a-f]+_bg\.wasm$/, /^register-sw\.js$/]) {
    assert.ok(names.some((n) => pattern.test(n)), `${pattern} is in the load of a visit that starts on results: ${names.join(', ')}`);
  }
  const detail = onResults.files.map((f) => `${f.name} ${f.gzip.toLocaleString('en-US')}`).join(', ');
  assert.ok(
    onResults.gzip <= RESULTS_LOAD_BUDGET_KB * 1024,
    `a visit that starts on results loads ${(onResults.gzip / 1024).toFixed(1)} KB gzip, over the budget of ${RESULTS_LOAD_BUDGET_KB} KB: ${detail}`,
  );
  // The lighter program is smaller than the whole one, or it has no reason to be.
  const wasm = (re) => rows.find((r) => re.test(r.name)).gzip;
  assert.ok(wasm(/^yc-light-[0-9a-f]+_bg\.wasm$/) < wasm(/^yc-calculator-[0-9a-f]+_bg\.wasm$/));
});

test(`the first load with the texts file of the page's language stays within its budget (${WITH_TEXTS_BUDGET_KB} KB gzip)`, () => {
  const rows = measure(DIST);
  const both = withTexts(rows);
  assert.ok(both.texts, 'the build has its texts files');
  // Both languages' files are there, each in two parts (the lighter program's, first, and the
  // rest, which comes with the whole program); the budget holds for the larger first part.
  assert.equal(rows.filter((r) => /^texts-(zh|en)-[0-9a-f]{16}\.txt$/.test(r.name)).length, 2);
  assert.equal(rows.filter((r) => /^texts-rest-(zh|en)-[0-9a-f]{16}\.txt$/.test(r.name)).length, 2);
  assert.match(both.texts.name, /^texts-(zh|en)-[0-9a-f]{16}\.txt$/, 'the first part, not the rest');
  const kb = (n) => (n / 1024).toFixed(1);
  assert.ok(
    both.gzip <= WITH_TEXTS_BUDGET_KB * 1024,
    `first load + ${both.texts.name} ${kb(both.gzip)} KB gzip is over the budget of ${WITH_TEXTS_BUDGET_KB} KB ` +
      `(first load ${firstLoad(rows).gzip.toLocaleString('en-US')}, texts ${both.texts.gzip.toLocaleString('en-US')})`,
  );
});

test(`the staff workbench's first load stays within its budget (${STAFF_BUDGET_KB} KB gzip), and none of it is in the public one`, () => {
  const rows = measure(DIST);
  const staff = staffLoad(rows);
  const names = staff.files.map((f) => f.name).sort();
  // staff.html (its stylesheets inline), its JS glue and Wasm, and every texts file (both
  // languages, both parts).
  for (const pattern of [/^staff\.html$/, /^yc-staff-[0-9a-f]+\.js$/, /^yc-staff-[0-9a-f]+_bg\.wasm$/, /^texts-(zh|en)-[0-9a-f]{16}\.txt$/, /^texts-rest-(zh|en)-[0-9a-f]{16}\.txt$/]) {
    assert.ok(names.some((n) => pattern.test(n)), `${pattern} is in the staff page's load: ${names.join(', ')}`);
  }
  assert.equal(names.length, 7, names.join(', '));
  assert.ok(!firstLoad(rows).files.some((f) => /staff/.test(f.name)), 'the public first load holds no staff file');
  const detail = staff.files.map((f) => `${f.name} ${f.gzip.toLocaleString('en-US')}`).join(', ');
  assert.ok(staff.gzip <= STAFF_BUDGET_KB * 1024, `the staff page's load ${(staff.gzip / 1024).toFixed(1)} KB gzip is over ${STAFF_BUDGET_KB} KB: ${detail}`);
});

test('the lighter program carries no JSON library (its autosave, handover and settings are plain text)', () => {
  const rows = measure(DIST);
  const bytes = (re) => readFileSync(path.join(DIST, rows.find((r) => re.test(r.name)).name));
  // serde_json's own error texts: in the whole program, which reads answer files, and only there.
  const probe = 'EOF while parsing';
  assert.ok(bytes(/^yc-calculator-[0-9a-f]+_bg\.wasm$/).includes(probe), 'the probe is a text of serde_json the whole program holds');
  assert.ok(!bytes(/^yc-light-[0-9a-f]+_bg\.wasm$/).includes(probe), 'the lighter program holds no serde_json');
});

test('the lighter program carries no citation, the whole one and the workbench every one (the engine\'s `citations`)', () => {
  const rows = measure(DIST);
  const bytes = (re) => readFileSync(path.join(DIST, rows.find((r) => re.test(r.name)).name));
  // Every programme's quote and every national criterion's basis, read from the engine's source
  // (`crate::cited!("…")`); the parameters' sources are written by its build script the same way.
  const root = path.join(path.dirname(new URL(import.meta.url).pathname), '../..');
  const cited = ['catalogue.rs', 'national.rs'].flatMap((f) =>
    [...readFileSync(path.join(root, 'crates/engine/src', f), 'utf8').matchAll(/crate::cited!\(\s*"((?:[^"\\]|\\.)*)"\s*\)/g)].map((m) => m[1]));
  assert.ok(cited.length >= 50, `the engine's citations were read: ${cited.length}`);
  const light = bytes(/^yc-light-[0-9a-f]+_bg\.wasm$/);
  const whole = bytes(/^yc-calculator-[0-9a-f]+_bg\.wasm$/);
  const staff = bytes(/^yc-staff-[0-9a-f]+_bg\.wasm$/);
  for (const c of cited) {
    assert.ok(whole.includes(Buffer.from(c)), `the whole program shows «${c}»`);
    assert.ok(staff.includes(Buffer.from(c)), `the staff workbench shows «${c}»`);
    assert.ok(!light.includes(Buffer.from(c)), `the lighter program, which shows no card, carries «${c}»`);
  }
});
