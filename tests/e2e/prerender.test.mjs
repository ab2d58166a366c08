// The start page is readable before the Wasm arrives: index.html carries it (written at build
// time by yc-prerender from the app's own components), the app's first render takes its place
// without a flash or a shift, an example tapped before the app has started still opens, and
// without JavaScript the page reads and says what needs JavaScript.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  APP_TITLE,
  FIXED_NOW,
  VIEWPORTS,
  WECHAT_UA,
  openPage,
  screenshot,
  BOOT_NAMES,
  PROFILE_KEY,
  SETTINGS_KEY,
  savedAnswers,
  settle,
  settings,
  sharedApp,
  waitForHeading,
  waitForReady,
  waitForSaved,
  says,
  pageSays,
} from './harness.mjs';

const app = sharedApp();

/**
 * Opens the app (`openPage` options) with every .wasm response held back until `release()` is
 * called (a slow network's Wasm); returns once the document is parsed, with `release` beside
 * `openPage`'s page, guard and close.
 */
async function openHeld(viewport, options = {}) {
  const opened = await openPage(app, viewport, { now: FIXED_NOW, ...options, goto: false });
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await opened.page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  await opened.page.goto(app.url, { waitUntil: 'domcontentloaded' });
  return { ...opened, release };
}

/** Records, from the first script on, layout shifts and every animation frame in which #app
 * was empty or held two pages (a flash), or still held the prerendered page. */
