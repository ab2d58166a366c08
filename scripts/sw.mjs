// Writes the service worker of a build (sw.js) and its registration script (register-sw.js)
// into the build directory, and has index.html load the registration once the page has loaded.
// Run by the Trunk post-build hook (scripts/post-build.sh) on the staging directory.
//
// The service worker precaches exactly the files of this build (listed here, never by hand),
// serves them from its own cache (a reload with the network off works), never touches a request
// to another origin, and waits when a new deployment is installed: the page offers it
// ("新版本可用，刷新") and only then switches, so files of two builds are never mixed.
//
// The staff workbench's files (staff.html and its program, `isStaffFile`) are not precached: a
// public visitor never downloads them. They are kept in the same cache the first time the
// workbench is opened, so it too works offline after one visit. scripts/build.sh copies them in
// after the public build and writes sw.js again (`--worker`), so the cache's version covers them.
//
//   node scripts/sw.mjs <build dir>            (Trunk's post-build: the registration and sw.js)
//   node scripts/sw.mjs <build dir> --worker   (sw.js again, once the staff files are in)

import { runMain } from './lib/main.mjs';
import { isStaffFile } from './first-load.mjs';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SKIP = new Set(['sw.js']);

async function filesOf(dir, base = dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'standalone') out.push(...(await filesOf(full, base)));
    } else if (!SKIP.has(e.name) && !/\.(gz|br)$/.test(e.name)) {
      out.push(path.relative(base, full).split(path.sep).join('/'));
    }
  }
  return out.sort();
}

const REGISTER = `// Registers this build's service worker (sw.js) and, when a new deployment has been downloaded,
// tells the app ("yc-update-ready"); the app offers it and asks for it ("yc-apply-update").
(function () {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  var switching = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (switching) location.reload();
  });
  function offer(worker) {
    window.ycUpdate = worker;
    window.dispatchEvent(new Event('yc-update-ready'));
  }
  window.addEventListener('yc-apply-update', function () {
    if (!window.ycUpdate) return;
    switching = true;
    window.ycUpdate.postMessage('skip-waiting');
  });
  navigator.serviceWorker.register('sw.js').then(function (reg) {
    if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
    reg.addEventListener('updatefound', function () {
      var worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    });
  }).catch(function () {});
})();
`;

function worker(version, files, staff) {
  return `// The service worker of one build (written by scripts/sw.mjs; do not edit).
const CACHE = 'yc-${version}';
const FILES = ${JSON.stringify(['./', ...files])};
// The staff workbench's files: kept when first fetched, never precached.
const STAFF = ${JSON.stringify(staff)};

// A file's name within this worker's scope ('' for anything outside it).
function nameOf(url) {
  const scope = new URL(self.registration.scope).pathname;
  const path = new URL(url).pathname;
  return path.startsWith(scope) ? path.slice(scope.length) : '';
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(FILES);
      // The workbench's files too when it is in use: open in a tab as this worker installs (its
      // first visit), or kept by the build before this one.
      const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = tabs.some((tab) => STAFF.includes(nameOf(tab.url)));
      const kept = await caches.match('staff.html');
      if (open || kept) await cache.addAll(STAFF);
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('yc-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only this origin's files, only reads; everything else goes to the network untouched.
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const name = nameOf(request.url);
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      if (STAFF.includes(name)) {
        // The workbench (its page too, when navigated to): from the cache once kept there.
        const kept = await cache.match(name);
        if (kept) return kept;
        const response = await fetch(request);
        if (response.ok) await cache.put(name, response.clone());
        return response;
      }
      const hit = request.mode === 'navigate'
        ? await cache.match('./')
        : await cache.match(request, { ignoreSearch: true });
      return hit || fetch(request);
    }),
  );
});
`;
}

/** What index.html carries in place of its marker: the registration script asked for once the
 *  page has loaded (its program, texts and stylesheet in), so that on a slow network the service
 *  worker's precaching of the build never shares the line with the first load. */
export const REGISTRATION = `<script data-sw>addEventListener('load',function(){var s=document.createElement('script');s.src='register-sw.js';document.head.appendChild(s)})</script>`;

/** The registration as a pattern (scripts/standalone.mjs takes it out of the single file). */
export const REGISTRATION_PATTERN = /<script data-sw>[^<]*<\/script>/;

export async function writeServiceWorker(dir) {
  const htmlPath = path.join(dir, 'index.html');
  let html = await readFile(htmlPath, 'utf8');
  const marker = '<meta name="yc-sw">';
  if (!html.includes(marker)) throw new Error(`sw: ${htmlPath} has no ${marker}`);
  html = html.replace(marker, REGISTRATION);
  await writeFile(htmlPath, html);
  await writeFile(path.join(dir, 'register-sw.js'), REGISTER);
  return writeWorker(dir);
}

/** Writes sw.js for the files in `dir`: the public ones precached, the staff ones kept on use;
 *  its version is a hash of them all. */
export async function writeWorker(dir) {
  const all = await filesOf(dir);
  const files = all.filter((f) => !isStaffFile(f));
  const staff = all.filter((f) => isStaffFile(f));
  const hash = createHash('sha256');
  for (const f of all) {
    hash.update(f);
    hash.update(await readFile(path.join(dir, f)));
  }
  const version = hash.digest('hex').slice(0, 16);
  await writeFile(path.join(dir, 'sw.js'), worker(version, files, staff));
  return { version, files, staff };
}

await runMain(import.meta.url, 'sw', 'give it a complete Trunk build or staging directory (scripts/post-build.sh runs it inside Trunk)', async () => {
  const dir = process.argv[2] ?? 'dist';
  const again = process.argv.includes('--worker');
  const { version, files, staff } = again ? await writeWorker(dir) : await writeServiceWorker(dir);
  console.log(`sw: sw.js precaches ${files.length} files and keeps ${staff.length} staff files on use (version ${version})`);
});
