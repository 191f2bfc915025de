// Load benchmark: rating-timeline against TimelineJS3 with the same events and quotes,
// both served from 127.0.0.1 and loaded alternately in headless Chromium, each load in a
// fresh context (empty cache) and every outside request aborted (and counted).
// Three pages: the built demo article (TimelineJS3 put in place of each widget, and the
// article with no timeline at all as the floor under both), a page holding the widget alone, and that page with the static fallback pasted into the widget's
// element as the README advises; each unthrottled, with the CPU slowed 4x ("slow phone"),
// and on that phone over a slow 4G network.
//   node bench/load.mjs [--runs 15] [--no-slow] [--files]
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIST, bytesText, ensureOutDir, flag, heading, installLoadProbes, launchBrowser, median, ms,
  numberOption, openMeasuredPage, printTable, readLoadProbes, requireDist, run, serveBench, verdict,
  widgetOnlyPage,
} from './lib.mjs';
import { readDataset, toTimelineJs } from './dataset.mjs';
import { timelineJsArticlePage, timelineJsOnlyPage, widgetElements, withoutLoader } from './timelinejs.mjs';

const LCP_GOAL_RATIO = 0.5;

/**
 * What each page is loaded under. The last is Lighthouse's mobile preset: a phone with a
 * CPU 4x slower on a slow 4G network (150 ms round trips, 1.6 Mbit/s down), where bytes
 * count as they do for a reader; its loads take seconds, so there are at most 5 a side.
 */
const CONDITIONS = [
  { name: 'CPU unthrottled', cpuSlowdown: 1 },
  { name: 'CPU slowed 4x', cpuSlowdown: 4, slow: true },
  {
    name: 'slow 4G network, CPU slowed 4x',
    cpuSlowdown: 4,
    network: { latencyMs: 150, downloadBytesPerSecond: 204_800, uploadBytesPerSecond: 96_000 },
    maxRuns: 5,
    slow: true,
  },
];

/** In-page checks, run every animation frame until true: the first view drawn and styled. */
const READY = {
  ours: `() => {
    const root = document.querySelector('[data-rating-timeline]')?.shadowRoot;
    const host = root?.querySelector('.rt-host');
    return Boolean(host && !host.hidden && host.querySelector('.rt:not(.rt-problem)'));
  }`,
  theirs: `() => {
    const headline = document.querySelector('.tl-timeline .tl-slide-content .tl-headline');
    return Boolean(headline && headline.getBoundingClientRect().width > 0 && document.querySelector('.tl-timemarker'));
  }`,
  floor: '() => true',
};

/**
 * The built demo article with no timeline at all: the floor under any widget's LCP on
 * that page, since the page's own text paints no sooner than this.
 */
async function articleAlonePage() {
  let html = withoutLoader(await readFile(join(DIST, 'index.html'), 'utf8'));
  for (const { markup } of widgetElements(html)) html = html.replace(markup, '');
  return html;
}

// ---------------------------------------------------------------- one load

/** Outside requests fail with console errors by design; they are counted, not reported as errors. */
function isBlockedRequestNoise(message) {
  return /ERR_BLOCKED_BY_CLIENT|ERR_FAILED/.test(message);
}

/** Loads `url` once and returns its LCP, time to ready, gzip bytes transferred and outside requests. */
async function measureLoad(browser, origin, { url, ready, cpuSlowdown, network }) {
  const measured = await openMeasuredPage(browser, origin, { cpuSlowdown, network });
  try {
    await installLoadProbes(measured.page, ready);
    await measured.page.goto(`${origin}${url}`);
    let probes;
    try {
      probes = await readLoadProbes(measured.page, { timeoutMs: 60000, settleMs: 1000 });
    } catch (error) {
      throw new Error(`${url} never became ready: ${error.message}\n  page errors: ${measured.errors.join('\n  ') || 'none'}`);
    }
    const responses = await measured.responses();
    return {
      fcp: probes.fcp,
      lcp: probes.lcp,
      lcpElement: probes.lcpElement,
      ready: probes.ready,
      responses,
      gzip: responses.reduce((sum, r) => sum + r.gzip, 0),
      outside: [...measured.outside],
      errors: measured.errors.filter((message) => !isBlockedRequestNoise(message)),
    };
  } finally {
    await measured.close();
  }
}

// ---------------------------------------------------------------- a comparison

function summarise(samples) {
  return {
    fcp: median(samples.map((s) => s.fcp)),
    lcp: median(samples.map((s) => s.lcp)),
    ready: median(samples.map((s) => s.ready)),
    gzip: median(samples.map((s) => s.gzip)),
    requests: median(samples.map((s) => s.responses.length)),
    outside: median(samples.map((s) => s.outside.length)),
    lcpElements: [...new Set(samples.map((s) => s.lcpElement))].join(' | '),
    errors: [...new Set(samples.flatMap((s) => s.errors))],
    last: samples.at(-1),
  };
}

/**
 * Loads each page (ours, theirs and, if given, the floor: the host page with no timeline)
 * `runs` times, alternating and changing who goes first each round.
 */