function watchFrames() {
  window.__shifts = [];
  window.__frames = { seen: 0, empty: 0, doubled: 0, prerendered: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__shifts.push({ t: e.startTime, value: e.value, sources: (e.sources || []).map((s) => [s.node && (s.node.className || s.node.nodeName), JSON.stringify(s.previousRect), JSON.stringify(s.currentRect)]) });
  }).observe({ type: 'layout-shift', buffered: true });
  const tick = () => {
    const root = document.getElementById('app');
    if (root) {
      window.__frames.seen += 1;
      if (!root.querySelector('h1')) window.__frames.empty += 1;
      if (root.querySelectorAll('h1').length > 1) window.__frames.doubled += 1;
      if (root.hasAttribute('data-prerender')) window.__frames.prerendered += 1;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

test('index.html holds the whole start page before any script runs', async () => {
  const res = await fetch(app.url);
  assert.equal(res.status, 200);
  const html = await res.text();
  const body = html.slice(html.indexOf('<div id="app"'));
  for (const text of [
    `<h1 id="page-heading" tabindex="-1" lang="zh-CN" class="app-title">${APP_TITLE}</h1>`,
    '回答一组简短的问题',
    '全部计算在您的浏览器内完成',
    '依据：银川市科技局对市政协第029号提案的答复（2022年9月14日）',
    '>开始</button>',
    '导入回答文件（JSON）',
    '试试示例企业',
    '软件初创企业',
    'href="#example=software-startup"',
    'href="#example=new-materials-pilot"',
    '规则版本',
    '名单筛查工作台与指南参数预览',
  ]) {
    assert.ok(body.includes(text), `index.html has ${text}`);
  }
  assert.match(html, /<noscript>\s*<div class="boot-error nojs" data-nojs="true">\s*<p><strong>本计算器需要启用 JavaScript。/);
});

for (const [name, viewport] of [['phone', VIEWPORTS.phone], ['desktop', VIEWPORTS.desktop]]) {
  test(`${name}: the prerendered page reads at once; the app takes its place with the same text, no flash and no shift`, async () => {
    const { page, guard, close, release } = await openHeld(viewport, { init: watchFrames });
    try {
      // Readable while the Wasm is still on its way.
      await page.locator('#app[data-prerender] .examples').waitFor();
      assert.equal(await page.locator('html').getAttribute('data-app'), null, 'the app has not started');
      assert.match(await page.locator('#boot').textContent(), /正在加载计算器/);
      const before = await page.locator('#app').innerText();
      const box = await page.locator('#app .examples').boundingBox();
      await screenshot(page, `prerender-${name}-before-start`);

      // From here on the app starts: what it does is what is measured (a page still being parsed
      // on a busy machine may have painted in pieces before; that is not the app's doing).
      const releasedAt = await page.evaluate(() => {
        window.__frames = { seen: 0, empty: 0, doubled: 0, prerendered: 0 };
        return performance.now();
      });
      release();
      await waitForReady(page, { guard });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      assert.equal(await page.locator('#app').innerText(), before, 'the same text after the app has started');
      assert.deepEqual(await page.locator('#app .examples').boundingBox(), box, 'the examples did not move');
      assert.equal(await page.locator('#app').getAttribute('data-prerender'), null);
      assert.equal(await page.locator('#boot').count(), 0, 'the loading line is gone');
      const { shifts, frames } = await page.evaluate((since) => ({ shifts: window.__shifts.filter((e) => e.t >= since), frames: window.__frames }), releasedAt);
      // (Sources name what moved, should it ever fail.)
      assert.deepEqual(shifts, [], 'no layout shift');
      assert.ok(frames.seen > 1, `frames were sampled (${frames.seen})`);
      assert.equal(frames.empty, 0, 'no frame without the page');
      assert.equal(frames.doubled, 0, 'no frame with two copies of the page');
      await screenshot(page, `prerender-${name}-started`);

      // It is the app now: the buttons answer.
      await page.locator('[data-start="true"]').click();
      await says(page.locator('h1'), '基本情况');
      guard.assertClean();
    } finally {
      await close();
    }
  });
}

test('the first paint needs index.html only: the stylesheet is inline, allowed by its hash', async () => {
  const html = await (await fetch(app.url)).text();
  assert.match(html, /<style>[\s\S]*\.site-header \{[\s\S]*<\/style>/, 'the stylesheet is in index.html');
  assert.ok(!/<link rel="stylesheet"/.test(html), 'no stylesheet to fetch');
  const csp = (await fetch(app.url)).headers.get('content-security-policy');
  assert.match(csp, /style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  const { page, guard, close, release } = await openHeld(VIEWPORTS.phone);
  try {
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // Before the Wasm has arrived the prerendered page is styled (the header in the brand red).
    const header = await page.locator('#app[data-prerender] .site-header').evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(header, 'rgb(143, 26, 26)');
    release();
    await waitForReady(page, { guard });
    assert.deepEqual(requested.filter((p) => p.endsWith('.css')), [], 'no stylesheet is requested');
    guard.assertClean(); // a style the policy refused would be a securitypolicyviolation
  } finally {
    await close();
  }
});

test('an example tapped before the app has started opens its results once it has', async () => {
  const { page, guard, close, release } = await openHeld(VIEWPORTS.phone);
  try {
    await page.locator('#app[data-prerender] [data-example="new-materials-pilot"]').click();
    assert.match(page.url(), /#example=new-materials-pilot$/);
    release();
    await waitForReady(page, { guard });
    await says(page.locator('h1'), '评估结果');
    await page.locator('article.card[data-programme="hnte-first-recognition"]').waitFor();
    // The results of that example: its pilot line's countable investment.
    assert.equal(await page.locator('[data-pilot-base-yuan]').getAttribute('data-pilot-base-yuan'), '15000000');
    // The address is now the share link of the answers shown.
    await page.waitForFunction(() => location.hash.startsWith('#v=2&p='));
    guard.assertClean();
  } finally {
    await close();
  }
});

// On a slow network the start page reads long before the app runs (slow 3G: 0.7 s against
// 5.7 s): a tap on 开始 in between used to do nothing. It now says the app is on its way and
// opens the questionnaire once the app has started; Back returns to the start page.
test('开始 tapped before the app has started opens the questionnaire once it has', async () => {
  const { page, guard, close, release } = await openHeld(VIEWPORTS.wechat, { userAgent: WECHAT_UA });
  try {
    const start = page.locator('#app[data-prerender] button[data-start]');
    await start.click();
    assert.equal(await page.locator('html').getAttribute('data-app'), null, 'the app has not started yet');
    assert.equal(await start.getAttribute('aria-busy'), 'true', 'the button says the tap was taken');
    assert.match(await start.textContent(), /正在打开问卷/);
    await screenshot(page, 'prerender-start-tapped-before-start-up');
    release();
    await waitForReady(page, { guard });
    await waitForHeading(page, '基本情况');
    assert.equal(await page.evaluate(() => location.hash), '', 'the #start link is not left in the address');
    await page.goBack();
    await says(page.locator('h1'), APP_TITLE);
    guard.assertClean();
  } finally {
    await close();
  }
});

// Start-up runs in separate tasks (src/lib.rs `start_now`): the saved answers and the link are
// read in one, the app takes the page's place in a later one. A link followed in between (here:
// made to happen exactly then, by the page's own timer hook) is read again, not lost.
test('an example followed between reading the answers and drawing the app still opens', async () => {
  const { page, guard, close, release } = await openHeld(VIEWPORTS.phone, {
    // No fixed clock: Playwright's clock would replace the timer hook below.
    now: undefined,
    init: () => {
      const plain = window.setTimeout.bind(window);
      let zeroDelay = 0;
      window.setTimeout = (fn, delay, ...rest) => {
        // The app's two hops to a later task are the first zero-delay timers of the page; at
        // the second, its answers and link have just been read.
        if (!delay && typeof fn === 'function' && ++zeroDelay === 2) {
          window.__between = location.hash;
          location.hash = '#example=new-materials-pilot';
        }
        return plain(fn, delay, ...rest);
      };
    },
  });
  try {
    release();
    await waitForReady(page, { guard });
    await says(page.locator('h1'), '评估结果');
    assert.equal(await page.evaluate(() => window.__between), '', 'the link was followed after the first read');
    assert.equal(await page.locator('[data-pilot-base-yuan]').getAttribute('data-pilot-base-yuan'), '15000000');
    guard.assertClean();
  } finally {
    await close();
  }
});

test('an example opened in a new tab (its link) lands on its results', async () => {
  const { page, guard, close } = await openPage(app, VIEWPORTS.desktop, { now: FIXED_NOW, path: '/#example=software-startup' });
  try {
    await waitForReady(page, { guard });
    await says(page.locator('h1'), '评估结果');
    await page.waitForFunction(() => location.hash.startsWith('#v=2&p='));
    // The software start-up's answers, with its relative dates filled in on the day it is opened.
    await waitForSaved(page, 'location', 'jinfeng');
    assert.equal((await savedAnswers(page)).registration_date, '2025-03-01');
    guard.assertClean();
  } finally {
    await close();
  }
});

test('without JavaScript the start page reads fully and says the calculator needs JavaScript', async () => {
  const context = await app.browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(app.url, { waitUntil: 'load' });
    await says(page.locator('h1'), APP_TITLE);
    for (const text of ['回答一组简短的问题', '试试示例企业', '软件初创企业']) {
      await says(page.locator('#app'), text);
    }
    // The message in <noscript>, shown above the page (Playwright's text engine skips <noscript>).
    const box = await page.locator('[data-nojs]').boundingBox();
    assert.ok(box && box.height > 40 && box.y < 40, `the message shows at the top: ${JSON.stringify(box)}`);
    assert.match(await page.locator('[data-nojs]').textContent(), /本计算器需要启用 JavaScript。.*This calculator needs JavaScript\./s);
    assert.equal(await pageSays(page, '正在加载计算器'), false, 'no loading line that never ends');
    await screenshot(page, 'prerender-no-javascript');
  } finally {
    await context.close();
  }
});

test('the app sets itself up beside the prerendered page, which stays on show, and draws its own in a later task', async () => {
  // Every change to #app, batch by batch (a MutationObserver reports a task's changes together,
  // before the next task), with whether the prerendered page was still in it.
  const { page, guard, close, release } = await openHeld(VIEWPORTS.phone, {
    init: () => {
      window.__batches = [];
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.getElementById('app');
        const written = root.firstElementChild;
        new MutationObserver((records) => {
          window.__batches.push({
            added: records.flatMap((r) => [...r.addedNodes].map((n) => (n.nodeType === 1 ? n.tagName.toLowerCase() + (n.className ? '.' + n.className : '') : '#text'))),
            removedWritten: records.some((r) => [...r.removedNodes].includes(written)),
            writtenOnShow: written.isConnected,
            ready: document.documentElement.getAttribute('data-app') === 'ready',
          });
        }).observe(root, { childList: true, subtree: true });
      });
    },
  });
  try {
    release();
    await waitForReady(page, { guard });
    const batches = await page.evaluate(() => window.__batches);
    // First (the set-up's task): an empty element of the app's own beside the page, which is
    // not touched, and the app not ready.
    assert.deepEqual(batches[0], { added: ['div'], removedWritten: false, writtenOnShow: true, ready: false }, JSON.stringify(batches));
    // Later (after a task boundary: the set-up awaits one), the written page goes and the app's
    // own comes (no frame in between: the test above samples every frame).
    const gone = batches.findIndex((b) => b.removedWritten);
    assert.ok(gone > 0, JSON.stringify(batches));
    assert.ok(batches.slice(gone).some((b) => b.added.includes('div.page')), JSON.stringify(batches));
    assert.equal(await page.locator('#app .page').count(), 1, 'one page');
    guard.assertClean();
  } finally {
    await close();
  }
});

test('start-up writes back nothing it has just read: settings, the last page, the 元 fields and the answers stay as stored', async () => {
  const [VIEW_KEY, UNITS_KEY] = [BOOT_NAMES.view, BOOT_NAMES.units];
  assert.ok(VIEW_KEY && UNITS_KEY, JSON.stringify(BOOT_NAMES));
  // As the app writes them (src/state/settings.rs: `to_stored`).
  const { page, guard, close } = await openPage(app, VIEWPORTS.phone, {
    now: FIXED_NOW,
    storage: { ...settings(), [VIEW_KEY]: 'start' },
    init: () => {
      // From the parsed page on (the test's own storage is written before it).
      document.addEventListener('DOMContentLoaded', () => { window.__writes = []; });
      const { setItem, removeItem } = Storage.prototype;
      Storage.prototype.setItem = function (k, v) { window.__writes?.push(['set', k]); return setItem.call(this, k, v); };
      Storage.prototype.removeItem = function (k) { window.__writes?.push(['remove', k]); return removeItem.call(this, k); };
    },
  });
  try {
    await waitForReady(page, { guard });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    const writes = await page.evaluate(() => window.__writes);
    // (The boot script's and the app's probe of whether storage works writes a key of its own.)
    const kept = writes.filter(([, k]) => !/probe|seeded/.test(k));
    assert.deepEqual(kept.filter(([, k]) => [SETTINGS_KEY, VIEW_KEY, PROFILE_KEY, UNITS_KEY].includes(k)), [], JSON.stringify(writes));
    guard.assertClean();
  } finally {
    await close();
  }
});

/** Saved answers of an earlier visit (a profile document, as the autosave writes it). */
const SAVED = JSON.stringify({ format: 'yc-profile', version: 2, assessment_date: '2026-11-20', answers: { location: 'xixia', employees: 12 } });

test('the app waits for the prerendered page to be painted before it takes its place', async () => {
  const { page, guard, close } = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, init: watchFrames });
  try {
    await waitForReady(page, { guard });
    const frames = await page.evaluate(() => window.__frames);
    assert.ok(frames.prerendered >= 1, `a frame showed the prerendered page: ${JSON.stringify(frames)}`);
    assert.equal(frames.empty, 0);
    guard.assertClean();
  } finally {
    await close();
  }
});

