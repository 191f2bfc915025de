// Shared pieces of the end-to-end tests: a static server on 127.0.0.1 over the built
// dist/ (mounted under /cdn/, so host pages live on a different path than the bundle),
// and Debian's Chromium driven by playwright-core. Nothing here downloads anything.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `routes` (URL prefix -> directory) and `pages` (exact path -> body, typed by the
 * path's extension, HTML if it has none) on 127.0.0.1 at an ephemeral port. Resolves to { origin, close() }.
 */
export async function serve({ routes = { '/': DIST }, pages = {} } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (pages[path] !== undefined) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html'] });
      response.end(pages[path]);
      return;
    }
    const prefix = Object.keys(routes).filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (prefix === undefined) return notFound(response);
    let file = normalize(join(routes[prefix], path.slice(prefix.length)));
    if (!file.startsWith(routes[prefix])) return notFound(response);
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      notFound(response);
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((done) => server.close(done)) };
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}

/** Launches headless Debian Chromium with the flags this closed network needs. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Records every request a page makes, to check that none leaves 127.0.0.1. */
export function recordRequests(page) {
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Collects console errors and uncaught exceptions of a page. */
export function recordErrors(page) {
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Runs axe-core in the page and returns its violations of the given impacts. */
export async function axeViolations(page, impacts = ['serious', 'critical']) {
  const source = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((violation) => impacts.includes(violation.impact));
}

/** The committed default dataset, as the widget embeds it. */
export async function defaultDataset() {
  return JSON.parse(await readFile(join(ROOT, 'www/data/timeline.json'), 'utf8'));
}
