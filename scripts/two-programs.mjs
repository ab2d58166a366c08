// The release build's two programs (issue 22): the lighter one (`yc-light`, the app without its
// results page, built by Trunk.light.toml into target/light-dist) and the whole one
// (`yc-calculator`, Trunk's own build in dist/). This copies the lighter program's JS glue and Wasm
// into dist/ and replaces Trunk's loader in dist/index.html (its module script and the preload
// links of the whole program) with one that starts the right program:
//   - the whole one when the visit starts on results or review: a share or example link in the
//     address (`#v=…`, `#example=…`) or a results or review page left open (the view the app
//     keeps in storage);
//     and when the saved answers are a JSON document an earlier release wrote (only the whole
//     program reads JSON; it saves them again as the autosave now is, `v=1&…`);
//   - the lighter one otherwise, which fetches the whole one ahead once the questionnaire has
//     begun and hands the page over to it when the questions are done (the review page) or the
//     results are asked for
//     (src/components/handoff.rs, src/browser/whole.rs).
// Both are defined here for the programs: `window.ycWhole()` (fetch and compile the whole program
// once; a failure is tried again on the next call) and `window.ycStartWhole()` (start it).
//
// Run by scripts/build.sh after the single-file edition (which keeps the whole program alone).
//
//   node scripts/two-programs.mjs dist target/light-dist

import { runMain } from './lib/main.mjs';
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bootNames } from './standalone.mjs';

/** The one file of `files` that matches `re`. */
function pick(files, re, where) {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`two-programs: expected one file like ${re} in ${where}, found ${found.join(', ') || 'none'}`);
  return found[0];
}

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * The classic script that decides which program starts and preloads its files: the whole one when
 * this visit starts on the results (a share or example link, or the results or review page left open) or
 * when the answers saved in this browser are a JSON document of an earlier release (only the whole
 * program reads JSON; the autosave is now the readable share-link form, `v=1&…`), else the
 * lighter one. (The page's inline scripts carry no comments: every byte is in the first
 * load.)
 */
function chooser(view, profile, form, whole, light, sheet) {
  return `<script data-programs="choose">
    function ycResultsSheet() {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = ${JSON.stringify(sheet.href)};
      link.integrity = ${JSON.stringify(sheet.integrity)};
      link.setAttribute('data-programs', 'sheet');
      var loaded = new Promise(function (done) { link.onload = done; link.onerror = done; });
      document.head.appendChild(link);
      return loaded;
    }
    (function () {
      var results = /^#(v=|example=)/.test(location.hash);
      try {
        var saved = localStorage.getItem(${JSON.stringify(profile)});
        var last = localStorage.getItem(${JSON.stringify(view)});
        results = results || last === 'results' || last === 'review' || (saved !== null && saved.indexOf(${JSON.stringify(form)}) !== 0);
      } catch (e) {}
      var files = results ? ${JSON.stringify(whole)} : ${JSON.stringify(light)};
      window.ycStartsWhole = results;
      if (results) window.ycSheet = ycResultsSheet();
      // The Wasm first: the largest file takes the connection the page came on, which is open
      // already (HTTP/1.1), and the glue a new one.
      [['preload', files.wasm, files.wasmIntegrity], ['modulepreload', files.js, files.jsIntegrity]].forEach(function (p) {
        var link = document.createElement('link');
        link.rel = p[0];
        link.href = p[1];
        link.crossOrigin = 'anonymous';
        link.integrity = p[2];
        if (p[0] === 'preload') { link.as = 'fetch'; link.type = 'application/wasm'; }
        document.head.appendChild(link);
      });
    })();
  </script>`;
}

/**
 * The module script that starts the chosen program and defines the handover's two functions:
 * `ycWhole` fetches and compiles the whole program once (`load`, as the lighter one is loaded; a
 * failure, offline or blocked, is forgotten so that the next call tries again); `ycStartWhole`
 * starts it.
 *
 * Both programs' Wasm is read whole (`arrayBuffer`) and compiled from its bytes, not streamed
 * (`instantiateStreaming`, the glue's default for an address): streamed, Chromium feeds the bytes
 * to V8 on the main thread as they arrive, and a file that arrives at once (a fast network, the
 * service worker's cache) blocks it for 15-30 ms in one task (10-14 ms of `v8.wasm.compileConsume`
 * for the lighter program, on this machine); from its bytes, V8 decodes and validates the module
 * on a background thread. The functions are compiled lazily on their first call either way, so
 * streaming overlapped little with the download (docs/benchmarks.md, twentieth session).
 */
