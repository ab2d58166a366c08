// The words of the engine and the app (questions, labels, notes, next steps, criteria, clause
// texts) are not in the Wasm, which keeps a number per text: the build writes them as one file
// per language, texts-zh-<hash>.txt and texts-en-<hash>.txt, one text per line, beside
// index.html, whose boot script preloads the file of the visitor's language so it arrives with
// the Wasm; the app starts once it is installed. Only the few words of the boot page (loading,
// why the file could not be had, "try again") stay compiled in. These journeys check the files
// are delivered like the other hashed files, that a visit downloads only its own language, that
// every page reads from it, that a change of language fetches the other file and switches when
// it has arrived, and that a failed download keeps the answers and can be retried.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST, VIEWPORTS, APP_TITLE, PROFILE_KEY, BOOT_NAMES, journey, loadExample, openApp, openPage, screenshot, settings, sharedApp, waitForReady, FIXED_NOW, savedAnswers, answersOf, pageSays, says } from './harness.mjs';

const app = sharedApp();

/** The language files of the build, each in two parts (the first, what the lighter program
 *  shows; the rest, which the whole program reads as well), and their shared hash. */
async function textsFiles() {
  const files = await readdir(DIST);
  const zh = files.find((f) => /^texts-zh-[0-9a-f]{16}\.txt$/.test(f));
  const en = files.find((f) => /^texts-en-[0-9a-f]{16}\.txt$/.test(f));
  assert.ok(zh && en, `dist/ has texts-zh-<hash>.txt and texts-en-<hash>.txt: ${files.filter((f) => f.startsWith('texts')).join(', ')}`);
  assert.ok(!files.some((f) => /^texts-[0-9a-f]{16}\.txt$/.test(f)), 'no file of both languages is shipped');
  const hash = zh.slice('texts-zh-'.length, -'.txt'.length);
  assert.equal(en, `texts-en-${hash}.txt`, 'both files are of one build');
  const rest = { 'rest-zh': `texts-rest-zh-${hash}.txt`, 'rest-en': `texts-rest-en-${hash}.txt` };
  for (const name of Object.values(rest)) assert.ok(files.includes(name), `dist/ has ${name}`);
  assert.equal(files.filter((f) => f.startsWith('texts-') && f.endsWith('.txt')).length, 4, 'four texts files');
  return { zh, en, ...rest, hash };
}

/** Every texts file the page asks for, in order (its name). */
function textRequests(page) {
  const requested = [];
  page.on('request', (r) => { if (/\/texts-/.test(r.url())) requested.push(path.basename(new URL(r.url()).pathname)); });
  return requested;
}

/** The texts files the page preloads (its `<link rel="preload">`s). */
async function preloadedTexts(page) {
  return page.evaluate(() => [...document.querySelectorAll('link[rel="preload"][href^="texts-"]')].map((l) => l.getAttribute('href')));
}

const NOTE_ZH = '人才类项目推行经费包干制。';
const NOTE_EN = 'Talent projects are funded as a lump sum (经费包干制).';
// Words of the app itself (the start page's promise, a button), as texts/*.toml hold them.
const APP_ZH = '试试示例企业';
const APP_EN = 'Try an example enterprise';
// The boot page's words, the only ones compiled in.
const BOOT_ZH = '政策条文文件未能载入';

