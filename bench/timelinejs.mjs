// TimelineJS3 pages for the benchmarks: the same events and quotes as ours, in
// TimelineJS3's own format, on a page alone or in place of each widget of the demo article.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, ensureOutDir } from './lib.mjs';
import { readDataset, toTimelineJs } from './dataset.mjs';

/** The height TimelineJS3 is given, as its embed generator does by default. */
export const TIMELINEJS_HEIGHT = '650px';

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
export function timelineJsOnlyPage(data) {
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
export async function timelineJsArticlePage(defaultData) {
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
export function widgetElements(html) {
  const widgets = [...html.matchAll(/<div data-rating-timeline([^>]*)>([^]*?)<\/div>/g)];
  if (widgets.length === 0) throw new Error('dist/index.html has no <div data-rating-timeline> to replace');
  for (const [markup, , inner] of widgets) {
    if (inner.includes('<div')) throw new Error(`a widget element holds a <div>, which this benchmark cannot cut out: ${markup.slice(0, 80)}`);
  }
  return widgets.map(([markup, attributes]) => ({ markup, attributes }));
}

export function withoutLoader(html) {
  const loader = /<script type="module" src="[^"]*rating-timeline\.js"><\/script>/;
  if (!loader.test(html)) throw new Error('dist/index.html has no rating-timeline.js script to remove');
  return html.replace(loader, '');
}
