// "不确定 / Not sure" on every kind of question, the "怎么判断" line and clearing an answer, on a
// 360 px phone with a WeChat user agent and on desktop, in both languages. A "not sure" answer
// moves the questionnaire on, is saved like any answer, and the cards that need the fact say
// so, with how to settle it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, WECHAT_UA, advanceTo, journey, savedAnswers, screenshot, settings, sharedApp, waitForHeading, waitForSaved } from './harness.mjs';

const app = sharedApp();

const WORDS = {
  zh: { start: '开始', unsure: '不确定', how: '怎么判断？', clear: '清除回答', review: '核对回答', results: '查看结果', mark: '你选了“不确定”', settle: '怎么判断：' },
  en: { start: 'Start', unsure: 'Not sure', how: 'How to tell?', clear: 'Clear answer', review: 'Review your answers', results: 'See results', mark: 'you said “not sure”', settle: 'How to tell: ' },
};

async function progress(page) {
  const text = await page.locator('.progress-text').textContent();
  return Number(text.match(/\d+/)[0]);
}

// Assessed in June: before the year's last batch cut-off this year's project is the one asked
// about (after it, the first-recognition card is next year's project and asks nothing of this
// year: issue 19).
for (const [label, viewport, userAgent] of [['phone', VIEWPORTS.phone, WECHAT_UA], ['desktop', VIEWPORTS.desktop, undefined]]) {
  for (const lang of ['zh', 'en']) {
    const w = WORDS[lang];
    test(`not sure on every kind of question, how to tell, and clearing (${label}, ${lang})`, async () => {
      await journey(app, async ({ page }) => {
        await page.locator('[data-start="true"]').click();
        await page.locator('[data-fact="location"]').waitFor();
        await page.locator('[data-fact="location"] input[value="jinfeng"]').check();

        // Yes/no: "not sure" is one of the options, counts as answered, is saved.
        const before = await progress(page);
        const stateOwned = page.locator('[data-fact="state_owned"]');
        await stateOwned.locator('input[value=\"unsure\"]').check();
        await page.waitForFunction((n) => Number(document.querySelector('.progress-text').textContent.match(/\d+/)[0]) > n, before);
        assert.equal((await savedAnswers(page)).state_owned, 'unsure');

        // How to tell: folded, opens to a plain-words line.
        const how = stateOwned.locator('details.how');
        assert.equal(await how.locator('summary').textContent(), w.how);
        await how.locator('summary').click();
        assert.ok((await how.locator('p').textContent()).length > 10);

        // Clearing takes the answer away, whatever it was.
        await stateOwned.locator('[data-clear]').click();
        await waitForSaved(page, 'state_owned', undefined);
        assert.equal(await stateOwned.locator('input:checked').count(), 0, 'no option is left chosen');
        await stateOwned.locator('input[value=\"unsure\"]').check();

        // Several options: "not sure" is a box of its own, and choosing an industry replaces it.
        const industries = page.locator('[data-fact="industries"]');
        await industries.locator('input[value=\"unsure\"]').check();
        await waitForSaved(page, 'industries', 'unsure');
        await industries.locator('input[value="software"]').check();
        await waitForSaved(page, 'industries', ['software']);
        assert.equal(await industries.locator('input[value=\"unsure\"]').isChecked(), false);

        // One option among several (the SME question is jargon: the case the issue names).
        await page.locator('[data-fact="sme"]').locator('input[value=\"unsure\"]').check();

        // Typed answers: a date, a count and money.
        await advanceTo(page, 'hnte_status');
        await page.locator('[data-fact="hnte_status"] input[value="first"]').check();
        await page.locator('[data-fact="hnte_date"]').waitFor();
        await advanceTo(page, 'revenue');
        await page.goBack();
        await page.locator('[data-fact="hnte_date"]').waitFor();
        // A yes/no about one year (asked once the recognition date is known): "not sure" is not
        // tied to a year.
        await page.locator('#q-hnte_date').fill('2025-06-01');
        await page.locator('[data-fact="hnte_supported_this_year"]').locator('input[value=\"unsure\"]').check();
        await waitForSaved(page, 'hnte_supported_this_year', 'unsure');
        for (const fact of ['hnte_date', 'revenue', 'leading_talents']) {
          if (fact !== 'hnte_date') await advanceTo(page, fact);
          const field = page.locator(`[data-fact="${fact}"]`);
          await field.locator('input[type="text"]').fill('12');
          await field.locator('input[value=\"unsure\"]').check();
          await waitForSaved(page, fact, 'unsure');
          assert.equal(await field.locator('input[type="text"]').inputValue(), '', `${fact}: the typed text goes`);
        }
        if (label === 'phone') await screenshot(page, `unsure-step-${lang}`);

        // Review shows it; results name it on the cards that need it, with how to settle it.
        while (await page.locator('section.step').count()) {
          const before = (await page.locator('h1#page-heading').textContent()).trim();
          await page.locator('section.step button[type="submit"]').click();
          await page.waitForFunction((old) => document.querySelector('h1#page-heading')?.textContent.trim() !== old, before);
        }
        await waitForHeading(page, w.review);
        assert.match(await page.locator('li.review-row[data-fact="revenue"] .answer').textContent(), new RegExp(w.unsure));
        await page.locator('[data-action="see-results"]').click();
        const item = page.locator('.missing li[data-unsure="true"]').first();
        await item.waitFor();
        assert.ok((await item.textContent()).includes(w.mark));
        assert.ok((await item.locator('.settle').textContent()).startsWith(w.settle));
        if (label === 'phone') await screenshot(page, `unsure-results-${lang}`);
      }, { viewport, now: new Date('2026-06-15T10:00:00+08:00'), storage: settings({ lang }), ...(userAgent ? { userAgent } : {}) });
    });
  }
}

test('not sure on a score, from the review page (desktop)', async () => {
  await journey(app, async ({ page }) => {
    await waitForHeading(page, '评估结果');
    await page.locator('[data-action="edit-answers"]').click();
    await waitForHeading(page, '核对回答');
    const row = page.locator('li.review-row[data-fact="innovation_score"]');
    await row.locator('[data-action="edit"]').click();
    await row.locator('input[value="unsure"]').check();
    await waitForSaved(page, 'innovation_score', 'unsure');
    await row.locator('[data-action="done"]').click();
    assert.match(await row.locator('.answer').textContent(), /不确定/);
  }, { path: '/#v=1&location=jinfeng&hnte_status=never' });
});
