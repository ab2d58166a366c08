// Prints raw, gzip (level 9) and brotli (quality 11) sizes of every file under a directory,
// their totals, and the first-load total against the target: the gzip of index.html and the .js,
// .wasm and .css files beside it that the page loads at once, then with the texts file of the
// page's language (the app starts once it is installed). Not in it: the service worker (sw.js,
// installed in the background), the icons and manifest, and the single-file edition
// (standalone/). Then the Wasm's code and data sections, and, from twiggy on the Wasm before
// wasm-opt (which keeps the names), its code by crate and the 30 largest functions.
// Usage: node scripts/size-report.mjs [dir]   (KB = 1024 bytes)

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_LOAD_BUDGET_KB, FIRST_LOAD_TARGET_KB, RESULTS_LOAD_BUDGET_KB, STAFF_BUDGET_KB, WITH_TEXTS_BUDGET_KB, firstLoad, isLightFile, isStaffFile, isWholeFile, measure, resultsLoad, staffLoad, withTexts } from './first-load.mjs';

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
const both = withTexts(rows);
if (both.texts) {
  console.log(
    `first load + ${both.texts.name} (the larger language): ${num(both.gzip)} bytes = ${kb(both.gzip)}` +
      ` (brotli ${kb(both.brotli)}); budget ${WITH_TEXTS_BUDGET_KB} KB`,
  );
}

const onResults = resultsLoad(rows);
if (rows.some((r) => isLightFile(r.name))) {
  console.log(
    `a visit that starts on results (a share or example link; the whole program, no lighter one): ` +
      `${num(onResults.gzip)} bytes = ${kb(onResults.gzip)} (brotli ${kb(onResults.brotli)}); budget ${RESULTS_LOAD_BUDGET_KB} KB; ` +
      `a visit that goes on to results downloads both programs`,
  );
}

const staff = staffLoad(rows);
if (staff.files.some((f) => isStaffFile(f.name))) {
  console.log(
    `staff workbench (staff.html, its program and every texts file: both languages, both parts): ${num(staff.gzip)} bytes = ${kb(staff.gzip)}` +
      ` (brotli ${kb(staff.brotli)}); budget ${STAFF_BUDGET_KB} KB`,
  );
}

// --- Each program's Wasm: its code and data sections, and where its code goes (twiggy on the Wasm
// before wasm-opt, which keeps the names) -----------------------------------------------------
for (const [program, test] of [['yc-calculator', isWholeFile], ['yc-light', isLightFile]]) {
  const wasmRow = rows.find((r) => r.ext === '.wasm' && !r.name.includes(path.sep) && test(r.name));
  if (!wasmRow) continue;
  const bytes = readFileSync(path.join(dir, wasmRow.name));
  const sections = wasmSections(bytes);
  const names = { 0: 'custom', 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global', 7: 'export', 8: 'start', 9: 'element', 10: 'code', 11: 'data', 12: 'datacount' };
  console.log(`\nsections of ${wasmRow.name} (raw / gzip -9 of each section alone)`);
  for (const s of sections.filter((s) => s.id === 10 || s.id === 11)) {
    console.log(`  ${names[s.id].padEnd(6)} ${num(s.size).padStart(10)}  ${num(gzipSync(s.body, { level: 9 }).length).padStart(10)}`);
  }
  const rest = sections.filter((s) => s.id !== 10 && s.id !== 11).reduce((a, s) => a + s.size, 0);
  console.log(`  other  ${num(rest).padStart(10)}  (${sections.filter((s) => s.id !== 10 && s.id !== 11).map((s) => names[s.id] ?? `section ${s.id}`).join(', ')})`);
  functions(program);
}

function functions(program) {
  const unoptimised = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'target', 'wasm32-unknown-unknown', 'release', `${program}.wasm`);
  if (!existsSync(unoptimised)) {
    console.log(`\n(no ${path.relative(process.cwd(), unoptimised)}: build the app to see its largest functions)`);
  } else {
    const run = spawnSync('twiggy', ['top', '-n', '1000000', '-f', 'json', unoptimised], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.error || run.status !== 0) {
      console.log('\n(twiggy is not installed: `bash scripts/setup.sh` for the test suite installs it, or `cargo install twiggy --locked`)');
    } else {
      // Functions only: not the sections, segments, imports and exports, nor wasm-bindgen's
      // descriptors (which its CLI removes from the shipped file).
      const items = JSON.parse(run.stdout).filter((i) => !/^(custom section|"function names"|data segment|table\[|elem\[|import |export |type\[|global\[|memory\[|__wbindgen_describe)/.test(i.name));
      const crateOf = (name) => {
        // `<T as trait>::f` and `<&T as …>` belong to the trait's crate; `crate[hash]::` to the crate.
        const plain = name.replace(/\[[0-9a-f]{16}\]/g, '');
        const generic = plain.match(/^<&?(?:mut )?[A-Z]\w* as ([a-z_][a-z0-9_]*)::/);
        if (generic) return generic[1];
        const bare = plain.replace(/^(<|&mut |&|dyn |\()+/, '');
        const m = bare.match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
        return m ? m[1] : '(other)';
      };
      const short = (name) => name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '');
      const total = items.reduce((a, i) => a + i.shallow_size, 0);
      const byCrate = new Map();
      for (const i of items) byCrate.set(crateOf(i.name), (byCrate.get(crateOf(i.name)) ?? 0) + i.shallow_size);
      console.log(`\nfunctions before wasm-opt, by crate (twiggy, raw bytes of ${path.relative(process.cwd(), unoptimised)}; ${num(total)} in all)`);
      for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
        console.log(`  ${num(size).padStart(9)}  ${((100 * size) / total).toFixed(1).padStart(5)} %  ${crate}`);
      }
      console.log('\nthe 30 largest functions before wasm-opt (raw bytes, crate, name)');
      for (const i of items.slice(0, 30)) {
        console.log(`  ${num(i.shallow_size).padStart(7)}  ${crateOf(i.name).padEnd(14)} ${short(i.name).slice(0, 110)}`);
      }
    }
  }
}

/** The sections of a Wasm module: `{ id, size, body }` each (the body without its id and size). */
function wasmSections(bytes) {
  const out = [];
  let at = 8; // magic and version
  const leb = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    out.push({ id, size, body: bytes.subarray(at, at + size) });
    at += size;
  }
  return out;
}
