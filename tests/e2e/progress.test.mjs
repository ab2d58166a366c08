// Progress as the questions that matter now: the count of answered-of-relevant, questions that
// appear or vanish announced in a live region (named), and "去回答" on a card landing on the
// question itself, focused and on screen. On a 360 px phone and on desktop.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, journey, sharedApp, waitForHeading } from './harness.mjs';

const app = sharedApp();

for (const [label, viewport] of [['phone', VIEWPORTS.phone], ['desktop', VIEWPORTS.desktop]]) {
  test(`questions that appear or vanish on a step are announced (${label})`, async () => {
    await journey(app, async ({ page }) => {
      await page.locator('[data-start="true"]').click();
      await waitForHeading(page, '基本情况');
      const status = page.locator('p.step-change[role="status"][aria-live="polite"]');
      assert.equal(await status.count(), 1, 'the live region is there before anything changes');
      assert.equal((await status.textContent()).trim(), '');

      await page.locator('[data-fact="location"] input[value="outside"]').check();
      await page.locator('[data-fact="state_owned"]').waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.querySelector('p.step-change').textContent.includes('不再需要回答'));
      const removed = Number((await status.textContent()).match(/有 (\d+) 个问题不再需要回答/)[1]);
      assert.ok(removed >= 3, `${removed} removed`);

      await page.locator('[data-fact="location"] input[value="jinfeng"]').check();
      await page.locator('[data-fact="state_owned"]').waitFor();
      await page.waitForFunction(() => document.querySelector('p.step-change').textContent.includes('新增'));
      const text = await status.textContent();
      assert.match(text, new RegExp(`本步新增 ${removed} 个问题：`));
      assert.match(text, /国有企业/, 'the new questions are named');
      assert.match(await page.locator('.progress-text').textContent(), /已回答 1 个；按目前的回答，共 \d+ 个相关问题/);
    }, { viewport });
  });

  test(`"去回答" on a card opens the question, focused and on screen (${label})`, async () => {
    await journey(app, async ({ page }) => {
      // A link with one answer opens on results where most cards wait for answers.
      await waitForHeading(page, '评估结果');
      const item = page.locator('.missing li[data-fact]').first();
      const fact = await item.getAttribute('data-fact');
      await item.getByRole('button').click();
      await page.locator('section.step').waitFor();
      await page.waitForFunction((f) => document.activeElement?.closest('[data-fact]')?.getAttribute('data-fact') === f, fact);
      // The whole question is on screen from its label: the field's top and the input itself.
      const inView = await page.evaluate(() => {
        const field = document.activeElement.closest('[data-fact]').getBoundingClientRect();
        const input = document.activeElement.getBoundingClientRect();
        return field.top >= -1 && field.top < window.innerHeight / 2 && input.bottom <= window.innerHeight;
      });
      assert.ok(inView, `${fact} is on screen`);
    }, { viewport, path: '/#v=1&location=jinfeng' });
  });
}
