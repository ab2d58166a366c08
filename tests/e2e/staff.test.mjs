// The staff workbench (staff.html), as staff use it: a list chosen from disk (an Excel workbook
// with a notes sheet before the list's, a GBK CSV from an older system), the columns checked, the
// summary and the chart read, the table filtered, one enterprise's cards and share link opened,
// the results exported. The page's figures are held to the command line's (`yc-eval --batch`)
// on the same files: the export equals its output byte for byte. Nothing leaves the page: no
// request is made once the file is chosen. At 1280 px and on a 360 px WeChat phone, in both
// languages; screenshots go to target/screenshots/.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, FIXED_NOW, VIEWPORTS, WECHAT_UA, guardPage, openPage, screenshot, sharedApp } from './harness.mjs';
import { LISTS, ROWS, choose, cli, download, makeLists, openStaff as openStaffIn, records } from './lists.mjs';

const app = sharedApp();

before(makeLists);

const openStaff = (viewport, options) => openStaffIn(app, viewport, options);

for (const lang of ['zh', 'en']) {
  test(`a workbook is screened as the command line screens it (${lang}, 1280 px)`, async () => {
    const file = path.join(LISTS, 'small.xlsx');
    const { page, guard, close } = await openStaff(VIEWPORTS.desktop, { lang });
    try {
      assert.match(await page.locator('[data-staff="privacy"]').innerText(), lang === 'zh' ? /不会上传/ : /not uploaded/);
      const requests = await choose(page, file);
      assert.deepEqual(requests, [], 'choosing the file makes no request');
      // The first sheet holds notes: the list's sheet, the second, is found and offered.
      const summary = page.locator('[data-staff="read"]');
      assert.equal(await page.locator('#sheet').inputValue(), '企业名单');
      await screenshot(page, `staff-loaded-${lang}-1280`);

      const expected = cli(file, lang);
      const rows = records(expected).slice(2);
      assert.equal(await summary.getAttribute('data-rows'), String(rows.length));
      const problemRows = rows.filter((r) => r[5] !== '').length;
      assert.equal(await summary.getAttribute('data-problem-rows'), String(problemRows));

      // Per programme, the chart's counts equal the command line's verdicts.
      const header = records(expected)[1];
      const words = {};
      for (const code of ['eligible', 'upcoming', 'possible', 'needs_info', 'not_eligible']) {
        words[code] = (await page.locator(`.staff-legend .legend-${code}`).innerText()).trim();
      }
      const bars = page.locator('[data-staff="chart"] tbody tr');
      assert.equal(await bars.count(), (header.length - 6) / 2);
      for (let k = 0; k < (header.length - 6) / 2; k++) {
        const counts = (await bars.nth(k).getAttribute('data-counts')).split(',').map(Number);
        const column = 6 + 2 * k;
        const fromCli = Object.values(words).map((w) => rows.filter((r) => r[column] === w).length);
        assert.deepEqual(counts, fromCli, `programme ${k} (${header[column]})`);
      }

      // Filter: one programme's eligible rows are exactly those the command line names.
      const firstWithEligible = [...Array((header.length - 6) / 2).keys()].find((k) => rows.some((r) => r[6 + 2 * k] === words.eligible));
      const programme = await bars.nth(firstWithEligible).getAttribute('data-programme');
      await page.locator('#filter-programme').selectOption(programme);
      await page.locator('#filter-status').selectOption('eligible');
      const eligible = rows.filter((r) => r[6 + 2 * firstWithEligible] === words.eligible);
      await page.locator(`[data-shown="${eligible.length}"]`).waitFor();
      const lines = await page.locator('[data-staff="table"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.line));
      assert.deepEqual(lines.sort(), eligible.map((r) => r[0]).sort());

      // One enterprise: its cards and its share link, which opens its own results in the calculator.
      await page.locator('[data-action="open-row"]').first().click();
      const detail = page.locator('[data-staff="detail"]');
      await detail.waitFor();
      assert.ok(await detail.locator('[data-status]').count() > 0, 'the cards show');
      const link = await page.locator('#row-link').inputValue();
      assert.ok(link.startsWith(`${app.origin}/#v=`), link);
      assert.equal(await detail.locator('svg[data-qr="share-link"]').count(), 1);
      await screenshot(page, `staff-detail-${lang}-1280`);

      // The exports equal the command line's outputs, byte for byte (the workbook is read back
      // cell for cell against the CSV by the engine's tests and the command line's).
      const exported = await download(page, 'export-csv');
      assert.match(exported.name, /\.csv$/);
      assert.ok(exported.bytes.equals(expected), 'the export equals yc-eval --batch');
      const workbook = await download(page, 'export-xlsx');
      assert.match(workbook.name, /\.xlsx$/);
      assert.ok(workbook.bytes.subarray(0, 2).equals(Buffer.from('PK')), 'a zip');
      assert.ok(workbook.bytes.equals(cli(file, lang, [], 'xlsx')), 'the workbook equals yc-eval --batch --out *.xlsx');

      const opened = await page.context().newPage();
      await opened.goto(link);
      await opened.locator('[data-status]').first().waitFor({ timeout: 15_000 });
      await opened.close();
      guard.assertClean();
    } finally {
      await close();
    }
  });
}

test('a sheet chosen by hand, and a new date, screen again', async () => {
  const file = path.join(LISTS, 'small.xlsx');
  const { page, guard, close } = await openStaff(VIEWPORTS.desktop);
  try {
    await choose(page, file);
    await page.locator('#sheet').selectOption('填表说明');
    await page.locator('[data-staff="failure"]').waitFor();
    await page.locator('#sheet').selectOption('企业名单');
    await page.locator('[data-staff="summary"]').waitFor();
    const before = await page.locator('[data-staff="totals"]').innerText();
    await page.locator('#assessment-date').fill('2027-06-30');
    await page.locator('#assessment-date').dispatchEvent('change');
    await page.locator('[data-staff="read"][data-date="2027-06-30"]').waitFor();
    assert.ok((await page.locator('[data-staff="totals"]').innerText()).length > 0, before);
    guard.assertClean();
  } finally {
    await close();
  }
});

test('a GBK list from an older system: detected, every bad cell named, on a 360 px WeChat phone', async () => {
  const file = path.join(LISTS, 'messy-gbk.csv');
  const { page, guard, close } = await openStaff(VIEWPORTS.wechat, { userAgent: WECHAT_UA });
  try {
    const requests = await choose(page, file);
    assert.deepEqual(requests, []);
    assert.equal(await page.locator('#encoding').getAttribute('data-used'), 'GB18030 (GBK)');
    const expected = records(cli(file, 'zh')).slice(2);
    const summary = page.locator('[data-staff="read"]');
    assert.equal(await summary.getAttribute('data-rows'), String(expected.length));
    // The three bad cells the generator wrote (rows 6 and 9), each named with its row and column.
    const problems = page.locator('[data-staff="problems"]');
    assert.equal(await problems.getAttribute('data-count'), '3');
    await problems.locator('summary').click();
    const named = await problems.locator('li').evaluateAll((lis) => lis.map((li) => `${li.dataset.row}${li.dataset.column}`));
    assert.deepEqual(named, ['6E', '9G', '9I']);
    assert.match(await problems.locator('li').first().innerText(), /abc/);
    // Nothing runs past the phone's width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
    await screenshot(page, 'staff-gbk-zh-360');
    // Read as UTF-8 by hand, the header cannot be found, and the page says so.
    await page.locator('#encoding').selectOption('utf8');
    await page.locator('[data-staff="failure"]').waitFor();
    await page.locator('#encoding').selectOption('auto');
    await page.locator('[data-staff="summary"]').waitFor();
    guard.assertClean();
  } finally {
    await close();
  }
});

test('a long screening can be paused and cancelled, and the same file chosen again', async () => {
  // 20,000 rows: about two seconds of screening, in slices of 250.
  const file = path.join(LISTS, 'long-cancel.csv');
  const lines = ['企业名称,所属区县,营业收入（万元）,研发费用（万元）,职工人数'];
  for (let i = 0; i < 20_000; i++) lines.push(`企业${i},金凤区,${100 + (i % 900)},${i % 40},${5 + (i % 90)}`);
  writeFileSync(file, `\uFEFF${lines.join('\n')}\n`);
  const { page, guard, close } = await openStaff(VIEWPORTS.desktop);
  try {
    await page.locator('#list-file').setInputFiles(file);
    await page.locator('[data-staff="progress"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-action="pause"]').click();
    const progress = page.locator('[data-staff="progress"]');
    await page.locator('[data-action="resume"]').waitFor();
    const done = Number(await progress.getAttribute('data-done'));
    assert.ok(done < 20_000, `paused part way: ${done}`);
    await page.locator('[data-action="cancel-screening"]').click();
    await progress.waitFor({ state: 'detached' });
    assert.equal(await page.locator('[data-staff="summary"]').count(), 0);
    assert.equal(await page.locator('[data-staff="file"]').count(), 0, 'the file is let go');
    // The same file again: read again and screened from the start.
    await page.locator('#list-file').setInputFiles(file);
    await page.locator('[data-staff="progress"][data-all="20000"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-action="cancel-screening"]').click();
    await progress.waitFor({ state: 'detached' });
    guard.assertClean();
  } finally {
    await close();
  }
});

test('a column mapped by hand is remembered for the next list with the same headers', async () => {
  const file = path.join(LISTS, `list-${ROWS}.csv`);
  const { page, guard, close } = await openStaff(VIEWPORTS.desktop, { lang: 'en' });
  try {
    // The list is screened a slice at a time, its progress drawn in between (300 rows: two slices).
    await page.evaluate(() => {
      window.__progress = [];
      new MutationObserver(() => {
        const p = document.querySelector('[data-staff="progress"]');
        if (p) window.__progress.push(`${p.dataset.done}/${p.dataset.all}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await choose(page, file);
    const seen = await page.evaluate(() => [...new Set(window.__progress)]);
    assert.ok(seen.includes(`250/${ROWS}`), `progress drawn between slices: ${seen.join(', ')}`);
    const tech = page.locator('[data-staff="mapping"] tr[data-header="科技人员数"]');
    await page.locator('[data-staff="mapping"] details summary').click();
    assert.equal(await tech.getAttribute('data-target'), 'tech_staff');
    await tech.locator('select').selectOption('');
    await page.locator('[data-staff="mapping"] tr[data-header="科技人员数"][data-target=""]').waitFor();
    await page.reload();
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await choose(page, file);
    assert.equal(await page.locator('[data-staff="mapping"] tr[data-header="科技人员数"]').getAttribute('data-target'), '');
    await screenshot(page, 'staff-mapping-en-1280');
    // The template names every column the reader recognises.
    const template = await download(page, 'template');
    const headers = records(template.bytes)[0];
    assert.ok(headers.length > 10, headers.join('|'));
    // So does the workbook template (with a notes sheet after the list's): chosen as it is, every
    // column is recognised and the list is empty.
    const book = await download(page, 'template-xlsx');
    assert.equal(book.name, 'list-template-en.xlsx');
    assert.ok(book.bytes.subarray(0, 2).equals(Buffer.from('PK')), 'a zip');
    const bookFile = path.join(LISTS, book.name);
    writeFileSync(bookFile, book.bytes);
    await choose(page, bookFile);
    assert.equal(await page.locator('[data-staff="read"]').getAttribute('data-rows'), '0');
    const mapped = await page.locator('[data-staff="mapping"] tr[data-header]').evaluateAll((trs) => trs.map((tr) => tr.dataset.target));
    assert.equal(mapped.length, headers.length);
    assert.ok(mapped.every((t) => t), `every column of the template is recognised: ${mapped.join(',')}`);
    guard.assertClean();
  } finally {
    await close();
  }
});

test('the public app links to the workbench and carries none of it', async () => {
  const { page, guard, close } = await openPage(app, VIEWPORTS.desktop);
  try {
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    const href = await page.locator('a[data-open="staff"]').getAttribute('href');
    assert.equal(href, 'staff.html');
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(!scripts.some((n) => /yc-staff/.test(n)), scripts.join('\n'));
    guard.assertClean();
  } finally {
    await close();
  }
});

test('the single-file workbench runs from file:// with no server', async () => {
  const file = path.join(DIST, 'standalone', 'yinchuan-policy-workbench.html');
  const html = readFileSync(file, 'utf8');
  assert.equal(html.match(/(?:src|href)="(?!data:|#)[^"]+"/), null, 'no reference to another file');
  const context = await app.browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'zh-CN', acceptDownloads: true });
  try {
    const page = await context.newPage();
    // A file page's origin is "null": any request off disk would be to another origin.
    const guard = await guardPage(page, 'null');
    await page.clock.setFixedTime(FIXED_NOW);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.locator('[data-staff="load"]').waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[data-staff="calculator"]').getAttribute('href'), 'yinchuan-policy-calculator.html');
    const requests = await choose(page, path.join(LISTS, 'small.xlsx'));
    assert.deepEqual(requests, []);
    const expected = records(cli(path.join(LISTS, 'small.xlsx'), 'zh')).slice(2);
    assert.equal(await page.locator('[data-staff="read"]').getAttribute('data-rows'), String(expected.length));
    await page.locator('[data-action="open-row"]').first().click();
    await page.locator('[data-staff="detail"] [data-status]').first().waitFor();
    assert.equal(await page.locator('#row-link').count(), 0, 'no link that would open on this computer only');
    const exported = await download(page, 'export-csv');
    assert.ok(exported.bytes.equals(cli(path.join(LISTS, 'small.xlsx'), 'zh')));
    guard.assertClean();
  } finally {
    await context.close();
  }
});
