// Prints raw, gzip (level 9) and brotli (quality 11) sizes of every file under a directory,
// their totals, and the first-load total against the target: the gzip of index.html and the .js,
// .wasm and .css files beside it that the page loads at once. Not in it: the service worker
// (sw.js, installed in the background), the policy texts (texts-<lang>-*.txt: the file of the
// page's language is fetched beside the Wasm but needed only by the results), the icons and
// manifest, and the single-file edition (standalone/).
// Usage: node scripts/size-report.mjs [dir]   (KB = 1024 bytes)

import path from 'node:path';
import { FIRST_LOAD_BUDGET_KB, FIRST_LOAD_TARGET_KB, firstLoad, measure } from './first-load.mjs';

const dir = process.argv[2] ?? 'dist';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const num = (n) => n.toLocaleString('en-US');

const rows = measure(dir);

const width = Math.max(5, ...rows.map((r) => r.name.length));
const line = (name, raw, gzip, brotli) =>
  `${name.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}  ${brotli.padStart(10)}`;

console.log(`size report of ${path.resolve(dir)} (bytes; KB = 1024 bytes)\n`);
console.log(line('file', 'raw', 'gzip -9', 'brotli'));
for (const r of rows) console.log(line(r.name, num(r.raw), num(r.gzip), num(r.brotli)));
const sum = (rs, k) => rs.reduce((a, r) => a + r[k], 0);
console.log(line('total', num(sum(rows, 'raw')), num(sum(rows, 'gzip')), num(sum(rows, 'brotli'))));

const first = firstLoad(rows);
const firstGzip = first.gzip;
const target = FIRST_LOAD_TARGET_KB * 1024;
const verdict = firstGzip <= target ? 'within' : 'OVER';
console.log(
  `\nfirst load (HTML+JS+Wasm+CSS, gzip): ${num(firstGzip)} bytes = ${kb(firstGzip)}` +
    ` (brotli ${kb(first.brotli)}); target ${FIRST_LOAD_TARGET_KB} KB: ${verdict}` +
    ` (${((100 * firstGzip) / target).toFixed(0)}% of target); budget enforced by` +
    ` tests/e2e/size.test.mjs: ${FIRST_LOAD_BUDGET_KB} KB`,
);
