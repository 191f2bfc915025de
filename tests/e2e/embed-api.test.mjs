// The JS API and events as a newsroom developer uses them: mount() keeps its word against
// the loader's own mount-on-import, options and attributes are checked aloud, elements
// added later are mounted and removed ones unmounted (without a leak), and every event
// fires once with its documented detail.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, defaultDataset, launchBrowser, recordErrors, serve } from './harness.mjs';

const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'";

function page({ body, script }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}"><title>Host</title></head>
<body><h1>Host headline</h1><p>Host paragraph.</p>
${body}
${script ? `<script type="module" src="${script}"></script>` : ''}
<script type="module" src="/cdn/embed/rating-timeline.js"></script></body></html>`;
}

// Records every rating-timeline:* event that reaches the document, as a page's analytics would.
const RECORD_EVENTS = `
window.__events = [];
for (const type of ['ready', 'select-event', 'open-quote', 'open-source', 'filter', 'error']) {
  document.addEventListener('rating-timeline:' + type, (e) => window.__events.push({
    type: e.type, target: e.target.id, bubbles: e.bubbles, composed: e.composed, detail: JSON.parse(JSON.stringify(e.detail)),
  }));
}`;

describe('the JS API and events', () => {
  let server;
  let browser;
  let dataset;
  before(async () => {
    dataset = await defaultDataset();
    server = await serve({
      routes: { '/cdn/': DIST },
      pages: {
        // The README's JS API on an element that keeps data-rating-timeline (for theming).
        '/news/mount.html': page({ body: '<div id="w" data-rating-timeline></div>', script: '/news/mount.js' }),
        '/news/mount.js': `import { mount } from '/cdn/embed/rating-timeline.js';
