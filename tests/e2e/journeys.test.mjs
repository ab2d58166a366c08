// Journeys through the questionnaire and its results: the example enterprises, a walk from the
// start page to the results by keyboard only, changing an answer on the review page, an
// enterprise outside Yinchuan, the language switch and 长者版.
//
// Every test runs at the fixed instant FIXED_NOW (2026-11-26 10:00 Beijing time), the day the
// engine's own tests assess the examples on, and asserts what the enterprise would act on:
// each programme's status, its remaining ceiling and the known maximum.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  VIEWPORTS,
  heading,
  loadExample,
  openApp,
  readResults,
  reviewAnswers,
  savedAnswers,
  sharedApp,
  waitForHeading,
  journey as runJourney,
  says,
} from './harness.mjs';

const app = sharedApp();

/** A journey in a fresh guarded page (see harness.mjs). */
const journey = (body, options) => runJourney(app, body, options);

/** What the engine gives each example enterprise on FIXED_NOW's day: one generated file that the
 * engine's own test keeps (crates/engine/tests/examples_golden.rs) and this suite reads, so the
 * expected results live in one place. */
const GOLDEN = JSON.parse(readFileSync(path.join(ROOT, 'crates/engine/tests/golden/examples.json'), 'utf8'));

/** The programmes of the catalogue: one result card each. */
const PROGRAMME_COUNT = GOLDEN.programmes.length;

/** The national tax incentives: their own group, assessed for Yinchuan enterprises only. */
const NATIONAL = ['rd-super-deduction', 'hnte-tax-rate'];

/** Open services whose clauses name no place of registration (§1.2, §3.3.1, §4.2.1): possible,
 * with a note, for an enterprise registered outside Yinchuan (issue 19). */
const OPEN_SERVICES = ['public-lab-services', 'results-matching', 'tisc-patent'];

/** A day before the year's last batch cut-off (30 September), when this year's first-recognition
 * project is the one an enterprise applies for (after it, next year's: upcoming). */
const JUNE = new Date('2026-06-15T10:00:00+08:00');

// What the page says beyond the golden file's figures, for some examples.
const SMALLEST_CHANGE = {
  // A never-recognised enterprise is told what first recognition would open.
  'software-startup': { 'hnte-first-recognition': /「高新技术企业认定情况」为“首次认定（证书有效）”，即可获得最高 50万元/ },
};

