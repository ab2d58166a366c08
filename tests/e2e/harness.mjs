// Shared helpers of the end-to-end tests (node --test + playwright-core + Debian's Chromium).
//
// A journey test typically does:
//
//   import { test, before, after } from 'node:test';
//   import { startApp, openPage } from './harness.mjs';
//
//   let app;
//   before(async () => { app = await startApp(); });   // serves dist/, launches Chromium
//   after(async () => { await app?.close(); });
//
//   test('…', async () => {
//     const { page, guard, close } = await openPage(app, { width: 360, height: 740 });
//     try {
//       await page.getByRole('heading', { level: 1 }).waitFor();
//       …
//       guard.assertClean();          // no console error, page error, failed or foreign request
//     } finally {
//       await close();
//     }
//   });

import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';
import { bootNames } from '../../scripts/standalone.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const SCREENSHOTS = path.join(ROOT, 'target', 'screenshots');

/** Debian's Chromium; tests never use a browser downloaded by a test tool. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for Chromium run as root in CI without outside network access: no sandbox (root), no GPU,
 * and none of the background connections Chromium would otherwise keep trying.
 */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const APP_TITLE = '银川市科技型企业政策计算器';

/** Viewports the journeys check: a small phone, the part of it WeChat's webview leaves under its
 * title bar, and a laptop. */
export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  wechat: { width: 360, height: 640 },
  desktop: { width: 1280, height: 800 },
};

/** The user agent of WeChat's in-app browser (XWEB) on Android. */
export const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 12; M2012K11AC) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110003 MMWEBSDK/20230806 MicroMessenger/8.0.42.2460(0x28002A58) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64 miniProgram';

/**
 * Launches Chromium with the flags above. Playwright gives each launch a fresh temporary
 * profile (user data dir), removed on close.
 */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/**
 * Serves the built app (dist/, from `trunk build --release`) on 127.0.0.1 at a free port and
 * launches the browser. Returns `{ server, browser, url, origin, close() }`.
 */
export async function startApp({ root = DIST } = {}) {
  assert.ok(
    existsSync(path.join(root, 'index.html')),
    `${root}/index.html is missing: run \`trunk build --release --offline\` first (scripts/test.sh does)`,
  );
  const server = await startServer({ root });
  let browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    server,
    browser,
    url: server.url,
    origin: server.origin,
    close: async () => {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

/**
 * One app (server + browser) for all the tests of a file: starts it before the first test and
 * closes it after the last. Returns a handle that stands for the app in `openPage`, `openApp` and
 * `journey` (its `url`, `origin` and `browser` read through to the running app).
 */
export function sharedApp() {
  let app;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.close();
  });
  return {
    get url() { return app.url; },
    get origin() { return app.origin; },
    get browser() { return app.browser; },
    get server() { return app.server; },
  };
}

/**
 * Watches a page for anything a healthy page never does: console errors, uncaught page
 * errors, failed requests (network failure or HTTP status >= 400) and requests to any origin
 * other than `allowedOrigin`. Foreign requests are aborted before they leave the browser.
 * Call `guard.assertClean()` at the end of a test (and wherever useful in between).
 */
export async function guardPage(page, allowedOrigin) {
  const problems = [];
  const isAllowed = (url) =>
    url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === allowedOrigin;

  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (isAllowed(url)) return route.continue();
    problems.push(`request to a foreign host: ${url}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      problems.push(`console error: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.stack ?? err.message ?? err}`));
  // A blocked inline script, style or request under the strict headers fails the journey.
  await page.exposeFunction('__ycCspViolation', (what) => problems.push(`CSP violation: ${what}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__ycCspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile ?? ''}:${e.lineNumber ?? ''}`);
    });
  });
  page.on('requestfailed', (req) => {
    // The browser drops the tab icon's download when the page navigates away (ERR_ABORTED):
    // that is not a failure of the page.
    if (/\/icons\//.test(req.url()) && req.failure()?.errorText === 'net::ERR_ABORTED') return;
    // Foreign requests are already reported (and aborted) above.
    if (isAllowed(req.url())) {
      problems.push(`request failed: ${req.method()} ${req.url()}: ${req.failure()?.errorText}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });

  return {
    problems,
    assertClean() {
      assert.deepEqual(problems, [], `the page misbehaved:\n  ${problems.join('\n  ')}`);
    },
  };
}

/** The instant every journey runs at (the engine's tests assess the examples on this day). */
export const FIXED_NOW = new Date('2026-11-26T10:00:00+08:00');