function starter(whole, light) {
  return `<script type="module" data-programs="start">
    const whole = ${JSON.stringify({ js: whole.js, wasm: whole.wasm })};
    const light = ${JSON.stringify({ js: light.js, wasm: light.wasm })};
    const load = (program) => Promise.all([
      import(program.js),
      fetch(program.wasm, { credentials: 'same-origin' })
        .then((r) => { if (!r.ok) throw new Error('failed to fetch ' + program.wasm + ': ' + r.status); return r.arrayBuffer(); })
        .then((bytes) => WebAssembly.compile(bytes)),
    ]);
    const start = ([glue, module]) => glue.default({ module_or_path: module });
    let fetched = null;
    window.ycWhole = () => {
      sheet();
      if (!fetched) {
        fetched = load(whole);
        fetched.catch(() => { fetched = null; });
      }
      return fetched;
    };
    const sheet = () => (window.ycSheet ??= ycResultsSheet());
    window.ycStartWhole = () => Promise.all([window.ycWhole(), sheet()]).then(([program]) => start(program));
    await (window.ycStartsWhole ? window.ycStartWhole() : load(light).then(start));
  </script>`;
}

export async function twoPrograms(dist, lightDist) {
  const distFiles = await readdir(dist);
  const lightFiles = await readdir(lightDist);
  const lightJs = pick(lightFiles, /^yc-light-[0-9a-f]+\.js$/, lightDist);
  const lightWasm = pick(lightFiles, /^yc-light-[0-9a-f]+_bg\.wasm$/, lightDist);
  const wholeJs = pick(distFiles, /^yc-calculator-[0-9a-f]+\.js$/, dist);
  const wholeWasm = pick(distFiles, /^yc-calculator-[0-9a-f]+_bg\.wasm$/, dist);
  for (const f of [lightJs, lightWasm]) await copyFile(path.join(lightDist, f), path.join(dist, f));

  const page = path.join(dist, 'index.html');
  let html = await readFile(page, 'utf8');
  // Trunk's loader: its module script importing the whole program, and its two preload links.
  const loader = html.match(/<script type="module">[^<]*?import init, \* as bindings from '([^']*)'[\s\S]*?<\/script>/);
  if (!loader) throw new Error("two-programs: dist/index.html has no Trunk loader (<script type=\"module\"> import init …); run Trunk's build first");
  // The address prefix Trunk used (its public_url), so that both programs are found alike.
  const prefix = loader[1].slice(0, loader[1].length - wholeJs.length);
  if (loader[1] !== prefix + wholeJs) throw new Error(`two-programs: Trunk's loader imports ${loader[1]}, not ${wholeJs}`);
  const preloads = html.match(/<link rel="(?:modulepreload|preload)" href="[^"]*yc-calculator-[^>]*>/g) ?? [];
  if (preloads.length !== 2) throw new Error(`two-programs: expected Trunk's two preload links of the whole program, found ${preloads.length}`);
  const files = async (js, wasm, from) => ({
    js: prefix + js,
    wasm: prefix + wasm,
    jsIntegrity: integrity(await readFile(path.join(from, js))),
    wasmIntegrity: integrity(await readFile(path.join(from, wasm))),
  });
  // The whole program's stylesheet (styles/results.css), which Trunk links in the head: added by
  // the loader when the whole program starts, not in the first load of the lighter one.
  const sheetLink = html.match(/\s*<link rel="stylesheet" href="([^"]*results-[0-9a-f]+\.css)" integrity="([^"]+)"\s*\/?>/);
  if (!sheetLink) throw new Error('two-programs: dist/index.html does not link the whole program\'s stylesheet (results-<hash>.css)');
  const sheet = { href: sheetLink[1], integrity: sheetLink[2] };
  html = html.replace(sheetLink[0], '');
  const whole = await files(wholeJs, wholeWasm, dist);
  const light = await files(lightJs, lightWasm, dist);
  const { view, profile, 'saved-form': form } = bootNames(html);
  if (!view || !profile || !form) throw new Error('two-programs: the page\'s boot tag names no view key, profile key or saved form (data-view, data-profile, data-saved-form)');

  html = html.replace(loader[0], starter(whole, light));
  html = html.replace(preloads[0], chooser(view, profile, form, whole, light, sheet));
  html = html.replace(preloads[1], '');
  await writeFile(page, html);
  return { light: [lightJs, lightWasm], whole: [wholeJs, wholeWasm] };
}

await runMain(import.meta.url, 'two-programs', 'give it the whole build (dist/, Trunk.toml) and the lighter one (target/light-dist, Trunk.light.toml): bash scripts/build.sh makes both', async () => {
  const [dist = 'dist', lightDist = path.join('target', 'light-dist')] = process.argv.slice(2);
  const { light } = await twoPrograms(dist, lightDist);
  console.log(`two-programs: ${light.join(' and ')} beside the whole program; index.html starts the one the visit needs`);
});
