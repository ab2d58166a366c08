// The staff workbench's journeys share these: the generated lists (crates/engine/examples/
// make-lists.rs), the command line's screening of a list to hold the page to, and the steps of
// opening the page, choosing a file and downloading an export.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXED_NOW, ROOT, openPage, settings } from './harness.mjs';

export const LISTS = path.join(ROOT, 'target', 'lists');
export const DAY = '2026-11-26';
export const ROWS = 300;

function cargo(args) {
  return execFileSync('cargo', ['run', '--quiet', '--offline', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Writes the lists into target/lists/ (deterministic: the same files each time). */
export function makeLists() {
  cargo(['-p', 'yc-engine', '--example', 'make-lists', '--', LISTS, String(ROWS)]);
}

/** The command line's screening of a list file, as bytes (CSV, or a workbook for `ext` xlsx). */
export function cli(file, lang, extra = [], ext = 'csv') {
  const out = path.join(LISTS, `cli-${path.basename(file)}-${lang}.${ext}`);
  cargo(['-p', 'yc-engine', '--bin', 'yc-eval', '--', '--batch', file, '--today', DAY, '--out', out, '--lang', lang, ...extra]);
  return readFileSync(out);
}

/** The CSV's records (a small reader: quoted cells may hold commas, quotes and line breaks). */
export function records(bytes) {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

export async function openStaff(app, viewport, { lang = 'zh', userAgent } = {}) {
  const opened = await openPage(app, viewport, { path: '/staff.html', now: FIXED_NOW, storage: settings({ lang }), userAgent });
  await opened.page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 20_000 });
  await opened.page.locator('[data-staff="load"]').waitFor();
  return opened;
}

/** Chooses a file and waits for the summary; returns the requests made meanwhile. */
export async function choose(page, file) {
  const requests = [];
  const seen = (req) => requests.push(`${req.method()} ${req.url()}`);
  page.on('request', seen);
  await page.locator('#list-file').setInputFiles(file);
  await page.locator('[data-staff="summary"]').waitFor({ timeout: 20_000 });
  page.off('request', seen);
  return requests;
}

/** Clicks the control with `data-action=action` and returns the download it starts. */
export async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}