/**
 * Opens a new page (own browser context) at `viewport`, guarded by `guardPage`, and navigates
 * to the app. Returns `{ context, page, guard, close() }`.
 *
 * Options:
 * - `path`: the URL path (and fragment) to open, `/` by default.
 * - `now`: a `Date` to fix the page's clock at before navigating (`page.clock.setFixedTime`:
 *   `Date` is frozen, timers keep running, so Yew's scheduler still works).
 * - `storage`: `{ key: value }` seeded into localStorage before the app's script runs, on the
 *   first load of the context only (a reload sees what the app made of it).
 * - `locale`: the browser locale, `zh-CN` by default.
 * - `goto`: `false` to open the page without navigating (to set routes first).
 * - `userAgent`: the browser's user agent (e.g. WeChat's webview).
 */
export async function openPage(
  app,
  viewport = VIEWPORTS.desktop,
  { path: urlPath = '/', now, storage, locale = 'zh-CN', goto = true, userAgent, init } = {},
) {
  // No service worker in the journeys: it would answer requests before page.route() sees them
  // (tests/e2e/offline.test.mjs covers it, in contexts of its own).
  const context = await app.browser.newContext({ viewport, locale, serviceWorkers: 'block', ...(userAgent ? { userAgent } : {}) });
  // A script to run in the page before its own (e.g. to set what a webview sets).
  if (init) await context.addInitScript(init);
  if (storage) {
    await context.addInitScript((entries) => {
      if (!window.location.protocol.startsWith('http')) return;
      const marker = 'e2e/seeded';
      if (window.sessionStorage.getItem(marker)) return;
      window.sessionStorage.setItem(marker, '1');
      for (const [k, v] of Object.entries(entries)) window.localStorage.setItem(k, v);
    }, storage);
  }
  const page = await context.newPage();
  const guard = await guardPage(page, app.origin);
  if (now) await page.clock.setFixedTime(now);
  if (goto) await page.goto(new URL(urlPath, app.origin).href, { waitUntil: 'load' });
  return { context, page, guard, close: () => context.close() };
}

/**
 * Waits until the app has mounted (html[data-app=ready]: the prerendered start page shows the
 * same heading before the app runs) and its `<h1>` shows the app title. Pass the page's guard to
 * have what went wrong (console errors, failed requests, …) in the message when it times out.
 */
export async function waitForApp(page, { guard, timeout = 15_000 } = {}) {
  try {
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout });
    await page.getByRole('heading', { level: 1, name: APP_TITLE, exact: true }).waitFor({ timeout });
  } catch (err) {
    const seen = guard?.problems.length ? `\nmeanwhile the page reported:\n  ${guard.problems.join('\n  ')}` : '';
    throw new Error(`the app did not show its <h1>${APP_TITLE}</h1> within ${timeout} ms${seen}`, {
      cause: err,
    });
  }
}

/** jsQR's browser build (npm devDependency): the decoder the share tests read QR codes with. */
export const JSQR_PATH = path.join(ROOT, 'node_modules', 'jsqr', 'dist', 'jsQR.js');

/**
 * Decodes the QR code in a PNG image (e.g. `await locator.screenshot()`, so what the page drew
 * is what is read) with jsQR, in a blank page of its own context: the script is injected from
 * the local file, so nothing is fetched. Returns the decoded text, or null when no code is found.
 */
export async function decodeQr(browser, png) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addScriptTag({ path: JSQR_PATH });
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      return window.jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
    }, png.toString('base64'));
  } finally {
    await context.close();
  }
}

/** Writes a full-page screenshot to target/screenshots/<name>.png and returns its path. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs axe-core (WCAG 2.x A/AA rules) on the page and returns its violations, for journeys
 * that check accessibility: `assert.deepEqual(summarize(await axeViolations(page)), [])`.
 */
export async function axeViolations(page, { tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } = {}) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations;
}

