// The guideline preview, for bureau staff: a rate typed there re-evaluates the answers at once,
// every affected card and the page say "draft, not published" (in print too), the draft stays in
// this browser and never travels in a share link, and it exports as parameters-file lines.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, journey as runJourney, loadExample, openApp, screenshot, settings, sharedApp, waitForHeading, says } from './harness.mjs';

const app = sharedApp();

const TEXT = {
  zh: { results: '评估结果', preview: '指南参数预览', open: '指南参数预览（工作人员）', back: '查看结果', banner: '草稿指南参数——未发布', clear: '清除草稿参数' },
  en: { results: 'Your results', preview: 'Guideline preview', open: 'Guideline preview (for bureau staff)', back: 'See the results', banner: 'Draft guideline values — not published', clear: 'Clear the draft values' },
};

for (const lang of ['zh', 'en']) {
  test(`guideline preview: a draft rate gives the pilot amount, marked as a draft (${lang})`, async () => {
    await runJourney(
      app,
      async ({ page }) => {
        const t = TEXT[lang];
        await loadExample(page, 'new-materials-pilot');
        await waitForHeading(page, t.results);
        const pilot = page.locator('article.card[data-programme="pilot-maturation"]');
        assert.equal(await pilot.getAttribute('data-draft'), null);
        assert.equal(await page.locator('[data-draft-banner]').count(), 0);

        // The staff's tool sits in the footer's fold, out of the public's way.
        assert.equal(await page.locator('[data-open="guideline-preview"]').isVisible(), false);
        await page.locator('footer details.about summary').click();
        await page.locator('[data-open="guideline-preview"]').click();
        await waitForHeading(page, t.preview);
        const field = page.locator('li[data-parameter="pilot_rate"] input');
        await field.fill('10%');
        await page.locator('li[data-parameter="sme_innovation"] input').fill('abc');
        await page.locator('li[data-parameter="sme_innovation"] .field-error').waitFor();
        const snippet = await page.locator('#guideline-snippet').inputValue();
        assert.match(snippet, /value = "10"/);
        assert.match(snippet, /source = ""/);
        await screenshot(page, `guideline-preview-${lang}`);

        await page.locator('[data-action="see-results"]').click();
        await waitForHeading(page, t.results);
        await says(page.locator('[data-draft-banner]'), t.banner);
        assert.equal(await pilot.getAttribute('data-draft'), 'true');
        // 10 % of the countable base 15,000,000.
        assert.match(await pilot.textContent(), lang === 'zh' ? /150万元/ : /¥1,500,000/);
        // Cards that do not use the value are not marked.
        assert.equal(
          await page.locator('article.card[data-programme="hnte-first-recognition"]').getAttribute('data-draft'),
          null,
        );

        // Print keeps the banner.
        await page.emulateMedia({ media: 'print' });
        assert.ok(await page.locator('[data-draft-banner]').isVisible(), 'the banner prints');
        await page.emulateMedia({ media: 'screen' });

        // The share link (also the address of the results) carries the answers, never the draft:
        // opened in another browser, the same answers give no draft banner.
        const link = await page.locator('input#share-link').inputValue();
        assert.equal(page.url(), link);
        const other = await openApp(app, VIEWPORTS.desktop, { path: link.slice(app.origin.length), storage: settings({ lang }) });
        try {
          await waitForHeading(other.page, t.results);
          assert.equal(await other.page.locator('[data-draft-banner]').count(), 0);
          assert.equal(await other.page.locator('article.card[data-programme="pilot-maturation"]').getAttribute('data-draft'), null);
          other.guard.assertClean();
        } finally {
          await other.close();
        }

        // The draft survives a reload in this browser, until cleared.
        await page.reload();
        await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
        await page.locator('footer details.about summary').click();
        await page.locator('[data-open="guideline-preview"]').click();
        await waitForHeading(page, t.preview);
        assert.equal(await page.locator('li[data-parameter="pilot_rate"] input').inputValue(), '10%');
        await page.locator('[data-action="clear-drafts"]').click();
        await page.locator('[data-action="see-results"]').click();
        await waitForHeading(page, t.results);
        assert.equal(await page.locator('[data-draft-banner]').count(), 0);
        assert.equal(await pilot.getAttribute('data-draft'), null);
      },
      { storage: settings({ lang }) },
    );
  });
}