assert.ok(Object.keys(GOLDEN.examples).length >= 5, 'the golden file holds the examples');
for (const [id, want] of Object.entries(GOLDEN.examples)) {
  test(`example ${id}: statuses, ceilings and the known maximum`, async () => {
    await journey(async ({ page }) => {
      await loadExample(page, id);
      await waitForHeading(page, '评估结果');
      const got = await readResults(page);
      assert.equal(Object.keys(got.cards).length, PROGRAMME_COUNT, 'one card per programme');
      // Every card's status and shown ceiling, as the engine gives them.
      assert.deepEqual(got.cards, want.cards, `${id}: the cards`);
      // Outside Yinchuan the banner leads and no city sum shows (issue 20).
      assert.equal(got.knownMax, want.outside ? null : want.knownMax, `${id}: known maximum`);
      assert.equal(got.talentMax, want.talentMax, `${id}: the talents' line`);
      assert.equal(got.pilotBase, want.pilotBase, `${id}: pilot base`);
      for (const [programme, pattern] of Object.entries(SMALLEST_CHANGE[id] ?? {})) {
        const text = await page.locator(`article.card[data-programme="${programme}"] .smallest-change`).textContent();
        assert.match(text, pattern, `${id}: smallest change of ${programme}`);
      }

      // The shown ceilings add up to the headline lines: the enterprise's known maximum (or the
      // combined figure where both first recognitions apply) plus the talents' money.
      const sum = Object.values(got.cards).reduce((s, c) => s + Number(c.ceiling ?? 0), 0);
      assert.equal(
        sum,
        Number(got.combinedMax ?? got.knownMax) + Number(got.talentMax),
        `${id}: the shown ceilings = the headline lines`,
      );

      // Every example answers enough for a verdict on every programme.
      for (const [programme, card] of Object.entries(got.cards)) {
        assert.notEqual(card.status, 'needs_info', `${id}: ${programme} still needs answers`);
      }

      const notEligible = page.locator('details[data-group="not_eligible"]');
      if (want.outside) {
        for (const [programme, card] of Object.entries(got.cards)) {
          if (NATIONAL.includes(programme) || OPEN_SERVICES.includes(programme)) continue;
          assert.equal(card.status, 'not_eligible', `${id}: ${programme}`);
        }
        // The banner and what still applies lead; the city's cards are one tap away (issue 20).
        assert.equal(await notEligible.evaluate((d) => d.open), false, 'outside Yinchuan: the not-eligible group is folded');
        await says(page.locator('section.results .notice.error'), '银川市以外');
      } else {
        if (await notEligible.count()) {
          assert.equal(await notEligible.evaluate((d) => d.open), false, 'the not-eligible group starts collapsed');
        }
        assert.equal(await page.locator('section.results .notice.error').count(), 0, 'no outside notice');
      }
      // Examples show no "restored from" message.
      assert.equal(await page.locator('[data-notice]').count(), 0);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// From the start page to the results by keyboard only.

/** The answers given on the walk; other yes/no questions get "no", other counts 0. */
const WALK = {
  location: 'jinfeng',
  state_owned: 'n',
  industries: ['software'],
  industrial: 'n',
  sme: 'y',
  registration_date: '2020-05-01',
  employees: '30',
  tech_staff: '12',
  revenue: '500万',
  total_assets: '800万',
  tsme_registered: 'y',
  hnte_status: 'first',
  hnte_date: '2025-12-01',
  hnte_paid: '0',
  hnte_supported_this_year: 'n',
  giant_status: 'never',
  rd_expense: '80万',
};
const COUNTS = new Set(['employees', 'tech_staff', 'leading_talents', 'innovation_teams', 'ip_invention', 'ip_other']);

/** What has keyboard focus, and the context the walk needs to decide its next key. */
function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const field = el?.closest?.('[data-fact]');
    const view = document.querySelector('section.results')
      ? 'results'
      : document.querySelector('section.review')
        ? 'review'
        : document.querySelector('section.step')
          ? 'step'
          : 'start';
    const state = {
      view,
      tag: el?.tagName.toLowerCase() ?? null,
      type: el?.getAttribute('type') ?? null,
      id: el?.id ?? '',
      value: el?.value ?? null,
      checked: el?.checked ?? null,
      text: el?.tagName === 'BUTTON' ? el.textContent.trim() : null,
      fact: field?.getAttribute('data-fact') ?? null,
    };
    if (state.type === 'radio') {
      const group = [...document.querySelectorAll(`input[type=radio][name="${el.name}"]`)];
      state.options = group.map((r) => r.value);
      state.index = group.indexOf(el);
      state.groupChecked = group.find((r) => r.checked)?.value ?? null;
    }
    return state;
  });
}

test('keyboard only: from the start page to the results of a first-time HNTE', async () => {
  await journey(async ({ page }) => {
    const MAX_KEYS = 700;
    let keys = 0;
    const press = async (key) => {
      keys += 1;
      assert.ok(keys <= MAX_KEYS, `more than ${MAX_KEYS} key presses: the walk is stuck`);
      await page.keyboard.press(key);
    };
    /** Presses Enter on a button that navigates, and waits for the new page's heading to get focus. */
    const enterAndWait = async () => {
      const before = await heading(page);
      await press('Enter');
      await page.waitForFunction(
        (old) => document.activeElement?.id === 'page-heading' && document.activeElement.textContent.trim() !== old,
        before,
        { timeout: 10_000 },
      );
    };

    const visited = []; // facts in the order the keyboard reached them
    const headings = [await heading(page)];
    for (;;) {
      const s = await focusState(page);
      if (s.view === 'results') break;
      if (s.fact && visited.at(-1) !== s.fact) visited.push(s.fact);
      const want = WALK[s.fact];

      if (s.fact && s.type === 'radio') {
        const desired = want ?? (s.options.includes('y') ? 'n' : undefined);
        if (desired === undefined || s.groupChecked === desired) {
          await press('Tab');
        } else if (s.groupChecked === null && s.options[s.index] === desired) {
          await press('Space');
        } else {
          const target = s.options.indexOf(desired);
          assert.ok(target >= 0, `${s.fact}: no option ${desired} in ${s.options}`);
          const steps = (target - s.index + s.options.length) % s.options.length;
          for (let i = 0; i < steps; i += 1) await press('ArrowRight');
        }
      } else if (s.fact && s.type === 'checkbox') {
        const wanted = (want ?? []).includes(s.value);
        await press(wanted === s.checked ? 'Tab' : 'Space');
      } else if (s.fact && s.tag === 'input') {
        const desired = want ?? (COUNTS.has(s.fact) ? '0' : undefined);
        if (desired === undefined || s.value === desired) {
          await press('Tab');
        } else {
          await press('Control+A');
          await page.keyboard.type(desired);
          keys += 1;
          await press('Tab'); // leaving the field shows its error, if any
        }
      } else if (s.tag === 'button' && ['开始', '下一步', '核对回答', '查看结果'].includes(s.text)) {
        await enterAndWait();
        headings.push(await heading(page));
      } else {
        await press('Tab');
      }
    }

    // The walk went start → steps → review → results, and never needed the mouse.
    assert.equal(headings[0], '银川市科技型企业政策计算器');
    assert.equal(headings[1], '基本情况');
    assert.equal(headings.at(-2), '核对回答');
    assert.equal(headings.at(-1), '评估结果');
    // The wizard is adaptive: "first recognition" inserts its date right after it.
    assert.ok(visited.includes('hnte_status'), `visited ${visited}`);
    assert.equal(visited[visited.indexOf('hnte_status') + 1], 'hnte_date', `visited ${visited}`);

    const saved = await savedAnswers(page);
    assert.equal(saved.location, 'jinfeng');
    assert.deepEqual(saved.industries, ['software']);
    assert.equal(saved.hnte_status, 'first');
    assert.equal(saved.hnte_date, '2025-12-01');
    // An answer about this year is saved with the year it is about.
    assert.deepEqual(saved.hnte_supported_this_year, { answer: false, year: 2026 });

    const got = await readResults(page);
    assert.deepEqual(got.cards['hnte-first-recognition'], { status: 'eligible', ceiling: '500000' });
    assert.equal(got.knownMax, '500000');
  }, { now: JUNE });
});

// ---------------------------------------------------------------------------------------------

test('review page: changing one answer changes the results and keeps the other answers', async () => {
  await journey(async ({ page }) => {
    await loadExample(page, 'new-materials-pilot');
    const beforeResults = await readResults(page);
    // Recognised last October, assessed after this year's last cut-off: next year's project.
    assert.equal(beforeResults.cards['hnte-first-recognition'].status, 'upcoming');

    await page.locator('[data-action="edit-answers"]').click();
    await waitForHeading(page, '核对回答');
    const beforeAnswers = await reviewAnswers(page);
    assert.ok(beforeAnswers.hnte_date, 'the first-recognition date is listed');

    const row = page.locator('li.review-row[data-fact="hnte_status"]');
    await row.locator('[data-action="edit"]').click();
    await row.locator('input[type=radio][value="never"]').check();
    await row.locator('[data-action="done"]').click();
    await row.locator('.answer').waitFor();

    const afterAnswers = await reviewAnswers(page);
    assert.notEqual(afterAnswers.hnte_status, beforeAnswers.hnte_status);
    // The questions that only follow a first recognition are no longer asked.
    for (const fact of ['hnte_date', 'hnte_paid', 'hnte_supported_this_year']) {
      assert.equal(afterAnswers[fact], undefined, `${fact} is no longer listed`);
    }
    for (const [fact, answer] of Object.entries(beforeAnswers)) {
      if (fact !== 'hnte_status' && fact in afterAnswers) {
        assert.equal(afterAnswers[fact], answer, `${fact} is unchanged`);
      }
    }
    for (const [fact, answer] of Object.entries(afterAnswers)) {
      // Questions the new answer makes relevant (the HNTE self-check) are listed, unanswered.
      if (!(fact in beforeAnswers)) assert.equal(answer, '未回答', `${fact} is new and unanswered`);
    }

    await page.locator('[data-action="see-results"]').click();
    await waitForHeading(page, '评估结果');
    const got = await readResults(page);
    assert.deepEqual(got.cards['hnte-first-recognition'], { status: 'not_eligible', ceiling: null });
    assert.equal(got.knownMax, '0');
    assert.equal(got.pilotBase, '15000000', 'the pilot project is unchanged');
    assert.equal((await savedAnswers(page)).hnte_status, 'never');
  });
});

test('outside Yinchuan on the first step: no other question, straight to review and results', async () => {
  await journey(async ({ page }) => {
    await page.locator('[data-start="true"]').click();
    await waitForHeading(page, '基本情况');
    assert.ok((await page.locator('[data-fact]').count()) > 1, 'Basics asks several questions at first');

    await page.locator('[data-fact="location"] input[value="outside"]').check();
    await page.locator('[data-fact="state_owned"]').waitFor({ state: 'detached' });
    assert.deepEqual(
      await page.locator('[data-fact]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact'))),
      ['location'],
    );
    // This is now the last (and only) step.
    await page.locator('[data-action="next"]').click();
    await waitForHeading(page, '核对回答');
    assert.deepEqual(Object.keys(await reviewAnswers(page)), ['location']);

    await page.locator('[data-action="see-results"]').click();
    await waitForHeading(page, '评估结果');
    const got = await readResults(page);
    assert.equal(Object.keys(got.cards).length, PROGRAMME_COUNT);
    for (const [programme, card] of Object.entries(got.cards)) {
      const open = NATIONAL.includes(programme) || OPEN_SERVICES.includes(programme);
      assert.equal(card.status, open ? 'possible' : 'not_eligible', programme);
    }
    assert.equal(got.knownMax, null, 'the banner leads, no city sum');
    assert.equal(await page.locator('details[data-group="not_eligible"]').evaluate((d) => d.open), false, 'the city cards folded under the banner');
    await says(page.locator('section.results .notice.error'), '贵企业注册在银川市以外');
  });
});

