// The embed contract as a newsroom meets it: the loader on a host page that lives on a
// different path than the bundle, under a strict Content-Security-Policy, with hostile
// global CSS, several widgets, a broken data-src and a dataset full of hostile strings.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DIST, ROOT, launchBrowser, recordErrors, recordRequests, serve } from './harness.mjs';

const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'";
const HOSTILE_CSS = `
  * { color: #f0f !important; font-family: "Comic Sans MS", cursive !important; box-sizing: content-box !important; }
  div { padding: 13px; border: 3px dashed lime; }
  button, li, p, h2, h3 { display: inline; font-size: 31px; text-transform: uppercase; }
  section, ol, ul { margin: 40px; }
  mark { background: black; }
  #w-default { --rating-timeline-accent: #010203; }
`;

/** Builds a valid dataset (byte spans included) with a hostile string in every field a reader sees. */
function hostileDataset() {
  const attack = '<img src=x onerror="window.__pwned=1">';
  const text = `Headline <script>window.__pwned=2</script>\n\nInspectors said: "${attack} is fine." It was rated 'good'.`;
  const bytes = (s) => Buffer.byteLength(s, 'utf8');
  const quoteStart = bytes(text.slice(0, text.indexOf(attack)));
  const quoteText = `${attack} is fine.`;
  const good = bytes(text.slice(0, text.indexOf('good')));
  return {
    subject: '<b onmouseover="window.__pwned=3">Council</b>',
    sources: [{ id: 's1', title: '<i>Title</i>', publisher: '<u>Pub</u>', url: 'javascript:window.__pwned=4', text }],
    people: [{ id: 'p1', name: '<em onclick="window.__pwned=5">Ins</em>', aliases: [], kind: 'organisation' }],
    events: [{
      id: 'e1', kind: 'inspection', date: { value: '2024-03', inferred: false },
      ratings: [{ judgement: 'overall_effectiveness', grade: 'good', source: 's1', span: { start: good, end: good + 4 } }],
      sources: ['s1'],
    }],
    quotes: [{
      id: 'q1', text: quoteText, speaker: 'p1', role: '<svg onload="window.__pwned=6">', event: 'e1', source: 's1',
      span: { start: quoteStart, end: quoteStart + bytes(quoteText) }, fragment: false,
    }],
  };
}

