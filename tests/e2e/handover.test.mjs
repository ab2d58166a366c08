// The two programs of the release build (issue 22, scripts/two-programs.mjs): a visit that starts
// on the start page runs the lighter program (no results page), fetches the whole one once the
// questionnaire begins, and hands the page over to it when the results are asked for
// (src/components/handoff.rs); a visit that starts on results (a share or example link, the
// results page left open) runs the whole one alone. What the page shows must not change.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BOOT_NAMES,
  FIXED_NOW,
  PROFILE_KEY,
  VIEWPORTS,
  WECHAT_UA,
  advanceTo,
  handedOver,
  openApp,
  openPage,
  readResults,
  savedAnswers,
  screenshot,
  settings,
  sharedApp,
  waitForHeading,
} from './harness.mjs';

const app = sharedApp();

const LIGHT = /\/yc-light-[0-9a-f]+_bg\.wasm$/;
const WHOLE = /\/yc-calculator-[0-9a-f]+_bg\.wasm$/;

/** The rest of the texts (what only the whole program shows), in Chinese. */
const REST_ZH = /\/texts-rest-zh-[0-9a-f]{16}\.txt$/;

/** The whole program's stylesheet (styles/results.css). */
const SHEET = /\/results-[0-9a-f]+\.css$/;

/** Holds every request for `pattern` until the returned function is called. */
async function hold(page, pattern) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(pattern, async (route) => { await held; await route.fallback(); });
  return release;
}

/** Every Wasm file the page asks for, in order (its path). */
function wasmRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    if (/\.(wasm|txt)$/.test(r.url())) seen.push(new URL(r.url()).pathname);
  });
  return seen;
}

/** Starts, answers the first step "registered outside Yinchuan" (its only question then) and
 *  taps Next: the questions are done, and the review page is the whole program's. */
async function outsideAndNext(page, { basics = '基本情况' } = {}) {
  await page.locator('[data-start="true"]').click();
  await waitForHeading(page, basics);
  await page.locator('[data-fact="location"] input[value="outside"]').check();
  await page.locator('[data-fact="state_owned"]').waitFor({ state: 'detached' });
  await page.locator('[data-action="next"]').click();
}

/** As `outsideAndNext`, then waits for the review page. */
async function outsideToReview(page, { review = '核对回答', basics = '基本情况' } = {}) {
  await outsideAndNext(page, { basics });
  await waitForHeading(page, review);
}

test('a first visit runs the lighter program; the whole one is fetched once the questionnaire begins and draws the results', async () => {
  const { page, guard, close } = await openPage(app, VIEWPORTS.desktop, { now: FIXED_NOW, goto: false });
  try {
    const wasm = wasmRequests(page);
    await page.goto(app.origin + '/', { waitUntil: 'load' });
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    assert.ok(wasm.some((p) => LIGHT.test(p)), `the lighter program ran: ${wasm.join(', ')}`);
    assert.ok(!wasm.some((p) => WHOLE.test(p)), `the start page does not fetch the whole program: ${wasm.join(', ')}`);
    // Nor the rest of the texts: the lighter program reads the first file only.
    assert.ok(wasm.some((p) => /\/texts-zh-[0-9a-f]{16}\.txt$/.test(p)), `the first texts file: ${wasm.join(', ')}`);
    assert.ok(!wasm.some((p) => REST_ZH.test(p)), `the start page does not fetch the rest of the texts: ${wasm.join(', ')}`);
    // Nor the review and results pages' stylesheet (styles/results.css).
    assert.equal(await page.locator('link[data-programs="sheet"]').count(), 0, 'no results stylesheet on the start page');

    await outsideToReview(page);
    // The review page, drawn by the whole program, has its stylesheet.
    assert.equal(await page.locator('link[data-programs="sheet"]').count(), 1);
    assert.equal(await page.locator('.review-list').evaluate((e) => getComputedStyle(e).borderTopStyle), 'solid', 'the review page is styled');
    // Fetched ahead while the enterprise answers.
    for (let i = 0; i < 100 && !wasm.some((p) => WHOLE.test(p)); i++) await page.waitForTimeout(50);
    assert.ok(wasm.some((p) => WHOLE.test(p)), `the whole program is fetched ahead: ${wasm.join(', ')}`);
    assert.ok(wasm.some((p) => REST_ZH.test(p)), `and the rest of the texts: ${wasm.join(', ')}`);
    await page.locator('[data-action="see-results"]').click();
    await waitForHeading(page, '评估结果');
    const got = await readResults(page);
    assert.equal(got.knownMax, null, 'outside Yinchuan: the banner, no city sum');
    assert.equal(await page.locator('[data-notice]').count(), 0, 'no "restored" or "link" notice after the handover');
    assert.equal(await page.locator('#app > *').count(), 1, 'one app on the page');
    await screenshot(page, 'handover-results-1280-zh');
    assert.equal(wasm.filter((p) => LIGHT.test(p)).length, 1, 'the lighter program once');
    assert.equal(wasm.filter((p) => WHOLE.test(p)).length, 1, 'the whole program once');
    assert.equal(wasm.filter((p) => REST_ZH.test(p)).length, 1, 'the rest of the texts once');

    // The browser's Back and Forward still walk the answers and the results, answered by one
    // program: the whole one.
    await page.goBack();
    await waitForHeading(page, '核对回答');
    await page.goForward();
    await waitForHeading(page, '评估结果');
    await page.locator('[data-action="edit-answers"]').click();
    await waitForHeading(page, '核对回答');
    assert.equal(await page.locator('h1#page-heading').count(), 1, 'one heading: the lighter program is gone');
    guard.assertClean();
  } finally {
    await close();
  }
});

