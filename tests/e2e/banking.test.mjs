// Money and status an enterprise can bank on (issue 19), as it sees them on a WeChat phone and on
// a laptop, in both languages: emphasis words rank rather than exclude (§3.3.2 重点支持, §3.2.2
// 加大); the two tax cards and their total for one reading of the income, never above the tax;
// one post-subsidy project a year across the two first recognitions (§2.1); and one status with
// one meaning after the year's last batch cut-off (badge, counts and the card's next step agree).
// Screenshots in target/screenshots/banking-<case>-<lang>-<width>.png.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  SCREENSHOTS,
  VIEWPORTS,
  WECHAT_UA,
  journey as runJourney,
  readResults,
  screenshot,
  settings,
  sharedApp,
  waitForHeading,
} from './harness.mjs';

const app = sharedApp();

/** A Yinchuan enterprise with R&D that has answered what these cards ask. */
const COMMON = {
  v: '1',
  d: '2026-06-15',
  location: 'jinfeng',
  state_owned: 'n',
  industries: 'new_materials',
  industrial: 'y',
  sme: 'y',
  tech_service_org: 'n',
  tsme_registered: 'y',
  key_enterprise: 'n',
  registration_date: '2015-03-01',
  employees: '200',
  tech_staff: '60',
  revenue: '3000万',
  total_assets: '8000万',
  rd_expense: '300万',
  negative_list_industry: 'n',
  taxable_income: '800万',
  hnte_status: 'never',
  giant_status: 'never',
};

const link = (answers) => `/#${new URLSearchParams({ ...COMMON, ...answers }).toString()}`;
const yuan = (n) => String(n);

const CASES = {
  // §3.3.2 重点支持 ranks eastern results, high-value patents and choke-point technology: an
  // enterprise bringing its own or local results into production may apply too.
  transfer: {
    answers: { tech_needs_or_results: 'y', transfer_project: 'n', transfer_other: 'y' },
    cards: {
      'transfer-special': {
        status: 'possible',
        says: { zh: '这是优先次序，不是唯一条件', en: 'a ranking, not the only condition' },
      },
    },
  },
  // §3.2.2 加大 stresses the seed, start-up and growth stages; it excludes none.
  fund: {
    answers: { needs_finance: 'y', seeks_equity: 'y', growth_stage: 'mature' },
    cards: {
      'xinxing-fund': {
        status: 'possible',
        says: { zh: '不排除成熟期企业', en: 'excludes no stage' },
      },
    },
  },
  // The income asked is the return's, after the super-deduction: R&D 1,000万 and income 100万
  // with a valid certificate saves 150万 + 10万 = 160万, against 275万 of tax without either.
  tax: {
    answers: { rd_expense: '1000万', taxable_income: '100万', hnte_status: 'again' },
    cards: {
      'rd-super-deduction': { status: 'eligible', saving: yuan(1_500_000) },
      'hnte-tax-rate': { status: 'eligible', saving: yuan(100_000) },
    },
    taxTotal: yuan(1_600_000),
  },
  // §2.1 每年支持一个后补助项目: with this year's 高企 project granted, the 小巨人 card is no
  // longer "apply by 30 September" but possible, and the 高企 card is next year's project.
  'one-project': {
    answers: {
      hnte_status: 'first',
      hnte_date: '2025-06-30',
      hnte_paid: '0',
      hnte_supported_this_year: 'y',
      giant_status: 'first',
      giant_date: '2025-08-01',
      giant_paid: '0',
      giant_supported_this_year: 'n',
    },
    cards: {
      'giant-first-recognition': {
        status: 'possible',
        says: { zh: '每年支持一个后补助项目', en: 'One project a year' },
      },
      'hnte-first-recognition': { status: 'upcoming' },
    },
    knownMax: yuan(500_000),
  },
  // After the last cut-off (30 September) a first-time 高企 is not "apply now": the card is
  // upcoming, for next year's project, and its next step says applications taken now count for
  // next year's first batch.
  'after-cut-off': {
    answers: { d: '2026-12-04', hnte_status: 'first', hnte_date: '2025-10-20', hnte_paid: '0', hnte_supported_this_year: 'n' },
    cards: {
      'hnte-first-recognition': {
        status: 'upcoming',
        says: { zh: '计入明年第一批', en: "next year's first batch" },
        projectYear: '2027',
      },
    },
  },
};

const WIDTHS = { wechat: VIEWPORTS.wechat, desktop: VIEWPORTS.desktop };

for (const [name, want] of Object.entries(CASES)) {
  for (const lang of ['zh', 'en']) {
    for (const [width, viewport] of Object.entries(WIDTHS)) {
      test(`banking on it: ${name} (${lang}, ${width})`, async () => {
        await runJourney(
          app,
          async ({ page }) => {
            await waitForHeading(page, lang === 'zh' ? '评估结果' : 'Results');
            const got = await readResults(page);
            for (const [id, card] of Object.entries(want.cards)) {
              const article = page.locator(`article.card[data-programme="${id}"]`);
              assert.equal(got.cards[id]?.status, card.status, `${name}: status of ${id}`);
              if (card.says) {
                const text = await article.textContent();
                assert.ok(text.includes(card.says[lang]), `${name}: ${id} says “${card.says[lang]}”: ${text}`);
              }
              if (card.saving) {
                const amount = article.locator('.amount');
                assert.equal(await amount.getAttribute('data-tax-saving-up-to'), card.saving, `${name}: ${id} saves`);
                assert.equal(await amount.getAttribute('data-tax-saving-at-least'), card.saving, `${name}: ${id} is exact`);
              }
              if (card.projectYear) {
                assert.equal(await article.locator('[data-project-year]').first().getAttribute('data-project-year'), card.projectYear);
              }
              // The badge says the same as the status.
              const badge = (await article.locator('.badge').first().textContent()).trim();
              const words = {
                eligible: { zh: '现在可申报', en: 'Eligible now' },
                possible: { zh: '可能符合', en: 'Possible' },
                upcoming: { zh: '年的项目', en: "'s project" },
              }[card.status];
              if (words) assert.ok(badge.includes(words[lang]), `${name}: ${id}'s badge “${badge}” says ${card.status}`);
            }
            if (want.taxTotal) {
              const line = page.locator('section.results [data-tax-saving-up-to]').first();
              assert.equal(await line.getAttribute('data-tax-saving-up-to'), want.taxTotal, `${name}: the tax total adds the cards`);
            }
            if (want.knownMax) assert.equal(got.knownMax, want.knownMax, `${name}: known maximum`);
            await screenshot(page, `banking-${name}-${lang}-${width}`);
            const first = Object.keys(want.cards)[0];
            await page
              .locator(`article.card[data-programme="${first}"]`)
              .screenshot({ path: path.join(SCREENSHOTS, `banking-${name}-${lang}-${width}-card.png`) });
          },
          {
            viewport,
            path: link(want.answers),
            storage: settings({ lang }),
            ...(width === 'wechat' ? { userAgent: WECHAT_UA } : {}),
          },
        );
      });
    }
  }
}
