// A tiny static file server for the built app (dist/), on the loopback interface only. It serves
// the way a production host should (docs/deploy.md): the precompressed .br or .gz copy with
// Content-Encoding when the browser accepts it (as nginx's brotli_static / gzip_static do),
// `application/wasm` for Wasm, `immutable` caching for files whose name carries a content hash,
// and `no-cache` for everything else (index.html first of all).
//
//   import { startServer } from './static-server.mjs';
//   const server = await startServer({ root: 'dist' });   // port 0 = a free port
//   ... server.origin, server.url ...
//   await server.close();
//
// Also runnable by hand: `node tests/e2e/static-server.mjs [root] [port]`.

import { isMain } from '../../scripts/lib/main.mjs';
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** A built file whose name carries Trunk's content hash (`app-99422c01d484ddf0.css`). */
// Trunk writes its hash as hex without leading zeros, so it is sometimes shorter than 16 digits.
export function isHashed(fileName) {
  return /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(path.basename(fileName));
}

/** Hashed files never change under their name: cache them for a year; check everything else. */
export function cacheControl(fileName) {
  return isHashed(fileName) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Content type of a file name, by extension. */
export function mimeType(fileName) {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves `root` on `host:port` (port 0 picks a free port). Resolves once listening, with
 * `{ origin, url, port, close() }`. Only GET and HEAD; `/` and directories serve `index.html`;
 * paths outside `root` and missing files answer 404. `headers` are added to every answer.
 */
export async function startServer({ root, host = '127.0.0.1', port = 0, headers: extraHeaders = {}, csp = true } = {}) {
  if (!root) throw new Error('startServer: `root` is required');
  const rootDir = path.resolve(root);
  // The strict headers a deployment sends (docs/deploy.md): the policy allows each inline script
  // of this build's index.html by its hash, and nothing else inline.
  const strict = csp
    ? { 'Content-Security-Policy': contentSecurityPolicy(rootDir), 'X-Content-Type-Options': 'nosniff' }
    : {};

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname } = new URL(req.url, 'http://localhost');
      let filePath = path.join(rootDir, path.normalize(decodeURIComponent(pathname)));
      if (filePath !== rootDir && !filePath.startsWith(rootDir + path.sep)) {
        res.writeHead(404).end();
        return;
      }
      let info = await stat(filePath).catch(() => null);
      if (info?.isDirectory()) {
        filePath = path.join(filePath, 'index.html');
        info = await stat(filePath).catch(() => null);
      }
      if (!info?.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
        return;
      }
      const accepted = String(req.headers['accept-encoding'] ?? '');
      let body = filePath;
      let encoding = null;
      for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!new RegExp(`\\b${name}\\b`).test(accepted)) continue;
        const copy = await stat(filePath + ext).catch(() => null);
        if (copy?.isFile()) {
          body = filePath + ext;
          encoding = name;
          info = copy;
          break;
        }
      }
      const headers = {
        'Content-Type': mimeType(filePath),
        'Content-Length': info.size,
        'Cache-Control': cacheControl(filePath),
        Vary: 'Accept-Encoding',
        ...strict,
        ...extraHeaders,
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(body).pipe(res);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  const origin = `http://${host}:${actualPort}`;
  return {
    origin,
    url: `${origin}/`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (isMain(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer({ root, port: Number(port) });
  console.log(`serving ${path.resolve(root)} at ${server.url}`);
}