/** In the page, before its own scripts: records each streamed compilation of Wasm
 *  (`WebAssembly.instantiateStreaming` or `compileStreaming`) in `window.__streamed`. */
function recordStreamed() {
  window.__streamed = [];
  for (const name of ['instantiateStreaming', 'compileStreaming']) {
    const own = WebAssembly[name];
    if (typeof own !== 'function') continue;
    WebAssembly[name] = function (...args) {
      window.__streamed.push(name);
      return own.apply(this, args);
    };
  }
}

test('each program is compiled from its whole file, never streamed (no main-thread task feeds V8 a Wasm arriving at once)', async () => {
  // The lighter program on a first visit and then the whole one at the handover; the whole one
  // alone for a visit that starts on results.
  for (const start of ['/', '/#example=software-startup']) {
    const { page, guard, close } = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false, userAgent: WECHAT_UA, init: recordStreamed });
    try {
      const wasm = wasmRequests(page);
      await page.goto(app.origin + start, { waitUntil: 'load' });
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      if (start === '/') {
        await outsideToReview(page);
        await handedOver(page);
      } else {
        await waitForHeading(page, '评估结果');
      }
      const programs = wasm.filter((p) => LIGHT.test(p) || WHOLE.test(p));
      assert.equal(programs.length, start === '/' ? 2 : 1, `${start}: the programs it ran: ${programs.join(', ')}`);
      assert.deepEqual(await page.evaluate(() => window.__streamed), [], `${start}: no program was streamed`);
      guard.assertClean();
    } finally {
      await close();
    }
  }
});

test('a share or example link starts the whole program alone', async () => {
  let link;
  for (const start of ['/#example=software-startup', 'share link']) {
    const { page, guard, close } = await openPage(app, VIEWPORTS.desktop, { now: FIXED_NOW, goto: false });
    try {
      const wasm = wasmRequests(page);
      await page.goto(start === 'share link' ? link : app.origin + start, { waitUntil: 'load' });
      await waitForHeading(page, '评估结果');
      await readResults(page);
      assert.equal(await page.locator('article.card').first().evaluate((e) => getComputedStyle(e).borderLeftWidth), '6px', `${start}: the cards are styled`);
      assert.deepEqual(wasm.filter((p) => LIGHT.test(p)), [], `${start}: no lighter program for a visit that starts on results`);
      assert.equal(wasm.filter((p) => WHOLE.test(p)).length, 1, start);
      // The results' address is their share link (issue 20).
      await page.waitForFunction(() => location.hash.startsWith('#v='));
      link = page.url();
      guard.assertClean();
    } finally {
      await close();
    }
  }
});

