// Prints raw, gzip (level 9) and brotli (quality 11) sizes of every file under a directory,
// their totals, and the first-load total against the target: the gzip of index.html and the .js,
// .wasm and .css files beside it that the page loads at once. Not in it: the service worker
// (sw.js, installed in the background), the policy texts (texts-*.txt, fetched beside the Wasm but
// needed only by the results), the icons and manifest, and the single-file edition (standalone/).
// Usage: node scripts/size-report.mjs [dir]   (KB = 1024 bytes)

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const FIRST_LOAD_TARGET_KB = 150;
const FIRST_LOAD_EXTENSIONS = new Set(['.html', '.js', '.wasm', '.css']);

const dir = process.argv[2] ?? 'dist';

function* walk(d) {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // e.g. Trunk's `.stage/` left by an interrupted build
    const p = path.join(d, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    // The precompressed copies (scripts/compress.mjs) are the same files again.
    else if (entry.isFile() && !/\.(gz|br)$/.test(entry.name)) yield p;
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const num = (n) => n.toLocaleString('en-US');

const rows = [...walk(dir)].sort().map((file) => {
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

const width = Math.max(5, ...rows.map((r) => r.name.length));
const line = (name, raw, gzip, brotli) =>
  `${name.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}  ${brotli.padStart(10)}`;

console.log(`size report of ${path.resolve(dir)} (bytes; KB = 1024 bytes)\n`);
console.log(line('file', 'raw', 'gzip -9', 'brotli'));
for (const r of rows) console.log(line(r.name, num(r.raw), num(r.gzip), num(r.brotli)));
const sum = (rs, k) => rs.reduce((a, r) => a + r[k], 0);
console.log(line('total', num(sum(rows, 'raw')), num(sum(rows, 'gzip')), num(sum(rows, 'brotli'))));

const first = rows.filter(
  (r) => FIRST_LOAD_EXTENSIONS.has(r.ext) && !r.name.includes(path.sep) && r.name !== 'sw.js',
);
const firstGzip = sum(first, 'gzip');
const target = FIRST_LOAD_TARGET_KB * 1024;
const verdict = firstGzip <= target ? 'within' : 'OVER';
console.log(
  `\nfirst load (HTML+JS+Wasm+CSS, gzip): ${num(firstGzip)} bytes = ${kb(firstGzip)}` +
    ` (brotli ${kb(sum(first, 'brotli'))}); target ${FIRST_LOAD_TARGET_KB} KB: ${verdict}` +
    ` (${((100 * firstGzip) / target).toFixed(0)}% of target)`,
);
