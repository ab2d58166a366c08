// The guideline preview, for bureau staff, in the staff workbench (staff.html): an amount typed
// there, key by key, reassesses the enterprise opened from the list at once, and the page and
// every card that uses it say "draft, not published"; the list's screening and its share links
// stay the published ones; the values stay on this device across a reload until cleared, and
// export as parameters-file lines. The public calculator has no preview and no draft.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BOOT_NAMES, VIEWPORTS, WECHAT_UA, screenshot, sharedApp, waitForHeading } from './harness.mjs';
import { LISTS, choose, download, makeLists, openStaff } from './lists.mjs';

const app = sharedApp();

before(makeLists);

const CARD = 'article.card[data-programme="sme-innovation"]';

/** Opens, from the table, the first enterprise whose sme-innovation card shows an amount. */
async function openSmeRow(page) {
  await page.locator('#filter-programme').selectOption('sme-innovation');
  for (const status of ['eligible', 'possible', 'upcoming', 'needs_info']) {
    await page.locator('#filter-status').selectOption(status);
    if ((await page.locator('[data-staff="table"] tbody tr').count()) > 0) break;
  }
  await page.locator('[data-staff="table"] [data-action="open-row"]').first().click();
  await page.locator('[data-staff="detail"]').waitFor();
  await page.locator(CARD).waitFor();
}

for (const [lang, viewport, userAgent] of [
  ['zh', VIEWPORTS.desktop, undefined],
  ['en', VIEWPORTS.wechat, WECHAT_UA],
]) {
  test(`guideline preview in the workbench: a drafted amount reaches the opened enterprise's card, marked as a draft (${lang}, ${viewport.width} px)`, async () => {
    const opened = await openStaff(app, viewport, { lang, userAgent });
    const { page } = opened;
    try {
      await choose(page, path.join(LISTS, 'small.xlsx'));
      const totals = await page.locator('[data-staff="totals"]').innerText();
      await openSmeRow(page);
      const line = await page.locator('[data-staff="detail"]').getAttribute('data-line');
      const link = await page.locator('#row-link').inputValue();
      assert.equal(await page.locator(CARD).getAttribute('data-draft'), null);
      assert.equal(await page.locator('[data-draft-banner]').count(), 0);

      // The preview sits behind a fold; a value is typed as staff type it, key by key, and a
      // bad one is named beside its field.
      const fold = page.locator('[data-staff="guideline"]');
      await fold.locator('summary').click();
      const field = fold.locator('li[data-parameter="sme_innovation"] input');
      await field.pressSequentially('50万');
      await fold.locator('li[data-parameter="cultivation"] input').pressSequentially('abc');
      await fold.locator('li[data-parameter="cultivation"] .field-error').waitFor();
      assert.equal(await field.inputValue(), '50万', 'the field keeps every key typed');
      assert.equal(await fold.getAttribute('data-in-use'), '1');
      const snippet = await page.locator('#guideline-snippet').inputValue();
      assert.match(snippet, /# sme_innovation\n {2}\{ from = "2026-11-26", value = "500000", source = "" \}/);
      const exported = await download(page, 'export-drafts');
      assert.equal(exported.name, 'guideline-draft-2026-11-26.toml');
      assert.equal(exported.bytes.toString('utf8'), snippet);

      // The opened enterprise is assessed again with the draft: its card says so, with the amount.
      const card = page.locator(CARD);
      await page.locator('[data-draft-banner]').waitFor();
      assert.equal(await card.getAttribute('data-draft'), 'true');
      assert.match(await card.innerText(), lang === 'zh' ? /50万元/ : /¥500,000/);
      assert.ok(await card.locator('.draft-mark').isVisible());
      // Cards that do not use the value are not marked.
      assert.equal(await page.locator('article.card[data-draft="true"]').count(), 1);
      // The list's figures and the enterprise's share link are the published ones.
      assert.equal(await page.locator('[data-staff="totals"]').innerText(), totals);
      assert.equal(await page.locator('#row-link').inputValue(), link);
      assert.doesNotMatch(link, /sme_innovation|500000/);
      if (viewport.width <= 400) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
      }
      await screenshot(page, `staff-guideline-${lang}-${viewport.width}`);

      // The values stay on this device: after a reload, the same list and row show the draft.
      await page.reload();
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      await page.locator('[data-staff="drafts-in-use"]').waitFor();
      await choose(page, path.join(LISTS, 'small.xlsx'));
      await openSmeRow(page);
      assert.equal(await page.locator('[data-staff="detail"]').getAttribute('data-line'), line);
      assert.equal(await page.locator(CARD).getAttribute('data-draft'), 'true');

      // The public calculator on the same device has neither the preview nor a draft.
      const calc = await page.context().newPage();
      try {
        await calc.goto(link);
        await waitForHeading(calc, lang === 'zh' ? '评估结果' : 'Your results');
        assert.equal(await calc.locator('[data-draft-banner]').count(), 0);
        assert.equal(await calc.locator('article.card[data-draft]').count(), 0);
        assert.equal(await calc.locator('[data-open="guideline-preview"]').count(), 0);
        assert.equal(await calc.locator('footer a[data-open="staff"]').getAttribute('href'), 'staff.html');
      } finally {
        await calc.close();
      }

      // Cleared: forgotten, and the card is the published one again.
      await fold.locator('summary').click();
      await page.locator('[data-action="clear-drafts"]').click();
      await page.locator('[data-draft-banner]').waitFor({ state: 'detached' });
      assert.equal(await page.locator(CARD).getAttribute('data-draft'), null);
      assert.equal(await fold.getAttribute('data-in-use'), '0');
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), BOOT_NAMES.guideline), null);
      opened.guard.assertClean();
    } finally {
      await opened.close();
    }
  });
}

test('a guideline value meant for other enterprises is not shown on the opened one (zh)', async () => {
  // A software firm that is not state-owned: of the three R&D post-subsidy values, only the
  // software rate is its own (engine: a_guideline_value_for_other_enterprises_is_left_out).
  const file = path.join(LISTS, 'software-firm.csv');
  writeFileSync(file, '\uFEFF企业名称,注册地,国有企业,所属行业,上年研发费用（万元）\n宁夏软件测试有限公司,金凤区,否,软件开发,100\n');
  const opened = await openStaff(app, VIEWPORTS.desktop, { lang: 'zh' });
  const { page } = opened;
  try {
    await choose(page, file);
    const fold = page.locator('[data-staff="guideline"]');
    await fold.locator('summary').click();
    await fold.locator('li[data-parameter="rd_post_subsidy_rate"] input').fill('10%');
    await fold.locator('li[data-parameter="rd_post_subsidy_software_rate"] input').fill('6%');
    await fold.locator('li[data-parameter="rd_post_subsidy_soe_project"] input').fill('300000');
    await page.locator('[data-staff="table"] [data-action="open-row"]').first().click();
    const card = page.locator('article.card[data-programme="rd-post-subsidy"]');
    await card.waitFor();
    const amount = await card.locator('.guideline-amount').innerText();
    assert.match(amount, /6%/, amount);
    assert.doesNotMatch(amount, /10%|30(\.0+)?万|300,000/, `only the software firm's rate: ${amount}`);
    opened.guard.assertClean();
  } finally {
    await opened.close();
  }
});