window.__mounted = mount(document.getElementById('w'), { theme: 'dark' }).then(
  (handle) => ({ resolved: typeof handle.unmount === 'function', error: handle.error ?? null }),
  (error) => ({ resolved: false, message: String(error) }));`,
        '/news/warn.html': page({ body: '<div id="w" data-rating-timeline data-open="no-such-event" data-theme="sepia"></div>' }),
        '/news/events.html': page({ body: '<div id="w" data-rating-timeline></div><div id="broken" data-rating-timeline data-src="/data/missing.json"></div>', script: '/news/record.js' }),
        '/news/record.js': RECORD_EVENTS,
        '/news/late.html': page({ body: '<div id="first" data-rating-timeline></div>', script: '/news/late.js' }),
        // A CMS block that arrives 2 s after load.
        '/news/late.js': `setTimeout(() => {
  const late = document.createElement('div');
  late.id = 'late';
  late.setAttribute('data-rating-timeline', '');
  document.body.append(late);
}, 2000);`,
        '/news/plain.html': page({ body: '' }),
        '/favicon.ico': '',
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path, width = 1000) {
    const tab = await browser.newPage({ viewport: { width, height: 900 } });
    const errors = recordErrors(tab);
    const warnings = [];
    tab.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    await tab.goto(`${server.origin}${path}`);
    return { tab, errors, warnings };
  }

  test('mount() on a data-rating-timeline element resolves with its theme, in 20 of 20 loads', async () => {
    const outcomes = [];
    for (let load = 0; load < 20; load += 1) {
      const { tab, errors } = await open('/news/mount.html');
      const mounted = await tab.evaluate(() => window.__mounted);
      await tab.locator('#w .rt').first().waitFor({ timeout: 20000 });
      // The loader's mount-on-import must not replace it afterwards.
      await tab.waitForTimeout(300);
      const classes = await tab.locator('#w').evaluate((el) => [...el.shadowRoot.querySelectorAll('.rt')].map((rt) => rt.className));
      outcomes.push({ ...mounted, widgets: classes.length, dark: classes.every((c) => /rt-theme-dark/.test(c)), errors: errors.length });
      await tab.close();
    }
    assert.deepEqual(outcomes, Array(20).fill({ resolved: true, error: null, widgets: 1, dark: true, errors: 0 }));
  });

  test('mount() rejects with an Error saying why when nothing can be shown, and warns about an unknown option', async () => {
    const { tab, warnings } = await open('/news/plain.html');
    const result = await tab.evaluate(async () => {
      const api = await import('/cdn/embed/rating-timeline.js');
      const reason = (promise) => promise.then(() => 'resolved', (error) => `${error instanceof Error} ${error.message}`);
      const el = document.body.appendChild(document.createElement('div'));
      const notAnElement = await reason(api.mount('#w'));
      const notAnObject = await reason(api.mount(el, 'dark'));
      const wrongType = await reason(api.mount(el, { theme: 3 }));
      const earlier = await api.mount(el, { theme: 'dark', colour: 'red' });
      const first = api.mount(el, { theme: 'light' });
      const second = api.mount(el, { theme: 'auto' });
      const [a, b] = await Promise.all([first, second]);
      earlier.unmount(); // a handle of a widget remounted since: does nothing
      return {
        notAnElement, notAnObject, wrongType,
        same: a === b && a !== earlier,
        widgets: [...el.shadowRoot.querySelectorAll('.rt')].map((rt) => rt.className),
      };
    });
    assert.match(result.notAnElement, /^true .*needs an element/);
    assert.match(result.notAnObject, /^true rating-timeline: mount\(\): .*object of options/);
    assert.match(result.wrongType, /^true .*option `theme`/);
    assert.equal(result.same, true, 'two mounts of one element resolve to the same, last, handle');
    assert.equal(result.widgets.length, 1);
    assert.match(result.widgets[0], /rt-theme-auto/, 'the last call\'s options win');
    assert.ok(warnings.some((w) => w.includes('"colour"')), `a warning names the unknown option: ${warnings}`);
    await tab.close();
  });

  test('an unknown data-open id and data-theme are warned about, naming them', async () => {
    const { tab, warnings } = await open('/news/warn.html');
    await tab.locator('#w .rt').first().waitFor({ timeout: 20000 });
    assert.ok(warnings.some((w) => w.includes('"no-such-event"')), `warnings: ${warnings}`);
    assert.ok(warnings.some((w) => w.includes('"sepia"')), `warnings: ${warnings}`);
    await tab.close();
  });

  test('each event fires once, on the host element, bubbling and composed, with its documented detail', async () => {
    const { tab } = await open('/news/events.html', 375);
    const events = () => tab.evaluate(() => window.__events.splice(0));
    await tab.locator('#w .rt').first().waitFor({ timeout: 20000 });
    await tab.waitForFunction(() => window.__events.filter((e) => e.type === 'rating-timeline:ready' || e.type === 'rating-timeline:error').length === 2);
    const loaded = await events();
    const message = await tab.locator('#broken').evaluate((el) => el.shadowRoot.querySelector('.rt-problem-detail').textContent);
    assert.deepEqual(loaded.sort((a, b) => a.target.localeCompare(b.target)), [
      { type: 'rating-timeline:error', target: 'broken', bubbles: true, composed: true, detail: { message } },
      { type: 'rating-timeline:ready', target: 'w', bubbles: true, composed: true, detail: { events: dataset.events.length, quotes: dataset.quotes.length } },
    ]);

    await tab.locator('#w .rt-point[data-position="0"]').first().click();
    const shownEvent = await tab.locator('#w .rt-story [data-event-id]').first().getAttribute('data-event-id');
    assert.deepEqual((await events()).map((e) => [e.type, e.detail]), [['rating-timeline:select-event', { eventId: shownEvent }]]);

    const button = tab.locator('#w .rt-story button[data-quote-id]').first();
    const quoteId = await button.getAttribute('data-quote-id');
    const quote = dataset.quotes.find((q) => q.id === quoteId);
    await button.click();
    await tab.locator('#w dialog[open]').waitFor();
    assert.deepEqual((await events()).map((e) => [e.type, e.detail]), [
      ['rating-timeline:open-quote', { quoteId, speakerId: quote.speaker, eventId: quote.event ?? null }],
    ]);

    await tab.locator('#w dialog[open] .rt-show-source').click();
    await tab.waitForTimeout(100);
    assert.deepEqual((await events()).map((e) => [e.type, e.detail]), [
      ['rating-timeline:open-source', { quoteId, sourceId: quote.source }],
    ]);
    for (let step = 0; step < 2 && await tab.locator('#w dialog[open]').count(); step += 1) {
      await tab.locator('#w dialog[open] .rt-back').click();
    }
    await tab.locator('#w dialog[open]').waitFor({ state: 'detached' });

    await tab.locator('#w .rt-show-all').click();
    await tab.locator('#w .rt-filters select').first().waitFor();
    await tab.waitForTimeout(100);
    assert.deepEqual(await events(), [], 'showing every event is not a selection');
    const speaker = quote.speaker;
    await tab.locator('#w .rt-filters select').first().selectOption(speaker);
    await tab.waitForTimeout(100);
    assert.deepEqual((await events()).map((e) => [e.type, e.detail]), [
      ['rating-timeline:filter', { speakerId: speaker, judgement: 'overall_effectiveness', search: '' }],
    ]);
    await tab.close();
  });

  test('an element added 2 s after load is mounted, and a removed one is unmounted', async () => {
    const { tab, errors } = await open('/news/late.html');
    await tab.locator('#first .rt').first().waitFor({ timeout: 20000 });
    await tab.locator('#late').waitFor({ state: 'attached', timeout: 5000 });
    await tab.locator('#late .rt').first().waitFor({ timeout: 10000 });
    const removed = await tab.evaluate(async () => {
      const first = document.getElementById('first');
      first.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { widget: first.shadowRoot.querySelector('.rt') !== null, children: first.shadowRoot.childElementCount };
    });
    assert.deepEqual(removed, { widget: false, children: 1 }, 'only the empty slot is left');
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test('100 mount/unmount cycles leave the wasm memory flat (within 10%)', async () => {
    const { tab, errors } = await open('/news/plain.html');
    const bytes = await tab.evaluate(async () => {
      const api = await import('/cdn/embed/rating-timeline.js');
      const cycle = async (index) => {
        const el = document.createElement('div');
        document.body.append(el);
        const handle = await api.mount(el);
        // Half are unmounted by the API, half by taking the element off the page.
        if (index % 2 === 0) handle.unmount();
        el.remove();
        await new Promise((resolve) => setTimeout(resolve, 0));
      };
      for (let i = 0; i < 10; i += 1) await cycle(i); // warm up: the allocator's first pages
      const start = await api.wasmMemoryBytes();
      for (let i = 0; i < 100; i += 1) await cycle(i);
      return { start, end: await api.wasmMemoryBytes() };
    });
    console.log(`wasm memory: ${bytes.start} bytes after 10 cycles, ${bytes.end} after 100 more`);
    assert.ok(bytes.end <= bytes.start * 1.1, `grew from ${bytes.start} to ${bytes.end} bytes`);
    assert.deepEqual(errors, []);
    await tab.close();
  });
});