test('each language has its own texts files, named by the build, with none of its words in the Wasm', async () => {
  const files = await textsFiles();
  const { hash } = files;
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const boot = BOOT_NAMES;
  for (const name of ['zh', 'en', 'rest-zh', 'rest-en']) {
    assert.equal(boot[`texts-${name}`], files[name], `index.html names the texts file ${name} of this build`);
  }
  assert.ok(!html.includes('<meta name="yc-boot">'), 'the build replaced the marker');
  const read = async (name) => readFile(path.join(DIST, files[name]), 'utf8');
  const [zhText, enText, zhRest, enRest] = await Promise.all(['zh', 'en', 'rest-zh', 'rest-en'].map(read));
  assert.equal(zhText.split('\n')[0], `# yc-texts ${hash} zh`);
  assert.equal(enText.split('\n')[0], `# yc-texts ${hash} en`);
  assert.equal(zhRest.split('\n')[0], `# yc-texts ${hash} zh rest`);
  assert.equal(enRest.split('\n')[0], `# yc-texts ${hash} en rest`);
  assert.equal(zhText.split('\n').length, enText.split('\n').length, 'the same texts in both');
  assert.equal(zhRest.split('\n').length, enRest.split('\n').length, 'the same texts in both');
  // A note every talent card shows (catalogue.rs, 4.1.2): in its language's rest file only (the
  // lighter program shows no card), and not in the program.
  // (The English file quotes the clauses in Chinese, one of which holds the note's words.)
  assert.ok(zhRest.includes(`\n${NOTE_ZH}\n`) && !enRest.includes(`\n${NOTE_ZH}\n`));
  assert.ok(enRest.includes(`\n${NOTE_EN}\n`) && !zhRest.includes(NOTE_EN));
  assert.ok(!zhText.includes(NOTE_ZH) && !enText.includes(NOTE_EN), 'not in the lighter program\'s file');
  // The start page's words: in the first file, which the lighter program reads.
  assert.ok(zhText.includes(`\n${APP_ZH}\n`) && enText.includes(`\n${APP_EN}\n`), 'the app\'s words too');
  const wasms = (await readdir(DIST)).filter((f) => /^yc-(calculator|light)-[0-9a-f]+_bg\.wasm$/.test(f));
  assert.equal(wasms.length, 2);
  for (const wasm of wasms) {
    const bytes = await readFile(path.join(DIST, wasm));
    for (const words of [NOTE_ZH, NOTE_EN, APP_ZH, APP_EN]) {
      assert.equal(bytes.indexOf(Buffer.from(words)), -1, `"${words}" is not compiled into ${wasm}`);
    }
    assert.notEqual(bytes.indexOf(Buffer.from(BOOT_ZH)), -1, `the boot page's words are in ${wasm}`);
  }
});

test('the texts files are served compressed and cached like every hashed file', async () => {
  const files = await textsFiles();
  for (const name of ['zh', 'en', 'rest-zh', 'rest-en'].map((n) => files[n])) {
    const res = await fetch(new URL(name, app.origin), { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(res.status, 200, name);
    assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.match(res.headers.get('cache-control'), /immutable/);
  }
});

for (const lang of ['zh', 'en']) {
  test(`a visit in ${lang === 'zh' ? 'Chinese' : 'English'} downloads its own language's texts only, from the preload`, async () => {
    const files = await textsFiles();
    const opened = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false, storage: settings({ lang }) });
    const { page, guard, close } = opened;
    try {
      const requested = textRequests(page);
      await page.goto(new URL('/', app.origin).href, { waitUntil: 'load' });
      // The preload is in the document before the app has started.
      const preload = await preloadedTexts(page);
      assert.deepEqual(preload, [files[lang]]);
      await waitForReady(page, { guard });
      // The lighter program on the start page: the first part only.
      assert.deepEqual([...new Set(requested)], [files[lang]], 'only this language\'s first file');
      await loadExample(page, 'team-biotech');
      await says(page.locator('#app'), lang === 'zh' ? NOTE_ZH : NOTE_EN, { state: 'attached' });
      // The results (the whole program): the rest of this language's texts too.
      assert.deepEqual([...new Set(requested)].sort(), [files[lang], files[`rest-${lang}`]].sort(), 'only this language\'s files');
      guard.assertClean();
    } finally {
      await close();
    }
  });
}

test('a visit that starts on results preloads both parts of its language\'s texts, and fetches each once', async () => {
  const files = await textsFiles();
  const opened = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false });
  const { page, guard, close } = opened;
  try {
    const requested = textRequests(page);
    await page.goto(new URL('/#example=team-biotech', app.origin).href, { waitUntil: 'load' });
    const preload = await preloadedTexts(page);
    assert.deepEqual(preload, [files.zh, files['rest-zh']]);
    await waitForReady(page, { guard });
    await says(page.locator('#app'), NOTE_ZH, { state: 'attached' });
    assert.deepEqual(requested.sort(), [files.zh, files['rest-zh']].sort(), 'each file once: the program reads the preloaded response');
    guard.assertClean();
  } finally {
    await close();
  }
});