test('a browser that reports no paints starts the app all the same, within about a second', async () => {
  const { page, guard, close } = await openPage(app, VIEWPORTS.phone, {
    now: FIXED_NOW,
    init: () => { delete window.PerformanceObserver; },
  });
  try {
    await waitForReady(page, { guard, timeout: 5_000 });
    const startedAt = await page.evaluate(() => performance.now());
    assert.ok(startedAt < 4_000, `started ${Math.round(startedAt)} ms after navigation`);
    await page.locator('[data-start="true"]').click();
    await says(page.locator('h1'), '基本情况');
    guard.assertClean();
  } finally {
    await close();
  }
});

test('an English visitor never sees the Chinese start page flash by: it stays hidden until the app draws its own', async () => {
  const { page, guard, close, release } = await openHeld(VIEWPORTS.phone, { storage: settings({ lang: 'en' }), init: watchFrames });
  try {
    await page.locator('#app[data-prerender]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#app[data-prerender] h1').isVisible(), false, 'the Chinese page is hidden');
    assert.match(await page.locator('#boot').textContent(), /Loading the calculator/);
    const releasedAt = await page.evaluate(() => performance.now());
    release();
    await waitForReady(page, { guard });
    await says(page.locator('h1'), APP_TITLE);
    await says(page.locator('h2'), 'Try an example enterprise');
    await screenshot(page, 'prerender-en-phone-started');
    assert.deepEqual(await page.evaluate((since) => window.__shifts.filter((e) => e.t >= since), releasedAt), [], 'no layout shift');
    guard.assertClean();
  } finally {
    await close();
  }
});