test('review page by keyboard: an answer that removes whole groups keeps the focus on the choice', async () => {
  await journey(
    async ({ page }) => {
    await waitForHeading(page, '评估结果');
    await page.locator('[data-action="edit-answers"]').click();
    await waitForHeading(page, '核对回答');
    const groupsBefore = await page.locator('section.review-group').count();
    const row = page.locator('li.review-row[data-fact="location"]');
    await row.locator('[data-action="edit"]').click();
    await row.locator('input[value="jinfeng"]').focus();
    // The options end with 银川市以外 and then 不确定; arrow keys move through them and choose.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.evaluate(() => document.activeElement?.value), 'outside');
    await page.locator('section.review-group').nth(1).waitFor({ state: 'detached' });
    assert.ok(groupsBefore > 1);
    assert.equal(await page.evaluate(() => document.activeElement?.value), 'outside', 'focus stays on the choice');
    assert.equal((await savedAnswers(page)).location, 'outside');
    // And the keyboard carries on from there: Tab reaches "怎么判断？", "清除回答", then the row's
    // "完成" button.
    const reached = [];
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent.trim()));
    }
    assert.deepEqual(reached, ['怎么判断？', '清除回答', '完成']);
    },
    // Only the location is answered: the review lists the open questions of every step.
    { path: '/#v=1&location=jinfeng' },
  );
});

