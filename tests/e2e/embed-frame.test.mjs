// The routes for CMSs and hosts that allow less: the iframe page (strict CSP, resized
// through postMessage, messages from other origins ignored), a cross-origin data-src
// without CORS (a message naming CORS and the origin), and an upgrade of a versioned
// bundle under a page built against the previous one.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { DIST, ROOT, defaultDataset, launchBrowser, serve } from './harness.mjs';

const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'";

/** The README's two-line listener, as a newsroom copies it. */
async function listenerSnippet() {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).find((code) => code.includes("'rating-timeline:height'"));
  assert.ok(block, 'README.md has the listener snippet');
  return block;
}

describe('iframe, CORS and upgrades', () => {
  let server;
  let other; // another origin: another port
  let browser;
  before(async () => {
    other = await serve({
      routes: {},
      pages: {
        '/data.json': JSON.stringify(await defaultDataset()),
        '/evil.html': '<!doctype html><title>evil</title><script src="/evil.js"></script>',
        '/evil.js': "setInterval(() => parent.postMessage({ type: 'rating-timeline:height', height: 5000 }, '*'), 50);",
      },
    });
    const frameCsp = `default-src 'none'; script-src 'self'; style-src 'self'; frame-src 'self' ${other.origin}`;
    server = await serve({
      routes: { '/cdn/': DIST },
      pages: {
        '/news/frame.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${frameCsp}"><title>Host</title>
<link rel="stylesheet" href="/news/frame.css"></head><body><h1>Host</h1>
<iframe id="f" data-rating-timeline-frame src="/cdn/embed/frame.html?theme=dark" title="Rating timeline" width="100%" height="150"></iframe>
<iframe id="evil" src="${other.origin}/evil.html" title="Other" width="10" height="10"></iframe>
<script src="/news/listener.js"></script></body></html>`,
        '/news/frame.css': 'iframe { border: 0; display: block; }',
        '/news/listener.js': await listenerSnippet(),
        '/news/cors.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP.replace("connect-src 'self'", `connect-src 'self' ${other.origin}`)}"><title>Host</title></head>
<body><div id="w" data-rating-timeline data-src="${other.origin}/data.json"></div>
<script type="module" src="/cdn/embed/rating-timeline.js"></script></body></html>`,
        '/favicon.ico': '',
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await other?.close();
  });

  test('frame.html in an iframe on a strict-CSP page resizes to its content; messages from another origin are ignored', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 900 } });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${location.pathname} ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.origin}/news/frame.html`);
    const frame = page.frameLocator('#f');
    await frame.locator('.rt').first().waitFor({ timeout: 20000 });
    const sizes = async () => ({
      iframe: await page.locator('#f').evaluate((f) => f.getBoundingClientRect().height),
      content: await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height)),
    });
    await page.waitForFunction(() => document.getElementById('f').getBoundingClientRect().height > 400, null, { timeout: 10000 });
    await page.waitForTimeout(700); // the other origin posts its 5000 px every 50 ms meanwhile
    const settled = await sizes();
    assert.ok(Math.abs(settled.iframe - settled.content) <= 2, `iframe ${settled.iframe} px for content of ${settled.content} px`);
    assert.match(await frame.locator('.rt').first().getAttribute('class'), /rt-theme-dark/, 'the theme query parameter applies');

    // The frame itself taken to another origin: its messages come from the right window,
    // but not from the origin of the iframe's src.
    const inner = page.frames().find((f) => f.url().includes('/cdn/embed/frame.html'));
    await inner.evaluate((url) => { location.href = url; }, `${other.origin}/evil.html`);
    await page.waitForTimeout(700);
    assert.equal(await page.locator('#f').evaluate((f) => f.getBoundingClientRect().height), settled.iframe);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    await page.close();
  });

  test('on a phone, a quote opened low in the resized iframe shows its reader view from the top', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(`${server.origin}/news/frame.html`);
    const frame = page.frameLocator('#f');
    await frame.locator('.rt').first().waitFor({ timeout: 20000 });
    await page.waitForFunction(() => document.getElementById('f').getBoundingClientRect().height > 900, null, { timeout: 10000 });
    const quote = frame.locator('.rt-story button[data-quote-id]').nth(1);
    await quote.scrollIntoViewIfNeeded();
    await quote.click();
    await frame.locator('dialog[open] .rt-back').waitFor();
    await page.waitForTimeout(300);
    const top = await page.locator('#f').evaluate((f) => f.getBoundingClientRect().top);
    const back = await frame.locator('dialog[open] .rt-back').evaluate((b) => b.getBoundingClientRect().top);
    assert.ok(top + back >= 0 && top + back < 700, `Back is at ${top + back} px of a 700 px screen`);
    await page.close();
  });

  test('without JavaScript, frame.html shows the static fallback', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/cdn/embed/frame.html`);
    const dataset = await defaultDataset();
    const text = await page.locator('.rt-static').textContent();
    assert.ok(text.includes(dataset.quotes[0].text));
    await context.close();
  });

  test('a cross-origin data-src without CORS headers shows a message naming CORS and the origin', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/news/cors.html`);
    await page.locator('#w [role="alert"]').waitFor({ timeout: 20000 });
    const text = await page.locator('#w').evaluate((el) => el.shadowRoot.textContent);
    assert.match(text, /CORS/);
    assert.ok(text.includes(other.origin), text);
    assert.ok(text.includes('Access-Control-Allow-Origin'), text);
    await page.close();
  });

  test('a page built against the previous bundle still loads after the files are replaced', async () => {
    const previous = join(DIST, 'embed');
    const loader = await readFile(join(previous, 'rating-timeline.js'), 'utf8');
    const named = [...new Set(loader.match(/\.\/[\w-]+\.(?:wasm|css|html)/g))].map((n) => n.slice(2));
    assert.deepEqual(named.filter((n) => !/-[0-9a-f]{12}\.(wasm|css|html)$/.test(n)), [], 'the loader names only content-hashed files');
    assert.equal(named.length, 3);
    // The next release: every hashed file changed (so renamed), the loader rewritten to match.
    const next = await mkdtemp(join(tmpdir(), 'rt-next-'));
    const site = await mkdtemp(join(tmpdir(), 'rt-site-'));
    try {
      await cp(previous, join(site, 'embed'), { recursive: true });
      await cp(previous, next, { recursive: true });
      let nextLoader = loader;
      for (const name of named) {
        const renamed = name.replace(/-[0-9a-f]{12}\./, '-0123456789ab.');
        let body = await readFile(join(next, name));
        if (name.endsWith('.css')) body = Buffer.concat([body, Buffer.from('\n/* next release */\n')]);
        await rm(join(next, name));
        await writeFile(join(next, renamed), body);
        nextLoader = nextLoader.replaceAll(`./${name}`, `./${renamed}`);
      }
      await writeFile(join(next, 'rating-timeline.js'), nextLoader);

      // The host serves what the README advises: the loader briefly cached, hashed files for good.
      const requests = [];
      const host = await cachingServer(site, requests);
      const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An old article</title></head><body>
<h1>An old article</h1><div id="w" data-rating-timeline>${await readFile(join(previous, 'fallback.html'), 'utf8')}</div>
<script type="module" src="/embed/rating-timeline.js"></script></body></html>`;
      await writeFile(join(site, 'article.html'), article);
      const context = await browser.newContext();
      const open = async (ctx) => {
        const page = await ctx.newPage();
        const failed = [];
        page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
        page.on('pageerror', (e) => failed.push(String(e)));
        await page.goto(`${host.origin}/article.html`);
        await page.locator('#w .rt').first().waitFor({ timeout: 20000 });
        await page.close();
        return failed;
      };
      assert.deepEqual(await open(context), []);

      // The upgrade: the new files copied over the old ones, as an upload does.
      await cp(next, join(site, 'embed'), { recursive: true });
      requests.length = 0;
      assert.deepEqual(await open(context), [], 'a reader whose cache holds the previous loader');
      for (const name of named) {
        const response = await fetch(`${host.origin}/embed/${name}`);
        assert.equal(response.status, 200, `the previous ${name} is still there for a cached loader`);
      }
      const fresh = await browser.newContext();
      requests.length = 0;
      assert.deepEqual(await open(fresh), [], 'a new reader');
      assert.ok(requests.some((path) => path.includes('-0123456789ab.css')), `the new stylesheet is used: ${requests}`);
      await context.close();
      await fresh.close();
      await host.close();
    } finally {
      await rm(next, { recursive: true, force: true });
      await rm(site, { recursive: true, force: true });
    }
  });
});

/** A static server with the README's cache advice; records the paths asked for. */
async function cachingServer(root, requests) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    requests.push(path);
    try {
      if (path.includes('..')) throw new Error('no');
      const body = await readFile(join(root, path));
      const hashed = /-[0-9a-f]{12}\.\w+$/.test(path);
      response.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}
