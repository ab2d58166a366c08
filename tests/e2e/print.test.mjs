// Print as an enterprise takes it away: a summary first (the enterprise's name if typed, the date,
// the rule version, the money and the services), then the answers given, then the details; the
// programmes that do not apply only when asked for; no disclosure arrows; every figure's steps;
// 2–3 A4 pages for each example, counted in Chromium's own print-to-PDF, in both languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROFILE_KEY, VIEWPORTS, journey, loadExample, savedAnswers, settings, sharedApp } from './harness.mjs';

const app = sharedApp();
const EXAMPLES = ['software-startup', 'state-manufacturer', 'new-materials-pilot', 'team-biotech'];

/** The number of pages of a PDF made by Chromium. */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

for (const lang of ['zh', 'en']) {
  test(`every example prints on 2–3 A4 pages (${lang})`, async () => {
    await journey(app, async ({ page }) => {
      const counts = {};
      for (const id of EXAMPLES) {
        await page.evaluate((k) => localStorage.removeItem(k), PROFILE_KEY);
        await page.goto(new URL('/', page.url()).href);
        await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
        await loadExample(page, id);
        // Counted with every figure's steps printed (plan.test.mjs checks them line by line).
        await page.emulateMedia({ media: 'print' });
        const folded = await page.locator('article.card details[data-arithmetic] ol').evaluateAll((ols) =>
          ols.filter((ol) => getComputedStyle(ol.closest('article.card')).display !== 'none' && ol.getClientRects().length === 0).length,
        );
        assert.equal(folded, 0, `${id}: every printed card's steps print`);
        await page.emulateMedia({ media: null }); // page.pdf() prints with the print media unless told otherwise
        counts[id] = pageCount(await page.pdf({ format: 'A4' }));
      }
      console.log(`printed pages (${lang}): ${JSON.stringify(counts)}`);
      for (const [id, n] of Object.entries(counts)) assert.ok(n >= 1 && n <= 3, `${id}: ${n} pages`);
    }, { storage: settings({ lang }) });
  });
}

test('print puts the summary and the answers first, hides what does not apply unless asked, and shows no arrows', async () => {
  await journey(app, async ({ page }) => {
    await loadExample(page, 'software-startup');
    const summary = page.locator('[data-print="summary"]');
    assert.equal(await summary.isVisible(), false, 'on screen the print summary is hidden');

    await page.locator('details[data-menu="save-share"] > summary').click();
    await page.locator('#print-name').fill('银川示例软件有限公司');

    await page.emulateMedia({ media: 'print' });
    assert.equal(await summary.isVisible(), true);
    assert.match(await summary.textContent(), /企业：银川示例软件有限公司/);
    // The date and every version the result rests on (the page footer's version line is not printed twice).
    assert.match(await summary.textContent(), /评估日期 2026-11-26 · 规则版本 \d{4}\.\d{2}-\d+ · 参数版本 \S+ · 内容校验码 [0-9a-f]{16} · yc2022-029（2022-09-14）/);
    assert.ok((await summary.locator('.print-money tbody tr').count()) > 0, 'the money, programme by programme');
    assert.ok((await summary.locator('.print-services li').count()) > 0, 'the services');
    const answers = await page.locator('[data-print="answers"] .print-answer').count();
    const saved = await savedAnswers(page);
    assert.equal(answers, Object.keys(saved).length, 'every answer given is printed');

    // Order: summary, answers, then the first card.
    const order = await page.evaluate(() => {
      const y = (sel) => document.querySelector(sel).getBoundingClientRect().top;
      return [y('[data-print="summary"]'), y('[data-print="answers"]'), y('article.card')];
    });
    assert.ok(order[0] < order[1] && order[1] < order[2], `order ${order}`);

    const hidden = (sel) => page.evaluate((s) => [...document.querySelectorAll(s)].every((e) => getComputedStyle(e).display === 'none'), sel);
    assert.ok(await hidden('.not-eligible-group'), '“not eligible” is not printed by default');
    assert.ok(await hidden('.card .why'), 'no why-lists in print');
    const markers = await page.evaluate(() => [...document.querySelectorAll('summary')].map((s) => getComputedStyle(s).listStyleType));
    assert.ok(markers.every((m) => m === 'none'), `no disclosure arrows: ${markers}`);

    await page.emulateMedia({ media: 'screen' });
    await page.locator('#print-not-eligible').check();
    await page.emulateMedia({ media: 'print' });
    assert.ok(!(await hidden('.not-eligible-group')), 'printed when asked for');
    // The enterprise's name is never saved nor put in the link.
    assert.ok(!(await page.evaluate(() => JSON.stringify(localStorage))).includes('银川示例软件'));
    assert.ok(!page.url().includes(encodeURIComponent('银川示例软件')));
  }, { viewport: VIEWPORTS.desktop });
});
