// The staff workbench's speed (figures, not a test): a deterministic list of ROWS enterprises
// (crates/engine/examples/make-lists.rs) chosen in staff.html in headless Chromium, as XLSX and
// as CSV; prints the time from choosing the file to the summary on screen (reading the file,
// finding the header, reading every cell, screening every row and drawing), median of RUNS, and
// its two parts: until the screening's progress shows (the file and its cells read), and from
// there to the summary (every row screened, in slices, and the summary drawn).
// Then the command line on the same files (`yc-eval --batch`, release build), and a list of
// BIG rows through it with its peak memory (GNU time).
//
//   node scripts/bench-staff.mjs [ROWS=10000] [RUNS=3] [BIG=0]
//
// Needs a release build in dist/ (bash scripts/build.sh) and the test browser
// (YC_SETUP_FOR=test bash scripts/setup.sh).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from './lib/main.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function inBrowser(file, runs) {
  const { startApp, openPage, VIEWPORTS } = await import('../tests/e2e/harness.mjs');
  const app = await startApp();
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { page, close } = await openPage(app, VIEWPORTS.desktop, { path: '/staff.html' });
      await page.locator('[data-staff="load"]').waitFor({ timeout: 30_000 });
      // When the screening's progress first shows (the file and its cells read, the screening
      // begun) and when the summary does, by the page's own clock.
      await page.evaluate(() => {
        window.ycBench = {};
        new MutationObserver(() => {
          const b = window.ycBench;
          if (!b.screening && document.querySelector('[data-staff="progress"]')) b.screening = performance.now();
          if (!b.summary && document.querySelector('[data-staff="summary"]')) b.summary = performance.now();
        }).observe(document.body, { childList: true, subtree: true });
      });
      const t0 = await page.evaluate(() => performance.now());
      await page.locator('#list-file').setInputFiles(file);
      await page.locator('[data-staff="summary"]').waitFor({ timeout: 120_000 });
      const b = await page.evaluate(() => window.ycBench);
      times.push({ all: Math.round(b.summary - t0), read: Math.round(b.screening - t0), screen: Math.round(b.summary - b.screening) });
      await close();
    }
  } finally {
    await app.close();
  }
  return times;
}

function cli(file, out) {
  const bin = path.join(ROOT, 'target', 'release', 'yc-eval');
  const start = Date.now();
  const run = spawnSync('/usr/bin/time', ['-v', bin, '--batch', file, '--today', '2026-11-26', '--out', out], { encoding: 'utf8' });
  const ms = Date.now() - start;
  if (run.status !== 0) throw new Error(`yc-eval --batch ${file} failed: ${run.stderr.slice(-2000)}`);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
  return { ms, peakMb: peak ? Math.round(Number(peak) / 1024) : undefined };
}

await runMain(import.meta.url, 'bench-staff', 'build dist/ (bash scripts/build.sh) and install the test browser (YC_SETUP_FOR=test bash scripts/setup.sh)', async () => {
  const [rows = '10000', runs = '3', big = '0'] = process.argv.slice(2);
  const lists = path.join(ROOT, 'target', 'lists');
  const cargo = (args) => execFileSync('cargo', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  cargo(['run', '--quiet', '--release', '-p', 'yc-engine', '--example', 'make-lists', '--', lists, rows]);
  cargo(['build', '--quiet', '--release', '-p', 'yc-engine', '--bin', 'yc-eval']);
  for (const ext of ['xlsx', 'csv']) {
    const file = path.join(lists, `list-${rows}.${ext}`);
    const times = await inBrowser(file, Number(runs));
    const m = (k) => median(times.map((t) => t[k]));
    console.log(`browser: ${rows} rows ${ext}: chosen to summary, median ${m('all')} ms: reading the file and its cells ${m('read')} ms, screening every row and drawing the summary ${m('screen')} ms (runs: ${times.map((t) => t.all).join(', ')})`);
    const c = cli(file, path.join(lists, `bench-${rows}-${ext}.csv`));
    console.log(`cli: ${rows} rows ${ext}: ${c.ms} ms, peak ${c.peakMb} MB`);
  }
  if (Number(big) > 0) {
    const bigDir = path.join(lists, 'big');
    if (!existsSync(path.join(bigDir, `list-${big}.csv`))) {
      cargo(['run', '--quiet', '--release', '-p', 'yc-engine', '--example', 'make-lists', '--', bigDir, big, 'csv']);
    }
    const c = cli(path.join(bigDir, `list-${big}.csv`), path.join(bigDir, 'out.csv'));
    console.log(`cli: ${big} rows csv: ${c.ms} ms, peak ${c.peakMb} MB`);
  }
});
