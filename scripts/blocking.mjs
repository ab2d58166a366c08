// How long the app's start-up blocks a slow phone's main thread (bench tooling, not a test: it
// prints figures and never fails on them). Serves a build as a host would
// (tests/e2e/static-server.mjs: precompressed files, strict headers), opens it in Chromium at
// 360 px with the CPU slowed down 4× (as Lighthouse's mobile profile does), and records every
// long task (over 50 ms) until the app has started. Prints each run's first contentful paint,
// the long tasks (start and duration, ms) and their blocking time after the first paint (the
// part of each over 50 ms, as Lighthouse's total blocking time counts it), then the median.
//
//   node scripts/blocking.mjs [DIR] [RUNS]   # DIR: a release build, dist/ by default; RUNS: 9

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dir = process.argv[2] || 'dist';
const runs = Number(process.argv[3] || 9);
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`blocking: ${dir}/index.html is missing; run 'bash scripts/build.sh' first`);
  process.exit(1);
}
const port = String(8700 + Math.floor(Math.random() * 90));
const server = spawn(process.execPath, ['tests/e2e/static-server.mjs', dir, port], { stdio: 'ignore' });
try {
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const blocking = [];
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    // Whatever the start-up set going (the texts file, the first effects) has finished by then.
    await page.waitForTimeout(1500);
    const seen = await page.evaluate(() => ({
      tasks: window.__longTasks,
      fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0),
    }));
    const after = seen.tasks.filter(([start]) => start >= seen.fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    blocking.push(after);
    console.log(`run ${run}: first contentful paint ${seen.fcp} ms; long tasks ${JSON.stringify(seen.tasks)}; blocking after it ${after} ms`);
    await context.close();
  }
  await browser.close();
  const sorted = [...blocking].sort((a, b) => a - b);
  console.log(`median blocking time after the first paint (CPU 4x, ${runs} runs): ${sorted[Math.floor(sorted.length / 2)]} ms`);
} finally {
  server.kill();
}
