// The size budget of the release build (deterministic, so a test): what a first visit downloads
// before the app can run (scripts/first-load.mjs), gzip.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIRST_LOAD_BUDGET_KB, FIRST_LOAD_TARGET_KB, firstLoad, measure } from '../../scripts/first-load.mjs';
import { DIST } from './harness.mjs';

test(`the first load stays within its budget (${FIRST_LOAD_BUDGET_KB} KB gzip)`, () => {
  const first = firstLoad(measure(DIST));
  const names = first.files.map((f) => f.name).sort();
  // index.html (with the stylesheet inline), the JS glue, the Wasm and the service worker's
  // registration: nothing missing, nothing extra.
  assert.equal(names.length, 4, names.join(', '));
  for (const pattern of [/^index\.html$/, /^yc-calculator-[0-9a-f]+\.js$/, /^yc-calculator-[0-9a-f]+_bg\.wasm$/, /^register-sw\.js$/]) {
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
