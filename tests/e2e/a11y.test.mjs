// Accessibility and layout: axe-core (WCAG 2.1 A/AA) on every kind of page in both languages
// and both modes; screenshots of every kind of page at a phone and a laptop width in both
// languages (target/screenshots/<lang>-<width>[-senior]-<page>.png, written on every run); and on
// the phone, no horizontal scrolling and touch targets at least 44 px tall.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS,
  advanceTo,
  axeViolations,
  loadExample,
  openApp,
  screenshot,
  settings,
  sharedApp,
  summarize,
  waitForHeading,
} from './harness.mjs';

const app = sharedApp();

const TEXT = {
  zh: { start: '开始', next: '下一步', step: '基本情况', change: '修改回答', review: '核对回答', results: '评估结果', edit: /^修改/ },
  en: { start: 'Start', next: 'Next', step: 'Basics', change: 'Change answers', review: 'Review your answers', results: 'Your results', edit: /^Change/ },
};

/**
 * Walks one context through the four kinds of page, calling `visit(name)` on each:
 * start; a wizard step (Basics, one answer given); results of an example (with the not-eligible
 * group and one policy-text <details> opened); review (one answer opened for editing). With
 * `withError`, the wizard step visited is the one asking revenue, with a refused value shown.
 */
async function tour(page, lang, visit, { withError = false } = {}) {
  const t = TEXT[lang];
  await page.locator('section.start').waitFor();
  await visit('start');

  await page.locator('[data-start="true"]').click();
  await waitForHeading(page, t.step);
  await page.locator('[data-fact="location"] input[value="jinfeng"]').check();
  if (withError) {
    await advanceTo(page, 'revenue');
    await page.locator('#q-revenue').fill('-5');
    await page.locator('#q-revenue').blur();
    await page.locator('[data-fact="revenue"] .error').waitFor();
  }
  await visit('step');

  await page.locator('a.brand').click();
  await page.locator('section.start').waitFor();
  await loadExample(page, 'new-materials-pilot');
  await waitForHeading(page, t.results);
  const notEligible = page.locator('details[data-group="not_eligible"]');
  await notEligible.locator(':scope > summary').click();
  await page.waitForFunction(() => document.querySelector('details[data-group="not_eligible"]').open);
  // A card's folded part (why, notes, channel, policy text) opened too.
  const more = page.locator('article.card details.more').first();
  await more.locator(':scope > summary').click();
  await more.locator('.clause').first().waitFor();
  await visit('results');

  await page.locator('[data-action="edit-answers"]').click();
  await waitForHeading(page, t.review);
  const row = page.locator('li.review-row[data-fact="revenue"]');
  await row.locator('[data-action="edit"]').click();
  await row.locator('#q-revenue').waitFor();
  await visit('review');
}

for (const lang of ['zh', 'en']) {
  for (const senior of [false, true]) {
    const mode = senior ? '长者版' : 'standard';
    test(`axe: no WCAG 2.1 A/AA violations on start, a step, results and review (${lang}, ${mode})`, async () => {
      const { page, guard, close } = await openApp(app, VIEWPORTS.desktop, { storage: settings({ lang, senior }) });
      try {
        assert.equal(await page.locator('html').getAttribute('lang'), lang === 'en' ? 'en' : 'zh-CN');
        assert.equal(await page.locator('.page.senior').count(), senior ? 1 : 0);
        const found = {};
        await tour(
          page,
          lang,
          async (name) => {
            found[name] = summarize(await axeViolations(page));
          },
          { withError: true },
        );
        assert.deepEqual(found, { start: [], step: [], results: [], review: [] }, JSON.stringify(found, null, 2));
        guard.assertClean();
      } finally {
        await close();
      }
    });
  }
}

/** Visible elements a finger has to hit, with their height, that are shorter than 44 px. */
function smallTargets(page) {
  return page.evaluate(() => {
    const selectors = 'button, label.file-button, label.option, a.brand, details > summary, input[type="text"]';
    return [...document.querySelectorAll(selectors)]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => !el.closest('.visually-hidden') && !el.closest('.skip-link'))
      .map((el) => ({ el, h: el.getBoundingClientRect().height }))
      .filter(({ h }) => h < 44)
      .map(({ el, h }) => `${el.tagName.toLowerCase()}.${el.className || '-'} “${el.textContent.trim().slice(0, 24)}”: ${h.toFixed(1)} px`);
  });
}

const LAYOUTS = [
  { lang: 'zh', viewport: VIEWPORTS.phone },
  { lang: 'en', viewport: VIEWPORTS.phone },
  { lang: 'zh', viewport: VIEWPORTS.desktop },
  { lang: 'en', viewport: VIEWPORTS.desktop },
  { lang: 'zh', viewport: VIEWPORTS.phone, senior: true },
  { lang: 'en', viewport: VIEWPORTS.phone, senior: true },
];

for (const { lang, viewport, senior = false } of LAYOUTS) {
  const tag = `${lang}-${viewport.width}${senior ? '-senior' : ''}`;
  const phone = viewport.width <= 360;
  test(`screenshots ${tag}${phone ? ': no horizontal scroll, touch targets ≥ 44 px' : ''}`, async () => {
    const { page, guard, close } = await openApp(app, viewport, { storage: settings({ lang, senior }) });
    try {
      const overflow = {};
      const small = {};
      await tour(page, lang, async (name) => {
        await screenshot(page, `${tag}-${name}`);
        if (phone) {
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > viewport.width) overflow[name] = width;
          const targets = await smallTargets(page);
          if (targets.length) small[name] = targets;
        }
      });
      assert.deepEqual(overflow, {}, `pages wider than ${viewport.width} px (scrollWidth)`);
      assert.deepEqual(small, {}, 'touch targets under 44 px');
      guard.assertClean();
    } finally {
      await close();
    }
  });
}
