// Screens for a reader's review: the demo article with our widget and with TimelineJS3 in
// its place, on the same events, at phone, tablet and desktop widths, light and dark.
// For ours: the first view, an open quote and its source view; for TimelineJS3, its first
// view. Prints each widget's height (ours for every event shown, as the reader moves along)
// and writes the PNGs with an index.html that puts them side by side.
//   node bench/screens.mjs [--out bench/out/screens]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureOutDir, heading, launchBrowser, printTable, requireDist, run, serveBench } from './lib.mjs';
import { readDataset } from './dataset.mjs';
import { TIMELINEJS_HEIGHT, timelineJsArticlePage } from './timelinejs.mjs';

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'];
const OURS = '[data-rating-timeline]:not([data-src])';

async function main() {
  requireDist();
  const out = join(ensureOutDir(), 'screens');
  mkdirSync(out, { recursive: true });
  const data = await readDataset();
  const server = await serveBench({ '/timelinejs-article.html': await timelineJsArticlePage(data) });
  const browser = await launchBrowser();
  const rows = [];
  const shots = [];
  try {
    for (const viewport of VIEWPORTS) {
      for (const scheme of SCHEMES) {
        const context = await browser.newContext({ viewport, colorScheme: scheme });
        const page = await context.newPage();
        const name = (what) => join(out, `${viewport.width}-${scheme}-${what}.png`);

        // Ours: every event in turn (by its link), then a quote and its article.
        await page.goto(`${server.origin}/`);
        await page.locator(`${OURS} .rt`).first().waitFor({ timeout: 20000 });
        const heights = [];
        for (const event of data.events) {
          await page.evaluate((hash) => { window.location.hash = hash; }, `#rt-e-${encodeURIComponent(event.id)}`);
          await page.locator(`${OURS} .rt-story [data-event-id="${event.id}"]`).waitFor();
          heights.push(await page.locator(OURS).evaluate((el) => el.getBoundingClientRect().height));
        }
        await page.evaluate(() => history.replaceState(null, '', location.pathname));
        await page.locator(OURS).screenshot({ path: name('ours-first') });
        await page.locator(`${OURS} .rt-story button[data-quote-id]`).first().click();
        await page.locator(`${OURS} dialog[open]`).waitFor();
        await page.screenshot({ path: name('ours-quote') });
        const read = page.locator(`${OURS} dialog[open] .rt-show-source`);
        if (await read.isVisible()) await read.click();
        await page.waitForTimeout(100);
        await page.screenshot({ path: name('ours-source') });

        // TimelineJS3 in the same place.
        await page.goto(`${server.origin}/timelinejs-article.html`);
        const theirs = page.locator('#timeline-0');
        await page.locator('#timeline-0 .tl-slide-content .tl-headline').first().waitFor({ timeout: 20000 });
        await page.waitForTimeout(500);
        await theirs.screenshot({ path: name('timelinejs-first') });
        const theirHeight = await theirs.evaluate((el) => el.getBoundingClientRect().height);

        rows.push({
          width: `${viewport.width} px, ${scheme}`,
          ours: `${Math.round(Math.min(...heights))}–${Math.round(Math.max(...heights))} px`,
          theirs: `${Math.round(theirHeight)} px`,
        });
        shots.push({ viewport, scheme, files: ['ours-first', 'ours-quote', 'ours-source', 'timelinejs-first'].map((what) => relative(out, name(what))) });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  heading(`Widget height on the demo article (ours: the least and most tall as the reader moves from event to event; TimelineJS3 is given ${TIMELINEJS_HEIGHT})`);
  printTable(rows, [
    ['viewport', (row) => row.width, 'left'],
    ['rating-timeline', (row) => row.ours],
    ['TimelineJS3', (row) => row.theirs],
  ]);
  const figures = shots.map(({ viewport, scheme, files }) => `<section><h2>${viewport.width} px, ${scheme}</h2>
<div class="row">${files.map((file) => `<figure><img src="${file}" alt=""><figcaption>${file}</figcaption></figure>`).join('')}</div></section>`);
  writeFileSync(join(out, 'index.html'), `<!doctype html><meta charset="utf-8"><title>Screens</title>
<style>body{font:14px system-ui;margin:1em}.row{display:flex;gap:1em;align-items:flex-start}figure{margin:0}img{max-width:420px;border:1px solid #ccc}</style>
${figures.join('\n')}`);
  console.log(`\nscreenshots and a side-by-side index.html in ${relative(process.cwd(), out)}/`);
}

run(main);
