// The reply read as written, as an enterprise sees it: a software firm (open industry lists,
// "mainly" for platforms), a member of a consortium led by another firm, and an enterprise that
// is a first-time 高新技术企业 and 科技小巨人 at once (one project a year: the larger cap once,
// the sum only if the bureau allows both). Each in both languages, at a phone and a laptop
// width, with screenshots in target/screenshots/fidelity-<case>-<lang>-<width>.png.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  SCREENSHOTS,
  VIEWPORTS,
  journey as runJourney,
  readResults,
  screenshot,
  settings,
  sharedApp,
  waitForHeading,
} from './harness.mjs';

const app = sharedApp();

/** Answers shared by the cases: a small Yinchuan enterprise with R&D, nothing else claimed. */
const COMMON = {
  v: '1',
  d: '2026-11-26',
  location: 'jinfeng',
  state_owned: 'n',
  industrial: 'n',
  sme: 'y',
  tech_service_org: 'n',
  tsme_registered: 'y',
  key_enterprise: 'n',
  registration_date: '2019-04-01',
  employees: '40',
  tech_staff: '18',
  revenue: '900万',
  total_assets: '1500万',
  rd_expense: '150万',
  rd_platform: 'n',
  consortium_lead: 'n',
  consortium_member: 'n',
};

const link = (answers) => `/#${new URLSearchParams({ ...COMMON, ...answers }).toString()}`;

const CASES = {
  software: {
    answers: { industries: 'software', hnte_status: 'never', giant_status: 'never', rd_platform: 'y' },
    cards: {
      // 2.2.1: the track list ends in 等, so an unnamed industry is possible, never refused (the
      // unsourced "software is usually counted as electronic information" note is gone, issue 19).
      'industry-special': { status: 'possible', note: { zh: '列举以“等”结尾', en: 'its list ends with “etc.”' } },
      // 2.2.1: 以规上工业企业为主体 ranks applicants; a small software firm may still apply.
      'innovation-platform': { status: 'possible', note: { zh: '不是唯一条件', en: 'it excludes no one' } },
      // 1.2: shared lab services are for every enterprise in the city.
      'public-lab-services': { status: 'eligible', note: { zh: '面向全市企业', en: 'for every enterprise in the city' } },
    },
  },
  member: {
    answers: { industries: 'equipment', hnte_status: 'never', giant_status: 'never', consortium_member: 'y' },
    cards: {
      // 2.2.3: 各创新主体协同 — a member is possible, the lead named as the usual applicant.
      'innovation-consortium': { status: 'possible', note: { zh: '通常由牵头企业代表联合体申报', en: 'the lead usually applies' } },
    },
  },
  both: {
    answers: {
      // Before the year's last batch cut-off (30 September): this year's projects are open.
      d: '2026-06-15',
      industries: 'new_materials',
      hnte_status: 'first',
      hnte_date: '2025-06-30',
      hnte_paid: '0',
      hnte_supported_this_year: 'n',
      giant_status: 'first',
      giant_date: '2025-08-01',
      giant_paid: '0',
      giant_supported_this_year: 'n',
    },
    knownMax: '500000',
    combinedMax: '800000',
    summary: { zh: '若市科技局允许同时享受高企和小巨人后补助', en: 'If the bureau allows both' },
    cards: {
      'hnte-first-recognition': { status: 'eligible', ceiling: '500000', note: { zh: '只计较大的一项', en: 'counts the larger cap once' } },
      'giant-first-recognition': { status: 'eligible', ceiling: '300000', note: { zh: '只计较大的一项', en: 'counts the larger cap once' } },
    },
  },
};

for (const [name, want] of Object.entries(CASES)) {
  for (const lang of ['zh', 'en']) {
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      test(`reply as written: ${name} (${lang}, ${width})`, async () => {
        await runJourney(
          app,
          async ({ page }) => {
            await waitForHeading(page, lang === 'zh' ? '评估结果' : 'Results');
            const got = await readResults(page);
            for (const [id, card] of Object.entries(want.cards)) {
              assert.equal(got.cards[id].status, card.status, `${name}: status of ${id}`);
              if (card.ceiling) assert.equal(got.cards[id].ceiling, card.ceiling, `${name}: ceiling of ${id}`);
              const notes = await page.locator(`article.card[data-programme="${id}"] ul.notes`).textContent();
              assert.ok(notes.includes(card.note[lang]), `${name}: ${id} says “${card.note[lang]}”: ${notes}`);
              // Every note names its clause.
              const items = page.locator(`article.card[data-programme="${id}"] ul.notes li`);
              for (const text of await items.allTextContents()) assert.match(text, /\(§[0-9.]+\)$/, text);
            }
            if (want.knownMax) assert.equal(got.knownMax, want.knownMax, `${name}: known maximum`);
            if (want.combinedMax) {
              assert.equal(got.combinedMax, want.combinedMax, `${name}: combined figure`);
              const summary = await page.locator('section.results .summary-notes').textContent();
              assert.ok(summary.includes(want.summary[lang]), `${name}: the summary explains the combined figure`);
            } else {
              assert.equal(got.combinedMax, null, `${name}: no combined figure`);
            }
            await screenshot(page, `fidelity-${name}-${lang}-${width}`);
            const first = Object.keys(want.cards)[0];
            await page
              .locator(`article.card[data-programme="${first}"]`)
              .screenshot({ path: path.join(SCREENSHOTS, `fidelity-${name}-${lang}-${width}-card.png`) });
          },
          { viewport, path: link(want.answers), storage: settings({ lang }) },
        );
      });
    }
  }
}

test('reply as written: two readings of 认定后2年内 are shown side by side and sent to the bureau', async () => {
  // Recognised in March of the assessment year: the calendar-year reading opens next January,
  // the 24-month reading is open now (assessed before the year's last batch cut-off: after it,
  // both readings meet in next year's project and the card is upcoming).
  await runJourney(
    app,
    async ({ page }) => {
      await waitForHeading(page, '评估结果');
      const card = page.locator('article.card[data-programme="hnte-first-recognition"]');
      assert.equal(await card.getAttribute('data-status'), 'possible');
      const readings = card.locator('[data-readings-differ]');
      const text = await readings.textContent();
      assert.ok(text.includes('请向市科技局确认'), text);
      assert.ok(text.includes('2027-01-01 – 2028-12-31'), `calendar years: ${text}`);
      assert.ok(text.includes('2026-03-15 – 2028-03-15'), `24 months: ${text}`);
      // In plain words (issue 20): no Civil Code article, no clause number on screen.
      const seen = await readings.innerText();
      assert.ok(seen.includes('满24个月') && !seen.includes('民法典') && !seen.includes('§'), seen);
      await screenshot(page, 'fidelity-readings-zh-desktop');
    },
    {
      path: link({
        d: '2026-06-15',
        industries: 'biomedicine',
        hnte_status: 'first',
        hnte_date: '2026-03-15',
        hnte_paid: '0',
        hnte_supported_this_year: 'n',
        giant_status: 'never',
      }),
    },
  );
});
