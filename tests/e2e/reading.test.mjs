// The reading experience on the demo page, as a reader meets it at phone, tablet and
// desktop widths: the compact widget's height, the chart as navigation, generated
// headlines, links that land, and a source view that shows the quote in its article.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultDataset, launchBrowser, recordErrors, serve } from './harness.mjs';

const WIDTHS = [
  { width: 375, height: 812 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
const WIDGET = '[data-rating-timeline]:not([data-src])';
// The budget for the demo widget: at most 900 px in the desktop article column,
// at most two phone screens at 375 px.
const HEIGHT_BUDGET = { 375: 1624, 1280: 900 };

// The axis labels (grade names, years) that the chart's point label lies over, in the
// widget at `host`: a label must leave them legible.
function axisLabelsUnderPointLabel(host) {
  return host.evaluate((widget) => {
    const box = widget.shadowRoot.querySelector('.rt-point-label').getBoundingClientRect();
    return [...widget.shadowRoot.querySelectorAll('.rt-axis-label')].filter((axis) => {
      const other = axis.getBoundingClientRect();
      return other.width > 0 && box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
    }).map((axis) => axis.textContent);
  });
}

describe('reading the demo widget', () => {
  let server;
  let browser;
  let data;
  before(async () => {
    server = await serve();
    browser = await launchBrowser();
    data = await defaultDataset();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openDemo(viewport, { hash = '', ...options } = {}) {
    const context = await browser.newContext({ viewport, ...options });
    const page = await context.newPage();
    const errors = recordErrors(page);
    await page.goto(`${server.origin}/${hash}`);
    await page.locator(`${WIDGET} .rt`).first().waitFor({ timeout: 20000 });
    return { page, errors, close: () => context.close() };
  }

  // Evaluates `fn(shadowRoot, arg)` in the demo widget's shadow root.
  const inWidget = (page, fn, arg) =>
    page.locator(WIDGET).evaluate((host, [source, arg]) => {
      // eslint-disable-next-line no-new-func
      return new Function('root', 'arg', `return (${source})(root, arg);`)(host.shadowRoot, arg);
    }, [fn.toString(), arg]);

  // Follows a link to `fragment` after load, as a reader clicking it in the article would.
  async function follow(page, fragment) {
    await page.evaluate((hash) => { window.location.hash = hash; }, fragment);
  }

  // Esc steps back one level: on a phone from the article to the quote, then out.
  async function closeReader(page) {
    for (let step = 0; step < 2 && await page.locator(`${WIDGET} dialog[open]`).count(); step += 1) {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(50);
    }
    await page.locator(`${WIDGET} dialog[open]`).waitFor({ state: 'detached' });
  }

  // Where the open source view's <mark> is and what is at its centre, and how much of the
  // viewport shows article text.
  const measureSourceView = (root) => {
    const view = root.querySelector('dialog[open] .rt-source-view');
    const mark = view?.querySelector('mark');
    if (!mark) return { missing: true };
    const rects = [...mark.getClientRects()];
    const largest = rects.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
    const x = largest.left + largest.width / 2;
    const y = largest.top + largest.height / 2;
    const hit = root.elementFromPoint(x, y);
    const first = rects[0];
    const [vw, vh] = [window.innerWidth, window.innerHeight];
    const pane = view.getBoundingClientRect();
    const visible = Math.max(0, Math.min(pane.right, vw) - Math.max(pane.left, 0))
      * Math.max(0, Math.min(pane.bottom, vh) - Math.max(pane.top, 0));
    return {
      firstLineInView: first.top >= 0 && first.bottom <= vh && first.left >= 0 && first.right <= vw,
      centreInView: x >= 0 && x <= vw && y >= 0 && y <= vh,
      centreIsMark: hit !== null && (hit === mark || mark.contains(hit)),
      articleShare: visible / (vw * vh),
      scrollTop: view.scrollTop,
    };
  };

  for (const viewport of WIDTHS) {
    test(`every quote opens in its article with the mark in view, uncovered, at ${viewport.width} px`, async () => {
      const { page, errors, close } = await openDemo(viewport);
      const failures = [];
      for (const quote of data.quotes) {
        await closeReader(page);
        await follow(page, `#rt-q-${encodeURIComponent(quote.id)}`);
        const dialog = page.locator(`${WIDGET} dialog[open][data-quote-id="${quote.id}"]`);
        await dialog.waitFor({ timeout: 5000 });
        const read = dialog.locator('.rt-show-source');
        if (await read.isVisible()) await read.click();
        await page.waitForFunction(
          (selector) => {
            const root = document.querySelector(selector).shadowRoot;
            const view = root.querySelector('dialog[open] .rt-source-view');
            return view && view.getBoundingClientRect().height > 0;
          },
          WIDGET,
        );
        // Two frames for the scroll to the mark to be laid out.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const m = await inWidget(page, measureSourceView);
        const problems = [];
        if (m.missing) problems.push('no mark');
        else {
          if (!m.firstLineInView) problems.push('the mark\'s first line is off screen');
          if (!m.centreInView) problems.push('the mark\'s centre is off screen');
          if (!m.centreIsMark) problems.push('something covers the mark');
          if (m.articleShare < 0.4) problems.push(`article text is ${Math.round(m.articleShare * 100)}% of the screen`);
        }
        if (problems.length) failures.push(`${quote.id}: ${problems.join(', ')}`);
      }
      assert.deepEqual(failures, [], `at ${viewport.width} px`);
      assert.deepEqual(errors, []);
      await close();
    });
  }

  test('on a phone, the article view takes focus, and Esc steps back to the quote, then out to it', async () => {
    const { page, close } = await openDemo(WIDTHS[0]);
    const quote = page.locator(`${WIDGET} .rt-story button[data-quote-id]`).first();
    const id = await quote.getAttribute('data-quote-id');
    await quote.click();
    const dialog = page.locator(`${WIDGET} dialog[open]`);
    await dialog.locator('.rt-show-source').click();
    const focusedClass = () => page.locator(WIDGET).evaluate((host) => host.shadowRoot.activeElement?.className ?? '');
    await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.activeElement?.classList.contains('rt-source-view'), WIDGET);
    assert.match(await focusedClass(), /rt-source-view/, 'focus moves to the article');
    await page.keyboard.press('Escape');
    await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.activeElement?.classList.contains('rt-show-source'), WIDGET);
    assert.ok(await dialog.isVisible(), 'the first Esc goes back to the quote');
    assert.doesNotMatch(await dialog.getAttribute('class'), /rt-reader--source/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const back = await page.locator(WIDGET).evaluate((host) => host.shadowRoot.activeElement?.getAttribute('data-quote-id'));
    assert.equal(back, id, 'the second Esc closes it, with focus back on the quote');
    await close();
  });

  test('the compact widget keeps to its height budget on a phone and in the desktop column, whichever event is shown', async () => {
    for (const width of [375, 1280]) {
      const { page, close } = await openDemo(WIDTHS.find((v) => v.width === width));
      let tallest = 0;
      for (const event of data.events) {
        await follow(page, `#rt-e-${encodeURIComponent(event.id)}`);
        await page.locator(`${WIDGET} .rt-story [data-event-id="${event.id}"]`).waitFor();
        const height = await page.locator(WIDGET).evaluate((host) => host.getBoundingClientRect().height);
        tallest = Math.max(tallest, height);
      }
      assert.ok(tallest <= HEIGHT_BUDGET[width], `at ${width} px the widget is up to ${Math.round(tallest)} px tall (budget ${HEIGHT_BUDGET[width]})`);
      await close();
    }
  });

  test('the chart is the navigation: a point selects its event in place, without moving the page', async () => {
    for (const viewport of [WIDTHS[0], WIDTHS[2]]) {
      const { page, close } = await openDemo(viewport);
      const chart = page.locator(`${WIDGET} .rt-chart-svg`).first();
      await chart.scrollIntoViewIfNeeded();
      const order = [...data.events].sort((a, b) => a.date.value.localeCompare(b.date.value));
      for (const [position, event] of order.entries()) {
        const before = await page.evaluate(() => window.scrollY);
        const heightBefore = await page.locator(WIDGET).evaluate((host) => host.getBoundingClientRect().height);
        await page.locator(`${WIDGET} .rt-point[data-position="${position}"]`).click();
        await page.locator(`${WIDGET} .rt-story [data-event-id="${event.id}"]`).waitFor();
        const after = await page.evaluate(() => window.scrollY);
        const heightAfter = await page.locator(WIDGET).evaluate((host) => host.getBoundingClientRect().height);
        assert.ok(Math.abs(after - before) <= Math.abs(heightAfter - heightBefore) + 1,
          `at ${viewport.width} px, selecting ${event.id} moved the page by ${after - before} px (widget changed by ${heightAfter - heightBefore} px)`);
      }
      await close();
    }
  });

  test('every point names its event on hover, and ungraded visits are labelled', async () => {
    const { page, close } = await openDemo(WIDTHS[2]);
    const points = page.locator(`${WIDGET} .rt-point`);
    const visits = data.events.filter((event) => event.ratings.length === 0).length;
    assert.equal(await page.locator(`${WIDGET} .rt-visit-label`).count(), visits);
    const label = page.locator(`${WIDGET} .rt-point-label`);
    for (let i = 0; i < await points.count(); i += 1) {
      await points.nth(i).hover();
      assert.ok(await label.isVisible(), `a label shows on hovering point ${i}`);
      assert.equal(await label.textContent(), await points.nth(i).getAttribute('aria-label'), `it names point ${i}`);
    }
    // And on focus, as the keyboard moves along the chart.
    await page.mouse.move(0, 0);
    await points.nth(0).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await label.textContent(), await points.nth(1).getAttribute('aria-label'));
    await close();
  });

  test('on a phone, a long point label beside the grade labels breaks in two and leaves them legible', async () => {
    // The default data with its latest event ungraded: that point sits on the time axis,
    // and its label ("Inspection, Nov 2025: not graded") level with "Inadequate".
    const ungraded = structuredClone(data);
    const latest = ungraded.events.at(-1);
    latest.ratings = [];
    const page375 = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>t</title></head>
<body><div data-rating-timeline data-src="/ungraded.json"></div><script type="module" src="/embed/rating-timeline.js"></script></body></html>`;
    const own = await serve({ pages: { '/ungraded.html': page375, '/ungraded.json': JSON.stringify(ungraded) } });
    const context = await browser.newContext({ viewport: WIDTHS[0] });
    try {
      const page = await context.newPage();
      await page.goto(`${own.origin}/ungraded.html`);
      const label = page.locator('[data-rating-timeline] .rt-point-label');
      await label.waitFor({ timeout: 20000 });
      const points = page.locator('[data-rating-timeline] .rt-point');
      assert.equal(await label.textContent(), await points.last().getAttribute('aria-label'), 'the label still reads as one');
      assert.equal(await label.locator('tspan').count(), 2, 'it is drawn on two lines');
      const overlaps = await axisLabelsUnderPointLabel(page.locator('[data-rating-timeline]'));
      assert.deepEqual(overlaps, [], 'no axis label lies under the point label');
    } finally {
      await context.close();
      await own.close();
    }
  });

  test('an inspection dated only as before another says so in its card, its summary, its hollow point and the legend', async () => {
    // The default data with its first inspection told only as before the second graded
    // one ("once 'inadequate'"), as the extractor gives one an article does not date.
    const undated = structuredClone(data);
    const graded = undated.events.filter((event) => event.ratings.length > 0);
    const [earlier, bound] = graded;
    earlier.date = { value: bound.date.value, inferred: true, before: true };
    const page375 = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>t</title></head>
<body><div data-rating-timeline data-src="/undated.json"></div><script type="module" src="/embed/rating-timeline.js"></script></body></html>`;
    const own = await serve({ pages: { '/undated.html': page375, '/undated.json': JSON.stringify(undated) } });
    const context = await browser.newContext({ viewport: WIDTHS[0] });
    try {
      const page = await context.newPage();
      await page.goto(`${own.origin}/undated.html#rt-e-${encodeURIComponent(earlier.id)}`);
      const widget = page.locator('[data-rating-timeline]');
      const card = widget.locator(`.rt-story [data-event-id="${earlier.id}"]`);
      await card.waitFor({ timeout: 20000 });
      const year = bound.date.value.slice(0, 4);
      assert.match(await card.locator('.rt-event-date').textContent(), new RegExp(`^before .*${year}$`));
      assert.equal(await card.locator('.rt-event-date').getAttribute('datetime'), null, 'no machine-readable date');
      await card.locator('.rt-date-note summary').click();
      assert.match(await card.locator('.rt-date-note-text').textContent(), /give no date for this, only that it came before/);
      assert.match(await widget.locator('.rt-summary').textContent(), new RegExp(`Inadequate \\(before ${year}\\)`));
      const point = widget.locator('.rt-point--undated');
      assert.equal(await point.count(), 1, 'one hollow point');
      assert.match(await point.getAttribute('aria-label'), /^Inspection, before /);
      assert.equal(await widget.locator('.rt-legend-item--undated').count(), 1, 'the legend says what a hollow shape means');
      // Its label, by the left of a phone's chart, lies over no axis label.
      const label = widget.locator('.rt-point-label');
      assert.equal(await label.textContent(), await point.getAttribute('aria-label'));
      const overlaps = await axisLabelsUnderPointLabel(widget);
      assert.deepEqual(overlaps, [], 'no axis label lies under the point label');
    } finally {
      await context.close();
      await own.close();
    }
  });

  test('each event has a headline generated from its data, with no extractor jargon in any heading', async () => {
    const { page, close } = await openDemo(WIDTHS[2]);
    const headlines = {};
    for (const event of data.events) {
      await follow(page, `#rt-e-${encodeURIComponent(event.id)}`);
      const card = page.locator(`${WIDGET} .rt-story [data-event-id="${event.id}"]`);
      await card.waitFor();
      headlines[event.id] = (await card.locator('.rt-event-headline').textContent()).trim();
      const heading = await card.locator('h3').textContent();
      assert.doesNotMatch(heading, /inferred|'this week'|'today'/i, `${event.id}'s heading`);
      for (const rating of event.ratings) {
        const grade = { inadequate: 'Inadequate', requires_improvement: 'Requires improvement', good: 'Good', outstanding: 'Outstanding' }[rating.grade];
        assert.ok(headlines[event.id].includes(grade), `${event.id}: "${headlines[event.id]}" names ${grade}`);
      }
    }
    assert.ok(Object.values(headlines).every((h) => h.length > 5));
    await close();

    // The same page with one grade changed in a copy of the data: its headline follows.
    const changed = structuredClone(data);
    const graded = changed.events.find((event) => event.ratings.length === 1);
    graded.ratings[0].grade = graded.ratings[0].grade === 'good' ? 'inadequate' : 'good';
    const edited = await serve({
      pages: {
        '/changed.json': JSON.stringify(changed),
        '/page.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Changed</title></head><body>
          <div id="w" data-rating-timeline data-src="/changed.json" data-open="${graded.id}"></div>
          <script type="module" src="/embed/rating-timeline.js"></script></body></html>`,
      },
    });
    const context = await browser.newContext({ viewport: WIDTHS[2] });
    const other = await context.newPage();
    await other.goto(`${edited.origin}/page.html`);
    const headline = other.locator(`#w .rt-story [data-event-id="${graded.id}"] .rt-event-headline`);
    await headline.waitFor({ timeout: 20000 });
    const after = (await headline.textContent()).trim();
    assert.notEqual(after, headlines[graded.id]);
    assert.match(after, graded.ratings[0].grade === 'good' ? /Good/ : /Inadequate/);
    await context.close();
    await edited.close();
  });

  test('a link followed after load scrolls its quote into view and opens it; clicks leave the URL alone', async () => {
    const { page, close } = await openDemo(WIDTHS[0]);
    const url = page.url();
    // Ordinary reading: the chart, the controls, a quote and back.
    await page.locator(`${WIDGET} .rt-point[data-position="0"]`).click();
    await page.locator(`${WIDGET} .rt-nav-next`).click();
    await page.locator(`${WIDGET} .rt-story [data-quote-id]`).first().click();
    await page.locator(`${WIDGET} dialog[open]`).waitFor();
    await page.locator(`${WIDGET} dialog[open] .rt-back`).click();
    await page.locator(`${WIDGET} .rt-show-all`).click();
    assert.equal(page.url(), url, 'no click rewrote the URL');
    await page.locator(`${WIDGET} .rt-show-all`).click();

    // A quote from the oldest event, far from where the reader is.
    await page.evaluate(() => window.scrollTo(0, 0));
    const oldest = [...data.events].sort((a, b) => a.date.value.localeCompare(b.date.value))[0];
    const quote = data.quotes.find((q) => q.event === oldest.id);
    await follow(page, `#rt-q-${encodeURIComponent(quote.id)}`);
    await page.locator(`${WIDGET} dialog[open][data-quote-id="${quote.id}"]`).waitFor();
    const box = await page.locator(`${WIDGET} .rt-story [data-quote-id="${quote.id}"]`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, vh: window.innerHeight };
    });
    assert.ok(box.top >= 0 && box.bottom <= box.vh, `the linked quote is on screen (${Math.round(box.top)}–${Math.round(box.bottom)} of ${box.vh})`);
    // A second link in the same page is followed too.
    await closeReader(page);
    const second = data.quotes.find((q) => q.event !== oldest.id);
    await follow(page, `#rt-q-${encodeURIComponent(second.id)}`);
    await page.locator(`${WIDGET} dialog[open][data-quote-id="${second.id}"]`).waitFor();
    await close();
  });

  test('a page opened with a link to a quote scrolls it into view and opens it', async () => {
    const oldest = [...data.events].sort((a, b) => a.date.value.localeCompare(b.date.value))[0];
    const quote = data.quotes.find((q) => q.event === oldest.id);
    const { page, close } = await openDemo(WIDTHS[0], { hash: `#rt-q-${encodeURIComponent(quote.id)}` });
    await page.locator(`${WIDGET} dialog[open][data-quote-id="${quote.id}"]`).waitFor();
    await page.waitForFunction(
      ([sel, id]) => {
        const button = document.querySelector(sel).shadowRoot.querySelector(`button[data-quote-id="${id}"]`);
        const r = button?.getBoundingClientRect();
        return r && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      },
      [WIDGET, quote.id],
      { timeout: 5000 },
    );
    assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the page scrolled down to the widget');
    await close();
  });

  test('the reader view links to the original article, and the widget is light in a dark system unless asked', async () => {
    const { page, close } = await openDemo(WIDTHS[2], { colorScheme: 'dark' });
    const quote = data.quotes[0];
    const source = data.sources.find((s) => s.id === quote.source);
    await follow(page, `#rt-q-${encodeURIComponent(quote.id)}`);
    const link = page.locator(`${WIDGET} dialog[open] a.rt-original`);
    assert.equal(await link.getAttribute('href'), source.url);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    const background = await page.locator(`${WIDGET} .rt`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(background, 'rgb(255, 255, 255)', 'light by default');
    const auto = page.locator('[data-rating-timeline][data-theme="auto"] .rt');
    await auto.first().waitFor({ timeout: 20000 });
    assert.notEqual(await auto.first().evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 255, 255)', 'data-theme="auto" follows the reader');
    await close();
  });
});
