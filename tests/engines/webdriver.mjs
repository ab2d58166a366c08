// A minimal W3C WebDriver client over plain HTTP (Node's fetch), and launchers for the two
// drivers the engine smoke runs use (tests/engines/smoke.mjs), with no npm dependency:
//
//   - WebKit: Debian's WebKitWebDriver (webkit2gtk-driver) driving MiniBrowser, the WebKitGTK
//     browser, in an Xvfb display of its own (MiniBrowser has no headless mode);
//   - Firefox: geckodriver (crates.io) driving Debian's firefox-esr, headless.
//
//   const driver = await startWebKit({ tmp });          // or startFirefox({ tmp })
//   try {
//     const session = await driver.newSession();
//     await session.goto('http://127.0.0.1:…/');
//     const title = await session.exec(() => document.title);
//     await session.deleteSession();
//   } finally {
//     await driver.stop();                               // the driver, its browser, Xvfb
//   }
//
// Each process is started in a process group of its own on a free loopback port and is stopped
// with its whole group (the browser it started included); `stopAll()` runs on exit as well.

import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/** The key of a web element reference in W3C WebDriver answers. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebKitGTK's MiniBrowser, wherever Debian's multiarch layout puts it on this machine. */
function findMiniBrowser() {
  const lib = '/usr/lib';
  try {
    for (const dir of readdirSync(lib)) {
      const candidate = path.join(lib, dir, 'webkit2gtk-4.1', 'MiniBrowser');
      if (existsSync(candidate)) return candidate;
    }
  } catch {
    // no /usr/lib: not a Debian machine
  }
  return path.join(lib, 'x86_64-linux-gnu', 'webkit2gtk-4.1', 'MiniBrowser');
}
export const MINIBROWSER = process.env.MINIBROWSER ?? findMiniBrowser();
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** A free TCP port on 127.0.0.1 (the kernel picks it; the driver binds it right after). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Processes

const running = new Set();
/** Every process group started (a leader leaves `running` when it exits). */
const started = new Set();

/** Stops every process group still running (synchronously: usable in an 'exit' handler). */
export function stopAll(signal = 'SIGKILL') {
  // Every group ever started, not only those whose leader still runs: a driver that crashed may
  // have left its browser behind.
  for (const proc of started) {
    try {
      process.kill(-proc.pid, signal);
    } catch {
      // already gone
    }
  }
}
process.on('exit', () => stopAll());

/**
 * Spawns `command` in a process group of its own and keeps the last 8 KB of its output for error
 * messages. Returns `{ proc, output(), exited, stop() }`.
 */
function startProcess(command, args, { env = {}, stdio = ['ignore', 'pipe', 'pipe'] } = {}) {
  const proc = spawn(command, args, { env: { ...process.env, ...env }, stdio, detached: true });
  running.add(proc);
  started.add(proc);
  let out = '';
  const keep = (chunk) => {
    out = (out + chunk).slice(-8192);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const exited = new Promise((resolve) => {
    proc.once('exit', (code, signal) => {
      running.delete(proc);
      resolve({ code, signal });
    });
    proc.once('error', (err) => {
      running.delete(proc);
      keep(`\n${err.message}`);
      resolve({ code: null, signal: null, error: err });
    });
  });
  return {
    proc,
    exited,
    output: () => out.trim(),
    /** SIGTERM to the group, SIGKILL after `grace` ms; resolves once the leader has exited. */
    async stop(grace = 3000) {
      if (!running.has(proc)) {
        // The leader is gone; what it started (the browser) may not be.
        try {
          process.kill(-proc.pid, 'SIGKILL');
        } catch {
          // the group is empty
        }
        return;
      }
      try {
        process.kill(-proc.pid, 'SIGTERM');
      } catch {
        return;
      }
      const done = await Promise.race([exited.then(() => true), sleep(grace).then(() => false)]);
      try {
        // The leader is gone, or stuck: make sure nothing of the group stays behind.
        process.kill(-proc.pid, 'SIGKILL');
      } catch {
        // the group is empty
      }
      if (!done) await exited;
    },
  };
}

/** Polls the driver's /status until it answers ready, or fails with the driver's output. */
async function waitForDriver(base, child, name, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let exitInfo = null;
  child.exited.then((info) => {
    exitInfo = info;
  });
  while (Date.now() < deadline) {
    if (exitInfo) break;
    try {
      const res = await fetch(`${base}/status`, { signal: AbortSignal.timeout(1000) });
      if (res.ok && (await res.json()).value?.ready !== false) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  const why = exitInfo ? `exited (${exitInfo.signal ?? exitInfo.code})` : `did not answer within ${timeout} ms`;
  throw new Error(`${name} ${why}:\n${child.output() || '(no output)'}`);
}

/** The X display number an `Xvfb -displayfd 3` writes once it is ready. */
function readDisplay(xvfb, timeout = 10_000) {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display within ${timeout} ms:\n${xvfb.output()}`)), timeout);
    xvfb.proc.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(Number(text.trim()));
      }
    });
    xvfb.exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited:\n${xvfb.output()}`));
    });
  });
}