test('in English and 长者版, on a WeChat phone: the handover keeps the language and 长者版', async () => {
  const { page, guard, close } = await openApp(app, VIEWPORTS.phone, { storage: settings({ lang: 'en', senior: true }), userAgent: WECHAT_UA });
  try {
    await page.locator('[data-example="software-startup"]').click();
    await waitForHeading(page, 'Your results');
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.page.senior').count(), 1, '长者版 kept');
    assert.equal(await page.locator('[data-notice]').count(), 0);
    await screenshot(page, 'handover-results-phone-en');
    guard.assertClean();
  } finally {
    await close();
  }
});

test('Back while the whole program is on its way: it takes the page over where the user went', async () => {
  const { page, guard, close } = await openApp(app, VIEWPORTS.phone, { userAgent: WECHAT_UA });
  try {
    const release = await hold(page, WHOLE);
    await page.locator('[data-example="software-startup"]').click();
    await page.locator('[data-handoff="loading"]').waitFor();
    await page.goBack();
    await page.locator('section.start').waitFor();
    release();
    // The whole program arrives and takes the page as it is now: the start page, not the results.
    await page.waitForFunction(() => !window.ycHandover && typeof window.ycRetire === 'undefined');
    await page.locator('section.start').waitFor();
    assert.equal(await page.locator('[data-handoff]').count(), 0);
    assert.equal(await page.locator('#app > *').count(), 1, 'one app on the page');
    // And it answers: the example again, now in the whole program, shows the results at once.
    await page.locator('[data-example="software-startup"]').click();
    await waitForHeading(page, '评估结果');
    await readResults(page);
    guard.assertClean();
  } finally {
    await close();
  }
});

test('text typed and refused is still there, with its error, on the way back from the results', async () => {
  const { page, guard, close } = await openApp(app, VIEWPORTS.desktop);
  try {
    await page.locator('[data-start="true"]').click();
    await waitForHeading(page, '基本情况');
    await page.locator('[data-fact="location"] input[value="jinfeng"]').check();
    await page.locator('[data-fact="state_owned"] input[value="n"]').check();
    const step = await advanceTo(page, 'revenue');
    // Key by key, as a person types; then the field is left, and its error shows.
    await page.locator('#q-revenue').pressSequentially('12x');
    await page.locator('#q-revenue').blur();
    await page.locator('[data-fact="revenue"] .error[role="alert"]').waitFor();
    // The live summary's button: the results, drawn by the whole program.
    await page.locator('[data-action="see-full-results"]').click();
    await waitForHeading(page, '评估结果');
    assert.equal(await page.locator('[data-handoff]').count(), 0);
    await page.goBack();
    await waitForHeading(page, step);
    assert.equal(await page.locator('#q-revenue').inputValue(), '12x', 'the text typed is kept');
    assert.equal(await page.locator('#q-revenue').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('[data-fact="revenue"] .error[role="alert"]').count(), 1, 'and its error shows');
    assert.equal((await savedAnswers(page)).location, 'jinfeng', 'the answers given are kept');
    guard.assertClean();
  } finally {
    await close();
  }
});

