// The demo page as a reader gets it: built with `trunk build --release`, served from
// 127.0.0.1 and opened in Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, defaultDataset, launchBrowser, recordErrors, recordRequests, serve } from './harness.mjs';

describe('the demo page', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openDemo(viewport) {
    const page = await browser.newPage({ viewport });
    const requests = recordRequests(page);
    const errors = recordErrors(page);
    await page.goto(`${server.origin}/`);
    const widget = page.locator('[data-rating-timeline]:not([data-src]) .rt');
    await widget.first().waitFor({ timeout: 20000 });
    return { page, requests, errors, widget };
  }

  test('renders one timeline entry per event of the embedded dataset, with its grades', async () => {
    const data = await defaultDataset();
    const { page, errors, widget } = await openDemo({ width: 1200, height: 900 });
    await widget.locator('.rt-show-all').click();
    const events = page.locator('[data-rating-timeline]:not([data-src]) [data-event-id]');
    const ids = await events.evaluateAll((nodes) => [...new Set(nodes.map((n) => n.dataset.eventId))]);
    assert.deepEqual(ids.sort(), data.events.map((event) => event.id).sort());
    for (const event of data.events) {
      const text = await page.locator(`[data-rating-timeline]:not([data-src]) [data-event-id="${event.id}"]`).innerText();
      for (const rating of event.ratings) {
        const label = rating.grade.replace('_', ' ');
        assert.match(text.toLowerCase(), new RegExp(label), `event ${event.id} should show ${label}`);
      }
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('makes no request beyond 127.0.0.1', async () => {
    const { page, requests } = await openDemo({ width: 1200, height: 900 });
    await page.waitForLoadState('networkidle');
    const outside = requests.filter((url) => !url.startsWith(server.origin));
    assert.deepEqual(outside, []);
    await page.close();
  });

  test('has no serious or critical accessibility violations (axe-core): first view, reader view, article, full list', async () => {
    for (const viewport of [{ width: 1200, height: 900 }, { width: 375, height: 812 }]) {
      const { page, widget } = await openDemo(viewport);
      // The first view, with both widgets on the page, is checked at every impact: two
      // widgets must not give two landmarks one name (axe's landmark-unique, "moderate").
      const check = async (what, impacts) => {
        const violations = await axeViolations(page, impacts);
        assert.deepEqual(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), [], `${what} at ${viewport.width} px`);
      };
      await check('the first view', ['minor', 'moderate', 'serious', 'critical']);
      await widget.locator('.rt-story button[data-quote-id]').first().click();
      const dialog = page.locator('[data-rating-timeline]:not([data-src]) dialog[open]');
      await dialog.waitFor();
      await check('the reader view');
      const read = dialog.locator('.rt-show-source');
      if (await read.isVisible()) {
        await read.click();
        await check('the article');
      }
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await widget.locator('.rt-show-all').click();
      await widget.locator('.rt-event-list').waitFor();
      await check('the full list');
      await page.close();
    }
  });

  test('on a phone, a clicked quote opens its reader view over the whole screen, without moving the page', async () => {
    const { page, widget } = await openDemo({ width: 360, height: 800 });
    const quote = widget.locator('button[data-quote-id]').nth(1);
    await quote.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await quote.click();
    const panel = page.locator('[data-rating-timeline]:not([data-src]) dialog[open]');
    await panel.waitFor();
    const box = await panel.boundingBox();
    assert.equal(await page.evaluate(() => window.scrollY), before, 'the page did not jump');
    assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 360, 800], 'the reader view takes the screen');
    await panel.locator('.rt-back').click();
    await panel.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => window.scrollY), before, 'and gives it back where it was');
    await page.close();
  });

  test('without JavaScript, the static fallback shows every event, its grades, every quote verbatim and the sources', async () => {
    const data = await defaultDataset();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const fallback = page.locator('[data-rating-timeline]:not([data-src]) .rt-static');
    // What a reader sees, part by part as it is scrolled into view (the demo's stylesheet
    // draws the fallback's events only as they near the screen).
    const parts = [fallback.locator('h2'), ...await fallback.locator('.rt-static-events > li').all(), fallback.locator('.rt-static-sources')];
    let text = '';
    for (const part of parts) {
      await part.scrollIntoViewIfNeeded();
      text += `${await part.innerText()}\n`;
    }
    text = text.toLowerCase();
    assert.equal(await fallback.locator('.rt-static-events > li').count(), data.events.length);
    for (const grade of new Set(data.events.flatMap((event) => event.ratings.map((rating) => rating.grade)))) {
      assert.ok(text.includes(grade.replace('_', ' ')), `the fallback shows the grade ${grade}`);
    }
    const quotes = await fallback.locator('blockquote > p').allTextContents();
    assert.deepEqual(quotes.sort(), data.quotes.map((quote) => quote.text).sort(), 'one <blockquote> per quote, verbatim');
    for (const source of data.sources) assert.ok(text.includes(source.title.toLowerCase()), `the fallback lists ${source.title}`);
    const hrefs = await fallback.locator('[href], [cite]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href') ?? n.getAttribute('cite')));
    assert.deepEqual(hrefs.filter((url) => !/^https?:\/\//.test(url)), [], 'only http(s) URLs are linked or cited');
    await context.close();
  });

  test('the static fallback is on screen before the widget takes its place', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    // The loader takes the fallback off the page when it gives the element its shadow root:
    // by then the page's first contentful paint must have been reported.
    await page.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      window.__paintsAtAttach = [];
      Element.prototype.attachShadow = function (init) {
        if (!this.hasAttribute('data-src')) window.__paintsAtAttach.push(performance.getEntriesByName('first-contentful-paint').length);
        return attach.call(this, init);
      };
    });
    await page.goto(`${server.origin}/`);
    await page.locator('[data-rating-timeline]:not([data-src]) .rt').first().waitFor({ timeout: 20000 });
    const paints = await page.evaluate(() => window.__paintsAtAttach);
    assert.equal(paints.length, 1, 'the loader gave the fallback\'s element one shadow root');
    assert.equal(paints[0], 1, 'the fallback and the page were painted before the widget took over');
    const fallbackShown = await page.locator('[data-rating-timeline]:not([data-src])').evaluate((el) =>
      el.querySelector('.rt-static').getClientRects().length > 0);
    assert.equal(fallbackShown, false, 'once the widget is drawn, the fallback is no longer shown');
    await page.close();
  });

  test('does not overflow horizontally at 360 px', async () => {
    const { page } = await openDemo({ width: 360, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `page is ${overflow}px wider than the viewport`);
    await page.close();
  });
});