/** One line per axe violation: `rule-id (impact): N node(s): selectors`. */
export function summarize(violations) {
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Helpers of the journeys (tests/e2e/*.test.mjs).

/**
 * The names the app shares with its page, as the build wrote them into dist/index.html
 * (`<meta name="yc-boot" data-…>`, from src/keys.rs): the journeys name no key of their own.
 */
export const BOOT_NAMES = (() => {
  const index = path.join(DIST, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: the journeys run against the build (bash scripts/build.sh)`);
  return bootNames(readFileSync(index, 'utf8'));
})();
/** The language and mode switches are remembered under this key. */
export const SETTINGS_KEY = BOOT_NAMES.settings;
/** Autosaved answers (the readable share-link form, `v=1&d=…&location=…`: `answersOf` reads it). */
export const PROFILE_KEY = BOOT_NAMES.profile;

/**
 * The type of each answer as the profile document writes it, from the fields table of
 * docs/profile.md (written by `yc-eval --fields`; a test holds it to the code): `boolean`,
 * `boolean for a year`, `array of codes`, `integer ≥ 0`, `money`, `date`, `string`.
 */
const FIELD_TYPES = (() => {
  const md = readFileSync(path.join(ROOT, 'docs', 'profile.md'), 'utf8');
  const rows = md.slice(md.indexOf('| key | type |')).split('\n').slice(2);
  const types = {};
  for (const row of rows) {
    const m = row.match(/^\| `([a-z_0-9]+)` \| ([^|]+) \|/);
    if (!m) break;
    types[m[1]] = m[2].trim();
  }
  if (Object.keys(types).length < 40) throw new Error('docs/profile.md: its fields table was not found');
  return types;
})();

/**
 * The autosave's text as `{ fact: answer }`, each answer as the profile document (the answers
 * file) writes it: `true`, `"jinfeng"`, `["software"]`, `"2600000"` (money, yuan), `25`,
 * `{ answer: true, year: 2026 }`, `"unsure"`. Also reads a JSON document of an earlier release.
 */
export function answersOf(saved) {
  if (saved === null || saved === undefined) return null;
  if (saved.trimStart().startsWith('{')) return JSON.parse(saved).answers;
  const answers = {};
  for (const pair of saved.split('&')) {
    const at = pair.indexOf('=');
    const key = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
    const text = at < 0 ? '' : decodeURIComponent(pair.slice(at + 1));
    if (key === 'v' || key === 'd' || key === '') continue;
    const type = FIELD_TYPES[key];
    if (!type) throw new Error(`the autosave holds ${key}, which docs/profile.md does not list`);
    if (text === 'unsure') answers[key] = 'unsure';
    else if (type.startsWith('boolean for a year')) {
      const [yes, year] = text.split('@');
      answers[key] = { answer: yes === 'y', year: Number(year) };
    } else if (type.startsWith('boolean')) answers[key] = text === 'y';
    else if (type.startsWith('array')) answers[key] = text.split('+');
    else if (type.startsWith('integer')) answers[key] = Number(text);
    else answers[key] = text;
  }
  return answers;
}
/** Where unreadable autosaved answers are set aside. */
export const CORRUPT_KEY = BOOT_NAMES.corrupt;

/**
 * `openPage` at the fixed instant `FIXED_NOW`, then waits until the app runs and shows a page
 * heading (the start page, or the results of a share link). Same options and return value.
 */
export async function openApp(app, viewport = VIEWPORTS.desktop, options = {}) {
  const opened = await openPage(app, viewport, { now: FIXED_NOW, ...options });
  await waitForReady(opened.page, { guard: opened.guard });
  return opened;
}

/** Waits until the app has mounted (html[data-app=ready]) and shows its page heading. */
export async function waitForReady(page, { guard, timeout = 15_000 } = {}) {
  try {
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout });
    await page.locator('h1#page-heading').waitFor({ timeout });
  } catch (err) {
    const seen = guard?.problems.length ? `\nmeanwhile the page reported:\n  ${guard.problems.join('\n  ')}` : '';
    throw new Error(`the app did not start within ${timeout} ms${seen}`, { cause: err });
  }
}

/** Settings as the app stores them, to open a page straight in English and/or 长者版. */
export function settings({ lang = 'zh', senior = false } = {}) {
  return { [SETTINGS_KEY]: JSON.stringify({ lang, senior }) };
}

/** The text of the page's <h1>. */
export async function heading(page) {
  return (await page.locator('h1#page-heading').textContent()).trim();
}

/**
 * Waits until the page's <h1> reads `text` (a navigation happened). On the results, until the
 * results themselves are drawn: the lighter program's handover page (src/components/handoff.rs)
 * has the same heading while it starts the whole program.
 */
export async function waitForHeading(page, text, { timeout = 10_000 } = {}) {
  await page.locator('h1#page-heading', { hasText: text }).waitFor({ timeout });
  await handedOver(page, { timeout });
}

/** Waits until no handover page (`[data-handoff]`) is left: the whole program draws the page. */
export async function handedOver(page, { timeout = 10_000 } = {}) {
  await page.locator('[data-handoff]').waitFor({ state: 'detached', timeout });
}

/**
 * What the results page shows, from its stable data-* hooks:
 * `{ knownMax, combinedMax, talentMax, cards: { id: { status, ceiling } }, pilotBase }` (amounts
 * are decimal strings in yuan, or null; `talentMax` is '0' when the line is not shown).
 */
export async function readResults(page) {
  await page.locator('section.results').waitFor();
  await handedOver(page);
  return page.evaluate(() => ({
    knownMax: document.querySelector('section.results .known-max')?.getAttribute('data-known-maximum') ?? null,
    combinedMax:
      document.querySelector('section.results [data-known-maximum-if-combined]')?.getAttribute('data-known-maximum-if-combined') ?? null,
    talentMax: document.querySelector('section.results [data-talent-maximum]')?.getAttribute('data-talent-maximum') ?? '0',
    cards: Object.fromEntries(
      [...document.querySelectorAll('article.card[data-programme]')].map((c) => [
        c.getAttribute('data-programme'),
        { status: c.getAttribute('data-status'), ceiling: c.getAttribute('data-ceiling-yuan') },
      ]),
    ),
    pilotBase: document.querySelector('[data-pilot-base-yuan]')?.getAttribute('data-pilot-base-yuan') ?? null,
  }));
}

/** Loads an example enterprise from the start page and waits for its results. */
export async function loadExample(page, id) {
  await page.locator(`[data-example="${id}"]`).click();
  await page.locator('section.results').waitFor();
}

/** The autosaved answers (`answersOf` the text in localStorage), or null. */
export async function savedAnswers(page) {
  return answersOf(await page.evaluate((k) => window.localStorage.getItem(k), PROFILE_KEY));
}

/** Waits until the autosaved answer to `fact` equals `value` (`undefined`: no answer saved). */
export async function waitForSaved(page, fact, value, { timeout = 15_000 } = {}) {
  const want = JSON.stringify(value);
  const until = Date.now() + timeout;
  let got;
  for (;;) {
    got = JSON.stringify((await savedAnswers(page))?.[fact]);
    if (got === want) return;
    if (Date.now() > until) throw new Error(`the autosaved ${fact} is ${got}, not ${want}, after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `{ fact: shown answer }` for every row of the review page. */
export async function reviewAnswers(page) {
  await page.locator('section.review').waitFor();
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('li.review-row[data-fact]')].map((r) => [
        r.getAttribute('data-fact'),
        r.querySelector('.answer')?.textContent.trim() ?? null,
      ]),
    ),
  );
}

/**
 * In the wizard, presses the step's submit button ("下一步"/"Next") until the step asking `fact`
 * is shown (the wizard only asks what still matters, so the step is not fixed). Returns that
 * step's heading.
 */
/** Presses the step's submit button ("下一步"/"Next") and waits until the next page's heading shows. */
export async function nextStep(page) {
  const before = await heading(page);
  await page.locator('section.step button[type="submit"]').click();
  await page.waitForFunction((old) => document.querySelector('h1#page-heading')?.textContent.trim() !== old, before);
}

/**
 * Lets the page handle what just happened and draw it, without a fixed sleep: two animation
 * frames and a task (an event such as `hashchange` is handled by then, and its render done), so
 * a journey can assert that something did *not* happen.
 */
export async function settle(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
}

export async function advanceTo(page, fact, { maxSteps = 12 } = {}) {
  for (let i = 0; i < maxSteps; i += 1) {
    if (await page.locator(`[data-fact="${fact}"]`).count()) return heading(page);
    assert.equal(await page.locator('section.step').count(), 1, `the wizard ended before asking ${fact}`);
    const before = await heading(page);
    await page.locator('section.step button[type="submit"]').click();
    await page.waitForFunction((old) => document.querySelector('h1#page-heading')?.textContent.trim() !== old, before);
  }
  throw new Error(`${fact} was never asked within ${maxSteps} steps`);
}

/**
 * Runs `body({ page, guard })` in a fresh guarded page (own context) at the fixed instant, and
 * asserts the page stayed clean: the shape of most journeys.
 */
export async function journey(app, body, { viewport = VIEWPORTS.desktop, ...options } = {}) {
  const { page, guard, close } = await openApp(app, viewport, options);
  try {
    await body({ page, guard });
    guard.assertClean();
  } finally {
    await close();
  }
}

/**
 * Waits until one of the elements `locator` finds says `text`. Journeys find elements by their
 * `data-*` attributes and roles, never by their wording (`scripts/check-selectors.mjs`); where
 * the point of a step is what the page says, it says so with this, after finding the element.
 */
export async function says(locator, text, options = {}) {
  await locator.filter({ hasText: text }).first().waitFor(options);
}

/** Whether anything on the page says `text` (for the long texts that come from the texts file). */
export async function pageSays(page, text) {
  return (await page.locator('#app').textContent()).includes(text);
}
