// Smoke journeys in two more browser engines, against the built app (dist/):
//
//   - WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver, in Xvfb (the engine of Safari and
//     of WeChat on iPhone);
//   - Firefox ESR through geckodriver, headless;
//
// each compared with Chromium (Debian's, through playwright-core, as in tests/e2e/), which runs
// the same steps first as the reference. In every engine:
//
//   1. start            the start page loads and shows its <h1> title; no console error,
//                       uncaught error, unhandled rejection or CSP violation;
//   2. questionnaire    开始, one answer on the first step, 下一步: the second step shows;
//   3. example <id>     each example enterprise of the start page opens its results: every
//                       programme card's status and ceiling, and the headline figures, equal
//                       Chromium's;
//   4. share <id>       the results' address (`#v=2&p=…`) opened in a fresh load, with nothing
//                       saved, shows the same results;
//   5. english          the language switch, and an example's results in English: same statuses;
//   6. desktop          the start page and an example's results at 1280 px.
//
// Steps 1–5 run at a 500 px wide viewport (the narrowest both drivers allow: the phone layout).
// Screenshots of the start page, the second step and the results, zh and en, go to
// target/screenshots/engines/<page>-<engine>.png (WebKit's cover the viewport only; look at
// them: WebKit wraps paragraphs its own way; `text-wrap: pretty` is for English text only since
// it left WebKit's Chinese lines ragged).
//
//   node tests/engines/smoke.mjs [dist]          # scripts/test.sh runs it after the e2e step
//   YC_ENGINES=webkit node tests/engines/smoke.mjs dist
//
// No WebDriver BiDi (WebKitWebDriver refuses it): the page's problems are collected by a probe
// script served with the app (an external file, allowed by the strict CSP's 'self'), loaded
// before the app's own; it also fixes the clock at the e2e tests' FIXED_NOW (the examples'
// verdicts depend on the day) and hides the service worker API, as the Chromium journeys block
// service workers. The app is served from a temporary copy of `dist` with that one script tag
// added to index.html (and its .gz/.br copies redone), by tests/e2e/static-server.mjs, with
// the strict headers. A failure names the engine, the step and the difference; the closing line
// counts the steps that passed and failed. Drivers, browsers and Xvfb run on free loopback
// ports / displays in process groups of their own, stopped on exit.

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { APP_TITLE, FIXED_NOW, ROOT, SCREENSHOTS, guardPage, launchBrowser } from '../e2e/harness.mjs';
import { startServer } from '../e2e/static-server.mjs';
import { FIREFOX, MINIBROWSER, commandExists, startFirefox, startWebKit, stopAll } from './webdriver.mjs';

const DIST = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const ENGINES = (process.env.YC_ENGINES ?? 'webkit,firefox').split(',').map((e) => e.trim()).filter(Boolean);
const SHOTS = path.join(SCREENSHOTS, 'engines');
const NARROW = { width: 500, height: 900 };
const WIDE = { width: 1280, height: 800 };
/** The example whose results are photographed and read in English (it has eligible cards). */
const SHOWCASE = 'new-materials-pilot';
/** The whole run may take this long before it is stopped as hung. */
const RUN_TIMEOUT = 300_000;
const PROBE_FILE = '__engines-probe.js';
/** The run's temporary directory (the served copy, browser profiles), removed on any exit. */
let tmpDir = null;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// The probe: the first script of the page, in every engine.