async function compare(browser, origin, { title, pages, runs, cpuSlowdown, network }) {
  const sides = Object.keys(pages);
  const samples = Object.fromEntries(sides.map((side) => [side, []]));
  for (let round = 0; round < runs; round++) {
    const order = sides.map((_, i) => sides[(i + round) % sides.length]);
    for (const side of order) {
      samples[side].push(await measureLoad(browser, origin, { url: pages[side], ready: READY[side], cpuSlowdown, network }));
    }
  }
  const [ours, theirs] = [summarise(samples.ours), summarise(samples.theirs)];
  const floor = samples.floor && summarise(samples.floor);
  printComparison(title, runs, ours, theirs, floor);
  return { title, ours, theirs };
}

function printComparison(title, runs, ours, theirs, floor) {
  heading(`${title} (${runs} loads each, alternating; medians)`);
  const rows = [{ side: 'rating-timeline', ...ours }, { side: 'TimelineJS3', ...theirs }];
  if (floor) rows.push({ side: 'page alone', ...floor, ready: NaN });
  printTable(rows, [
    ['', (r) => r.side, 'left'],
    ['FCP', (r) => ms(r.fcp)],
    ['LCP', (r) => ms(r.lcp)],
    ['first view ready', (r) => ms(r.ready)],
    ['gzip transferred', (r) => bytesText(r.gzip)],
    ['requests', (r) => r.requests],
    ['outside (aborted)', (r) => r.outside],
    ['LCP element', (r) => r.lcpElements, 'left'],
  ]);
  const lcpRatio = ours.lcp / theirs.lcp;
  console.log(`  ratio ours/TimelineJS3: LCP ${lcpRatio.toFixed(2)}, first view ${(ours.ready / theirs.ready).toFixed(2)}, bytes ${(ours.gzip / theirs.gzip).toFixed(2)}`);
  console.log(`  goal LCP <= ${LCP_GOAL_RATIO} x TimelineJS3's: ${verdict(lcpRatio <= LCP_GOAL_RATIO)}`);
  if (floor) {
    const goal = LCP_GOAL_RATIO * theirs.lcp;
    console.log(`  the page with no timeline at all: LCP ${ms(floor.lcp)} (${(floor.lcp / theirs.lcp).toFixed(2)} x TimelineJS3's);`
      + ` the goal of ${ms(goal)} is ${floor.lcp > goal ? 'earlier than the page itself paints, so no widget can meet it here' : 'within reach of the page'}`);
  }
  for (const [side, summary] of [['rating-timeline', ours], ['TimelineJS3', theirs]]) {
    if (summary.outside > 0) console.log(`  ${side} tried to reach: ${[...new Set(summary.last.outside.map((u) => new URL(u).host))].join(', ')}`);
    if (summary.errors.length > 0) console.log(`  ${side} page errors: ${summary.errors.join(' | ')}`);
  }
}

function printTransferredFiles(result) {
  for (const [side, summary] of [['rating-timeline', result.ours], ['TimelineJS3', result.theirs]]) {
    console.log(`  ${side}, ${result.title}, last load:`);
    for (const r of summary.last.responses) console.log(`    ${String(r.gzip).padStart(8)} gzip  ${String(r.raw).padStart(8)} raw  ${r.url}`);
  }
}

async function main() {
  requireDist();
  const runs = numberOption('runs', 15);
  const data = await readDataset();
  const timelineJsData = toTimelineJs(data);
  const server = await serveBench({
    '/bench/widget-alone.html': widgetOnlyPage(),
    '/bench/widget-fallback.html': widgetOnlyPage({ fallback: await readFile(join(DIST, 'embed/fallback.html'), 'utf8') }),
    '/bench/timelinejs-alone.html': timelineJsOnlyPage(timelineJsData),
    '/timelinejs-article.html': await timelineJsArticlePage(data),
    '/bench/article-alone.html': await articleAlonePage(),
  });
  const browser = await launchBrowser();
  const results = [];
  try {
    console.log(`Chromium ${browser.version()}, ${runs} loads per side per variant, served from ${server.origin}`);
    console.log(`dataset: ${data.events.length} events, ${data.quotes.length} quotes (www/data/timeline.json)`);
    const variants = [
      { name: 'demo article', pages: { ours: '/', theirs: '/timelinejs-article.html', floor: '/bench/article-alone.html' } },
      { name: 'widget alone', pages: { ours: '/bench/widget-alone.html', theirs: '/bench/timelinejs-alone.html' } },
      // As the README asks newsrooms to embed it: dist/embed/fallback.html pasted inside the
      // element, so the timeline's text paints with the page and the widget then takes over.
      { name: 'widget alone, static fallback in its element', pages: { ours: '/bench/widget-fallback.html', theirs: '/bench/timelinejs-alone.html' } },
    ];
    const conditions = flag('no-slow') ? CONDITIONS.filter((c) => !c.slow) : CONDITIONS;
    for (const { name, cpuSlowdown, network, maxRuns = runs } of conditions) {
      for (const variant of variants) {
        const title = `Load, ${variant.name}, ${name}`;
        results.push(await compare(browser, server.origin, { title, pages: variant.pages, runs: Math.min(runs, maxRuns), cpuSlowdown, network }));
      }
    }
    if (flag('files')) {
      heading('Files transferred');
      results.slice(0, variants.length).forEach(printTransferredFiles);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

run(main);