for (const [what, blockedFile] of [['whole program', WHOLE], ['rest of the texts', REST_ZH]]) test(`when the ${what} cannot be had, the page says so, keeps the answers and tries again`, async () => {
  const { page, guard, close } = await openApp(app, VIEWPORTS.phone, { userAgent: WECHAT_UA });
  try {
    // The network drops the whole program (offline, a blocking proxy).
    let blocked = true;
    await page.route(blockedFile, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    // The questions are done: the review page is the whole program's, which cannot be had.
    await outsideAndNext(page);
    await page.locator('[data-handoff="failed"]').waitFor();
    assert.equal(await page.locator('h1').textContent(), '核对回答');
    if (blockedFile === WHOLE) await screenshot(page, 'handover-failed-phone-zh');
    // Back to the questions: the answer is there.
    await page.locator('[data-action="back-to-answers"]').click();
    await waitForHeading(page, '基本情况');
    assert.ok(await page.locator('[data-fact="location"] input[value="outside"]').isChecked(), 'the answer is kept');
    const saved = await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY);
    assert.match(saved ?? '', /location=outside/, 'and saved');
    // The network is back: the review page again, and then "try again" is not needed.
    await page.locator('[data-action="next"]').click();
    await page.locator('[data-handoff="failed"]').waitFor();
    blocked = false;
    await page.locator('[data-action="retry-results"]').click();
    await handedOver(page);
    await waitForHeading(page, '核对回答');
    assert.equal(await page.locator('li.review-row[data-fact="location"]').count(), 1, 'the answer is reviewed');
    await page.locator('[data-action="see-results"]').click();
    await waitForHeading(page, '评估结果');
    const got = await readResults(page);
    assert.equal(got.knownMax, null);
    // The only problems the page reported are the blocked downloads.
    const other = guard.problems.filter((p) => !(what === 'whole program' ? /yc-calculator-[0-9a-f]+_bg\.wasm/ : /texts-rest-zh-[0-9a-f]{16}\.txt/).test(p));
    assert.deepEqual(other, [], other.join('\n'));
  } finally {
    await close();
  }
});

test('the autosave is the readable link form both programs read; an earlier release\'s JSON save starts the whole program, which saves it again in that form', async () => {
  // Answered in the lighter program: saved as `v=1&d=…&location=jinfeng`, no JSON.
  let saved;
  {
    const { page, close } = await openApp(app, VIEWPORTS.phone);
    try {
      assert.equal(await page.evaluate(() => window.ycStartsWhole), false, 'a first visit runs the lighter program');
      await page.locator('[data-start="true"]').click();
      await waitForHeading(page, '基本情况');
      await page.locator('[data-fact="location"] input[value="jinfeng"]').check();
      await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('location=jinfeng'), PROFILE_KEY);
      saved = await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY);
      assert.match(saved, /^v=1&d=2026-11-26&/, saved);
      assert.ok(!saved.includes('{'), saved);
      assert.deepEqual(await savedAnswers(page), { location: 'jinfeng' });
    } finally {
      await close();
    }
  }
  // Read back by the lighter program on the next visit.
  {
    const { page, close } = await openApp(app, VIEWPORTS.phone, { storage: { [PROFILE_KEY]: saved } });
    try {
      assert.equal(await page.evaluate(() => window.ycStartsWhole), false, 'saved answers in the link form: the lighter program');
      await waitForHeading(page, '基本情况');
      assert.ok(await page.locator('[data-fact="location"] input[value="jinfeng"]').isChecked(), 'the answer is back');
      assert.equal(await page.locator('[data-handoff]').count(), 0);
    } finally {
      await close();
    }
  }
  // A JSON document an earlier release saved: the whole program reads it, and saves it again in
  // the link form with nothing lost.
  const old = { format: 'yc-profile', version: 2, assessment_date: '2026-11-20', answers: { location: 'jinfeng', state_owned: false, employees: 25, revenue: '3000000', industries: ['software'] } };
  const { page, guard, close } = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false, storage: { [PROFILE_KEY]: JSON.stringify(old) } });
  try {
    const wasm = wasmRequests(page);
    await page.goto(app.origin + '/', { waitUntil: 'load' });
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    assert.equal(await page.evaluate(() => window.ycStartsWhole), true, 'a JSON save: the whole program');
    assert.ok(!wasm.some((p) => LIGHT.test(p)), `the lighter program is not fetched: ${wasm.join(', ')}`);
    await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').startsWith('v=1&'), PROFILE_KEY);
    assert.deepEqual(await savedAnswers(page), old.answers, 'the same answers, in the link form');
    guard.assertClean();
  } finally {
    await close();
  }
});