function probe(fixedNow) {
  var problems = [];
  window.__ycEngines = { problems: problems };
  function text(x) {
    try {
      return x && (x.stack || x.message) ? String(x.message) + (x.stack ? ' @ ' + String(x.stack).split('\n')[0] : '') : String(x);
    } catch (e) {
      return '(unprintable)';
    }
  }
  window.addEventListener(
    'error',
    function (e) {
      var t = e.target;
      if (t && t !== window && t.tagName) problems.push('failed to load <' + t.tagName.toLowerCase() + '> ' + (t.src || t.href || ''));
      else problems.push('uncaught error: ' + (e.error ? text(e.error) : e.message) + ' (' + e.filename + ':' + e.lineno + ')');
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (e) {
    problems.push('unhandled rejection: ' + text(e.reason));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    problems.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' (' + e.sourceFile + ':' + e.lineNumber + ')');
  });
  var consoleError = console.error;
  console.error = function () {
    problems.push('console error: ' + Array.prototype.map.call(arguments, text).join(' '));
    return consoleError.apply(console, arguments);
  };
  // Failed fetches (the Wasm, the texts file): WebKit fires no error event for a failed preload.
  var realFetch = window.fetch;
  window.fetch = function () {
    return realFetch.apply(this, arguments).then(
      function (res) {
        if (!res.ok) problems.push('HTTP ' + res.status + ': ' + res.url);
        return res;
      },
      function (err) {
        problems.push('fetch failed: ' + text(err));
        throw err;
      },
    );
  };
  // No service worker: every load comes from the server (as in the Chromium journeys).
  try {
    delete Navigator.prototype.serviceWorker;
  } catch (e) {
    problems.push('probe: cannot hide the service worker API: ' + e);
  }
  // A fixed clock: `new Date()` and `Date.now()` say `fixedNow`; timers keep running.
  var RealDate = Date;
  function FixedDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return new RealDate(fixedNow).toString();
    return Reflect.construct(RealDate, args.length ? args : [fixedNow], new.target);
  }
  FixedDate.prototype = RealDate.prototype;
  FixedDate.now = function () {
    return fixedNow;
  };
  FixedDate.parse = RealDate.parse;
  FixedDate.UTC = RealDate.UTC;
  window.Date = FixedDate;
}