/** A host page with `widgets`, loading the bundle from `bundle` (a path other than the page's). */
function hostPage({ widgets, csp = CSP, bundle = '/cdn' }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Host</title><link rel="stylesheet" href="/news/hostile.css"></head>
<body><h1 id="host-title">Host headline</h1><p id="host-para">Host paragraph <a id="host-link" href="#">link</a></p>
${widgets}
<script type="module" src="${bundle}/embed/rating-timeline.js"></script></body></html>`;
}

/** What a site that serves its home page for any unknown path answers for fallback.html. */
const HOME_PAGE = '<!doctype html><html><head><title>Home</title></head><body><h1>Home page</h1><img src="/tracker.gif"></body></html>';

/** Holds back every wasm request of `page`, as a slow network does; resolves to the function that lets it through. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const WIDGETS = `
<div id="w-default" data-rating-timeline></div>
<div id="w-src" data-rating-timeline data-src="/data/example.json"></div>
<div id="w-404" data-rating-timeline data-src="/data/missing.json"></div>
<div id="w-notjson" data-rating-timeline data-src="/data/not-json.json"></div>
<div id="w-badgrade" data-rating-timeline data-src="/data/bad-grade.json"></div>
<div id="w-hostile" data-rating-timeline data-src="/data/hostile.json"></div>`;

describe('the embed on a strict-CSP host page', () => {
  let server;
  let browser;
  /** The first quote of the embedded dataset, which its static fallback shows. */
  let embeddedQuote;
  /** The static fallback's file name as the loader asks for it (content-hashed in a release build). */
  let fallbackFile;
  before(async () => {
    fallbackFile = (await readFile(`${DIST}/embed/rating-timeline.js`, 'utf8')).match(/fallback(?:-[0-9a-f]+)?\.html/)[0];
    embeddedQuote = JSON.parse(await readFile(`${ROOT}/www/data/timeline.json`, 'utf8')).quotes[0].text;
    const example = await readFile(`${DIST}/demo/data/example-council.json`, 'utf8');
    const badGrade = JSON.parse(example);
    badGrade.events.find((e) => e.ratings.length > 0).ratings[0].grade = 'excellent';
    server = await serve({
      routes: { '/cdn/': DIST, '/spa/': DIST },
      pages: {
        '/news/2026/story.html': hostPage({ widgets: WIDGETS }),
        '/news/2026/spa.html': hostPage({ widgets: '<div id="w-default" data-rating-timeline></div>', bundle: '/spa' }),
        [`/spa/embed/${fallbackFile}`]: HOME_PAGE,
        '/news/2026/plain.html': hostPage({ widgets: '' }),
        '/news/hostile.css': HOSTILE_CSS,
        '/data/example.json': example,
        '/data/not-json.json': '{"sources": [ this is not json',
        '/data/bad-grade.json': JSON.stringify(badGrade),
        '/data/hostile.json': JSON.stringify(hostileDataset()),
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `path` in a new page; `prepare(page)` runs before it is loaded. */
  async function open(path, prepare = async () => {}) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await prepare(page);
    const requests = recordRequests(page);
    const errors = recordErrors(page);
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.origin}${path}`);
    return { page, requests, errors };
  }

  const shadowText = (page, id) => page.locator(`#${id}`).evaluate((el) => el.shadowRoot?.textContent ?? '');

  test('renders every widget under the strict CSP without violations or outside requests', async () => {
    const { page, requests } = await open('/news/2026/story.html');
    await page.locator('#w-default .rt').first().waitFor({ timeout: 20000 });
    await page.locator('#w-src .rt').first().waitFor();
    await page.locator('#w-hostile .rt').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(requests.filter((url) => !url.startsWith(server.origin)), []);
    await page.close();
  });

  test('an empty element shows the static fallback while the wasm loads, then the widget', async () => {
    let releaseWasm;
    const { page } = await open('/news/2026/story.html', async (page) => { releaseWasm = await holdWasm(page); });
    const shown = (id) => page.locator(`#${id}`).evaluate((el) => {
      const root = el.shadowRoot;
      const visible = (node) => Boolean(node && node.getClientRects().length > 0);
      return {
        fallback: visible(root?.querySelector('.rt-static')),
        widget: visible(root?.querySelector('.rt')),
        text: root?.querySelector('.rt-static')?.textContent ?? '',
      };
    });
    await page.waitForFunction(() => document.querySelector('#w-default').shadowRoot?.querySelector('.rt-static'), null, { timeout: 10000 });
    const early = await shown('w-default');
    assert.deepEqual({ fallback: early.fallback, widget: early.widget }, { fallback: true, widget: false });
    assert.ok(early.text.includes(embeddedQuote), 'the fallback shows the embedded dataset\'s quotes');
    assert.equal((await shown('w-src')).fallback, false, 'a data-src widget is not given the default dataset\'s fallback');
    assert.equal(await page.locator('#w-default').evaluate((el) => el.childElementCount), 0, 'the host\'s element is left as it was');

    releaseWasm();
    await page.locator('#w-default .rt').first().waitFor({ timeout: 20000 });
    const late = await shown('w-default');
    assert.deepEqual({ fallback: late.fallback, widget: late.widget }, { fallback: false, widget: true });
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    await page.close();
  });

  test('if the wasm cannot be loaded, an empty element still gets the static fallback', async () => {
    // The wasm is missing, and its 404 comes before the fallback does.
    const { page } = await open('/news/2026/story.html', async (page) => {
      await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.route(`**/embed/${fallbackFile}`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
    });
    await page.waitForFunction(() => document.querySelector('#w-default').shadowRoot?.querySelector('.rt-static'), null, { timeout: 10000 });
    const text = await page.locator('#w-default').evaluate((el) => el.shadowRoot.querySelector('.rt-static').textContent);
    assert.ok(text.includes(embeddedQuote), 'the fallback shows the embedded dataset\'s quotes');
    await page.close();
  });

  test('another page served for fallback.html is never shown in the widget', async () => {
    let releaseWasm;
    let fallbackAnswered;
    const { page, requests } = await open('/news/2026/spa.html', async (page) => {
      releaseWasm = await holdWasm(page);
      fallbackAnswered = page.waitForResponse((response) => response.url().endsWith(`/spa/embed/${fallbackFile}`));
    });
    await fallbackAnswered;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shadow = () => page.locator('#w-default').evaluate((el) => el.shadowRoot?.innerHTML ?? '');
    assert.doesNotMatch(await shadow(), /Home page|<img/);
    releaseWasm();
    await page.locator('#w-default .rt').first().waitFor({ timeout: 20000 });
    assert.doesNotMatch(await shadow(), /Home page|<img/);
    assert.equal(requests.filter((url) => url.endsWith('/tracker.gif')).length, 0);
    await page.close();
  });

  test('a data-src widget shows its own dataset, apart from the default one', async () => {
    const { page } = await open('/news/2026/story.html');
    await page.locator('#w-src .rt').first().waitFor({ timeout: 20000 });
    const example = JSON.parse(await (await fetch(`${server.origin}/data/example.json`)).text());
    const defaultText = await shadowText(page, 'w-default');
    const srcText = await shadowText(page, 'w-src');
    const firstQuote = example.quotes[0].text;
    assert.ok(srcText.includes(firstQuote), 'the data-src widget shows its quotes');
    assert.ok(!defaultText.includes(firstQuote), 'the default widget does not');
    await page.close();
  });

  test('broken data-src widgets each say what is wrong, and the others still work', async () => {
    const { page } = await open('/news/2026/story.html');
    for (const id of ['w-404', 'w-notjson', 'w-badgrade']) {
      await page.locator(`#${id} [role="alert"]`).waitFor({ timeout: 20000 });
    }
    assert.match(await shadowText(page, 'w-404'), /404/);
    assert.match(await shadowText(page, 'w-notjson'), /not valid JSON/);
    assert.match(await shadowText(page, 'w-badgrade'), /excellent/);
    assert.match(await shadowText(page, 'w-badgrade'), /events\[\d+\]\.ratings\[0\]\.grade/);
    await page.locator('#w-default .rt').first().waitFor();
    assert.ok((await shadowText(page, 'w-default')).length > 200);
    await page.close();
  });

  test('hostile strings are shown as text and a javascript: URL never becomes a link', async () => {
    const { page } = await open('/news/2026/story.html');
    await page.locator('#w-hostile .rt').first().waitFor({ timeout: 20000 });
    // Open every quote and the source view so that every string is on screen.
    await page.locator('#w-hostile [data-quote-id]').first().click();
    const found = await page.locator('#w-hostile').evaluate((el) => {
      const root = el.shadowRoot;
      return {
        injected: root.querySelectorAll('img, script, b, i, u, em, svg[onload], [onerror], [onclick], [onmouseover], [onload]').length,
        badLinks: [...root.querySelectorAll('a[href]')].filter((a) => !/^https?:/i.test(a.getAttribute('href'))).map((a) => a.getAttribute('href')),
        text: root.textContent,
      };
    });
    assert.equal(found.injected, 0);
    assert.deepEqual(found.badLinks, []);
    assert.ok(found.text.includes('<img src=x onerror="window.__pwned=1"> is fine.'), 'the quote is shown verbatim, as text');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await page.close();
  });

  test('the host page keeps its own computed styles', async () => {
    const styles = async (path) => {
      const { page } = await open(path);
      if (path.endsWith('story.html')) await page.locator('#w-default .rt').first().waitFor({ timeout: 20000 });
      const result = await page.evaluate(() => ['host-title', 'host-para', 'host-link'].map((id) => {
        const s = getComputedStyle(document.getElementById(id));
        return [id, s.color, s.fontFamily, s.fontSize, s.display, s.margin, s.padding, s.backgroundColor].join('|');
      }));
      await page.close();
      return result;
    };
    assert.deepEqual(await styles('/news/2026/story.html'), await styles('/news/2026/plain.html'));
  });

  test("the host's hostile CSS does not reach into the widget", async () => {
    const { page } = await open('/news/2026/story.html');
    await page.locator('#w-default .rt').first().waitFor({ timeout: 20000 });
    const inside = await page.locator('#w-default').evaluate((el) => {
      const pick = (selector) => {
        const s = getComputedStyle(el.shadowRoot.querySelector(selector));
        return { font: s.fontFamily, color: s.color, display: s.display, transform: s.textTransform };
      };
      return { root: pick('.rt'), button: pick('[data-quote-id]'), hostColor: getComputedStyle(document.getElementById('host-title')).color };
    });
    assert.equal(inside.hostColor, 'rgb(255, 0, 255)', 'the hostile CSS is applied to the host page');
    for (const part of [inside.root, inside.button]) {
      assert.doesNotMatch(part.font, /Comic Sans/);
      assert.notEqual(part.color, 'rgb(255, 0, 255)');
      assert.notEqual(part.transform, 'uppercase');
    }
    assert.notEqual(inside.button.display, 'inline');
    await page.close();
  });

  test('the host themes a widget through inherited custom properties, and only that one', async () => {
    const { page } = await open('/news/2026/story.html');
    await page.locator('#w-src .rt').first().waitFor({ timeout: 20000 });
    await page.locator('#w-default .rt').first().waitFor();
    const accent = (id) => page.locator(`#${id}`).evaluate((el) =>
      getComputedStyle(el.shadowRoot.querySelector('.rt')).getPropertyValue('--rt-accent').trim());
    assert.equal(await accent('w-default'), '#010203');
    assert.notEqual(await accent('w-src'), '#010203');
    await page.close();
  });

  test('mount() and unmount() work from JavaScript', async () => {
    const { page } = await open('/news/2026/plain.html');
    const result = await page.evaluate(async () => {
      const api = await import('/cdn/embed/rating-timeline.js');
      const el = document.createElement('div');
      document.body.append(el);
      const handle = await api.mount(el, { theme: 'dark' });
      const mounted = el.shadowRoot.querySelector('.rt') !== null;
      const dark = el.shadowRoot.querySelector('.rt').className;
      handle.unmount();
      return { mounted, dark, after: el.shadowRoot.querySelector('.rt') === null };
    });
    assert.deepEqual({ mounted: result.mounted, after: result.after }, { mounted: true, after: true });
    assert.match(result.dark, /rt-theme-dark/);
    await page.close();
  });
});