test('中文 / English: the texts change, the results do not', async () => {
  await journey(async ({ page }) => {
    await loadExample(page, 'team-biotech');
    const zh = await readResults(page);
    assert.equal(await heading(page), '评估结果');
    const html = page.locator('html');
    assert.equal(await html.getAttribute('lang'), 'zh-CN');

    await page.locator('[data-action="switch-language"]').click();
    await waitForHeading(page, 'Your results');
    assert.equal(await html.getAttribute('lang'), 'en');
    assert.equal(await page.title(), 'Yinchuan Tech-Enterprise Policy Calculator');
    // The save-and-share menu sits below the results, closed: the money comes first.
    await page.locator('details[data-menu="save-share"] > summary').click();
    await page.locator('[data-action="copy-link"]').waitFor();
    await says(page.locator('[data-group="eligible"] h2'), /[A-Za-z]/);
    assert.deepEqual(await readResults(page), zh, 'same statuses and ceilings in English');

    // The wizard speaks English too.
    await page.locator('[data-action="edit-answers"]').click();
    await waitForHeading(page, 'Review your answers');
    await page.locator('[data-action="see-results"]').click();
    await waitForHeading(page, 'Your results');

    await page.locator('[data-action="switch-language"]').click();
    await waitForHeading(page, '评估结果');
    assert.equal(await html.getAttribute('lang'), 'zh-CN');
    assert.equal(await page.title(), '银川市科技型企业政策计算器');
    // The menu may have been redrawn closed by the language switch: open it if so.
    if (!(await page.locator('details[data-menu="save-share"]').evaluate((d) => d.open))) {
      await page.locator('details[data-menu="save-share"] > summary').click();
    }
    await page.locator('[data-action="copy-link"]').waitFor();
    assert.deepEqual(await readResults(page), zh);
  });
});