test('switching the results to English fetches the English texts once, stays in Chinese until they are in, and back needs nothing', async () => {
  const files = await textsFiles();
  const { page, guard, close } = await openApp(app, VIEWPORTS.desktop);
  try {
    const requested = textRequests(page);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(`**/${files.en}`, async (route) => { await held; await route.fallback(); });
    await loadExample(page, 'team-biotech');
    await says(page.locator('#app'), NOTE_ZH, { state: 'attached' });
    const asked = page.waitForRequest((r) => r.url().endsWith(files.en));
    await page.locator('[data-action="switch-language"]').click();
    await asked;
    // Meanwhile the page stays whole, in Chinese.
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    assert.ok(await pageSays(page, NOTE_ZH));
    assert.ok((await page.locator('article.card').count()) > 10);
    release();
    await says(page.locator('#app'), NOTE_EN, { state: 'attached' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const blank = await page.evaluate(() => [...document.querySelectorAll('article.card h3, article.card .benefit')].filter((e) => e.textContent.trim() === '').length);
    assert.equal(blank, 0, 'no card is left without its words');
    await page.locator('[data-action="switch-language"]').click();
    await says(page.locator('#app'), NOTE_ZH, { state: 'attached' });
    // The Chinese first file came with the page (the lighter program's), the rest of the Chinese
    // texts with the handover to the results; the English ones once each, at the switch.
    assert.deepEqual(requested.sort(), [files.en, files['rest-en'], files['rest-zh']].sort(), 'each file once');
    guard.assertClean();
  } finally {
    await close();
  }
});

for (const [label, viewport, lang] of [['desktop, zh', VIEWPORTS.desktop, 'zh'], ['phone, en', VIEWPORTS.phone, 'en']]) {
  test(`results read every text from the file, the clause quotes in Chinese in both languages (${label})`, async () => {
    await journey(app, async ({ page }) => {
      await loadExample(page, 'software-startup');
      const empty = await page.evaluate(() => {
        const blank = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.textContent.trim() === '').length;
        return {
          names: blank('article.card h3'),
          why: blank('article.card .why li'),
          benefits: blank('article.card .benefit'),
          clauses: blank('article.card .clause p[lang]'),
          cards: document.querySelectorAll('article.card').length,
        };
      });
      assert.ok(empty.cards > 20, `${empty.cards} cards`);
      assert.deepEqual({ ...empty, cards: 0 }, { names: 0, why: 0, benefits: 0, clauses: 0, cards: 0 });
      assert.ok(await pageSays(page, lang === 'zh' ? NOTE_ZH : NOTE_EN));
      // A clause of the reply, quoted as enacted.
      assert.ok(await pageSays(page, '科技型中小企业'));
    }, { viewport, storage: settings({ lang }) });
  });
}

test('when the texts file cannot be had, the app says so, keeps the saved answers and tries again', async () => {
  const name = (await textsFiles()).zh;
  // Answers saved on this device by an earlier visit.
  let saved;
  {
    const { page, close } = await openApp(app, VIEWPORTS.phone);
    try {
      await loadExample(page, 'software-startup');
      saved = await page.evaluate((k) => window.localStorage.getItem(k), PROFILE_KEY);
    } finally {
      await close();
    }
  }
  assert.ok(saved);
  const opened = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false, storage: { [PROFILE_KEY]: saved } });
  const { page, guard, close } = opened;
  try {
    let block = true;
    await page.route(`**/${name}`, (route) => (block ? route.abort('internetdisconnected') : route.fallback()));
    await page.goto(new URL('/', app.origin).href, { waitUntil: 'load' });
    await waitForReady(page, { guard });
    const alert = page.locator('[data-texts="failed"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /政策条文文件未能载入/);
    await says(page.locator('h1'), APP_TITLE);
    await screenshot(page, 'texts-failed-phone-zh');
    assert.equal(await page.evaluate((k) => window.localStorage.getItem(k), PROFILE_KEY), saved, 'the saved answers are untouched');
    block = false;
    await alert.locator('[data-action="retry-texts"]').click();
    await page.locator('.site-footer').waitFor();
    assert.equal(await page.locator('[data-texts]').count(), 0);
    assert.deepEqual(await savedAnswers(page), answersOf(saved), 'and still there once the app runs');
    const others = guard.problems.filter((p) => !p.includes(name) && !p.includes('net::ERR_INTERNET_DISCONNECTED'));
    assert.deepEqual(others, [], 'nothing else went wrong');
  } finally {
    await close();
  }
});