/** Whether `command` (a name on PATH, or a path) can be run. */
export function commandExists(command) {
  try {
    execFileSync('sh', ['-c', 'command -v "$1"', 'sh', command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * WebKitWebDriver on a free port, in a fresh Xvfb display (Xvfb picks a free display number and
 * says which). `--replace-on-new-session`: a session left open by a crashed run never blocks the
 * next one. XDG directories point into `tmp`, so nothing is written to the home directory.
 */
export async function startWebKit({ tmp, screen = '1920x4200x24' }) {
  const xdg = {};
  for (const dir of ['cache', 'config', 'data', 'runtime']) {
    const p = path.join(tmp, `webkit-${dir}`);
    await mkdir(p, { recursive: true, mode: 0o700 });
    xdg[`XDG_${dir.toUpperCase()}_${dir === 'runtime' ? 'DIR' : 'HOME'}`] = p;
  }
  const xvfb = startProcess('Xvfb', ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const children = [xvfb];
  const stop = async () => {
    for (const child of children.reverse()) await child.stop();
  };
  try {
    const display = await readDisplay(xvfb);
    const port = await freePort();
    const driver = startProcess('WebKitWebDriver', [`--port=${port}`, '--replace-on-new-session'], {
      env: { DISPLAY: `:${display}`, NO_AT_BRIDGE: '1', GDK_BACKEND: 'x11', ...xdg },
    });
    children.push(driver);
    const base = `http://127.0.0.1:${port}`;
    await waitForDriver(base, driver, 'WebKitWebDriver');
    return {
      name: 'webkit',
      base,
      output: driver.output,
      stop,
      newSession: () =>
        Session.create(base, {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        }),
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * geckodriver on a free port, driving firefox-esr headless with a fresh profile under `tmp`.
 * Every connection but to the loopback interface goes to a closed proxy port, so Firefox's own
 * background services (updates, remote settings, telemetry) never leave the machine.
 */
export async function startFirefox({ tmp }) {
  const profiles = path.join(tmp, 'firefox-profiles');
  await mkdir(profiles, { recursive: true });
  const port = await freePort();
  const driver = startProcess('geckodriver', ['--host', '127.0.0.1', '--port', String(port), '--profile-root', profiles, '--log', 'error']);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForDriver(base, driver, 'geckodriver');
  } catch (err) {
    await driver.stop();
    throw err;
  }
  const deadProxy = await freePort();
  return {
    name: 'firefox',
    base,
    output: driver.output,
    stop: () => driver.stop(),
    newSession: () =>
      Session.create(base, {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: FIREFOX,
          args: ['-headless'],
          prefs: {
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': deadProxy,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': deadProxy,
            'network.proxy.allow_hijacking_localhost': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
            'browser.safebrowsing.update.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
          },
        },
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Sessions

/** A WebDriver session: the few commands the smoke runs need. */
export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  static async create(base, alwaysMatch) {
    const value = await command(base, 'POST', '/session', { capabilities: { alwaysMatch } }, 60_000);
    return new Session(base, value.sessionId, value.capabilities);
  }

  /** The browser and its version as the driver reports them. */
  get browser() {
    const { browserName, browserVersion } = this.capabilities;
    const gecko = this.capabilities['moz:geckodriverVersion'];
    if (browserName === 'MiniBrowser') return `WebKitGTK ${browserVersion} (MiniBrowser)`;
    if (browserName === 'firefox') return `Firefox ${browserVersion}${gecko ? ` (geckodriver ${gecko})` : ''}`;
    return `${browserName} ${browserVersion}`;
  }

  cmd(method, suffix, body, timeout) {
    return command(this.base, method, `/session/${this.id}${suffix}`, body, timeout);
  }

  /** Navigates and waits for the load event. */
  goto(url) {
    return this.cmd('POST', '/url', { url });
  }

  /** The page's address. */
  url() {
    return this.cmd('GET', '/url');
  }

  /** Runs `fn(...args)` in the page (a function or its source) and returns its JSON value. */
  exec(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Waits until the page has painted twice (two animation frames). */
  settle() {
    return this.cmd('POST', '/execute/async', {
      script: 'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));',
      args: [],
    });
  }

  /**
   * A real (pointer) click on the first element matching a CSS selector, scrolled to the middle
   * of the viewport first (WebDriver scrolls it to the bottom edge, where the phone layout's
   * sticky live-results bar covers it).
   */
  async click(selector) {
    const found = await this.cmd('POST', '/element', { using: 'css selector', value: selector });
    await this.exec((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }), found);
    await this.cmd('POST', `/element/${found[ELEMENT]}/click`, {});
  }

  /**
   * Sets the window so that the viewport (innerWidth × innerHeight) is `width` × `height`, as far
   * as the browser allows (MiniBrowser's window is at least 447 px wide, Firefox's 500 px).
   */
  async setViewport(width, height) {
    await this.cmd('POST', '/window/rect', { width, height });
    const [iw, ih, ow, oh] = await this.exec(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
    if (iw !== width || ih !== height) {
      await this.cmd('POST', '/window/rect', { width: width + (ow - iw), height: height + (oh - ih) });
    }
    return this.exec(() => ({ width: innerWidth, height: innerHeight }));
  }

  /** PNG of the viewport. */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  /**
   * PNG of the whole page: geckodriver's extension command in Firefox; in MiniBrowser, whose
   * screenshots cover the viewport only, a viewport made as tall as the page for the moment
   * (up to `maxHeight`, which the Xvfb screen must allow). Null where neither works.
   */
  async fullScreenshot({ maxHeight = 4000 } = {}) {
    if (this.capabilities.browserName === 'firefox') {
      return Buffer.from(await this.cmd('GET', '/moz/screenshot/full'), 'base64');
    }
    if (this.capabilities.browserName !== 'MiniBrowser') return null;
    const [width, height, full] = await this.exec(() => [innerWidth, innerHeight, document.documentElement.scrollHeight]);
    if (full > maxHeight) return null;
    try {
      await this.setViewport(width, full);
      await this.settle();
      return await this.screenshot();
    } finally {
      await this.setViewport(width, height);
    }
  }

  async deleteSession() {
    await this.cmd('DELETE', '', undefined, 30_000);
  }
}

/** One WebDriver command; a WebDriver error becomes an Error naming the command. */
async function command(base, method, suffix, body, timeout = 30_000) {
  let res;
  try {
    res = await fetch(base + suffix, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
  } catch (err) {
    throw new Error(`WebDriver ${method} ${suffix}: ${err.name === 'TimeoutError' ? `no answer within ${timeout} ms` : err.message}`);
  }
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`WebDriver ${method} ${suffix}: HTTP ${res.status}: ${text.slice(0, 300)}`);
  }
  if (!res.ok || json.value?.error) {
    const { error, message } = json.value ?? {};
    throw new Error(`WebDriver ${method} ${suffix}: ${error ?? `HTTP ${res.status}`}: ${String(message ?? text).slice(0, 500)}`);
  }
  return json.value;
}