test('with saved answers, an example link asks before it replaces them', async () => {
  const { page, guard, close } = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, path: '/#example=software-startup', storage: { [PROFILE_KEY]: SAVED } });
  try {
    await waitForReady(page, { guard });
    const choice = page.locator('[data-confirm="link"]');
    await choice.waitFor();
    assert.equal((await savedAnswers(page)).location, 'xixia', 'the saved answers are still there');
    await choice.locator('[data-action="keep-mine"]').click();
    await choice.waitFor({ state: 'detached' });
    assert.equal((await savedAnswers(page)).location, 'xixia');
    guard.assertClean();
  } finally {
    await close();
  }
});

test('an address that is not a link (the skip link\'s #main) keeps the saved answers and says nothing', async () => {
  const { page, guard, close } = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, path: '/#main', storage: { [PROFILE_KEY]: SAVED } });
  try {
    await waitForReady(page, { guard });
    await says(page.locator('[data-notice="info"]'), '本机保存的回答');
    assert.equal(await page.locator('[data-notice="error"], [data-notice="warning"]').count(), 0);
    assert.deepEqual(await savedAnswers(page), { location: 'xixia', employees: 12 });
    guard.assertClean();
  } finally {
    await close();
  }
});

test('a damaged share link is refused and the saved answers stay', async () => {
  const { page, guard, close } = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, path: '/#v=2&p=AAAA', storage: { [PROFILE_KEY]: SAVED } });
  try {
    await waitForReady(page, { guard });
    await page.locator('[data-notice="error"]').waitFor();
    // The autosave runs after the first render: let the page draw and run its tasks, then read
    // what is stored.
    await settle(page);
    assert.deepEqual(await savedAnswers(page), { location: 'xixia', employees: 12 });
    guard.assertClean();
  } finally {
    await close();
  }
});

