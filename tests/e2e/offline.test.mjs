// Offline after the first visit, and new deployments offered, never mixed: the service worker
// (sw.js, written by the build) precaches exactly the build's files; a reload with the network
// off works, examples and all; a new deployment is downloaded in the background and offered
// ("新版本可用"), and the page only switches when asked. The manifest names the app and its icons.

import { isStaffFile } from '../../scripts/first-load.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST, FIXED_NOW, VIEWPORTS, launchBrowser, loadExample, guardPage, waitForReady, waitForSaved, pageSays } from './harness.mjs';
import { startServer } from './static-server.mjs';

/** A copy of dist/ served on its own port, with a browser: each test can change its files. */
async function deployment() {
  const root = await mkdtemp(path.join(tmpdir(), 'yc-deploy-'));
  await cp(DIST, root, { recursive: true });
  const server = await startServer({ root });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'zh-CN' });
  const page = await context.newPage();
  const guard = await guardPage(page, server.origin);
  await page.clock.setFixedTime(FIXED_NOW);
  return {
    root, server, context, page, guard,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Opens the app and waits until its service worker controls the page. */
async function firstVisit(d) {
  await d.page.goto(d.server.url, { waitUntil: 'load' });
  await waitForReady(d.page, { guard: d.guard });
  await d.page.evaluate(() => navigator.serviceWorker.ready);
  await d.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the manifest names the app, its colours and icons that exist', async () => {
  const manifest = JSON.parse(await readFile(path.join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.name, '银川市科技型企业政策计算器');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
  for (const icon of manifest.icons) await readFile(path.join(DIST, icon.src));
});

// The staff workbench's page and program are not precached: a public visitor never downloads them;
// they are kept when the workbench is first opened (the next test).
test('sw.js precaches exactly the files of the build', async () => {
  const text = await readFile(path.join(DIST, 'sw.js'), 'utf8');
  const files = JSON.parse(text.match(/const FILES = (\[.*\]);/)[1]);
  const built = [];
  const walk = async (dir, rel = '') => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) { if (e.name !== 'standalone') await walk(path.join(dir, e.name), r); }
      else if (!/\.(gz|br)$/.test(e.name) && e.name !== 'sw.js' && !isStaffFile(e.name)) built.push(r);
    }
  };
  await walk(DIST);
  assert.deepEqual(files.filter((f) => f !== './').sort(), built.sort());
  assert.ok(files.some((f) => /_bg\.wasm$/.test(f)) && files.some((f) => /^texts-/.test(f)));
  const staff = JSON.parse(text.match(/const STAFF = (\[.*\]);/)[1]);
  const staffBuilt = (await readdir(DIST)).filter((f) => isStaffFile(f) && !/\.(gz|br)$/.test(f));
  assert.deepEqual(staff.sort(), staffBuilt.sort(), 'the staff files are named, to keep on first use');
  assert.equal(staffBuilt.length, 3);
});

test('the workbench, opened once after the calculator, works offline too; the calculator never fetched it', async () => {
  const d = await deployment();
  try {
    const fetched = [];
    d.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await firstVisit(d);
    assert.deepEqual(fetched.filter((p) => isStaffFile(p.slice(1))), [], 'the public page fetches no staff file');
    // With the service worker in control, the footer's link opens the workbench, not the calculator.
    await d.page.goto(new URL('staff.html', d.server.url).href, { waitUntil: 'load' });
    await d.page.locator('[data-staff="load"]').waitFor({ timeout: 20_000 });
    await d.context.setOffline(true);
    await d.page.reload({ waitUntil: 'load' });
    await d.page.locator('[data-staff="load"]').waitFor({ timeout: 20_000 });
    const list = path.join(d.root, 'list.csv');
    await writeFile(list, '\uFEFF企业名称,注册地,上年研发费用（万元）,职工人数\n宁夏离线测试有限公司,金凤区,50,20\n');
    await d.page.locator('#list-file').setInputFiles(list);
    await d.page.locator('[data-staff="read"][data-rows="1"]').waitFor();
    // The calculator is still the calculator, offline.
    await d.page.goto(d.server.url, { waitUntil: 'load' });
    await waitForReady(d.page, { guard: d.guard });
    d.guard.assertClean();
  } finally {
    await d.close();
  }
});

test('after the first visit, a reload with the network off works, results and all', async () => {
  const d = await deployment();
  try {
    await firstVisit(d);
    await d.context.setOffline(true);
    await d.page.reload({ waitUntil: 'load' });
    await waitForReady(d.page, { guard: d.guard });
    await loadExample(d.page, 'software-startup');
    assert.ok((await d.page.locator('article.card').count()) > 20);
    // Change an answer with the network off: it is saved, and the results follow.
    await d.page.locator('[data-action="edit-answers"]').click();
    const row = d.page.locator('li.review-row[data-fact="state_owned"]');
    await row.locator('[data-action="edit"]').click();
    await row.locator('input[value="y"]').check();
    await waitForSaved(d.page, 'state_owned', true);
    await d.page.locator('[data-action="see-results"]').click();
    await d.page.locator('section.results').waitFor();
    assert.ok(await pageSays(d.page, '人才类项目推行经费包干制。'), 'the long texts come from the cache');
    d.guard.assertClean();
  } finally {
    await d.close();
  }
});

test('the workbench opened first works offline after that one visit', async () => {
  const d = await deployment();
  try {
    await d.page.goto(new URL('staff.html', d.server.url).href, { waitUntil: 'load' });
    await d.page.locator('[data-staff="load"]').waitFor({ timeout: 20_000 });
    await d.page.evaluate(() => navigator.serviceWorker.ready);
    await d.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await d.context.setOffline(true);
    await d.page.reload({ waitUntil: 'load' });
    await d.page.locator('[data-staff="load"]').waitFor({ timeout: 20_000 });
    assert.equal(await d.page.locator('[data-staff="texts-failed"]').count(), 0, 'both texts files from the cache');
    d.guard.assertClean();
  } finally {
    await d.close();
  }
});

test('a new deployment is offered, and the page switches only when asked', async () => {
  const d = await deployment();
  try {
    await firstVisit(d);
    assert.equal(await d.page.locator('[data-update="ready"]').count(), 0);
    // Deploy a new build: a changed page and so a new service worker.
    const index = path.join(d.root, 'index.html');
    await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name="yc-build" content="2"><title>'));
    const sw = path.join(d.root, 'sw.js');
    await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const CACHE = 'yc-[0-9a-f]+';/, "const CACHE = 'yc-second-build';"));
    // The precompressed copies of the changed files go too (the server prefers them).
    for (const f of [index, sw]) await rm(`${f}.gz`).then(() => rm(`${f}.br`));
    await d.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

    const offer = d.page.locator('[data-update="ready"]');
    await offer.waitFor();
    assert.match(await offer.textContent(), /新版本可用/);
    // Until asked, the page keeps running the build it started with.
    assert.equal(await d.page.locator('meta[name="yc-build"]').count(), 0);
    await Promise.all([d.page.waitForEvent('load'), offer.locator('[data-action="reload"]').click()]);
    await waitForReady(d.page, { guard: d.guard });
    assert.equal(await d.page.locator('meta[name="yc-build"]').count(), 1, 'the new build runs after the switch');
    assert.deepEqual(await d.page.evaluate(() => caches.keys()), ['yc-second-build'], 'the old build\'s cache is gone');
    d.guard.assertClean();
  } finally {
    await d.close();
  }
});
