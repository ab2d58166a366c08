// Nothing a link can carry kills the page. The crafted links that once aborted the release build
// (a sum past what a Decimal holds, after 亿 or 万, in money and in counts) and a corpus of
// generated hostile links are opened in the running release build: the page must stay alive
// (its heading shows, no page error, no console error) and say what it dropped.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journey as runJourney, sharedApp, waitForReady } from './harness.mjs';

const app = sharedApp();

/** Opens `fragment` as a fresh load of the app (not a same-document hash change). */
async function open(page, fragment) {
  await page.goto('about:blank');
  await page.goto(`${app.origin}/#${fragment}`, { waitUntil: 'load' });
  await waitForReady(page);
}

const OVERFLOW = '79228162514264337593543950335';

const REPRODUCERS = [
  { fragment: `v=1&revenue=1亿${OVERFLOW}`, key: '收入' },
  { fragment: `v=1&revenue=1万${OVERFLOW}`, key: '收入' },
  { fragment: `v=1&employees=1亿${OVERFLOW}`, key: '职工总数' },
  { fragment: `v=1&employees=1万${OVERFLOW}`, key: '职工总数' },
  { fragment: `v=1&revenue=${encodeURIComponent(`1亿${OVERFLOW}`)}`, key: '收入' },
];

for (const { fragment, key } of REPRODUCERS) {
  test(`a crafted link no longer kills the page: ${fragment.slice(0, 40)}…`, async () => {
    await runJourney(
      app,
      async ({ page }) => {
        const notice = page.locator('[data-notice="warning"]');
        await notice.waitFor();
        const items = (await notice.locator('li').allTextContents()).map((t) => t.trim());
        assert.ok(
          items.some((t) => t.includes(key) && t.includes('过大')),
          `the dropped value is named as too large: ${items.join(' | ')}`,
        );
      },
      { path: `/#${fragment}` },
    );
  });
}

/** A small deterministic generator, so the corpus is the same on every run. */
function xorshift(seed) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

const KEYS = ['revenue', 'employees', 'rd_expense', 'hnte_date', 'industries', 'location', 'innovation_score',
  'hnte_supported_this_year', 'pilot_investment', 'd', 'v', 'bogus', '', '%', '%E4%B8', 'revenue%00'];
const PIECES = [OVERFLOW, '9'.repeat(40), '1亿', '万', '万万', '亿亿', '千万', '1万亿', '.5', '1e308', '-0', '－５',
  '１２', ',', ',,,', '%', '%FF', '%E4%B8', '%C0%AF', '\u202e', '😀', '0000-00-00', '2024-+1-+1', '9999-12-31',
  'software+wine+mars', 'y', 'n', '=', '&', '+', ' ', '\u00a0', '¥', '元', '名', '<script>', '"', "'", '\\'];

function generatedFragment(next) {
  const pairs = [];
  const n = 1 + (next() % 8);
  for (let i = 0; i < n; i += 1) {
    const key = KEYS[next() % KEYS.length];
    let value = '';
    const parts = next() % 5;
    for (let j = 0; j < parts; j += 1) value += PIECES[next() % PIECES.length];
    pairs.push(`${key}=${value}`);
  }
  if (next() % 4 !== 0) pairs.unshift('v=1');
  // Now and then a link far over the length limit.
  if (next() % 25 === 0) pairs.push(`revenue=${'9'.repeat(5000)}`);
  return pairs.join('&');
}

test('a corpus of 80 generated hostile links: the page stays alive on every one', async () => {
  const next = xorshift(20261126);
  await runJourney(app, async ({ page, guard }) => {
    for (let i = 0; i < 80; i += 1) {
      const fragment = generatedFragment(next);
      await open(page, fragment);
      const h1 = await page.locator('h1#page-heading').textContent();
      assert.ok(h1 && h1.trim().length > 0, `link ${i} (${fragment}): the page shows a heading`);
      assert.deepEqual(guard.problems, [], `link ${i} (${fragment}): the page misbehaved`);
    }
  });
});