/** A copy of `dist` in `tmp` whose index.html loads the probe first. Returns its path. */
async function servedCopy(dist, tmp) {
  const root = path.join(tmp, 'site');
  await cp(dist, root, { recursive: true });
  await writeFile(path.join(root, PROBE_FILE), `(${probe})(${FIXED_NOW.getTime()});\n`);
  const index = path.join(root, 'index.html');
  const html = await readFile(index, 'utf8');
  const tag = `<script src="/${PROBE_FILE}"></script>`;
  const at = /<meta charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!at) throw new Error(`${index}: no <head> to put the probe in`);
  const patched = Buffer.from(html.slice(0, at.index + at[0].length) + tag + html.slice(at.index + at[0].length));
  await writeFile(index, patched);
  if (existsSync(`${index}.gz`)) await writeFile(`${index}.gz`, gzipSync(patched, { level: 9 }));
  if (existsSync(`${index}.br`)) {
    await writeFile(`${index}.br`, brotliCompressSync(patched, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return root;
}

// ---------------------------------------------------------------------------------------------
// Chromium, through playwright-core, behind the same few commands as a WebDriver session.

class PlaywrightSession {
  constructor(context, page, guard) {
    this.context = context;
    this.page = page;
    this.guard = guard;
  }

  static async create(browser, origin) {
    const context = await browser.newContext({ viewport: NARROW, locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    const guard = await guardPage(page, origin);
    return new PlaywrightSession(context, page, guard);
  }

  goto(url) {
    return this.page.goto(url, { waitUntil: 'load' });
  }
  url() {
    return this.page.url();
  }
  exec(fn, ...args) {
    return this.page.evaluate(`(${fn}).apply(null, ${JSON.stringify(args)})`);
  }
  settle() {
    return this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  click(selector) {
    return this.page.locator(selector).first().click();
  }
  async setViewport(width, height) {
    await this.page.setViewportSize({ width, height });
    return { width, height };
  }
  screenshot() {
    return this.page.screenshot();
  }
  fullScreenshot() {
    return this.page.screenshot({ fullPage: true });
  }
  /** What the harness's guard saw (failed or foreign requests, console errors) since last asked. */
  drainProblems() {
    return this.guard.problems.splice(0);
  }
  deleteSession() {
    return this.context.close();
  }
}

async function startChromium(origin) {
  const browser = await launchBrowser();
  return {
    name: 'chromium',
    stop: () => browser.close(),
    newSession: () => PlaywrightSession.create(browser, origin),
    version: `Chromium ${browser.version()}`,
  };
}

// ---------------------------------------------------------------------------------------------
// What the steps read in the page (run there: plain functions, no closures).

function readResults() {
  const attr = (sel, name) => document.querySelector(sel)?.getAttribute(name) ?? null;
  return {
    knownMax: attr('section.results .known-max', 'data-known-maximum'),
    combinedMax: attr('section.results [data-known-maximum-if-combined]', 'data-known-maximum-if-combined'),
    talentMax: attr('section.results [data-talent-maximum]', 'data-talent-maximum') ?? '0',
    pilotBase: attr('[data-pilot-base-yuan]', 'data-pilot-base-yuan'),
    cards: Object.fromEntries(
      [...document.querySelectorAll('article.card[data-programme]')].map((c) => [
        c.getAttribute('data-programme'),
        { status: c.getAttribute('data-status'), ceiling: c.getAttribute('data-ceiling-yuan') },
      ]),
    ),
  };
}

function pageState() {
  const h1 = document.querySelector('h1#page-heading');
  const boot = document.querySelector('#boot');
  return {
    ready: document.documentElement.getAttribute('data-app') === 'ready',
    heading: h1 ? h1.textContent.trim() : null,
    lang: document.documentElement.lang,
    title: document.title,
    view: document.querySelector('section.results')
      ? 'results'
      : document.querySelector('section.step')
        ? 'step'
        : document.querySelector('section.review')
          ? 'review'
          : document.querySelector('section.start')
            ? 'start'
            : null,
    hash: location.hash,
    boot: boot ? boot.innerText.trim().slice(0, 200) : null,
    problems: window.__ycEngines ? window.__ycEngines.problems.slice() : ['the probe script did not run'],
  };
}

function stepState() {
  return {
    heading: document.querySelector('h1#page-heading')?.textContent.trim() ?? null,
    count: document.querySelector('section.step .step-count')?.textContent.trim() ?? null,
    progress: document.querySelector('section.step .progress-text')?.textContent.trim() ?? null,
    facts: [...document.querySelectorAll('section.step [data-fact]')].map((f) => f.getAttribute('data-fact')),
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers of the steps.

/** Polls `fn(...args)` in the page until it returns something truthy. */
async function waitFor(s, what, fn, args = [], timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const got = await s.exec(fn, ...args);
    if (got) return got;
    if (Date.now() > deadline) {
      const state = await s.exec(pageState).catch(() => null);
      throw new Error(`${what}: not within ${timeout} ms; the page: ${JSON.stringify(state)}`);
    }
    await sleep(50);
  }
}

/** Throws when the page reported a problem since the last check. */
async function assertClean(s) {
  const problems = [
    ...(await s.exec(() => (window.__ycEngines ? window.__ycEngines.problems.splice(0) : ['the probe script did not run']))),
    ...(s.drainProblems?.() ?? []),
  ];
  if (problems.length) throw new Error(`the page reported:\n      ${problems.join('\n      ')}`);
}

/**
 * Opens `url` as a first-time visitor would: what the previous load saved is forgotten, and the
 * load is a real one (about:blank in between: a fragment-only change would not reload). Waits
 * until the app has mounted and shows a page heading.
 */
async function freshLoad(s, url) {
  await s.exec(() => {
    try {
      localStorage.clear();
      sessionStorage.clear();
    } catch {
      // not on the app's origin (the session's first load)
    }
  });
  await s.goto('about:blank');
  await s.goto(url);
  return waitFor(
    s,
    'the app did not start',
    () => document.documentElement.getAttribute('data-app') === 'ready' && !!document.querySelector('h1#page-heading'),
    [],
    20_000,
  );
}

/** Screenshot `<name>-<engine>.png` (viewport, after two frames); `-full` too where offered. */
async function shoot(engine, s, name, { full = false } = {}) {
  await s.settle();
  const overflow = await s.exec(() => document.documentElement.scrollWidth - innerWidth);
  await mkdir(SHOTS, { recursive: true });
  await writeFile(path.join(SHOTS, `${name}-${engine}.png`), await s.screenshot());
  if (full) {
    const png = await s.fullScreenshot();
    if (png) await writeFile(path.join(SHOTS, `${name}-full-${engine}.png`), png);
  }
  if (overflow > 0) throw new Error(`${name}: the page is ${overflow} px wider than the viewport (scrolls sideways)`);
}

/** The differences of two readResults(), as lines; `ref` names the reference. */
function diffResults(want, got, ref) {
  const out = [];
  for (const key of ['knownMax', 'combinedMax', 'talentMax', 'pilotBase']) {
    if (want[key] !== got[key]) out.push(`${key} ${got[key]} (${ref}: ${want[key]})`);
  }
  const ids = [...new Set([...Object.keys(want.cards), ...Object.keys(got.cards)])];
  for (const id of ids) {
    const w = want.cards[id];
    const g = got.cards[id];
    if (!g) out.push(`card ${id} missing (${ref}: ${w.status})`);
    else if (!w) out.push(`card ${id} extra (${g.status}; ${ref} has none)`);
    else {
      if (w.status !== g.status) out.push(`card ${id}: status ${g.status} (${ref}: ${w.status})`);
      if (w.ceiling !== g.ceiling) out.push(`card ${id}: ceiling ${g.ceiling} (${ref}: ${w.ceiling})`);
    }
  }
  return out;
}

function assertSame(want, got, ref) {
  if (want === undefined) return; // the reference step itself failed (reported there)
  const diff = diffResults(want, got, ref);
  if (diff.length) throw new Error(`results differ from ${ref}:\n      ${diff.join('\n      ')}`);
}

/** The places where two JSON values differ (`a.b[2]: got (ref: want)`), key order aside. */
function diffJson(want, got, ref, at = '') {
  const isObject = (v) => v !== null && typeof v === 'object';
  if (isObject(want) && isObject(got) && Array.isArray(want) === Array.isArray(got)) {
    const keys = [...new Set([...Object.keys(want), ...Object.keys(got)])];
    return keys.flatMap((k) => diffJson(want[k], got[k], ref, Array.isArray(want) ? `${at}[${k}]` : at ? `${at}.${k}` : k));
  }
  return want === got ? [] : [`${at || 'value'}: ${JSON.stringify(got)} (${ref}: ${JSON.stringify(want)})`];
}

function assertEqualJson(want, got, what, ref) {
  if (want === undefined) return;
  const diff = diffJson(want, got, ref);
  if (diff.length) throw new Error(`${what} differ:\n      ${diff.join('\n      ')}`);
}

/** "3 eligible, 5 possible, …" of a readResults(). */
function statusCounts(results) {
  const counts = {};
  for (const { status } of Object.values(results.cards)) counts[status] = (counts[status] ?? 0) + 1;
  return Object.entries(counts)
    .sort()
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
}

// ---------------------------------------------------------------------------------------------
// The journeys of one engine.

const outcome = { passed: 0, failed: [] };

/**
 * Runs the steps in one engine. `ref` is Chromium's record (null while Chromium itself runs).
 * Returns this engine's record: what each step read.
 */
async function runEngine(driver, origin, ref) {
  const engine = driver.name;
  const refName = 'Chromium';
  const record = { examples: {}, results: {}, shared: {} };
  let s = null;

  // After this many steps in a row that failed by waiting out a timeout, the engine's other
  // steps are skipped: the run stays short when the build or the browser is broken.
  const GIVE_UP = 3;
  let failedInARow = 0;
  let skipped = 0;
  const step = async (name, body) => {
    if (failedInARow >= GIVE_UP) {
      skipped += 1;
      return false;
    }
    const t = Date.now();
    try {
      if (!s) throw new Error('no session');
      await body();
      outcome.passed += 1;
      failedInARow = 0;
      console.log(`  ok    ${engine} · ${name} (${seconds(t)})`);
      return true;
    } catch (err) {
      failedInARow = Date.now() - t > 5000 ? failedInARow + 1 : 0;
      outcome.failed.push(`${engine} · ${name}: ${err.message}`);
      console.log(`  FAIL  ${engine} · ${name} (${seconds(t)}):\n      ${err.message}`);
      return false;
    }
  };

  const t0 = Date.now();
  try {
    s = await driver.newSession();
    record.browser = driver.version ?? s.browser;
    console.log(`${engine}: ${record.browser} (session in ${seconds(t0)})`);
  } catch (err) {
    outcome.failed.push(`${engine} · session: ${err.message}`);
    console.log(`  FAIL  ${engine} · session: ${err.message}`);
    return record;
  }

  try {
    await step('start', async () => {
      const vp = await s.setViewport(NARROW.width, NARROW.height);
      if (vp.width !== NARROW.width) throw new Error(`the viewport is ${vp.width} px wide, not ${NARROW.width}`);
      await freshLoad(s, `${origin}/`);
      record.exampleIds = await s.exec(() => [...document.querySelectorAll('[data-example]')].map((b) => b.dataset.example));
      const st = await s.exec(pageState);
      if (st.heading !== APP_TITLE) throw new Error(`<h1> reads ${JSON.stringify(st.heading)}, not ${APP_TITLE}`);
      if (st.title !== APP_TITLE) throw new Error(`the title is ${JSON.stringify(st.title)}`);
      if (st.lang !== 'zh-CN') throw new Error(`<html lang=${st.lang}>`);
      // `window.Date`: Firefox runs WebDriver scripts in a sandbox with builtins of its own.
      const clock = await s.exec(() => [window.Date.now(), new window.Date().getTime()]);
      if (clock.some((t) => t !== FIXED_NOW.getTime())) throw new Error(`the probe did not fix the clock: ${clock}`);
      assertEqualJson(ref?.exampleIds, record.exampleIds, 'the examples on the start page', refName);
      if (!record.exampleIds.length) throw new Error('the start page offers no example');
      await assertClean(s);
      await shoot(engine, s, 'start-zh', { full: true });
    });

    await step('questionnaire step', async () => {
      await freshLoad(s, `${origin}/`);
      await s.click('section.start .actions button.primary');
      await waitFor(s, 'the first step did not show', () => !!document.querySelector('section.step #q-location-jinfeng'));
      const first = await s.exec(stepState);
      await s.click('#q-location-jinfeng');
      await waitFor(s, 'the answer 金凤区 was not saved', () => {
        const raw = localStorage.getItem(document.querySelector('meta[name="yc-boot"]').getAttribute('data-profile'));
        // The autosave is the readable share-link form (docs/profile.md): `v=1&d=…&location=jinfeng…`.
        return document.querySelector('#q-location-jinfeng').checked && raw && raw.startsWith('v=1&') && raw.split('&').includes('location=jinfeng');
      });
      const answered = await s.exec(stepState);
      await s.click('section.step button[type="submit"]');
      await waitFor(
        s,
        'the second step did not show',
        (old) => document.querySelector('section.step') && document.querySelector('h1#page-heading')?.textContent.trim() !== old,
        [first.heading],
      );
      const second = await s.exec(stepState);
      record.step = { first, answered, second };
      assertEqualJson(ref?.step, record.step, 'the steps', refName);
      await assertClean(s);
      await shoot(engine, s, 'step2-zh');
    });

    // Chromium's list where this engine's start step failed before reading its own.
    const exampleIds = record.exampleIds ?? ref?.exampleIds ?? [];
    for (const id of exampleIds) {
      await step(`example ${id}`, async () => {
        await freshLoad(s, `${origin}/`);
        await s.click(`[data-example="${id}"]`);
        await waitFor(s, 'no results with a share link in the address', () => !!document.querySelector('section.results') && location.hash.startsWith('#v=2&p='));
        const got = await s.exec(readResults);
        if (!Object.keys(got.cards).length) throw new Error('the results show no programme card');
        record.results[id] = got;
        record.examples[id] = await s.url();
        assertSame(ref?.results[id], got, refName);
        await assertClean(s);
        if (id === SHOWCASE) {
          await shoot(engine, s, 'results-zh');
          await s.exec(() => document.querySelector('article.card[data-status="eligible"], article.card')?.scrollIntoView());
          await shoot(engine, s, 'results-zh-cards');
        }
      });
    }

    for (const id of exampleIds) {
      await step(`share ${id}`, async () => {
        const link = record.examples[id];
        if (!link) throw new Error('no share link: the example step failed');
        await freshLoad(s, link);
        await waitFor(s, 'the share link did not open results', () => !!document.querySelector('section.results'));
        const got = await s.exec(readResults);
        record.shared[id] = got;
        assertSame(record.results[id], got, 'before sharing');
        assertSame(ref?.results[id], got, refName);
        const now = await s.url();
        if (now !== link) throw new Error(`the address changed to ${now} (the link: ${link})`);
        await assertClean(s);
      });
    }

    await step('english', async () => {
      await freshLoad(s, `${origin}/`);
      await s.click('header button.tool-button[lang="en"]');
      await waitFor(s, 'the page did not switch to English', () => document.documentElement.lang.startsWith('en'));
      await shoot(engine, s, 'start-en');
      await s.click(`[data-example="${SHOWCASE}"]`);
      await waitFor(s, 'no results', () => !!document.querySelector('section.results'));
      const got = await s.exec(readResults);
      assertSame(record.results[SHOWCASE], got, 'in Chinese');
      assertSame(ref?.results[SHOWCASE], got, refName);
      await assertClean(s);
      await shoot(engine, s, 'results-en');
    });

    await step('desktop', async () => {
      await s.setViewport(WIDE.width, WIDE.height);
      await freshLoad(s, `${origin}/`);
      await shoot(engine, s, 'start-zh-1280');
      await s.click(`[data-example="${SHOWCASE}"]`);
      await waitFor(s, 'no results', () => !!document.querySelector('section.results'));
      assertSame(record.results[SHOWCASE], await s.exec(readResults), 'at 500 px');
      await assertClean(s);
      await shoot(engine, s, 'results-zh-1280', { full: true });
    });
  } finally {
    await s.deleteSession().catch((err) => console.log(`  (${engine}: closing the session: ${err.message})`));
  }
  if (skipped) {
    outcome.failed.push(`${engine} · ${skipped} more steps: skipped after ${GIVE_UP} failures in a row`);
    console.log(`  FAIL  ${engine} · ${skipped} more steps: skipped after ${GIVE_UP} failures in a row`);
  }
  console.log(`${engine}: done in ${seconds(t0)}`);
  return record;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: build first (scripts/build.sh)`);
  }
  for (const engine of ENGINES) {
    if (!['webkit', 'firefox'].includes(engine)) throw new Error(`unknown engine ${engine} (webkit, firefox)`);
  }
  const missing = [
    ...(ENGINES.includes('webkit') ? ['Xvfb', 'WebKitWebDriver', MINIBROWSER] : []),
    ...(ENGINES.includes('firefox') ? ['geckodriver', FIREFOX] : []),
  ].filter((cmd) => !commandExists(cmd));
  if (missing.length) throw new Error(`not installed: ${missing.join(', ')} (run scripts/setup.sh)`);

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'yc-engines-'));
  tmpDir = tmp;
  let server;
  try {
    const root = await servedCopy(DIST, tmp);
    server = await startServer({ root });
    await rm(SHOTS, { recursive: true, force: true });
    console.log(`engines: ${DIST} served at ${server.origin}, clock fixed at ${FIXED_NOW.toISOString()}`);

    const records = {};
    const chromium = await startChromium(server.origin);
    try {
      records.chromium = await runEngine(chromium, server.origin, null);
    } finally {
      await chromium.stop().catch(() => {});
    }

    for (const engine of ENGINES) {
      const t = Date.now();
      let driver;
      try {
        driver = engine === 'webkit' ? await startWebKit({ tmp }) : await startFirefox({ tmp });
        console.log(`${engine}: driver up in ${seconds(t)}`);
        records[engine] = await runEngine(driver, server.origin, records.chromium);
      } catch (err) {
        outcome.failed.push(`${engine} · driver: ${err.message}`);
        console.log(`  FAIL  ${engine} · driver: ${err.message}`);
      } finally {
        await driver?.stop();
      }
    }

    // Per example: Chromium's statuses, and whether each engine showed the same.
    console.log('\nstatuses per example (Chromium\'s; in each engine, and through its share link: = the same, ≠ different, ? not read):');
    for (const [id, want] of Object.entries(records.chromium.results)) {
      const marks = ENGINES.map((engine) => {
        const got = records[engine]?.results?.[id];
        const shared = records[engine]?.shared?.[id];
        if (!got) return `${engine} ?`;
        if (diffResults(want, got, '').length || (shared && diffResults(want, shared, '').length)) return `${engine} ≠`;
        return `${engine} =${shared ? '' : ' (share ?)'}`;
      });
      console.log(`  ${id.padEnd(22)} ${statusCounts(want).padEnd(52)} ${marks.join('  ')}`);
    }
    console.log(`\nbrowsers: ${['chromium', ...ENGINES].map((e) => records[e]?.browser ?? `${e} (no session)`).join('; ')}`);
    console.log(`screenshots: ${path.relative(ROOT, SHOTS) || SHOTS}/`);
  } finally {
    await server?.close();
    await rm(tmp, { recursive: true, force: true }).catch(() => {});
  }
}

/** Stops every process this run started and removes its temporary directory, at once. */
function abort(code) {
  stopAll();
  if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  process.exit(code);
}
const watchdog = setTimeout(() => {
  console.log(`\nengines: FAILED: the run did not finish within ${RUN_TIMEOUT / 1000} s`);
  abort(1);
}, RUN_TIMEOUT);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => abort(130));

try {
  await main();
} catch (err) {
  outcome.failed.push(`setup: ${err.stack ?? err.message}`);
  console.log(`  FAIL  setup: ${err.stack ?? err.message}`);
}
stopAll();
if (outcome.failed.length) {
  console.log(`\nfailures:\n  ${outcome.failed.join('\n  ')}`);
}
console.log(`\nengines: ${outcome.passed} passed, ${outcome.failed.length} failed (${seconds(started)})`);
process.exitCode = outcome.failed.length ? 1 : 0;
