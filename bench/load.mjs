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
const TIMELINEJS_HEIGHT = '600px';

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

// ---------------------------------------------------------------- TimelineJS3 pages

function inlineJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

// TimelineJS3 fetches its font stylesheet from its own CDN unless told where it lives;
// pointed here, that stylesheet is served locally and only the web fonts it names
// (Google Fonts) are aborted and counted as outside requests. It must be an absolute URL.
const TIMELINEJS_OPTIONS = "{ script_path: new URL('/timelinejs/js/', location.href).href }";

/** Markup that loads TimelineJS3 from node_modules and starts one timeline per container. */
function timelineJsScripts(timelines) {
  const starts = timelines.map(({ id, data }) => `new TL.Timeline(${inlineJson(id)}, ${inlineJson(data)}, ${TIMELINEJS_OPTIONS});`);
  return `<script src="/timelinejs/js/timeline.js"></script>\n<script>\n${starts.join('\n')}\n</script>`;
}

const TIMELINEJS_STYLESHEET = '<link rel="stylesheet" href="/timelinejs/css/timeline.css">';

function timelineJsContainer(id) {
  return `<div id="${id}" style="width: 100%; height: ${TIMELINEJS_HEIGHT}"></div>`;
}

/** A page holding TimelineJS3 alone, with `data` inline (as ours embeds its default data). */
function timelineJsOnlyPage(data) {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>TimelineJS3 alone</title>
${TIMELINEJS_STYLESHEET}</head>
<body>${timelineJsContainer('timeline')}
${timelineJsScripts([{ id: 'timeline', data }])}</body></html>`;
}

/**
 * The built demo article with TimelineJS3 in place of every widget: the embedded default
 * dataset goes inline; a `data-src` dataset is converted and served as a URL, which
 * TimelineJS3 fetches as our loader fetches data-src.
 */
async function timelineJsArticlePage(defaultData) {
  let html = await readFile(join(DIST, 'index.html'), 'utf8');
  const timelines = [];
  for (const [index, { markup, attributes }] of widgetElements(html).entries()) {
    const id = `timeline-${index}`;
    const src = attributes.match(/data-src="([^"]+)"/)?.[1];
    let data = toTimelineJs(defaultData);
    if (src) {
      const name = `${src.replace(/\W+/g, '-')}.timelinejs.json`;
      await writeFile(join(ensureOutDir(), name), JSON.stringify(toTimelineJs(await readDataset(join(DIST, src)))));
      data = `/bench-out/${name}`;
    }
    timelines.push({ id, data });
    html = html.replace(markup, timelineJsContainer(id));
  }
  html = withoutLoader(html);
  html = html.replace('</head>', `${TIMELINEJS_STYLESHEET}\n</head>`);
  return html.replace('</body>', `${timelineJsScripts(timelines)}\n</body>`);
}

/**
 * Every widget element of a built page, with what it holds (the demo's first one holds the
 * static fallback, which has no <div> of its own), as { markup, attributes }.
 */
function widgetElements(html) {
  const widgets = [...html.matchAll(/<div data-rating-timeline([^>]*)>([^]*?)<\/div>/g)];
  if (widgets.length === 0) throw new Error('dist/index.html has no <div data-rating-timeline> to replace');
  for (const [markup, , inner] of widgets) {
    if (inner.includes('<div')) throw new Error(`a widget element holds a <div>, which this benchmark cannot cut out: ${markup.slice(0, 80)}`);
  }
  return widgets.map(([markup, attributes]) => ({ markup, attributes }));
}

function withoutLoader(html) {
  const loader = /<script type="module" src="[^"]*rating-timeline\.js"><\/script>/;
  if (!loader.test(html)) throw new Error('dist/index.html has no rating-timeline.js script to remove');
  return html.replace(loader, '');
}

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
