// The national tax incentives (a second source beside the 2022 reply): their own group on the
// results page, what they are worth as far as the answers tell, never in the city's known
// maximum; and recognition as 高新技术企业 named as opening the 15 % rate too. Both languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, journey as runJourney, readResults, screenshot, settings, sharedApp, waitForHeading } from './harness.mjs';

const app = sharedApp();

const ANSWERS = {
  v: '1',
  d: '2026-11-26',
  location: 'jinfeng',
  state_owned: 'n',
  industries: 'software',
  industrial: 'n',
  sme: 'y',
  tsme_registered: 'y',
  hnte_status: 'again',
  giant_status: 'never',
  rd_expense: '300万',
  negative_list_industry: 'n',
  taxable_income: '800万',
};
const link = (more = {}) => `/#${new URLSearchParams({ ...ANSWERS, ...more }).toString()}`;

for (const lang of ['zh', 'en']) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`tax incentives: their own group with the amounts (${lang}, ${width})`, async () => {
      await runJourney(
        app,
        async ({ page }) => {
          await waitForHeading(page, lang === 'zh' ? '评估结果' : 'Your results');
          const group = page.locator('section[data-group="national-tax"]');
          await group.waitFor();
          const got = await readResults(page);
          assert.equal(got.cards['rd-super-deduction'].status, 'eligible');
          assert.equal(got.cards['hnte-tax-rate'].status, 'eligible');
          // 300万 extra deduction saves up to 45万 at 15 %; 10 points of 800万 = 80万.
          const saving = (id) =>
            page.locator(`article.card[data-programme="${id}"] .amount`).getAttribute('data-tax-saving-up-to');
          assert.equal(await saving('rd-super-deduction'), '450000');
          assert.equal(await saving('hnte-tax-rate'), '800000');
          const line = page.locator('section.results [data-tax-saving-up-to]').first();
          assert.equal(await line.getAttribute('data-tax-saving-up-to'), '1250000');
          // Never part of the city's sums.
          assert.equal(got.knownMax, '0');
          assert.equal(await group.locator('article.card').count(), 2);
          const text = await group.textContent();
          assert.ok(text.includes(lang === 'zh' ? '不计入' : 'not in the known maximum'), text);
          await group.screenshot({ path: `${await screenshot(page, `tax-${lang}-${width}`)}`.replace(/\.png$/, '-group.png') });
        },
        { viewport, path: link(), storage: settings({ lang }) },
      );
    });
  }
}

test('tax incentives: recognition as 高企 is named as opening the 15 % rate as well as the city 50万', async () => {
  await runJourney(
    app,
    async ({ page }) => {
      await waitForHeading(page, '评估结果');
      const change = await page
        .locator('article.card[data-programme="hnte-first-recognition"] .smallest-change')
        .textContent();
      assert.match(change, /50万元/);
      assert.match(change, /还可享受高新技术企业15%企业所得税税率/);
      const got = await readResults(page);
      assert.equal(got.cards['hnte-tax-rate'].status, 'not_eligible');
      // Without the certificate the super-deduction saves at 25 %: 75万.
      const saving = await page
        .locator('article.card[data-programme="rd-super-deduction"] .amount')
        .getAttribute('data-tax-saving-up-to');
      assert.equal(saving, '750000');
    },
    {
      path: link({
        hnte_status: 'never',
        registration_date: '2015-01-01',
        employees: '100',
        tech_staff: '40',
        revenue: '3000万',
        total_assets: '5000万',
        resident_enterprise: 'y',
        core_ip: 'y',
        key_field: 'y',
        rd_3y: '800万',
        rd_domestic_3y: '800万',
        sales_3y: '8000万',
        hightech_income: '2500万',
        total_income: '3000万',
        innovation_score: '80',
        no_major_incident: 'y',
      }),
    },
  );
});