test('Back after an example tapped before start-up returns to the start page', async () => {
  const { page, guard, close, release } = await openHeld(VIEWPORTS.phone);
  try {
    await page.locator('#app[data-prerender] [data-example="software-startup"]').click();
    release();
    await waitForReady(page, { guard });
    await says(page.locator('h1'), '评估结果');
    await page.goBack();
    await says(page.locator('h1'), APP_TITLE);
    await says(page.locator('h2'), '试试示例企业');
    guard.assertClean();
  } finally {
    await close();
  }
});

test("the start page's figures come with the page for the days they hold on; on another day the app derives them", async () => {
  const day = (d) => d.toISOString().slice(0, 10);
  const today = day(new Date(FIXED_NOW.getTime() + 8 * 3600e3));
  const yesterday = day(new Date(FIXED_NOW.getTime() + 8 * 3600e3 - 86400e3));
  // The build's figures (yc-prerender: FROM UNTIL FEWEST MOST ALWAYS IF_ANY), rewritten to say
  // 7 to 9 questions, for today and for yesterday only.
  for (const [label, from, shown] of [['today', today, '7'], ['yesterday', yesterday, null]]) {
    const { page, guard, close } = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false });
    try {
      let built;
      await page.route((url) => url.pathname === '/', async (route) => {
        const res = await route.fetch();
        const html = await res.text();
        built = html.match(/data-start-figures="([^"]*)"/)[1].split(' ');
        assert.equal(built.length, 6, built.join(' '));
        const headers = { ...res.headers() };
        delete headers['content-encoding'];
        delete headers['content-length'];
        const figures = [from, from, '7', '9', built[4], built[5]].join(' ');
        await route.fulfill({ status: res.status(), headers, body: html.replace(/data-start-figures="[^"]*"/, `data-start-figures="${figures}"`) });
      });
      await page.goto(app.url);
      await waitForReady(page, { guard });
      const cue = page.locator('#app:not([data-prerender]) [data-fewest-questions]');
      if (shown) {
        assert.equal(await cue.getAttribute('data-fewest-questions'), '7', label);
        assert.equal(await cue.getAttribute('data-most-questions'), '9', label);
        await says(cue, '7');
      } else {
        // Not for today: the engine's own figures, those the build derived.
        assert.equal(await cue.getAttribute('data-fewest-questions'), built[2], label);
        assert.equal(await cue.getAttribute('data-most-questions'), built[3], label);
      }
      guard.assertClean();
    } finally {
      await close();
    }
  }
});