test('a file chosen in the lighter program is read by the whole one; when that cannot be loaded, the page says so and nothing changes', async () => {
  const file = {
    name: 'answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'yc-profile', version: 2, assessment_date: '2026-11-26', answers: { location: 'helan', employees: 260 } })),
  };
  for (const lang of ['zh', 'en']) {
    const { page, guard, close } = await openApp(app, VIEWPORTS.phone, { userAgent: WECHAT_UA, storage: settings({ lang }) });
    try {
      assert.equal(await page.evaluate(() => window.ycStartsWhole), false);
      let blocked = true;
      await page.route(WHOLE, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
      await page.locator('input[data-import="profile"]').setInputFiles(file);
      const notice = page.locator('[data-notice="error"]');
      await notice.waitFor();
      const words = {
        zh: [/读取答卷文件的那部分程序未能载入/, /您已填写的内容没有改变/],
        en: [/reads answer files could not be loaded/, /Nothing you entered was changed/],
      }[lang];
      for (const w of words) assert.match(await notice.textContent(), w);
      assert.equal(await page.locator('[data-start="true"]').count(), 1, 'still the start page');
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY), null, 'nothing saved');
      await screenshot(page, `file-unreachable-phone-${lang}`);
      // The network is back: the same file again.
      blocked = false;
      await page.locator('input[data-import="profile"]').setInputFiles(file);
      await handedOver(page);
      await waitForHeading(page, lang === 'zh' ? '核对回答' : 'Review your answers');
      assert.equal(await page.locator('[data-notice="info"]').count(), 1, 'the file\'s notice');
      assert.deepEqual(await savedAnswers(page), { location: 'helan', employees: 260 });
      assert.equal(await page.locator('#app > *').count(), 1, 'one app on the page');
      await screenshot(page, `file-opened-phone-${lang}`);
      const other = guard.problems.filter((p) => !/yc-calculator-[0-9a-f]+_bg\.wasm/.test(p));
      assert.deepEqual(other, [], other.join('\n'));
    } finally {
      await close();
    }
  }
});

test('a review page left open starts the whole program alone: no handover on the way back', async () => {
  const storage = { [PROFILE_KEY]: 'v=1&d=2026-11-26&location=outside', [BOOT_NAMES.view]: 'review' };
  const { page, guard, close } = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false, storage });
  try {
    const wasm = wasmRequests(page);
    await page.goto(app.origin + '/', { waitUntil: 'load' });
    await waitForHeading(page, '核对回答');
    assert.equal(await page.evaluate(() => window.ycStartsWhole), true);
    assert.deepEqual(wasm.filter((p) => LIGHT.test(p)), [], 'no lighter program');
    assert.equal(await page.locator('li.review-row[data-fact="location"]').count(), 1);
    guard.assertClean();
  } finally {
    await close();
  }
});

test('handed the page, the whole program draws only once the review and results pages\' stylesheet is in', async () => {
  const { page, guard, close } = await openApp(app, VIEWPORTS.phone, { userAgent: WECHAT_UA });
  try {
    const release = await hold(page, SHEET);
    await outsideAndNext(page);
    await page.locator('[data-handoff="loading"]').waitFor();
    // The whole program has long arrived (it is served locally); the page waits for the stylesheet.
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('[data-handoff="loading"]').count(), 1, 'still waiting: no unstyled review page');
    assert.equal(await page.locator('.review-list').count(), 0);
    release();
    await handedOver(page);
    await waitForHeading(page, '核对回答');
    assert.equal(await page.locator('.review-list').evaluate((e) => getComputedStyle(e).borderTopStyle), 'solid');
    guard.assertClean();
  } finally {
    await close();
  }
});

test('the whole program draws only once the review and results pages\' stylesheet is in', async () => {
  const { page, guard, close } = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false });
  try {
    const release = await hold(page, SHEET);
    await page.goto(app.origin + '/#example=software-startup', { waitUntil: 'commit' });
    // The program has long arrived (it is served locally); the page waits for the stylesheet.
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('section.results').count(), 0, 'no unstyled results');
    release();
    await waitForHeading(page, '评估结果');
    assert.equal(await page.locator('article.card').first().evaluate((e) => getComputedStyle(e).borderLeftWidth), '6px');
    guard.assertClean();
  } finally {
    await close();
  }
});
