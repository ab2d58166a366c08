// What a first visit downloads before the app can run, measured on a build directory: the gzip
// (level 9) and brotli (quality 11) sizes of index.html (the stylesheet is inline in it) and the
// .js and .wasm files beside it (and a .css file, if a build has one). Not in it: the service
// worker (sw.js, installed in the background), the policy texts (texts-<lang>-*.txt: the file of
// the page's language is fetched beside the Wasm but needed only by the results), the icons and
// manifest, and the single-file edition (standalone/). Used by scripts/size-report.mjs and by the
// size budget test (tests/e2e/size.test.mjs).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The target for the first load, gzip, KB (1024 bytes). */
export const FIRST_LOAD_TARGET_KB = 150;
/**
 * The budget the size test enforces, gzip, KB: a ceiling a little above today's first load, so
 * that it cannot creep up unnoticed; lower it whenever the first load shrinks. Raised on
 * 2026-12-04 from 285 to 297: the verdicts issue 19 asks for (emphasis that ranks, tax ranges,
 * one status after the cut-off, the pilot's range, the year of each answer) and the phone
 * journey of issue 20 (typing, the early tap, same-tab links, feedback by the control, the
 * single file's link, the ledger-figure check, WeChat's browser, the list of what to do and the
 * folded cards) took the first load from 287,926 bytes (281.2 KB, that session's first build)
 * to 302,794 (295.7 KB). Raised again on 2026-12-04 from 297 to 303: the national self-checks as
 * condition data (issue 21: the evaluator reads thresholds in force) and the rest of issue 20 (one
 * source for the counts, the group's shared step and amount, whole dates, plain words) took it to
 * 309,720 (302.5 KB). Issue 22 turns this ratchet into a 205 KB budget. The target above is not
 * reached.
 */
export const FIRST_LOAD_BUDGET_KB = 303;

const FIRST_LOAD_EXTENSIONS = new Set(['.html', '.js', '.wasm', '.css']);

function* walk(d) {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // e.g. Trunk's `.stage/` left by an interrupted build
    const p = path.join(d, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    // The precompressed copies (scripts/compress.mjs) are the same files again.
    else if (entry.isFile() && !/\.(gz|br)$/.test(entry.name)) yield p;
  }
}

/** Every file of the build with its raw, gzip and brotli sizes, sorted by name. */
export function measure(dir) {
  return [...walk(dir)].sort().map((file) => {
    const data = readFileSync(file);
    return {
      name: path.relative(dir, file),
      ext: path.extname(file).toLowerCase(),
      raw: statSync(file).size,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }).length,
    };
  });
}

/** The rows of `measure` that make the first load, and their gzip and brotli totals. */
export function firstLoad(rows) {
  const files = rows.filter(
    (r) => FIRST_LOAD_EXTENSIONS.has(r.ext) && !r.name.includes(path.sep) && r.name !== 'sw.js',
  );
  const sum = (k) => files.reduce((a, r) => a + r[k], 0);
  return { files, gzip: sum('gzip'), brotli: sum('brotli') };
}