/** Computed font sizes (px) of body text on the current page, by selector. */
function textSizes(page, selectors) {
  return page.evaluate(
    (sels) =>
      Object.fromEntries(
        sels.map((s) => {
          const el = document.querySelector(s);
          return [s, el ? parseFloat(getComputedStyle(el).fontSize) : null];
        }),
      ),
    selectors,
  );
}

for (const lang of ['zh', 'en']) {
  test(`长者版 (${lang}): larger text on the start page and the results`, async () => {
    await journey(async ({ page }) => {
      if (lang === 'en') {
        await page.locator('[data-action="switch-language"]').click();
        await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
      }
      const toggleName = lang === 'en' ? 'Large text' : '长者版';
      const toggle = page.locator('[data-action="switch-senior"]');
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
      assert.equal(await page.locator('.page.senior').count(), 0);

      // Body text of the start page and of a results page.
      const START = ['.lede', '.promises li', '.hint', '.example-summary'];
      const RESULTS = ['.summary-counts', '.card .benefit', '.card .why-row', '.meta'];
      const standardStart = await textSizes(page, START);
      await loadExample(page, 'new-materials-pilot');
      const standardResults = await textSizes(page, RESULTS);
      const results = await readResults(page);

      await toggle.click();
      await page.locator('.page.senior').waitFor();
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      const seniorResults = await textSizes(page, RESULTS);
      assert.deepEqual(await readResults(page), results, '长者版 shows the same results');

      await page.locator('a.brand').click();
      await page.locator('section.start').waitFor();
      const seniorStart = await textSizes(page, START);

      const smaller = [];
      for (const [sel, px] of Object.entries({ ...standardStart, ...standardResults })) {
        const big = seniorStart[sel] ?? seniorResults[sel];
        assert.ok(px && big, `${sel} is on the page`);
        if (!(big > px)) smaller.push(`${sel}: ${px}px standard, ${big}px in 长者版`);
      }
      assert.deepEqual(smaller, [], 'in 长者版 every body text is larger');

      // The mode is remembered, and switches back.
      await page.reload();
      await page.locator('.page.senior').waitFor();
      await page.locator('[data-action="switch-senior"]').click();
      await page.locator('.page.senior').waitFor({ state: 'detached' });
      assert.equal(await page.locator('[data-action="switch-senior"]').getAttribute('aria-pressed'), 'false');
    });
  });
}
