// Shared pieces of the benchmarks in bench/: byte counting, statistics, printing,
// the local server and the measured browser page. The benchmarks print figures; they
// exit non-zero only when something is broken (dist/ missing, a page failing to
// render), never because a figure misses its goal.
import { gzipSync, constants as zlib } from 'node:zlib';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST as BUILT_DIST, ROOT, launchBrowser, serve } from '../tests/e2e/harness.mjs';

export { ROOT, launchBrowser };
/** The build measured: dist/, or BENCH_DIST (e.g. a copy, safe from a rebuild mid-run). */
export const DIST = process.env.BENCH_DIST ?? BUILT_DIST;
export const TIMELINEJS_DIST = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');
export const OUT = join(ROOT, 'bench/out');

/** The size budget of issue 5: everything a reader downloads for the widget, gzipped. */
export const BUDGET_GZIP_BYTES = 80 * 1024;

// ---------------------------------------------------------------- bytes

/** Size of `bytes` gzipped at level 9, the way every figure here is compressed. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: zlib.Z_BEST_COMPRESSION }).length;
}

/** Raw and gzip sizes of files under `base`, one row per relative path. */
export async function measureFiles(base, paths) {
  return Promise.all(paths.map(async (path) => {
    const bytes = await readFile(join(base, path));
    return { file: path, raw: bytes.length, gzip: gzipSize(bytes) };
  }));
}

/** Sums the `raw` and `gzip` columns of size rows. */
export function totalOf(rows) {
  return rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
}

/** "12,345 B (12.1 KB)" with KB = 1,024 bytes, as the budget is stated. */
export function bytesText(n) {
  return `${n.toLocaleString('en-GB')} B (${(n / 1024).toFixed(1)} KB)`;
}

// ---------------------------------------------------------------- statistics

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile of `values` (p in 0..100). */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function ms(value) {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a';
}

/** "PASS" or "MISS" for a figure against its goal: printed, never an exit code. */
export function verdict(met) {
  return met ? 'PASS' : 'MISS';
}

// ---------------------------------------------------------------- printing

/** Prints rows as an aligned text table; `columns` is [[header, row => text, 'left'|'right'], ...]. */
export function printTable(rows, columns) {
  const cells = rows.map((row) => columns.map(([, cell]) => String(cell(row))));
  const headers = columns.map(([header]) => header);
  const widths = headers.map((header, i) => Math.max(header.length, ...cells.map((line) => line[i].length)));
  const pad = (text, i) => (columns[i][2] === 'left' ? text.padEnd(widths[i]) : text.padStart(widths[i]));
  const line = (texts) => `  ${texts.map(pad).join('  ')}`.trimEnd();
  console.log(line(headers));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of cells) console.log(line(row));
}

export function heading(text) {
  console.log(`\n== ${text}`);
}

// ---------------------------------------------------------------- command line

/** The value of `--name N` on the command line as a number, else `fallback`. */
export function numberOption(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

export function flag(name) {
  return process.argv.includes(`--${name}`);
}

/** Runs a benchmark's main; any thrown error is a real failure and exits 1. */
export function run(main) {
  main().catch((error) => {
    console.error(`\nbenchmark failed: ${error?.stack ?? error}`);
    process.exit(1);
  });
}

/** Throws unless `trunk build --release` has written dist/. */
export function requireDist() {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'embed/rating-timeline.js'))) {
    throw new Error('dist/ is missing: run `source scripts/env.sh && trunk build --release` (scripts/bench.sh does).');
  }
}

export function ensureOutDir() {
  mkdirSync(OUT, { recursive: true });
  return OUT;
}

// ---------------------------------------------------------------- serving and browsing

/**
 * Serves dist/ at /, TimelineJS3's dist at /timelinejs/ and bench/out at /bench-out/,
 * plus the given generated pages, on 127.0.0.1.
 */
export function serveBench(pages = {}) {
  return serve({
    routes: { '/': DIST, '/timelinejs/': TIMELINEJS_DIST, '/bench-out/': OUT },
    pages,
  });
}

/**
 * A bare page holding nothing but one widget, optionally with a `data-src` dataset and
 * with `fallback` (the static HTML of dist/embed/fallback.html) pasted inside its element.
 */
export function widgetOnlyPage({ src, fallback = '' } = {}) {
  const srcAttribute = src ? ` data-src="${src}"` : '';
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>rating-timeline alone</title></head>
<body><div data-rating-timeline${srcAttribute}>${fallback}</div>
<script type="module" src="/embed/rating-timeline.js"></script></body></html>`;
}

/**
 * Opens a page in a fresh browser context, so with an empty cache as on a first visit,
 * with every request to a host other than `origin` aborted (and counted), an optional CPU
 * slow-down, and (with `countBodies`) every response's body gzip-counted so that
 * uncompressed local serving compares like with like. Counting reads each body back from
 * the browser and gzips it in this process, which on two cores competes with the page
 * for CPU: timings of multi-megabyte datasets leave it off. (The cache is not disabled
 * outright: that would fetch a file used twice on one page twice, which no reader's
 * browser does.) `network`, as { latencyMs, downloadBytesPerSecond, uploadBytesPerSecond },
 * throttles every request as DevTools does.
 */
export async function openMeasuredPage(browser, origin, { cpuSlowdown = 1, network, viewport = { width: 1200, height: 900 }, countBodies = true } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const outside = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: network.downloadBytesPerSecond,
      uploadThroughput: network.uploadBytesPerSecond,
    });
  }

  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });

  const bodies = [];
  page.on('response', (response) => {
    if (!countBodies || !response.url().startsWith(origin)) return;
    bodies.push(response.body().then(
      (body) => ({ url: response.url().slice(origin.length), raw: body.length, gzip: gzipSize(body) }),
      () => null,
    ));
  });

  return {
    page,
    outside,
    errors,
    /** Every local response so far, as { url, raw, gzip }. */
    responses: async () => (await Promise.all(bodies)).filter(Boolean),
    close: () => context.close(),
  };
}

// ---------------------------------------------------------------- in-page measuring

/**
 * Installs, before any page script runs, FirstContentfulPaint and LargestContentfulPaint observers and a
 * per-frame check that records when `readyCheck` (a function source, run in the page)
 * first returns true, as performance.now() milliseconds; likewise for each of `moreChecks`
 * ({ name: function source }), recorded under its name.
 */
export async function installLoadProbes(page, readyCheck, moreChecks = {}) {
  const checks = Object.entries({ ready: readyCheck, ...moreChecks });
  await page.addInitScript(`(() => {
    const probe = (window.__bench = { fcp: NaN, lcp: NaN, lcpElement: '', ${checks.map(([name]) => `${name}: NaN`).join(', ')} });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.lcp = entry.startTime;
        const el = entry.element;
        // Chromium does not expose elements inside a shadow root here; the widget's are.
        probe.lcpElement = el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') : entry.url || 'not exposed (in a shadow root)';
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    const watch = (name, test) => {
      const check = () => {
        try { if (test()) { probe[name] = performance.now(); return; } } catch {}
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    };
    ${checks.map(([name, test]) => `watch(${JSON.stringify(name)}, ${test});`).join('\n    ')}
  })();`);
}

/** Reads the probes after the page is ready, loaded and settled for `settleMs`. */
export async function readLoadProbes(page, { timeoutMs = 60000, settleMs = 500 } = {}) {
  await page.waitForFunction(() => Number.isFinite(window.__bench?.ready), null, { timeout: timeoutMs, polling: 50 });
  await page.waitForLoadState('load');
  await page.waitForTimeout(settleMs);
  return page.evaluate(() => ({ ...window.__bench }));
}
