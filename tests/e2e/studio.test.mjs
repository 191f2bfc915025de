// The studio (/studio/) on the built dist/: a journalist pastes articles, corrects what the
// extractor found, adds an article, exports, and the widget shows the corrections; the
// static fallback round-trips; bad input gets a message and the page stays responsive; an
// opened dataset changes only by its edit; no request leaves the origin; axe is clean.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, axeViolations, launchBrowser, recordErrors, recordRequests, serve } from './harness.mjs';

const EXAMPLE = join(ROOT, 'www/demo/sources/eastbridge-2024.txt');
// A further article, fictional and written for these tests.
const FURTHER = join(ROOT, 'tests/fixtures/eastbridge-2026.txt');
// A fictional article that tells of an earlier inspection without its date.
const ONCE = join(ROOT, 'tests/fixtures/westmoor-once-inadequate.txt');

describe('the studio', () => {
  let server;
  let browser;
  let exported;
  const hosted = {};
  const offOrigin = [];
  before(async () => {
    server = await serve({ routes: { '/': DIST }, pages: hosted });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh studio (its own localStorage) at `width` px. */
  async function openStudio(width = 1280) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const requests = recordRequests(page);
    const errors = recordErrors(page);
    page.on('close', () => offOrigin.push(...requests.filter((url) => !url.startsWith(server.origin))));
    await page.goto(`${server.origin}/studio/`);
    await page.locator('#st-paste').waitFor({ timeout: 20000 });
    return { context, page, errors, requests };
  }

  async function paste(page, text) {
    await page.locator('#st-paste').fill(text);
    await page.getByRole('button', { name: 'Add pasted article' }).click();
  }

  /** Selects `words` (the first time they occur after `after`) in article `index`'s text, as a mouse would. */
  async function selectWords(page, index, words, afterWords = '') {
    await page.evaluate(({ index, words, afterWords }) => {
      const root = document.querySelectorAll('.st-text')[index];
      const full = root.textContent;
      const start = full.indexOf(words, full.indexOf(afterWords));
      const end = start + words.length;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      const range = document.createRange();
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const length = node.data.length;
        if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
        if (end >= seen && end <= seen + length) { range.setEnd(node, end - seen); break; }
        seen += length;
      }
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }, { index, words, afterWords });
  }

  async function download(page, name) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return readFile(await file.path(), 'utf8');
  }

  const quoteItem = (page, words) => page.locator('li.st-quote', { hasText: words });

  test('extract, correct, add an article, export: the widget shows the corrections', async () => {
    const { context, page, errors } = await openStudio();
    await paste(page, await readFile(EXAMPLE, 'utf8'));
    await page.getByLabel('Publisher').fill('Demo article (fictional council)');
    await page.getByLabel('Publisher').press('Tab');
    await page.getByLabel('Published (YYYY-MM-DD)').fill('2024-04-26');
    await page.getByLabel('Published (YYYY-MM-DD)').press('Tab');
    // The events and quotes.
    await page.getByRole('heading', { name: 'Quotes (5)' }).waitFor();
    await page.getByRole('heading', { name: 'Events (3)' }).waitFor();
    assert.equal(await page.locator('.st-text mark.st-m-quote').count(), 5);

    // Clicking an item marks its words; clicking the words selects the item.
    await quoteItem(page, 'This judgement belongs').locator('.st-item').click();
    const marked = page.locator('.st-text mark.st-selected');
    assert.match(await marked.textContent(), /^This judgement belongs/);
    await page.locator('.st-text mark.st-m-quote', { hasText: 'We set out' }).click();
    await page.locator('li.st-quote.st-selected', { hasText: 'We set out' }).waitFor();

    // Reassign one quote's speaker.
    const speaker = quoteItem(page, 'We set out to be good').getByLabel('Speaker');
    await speaker.fill('Priya Nandakumar');
    await speaker.press('Enter');
    await page.getByRole('heading', { name: 'Corrections (1)' }).waitFor();
    // Remove one item.
    await quoteItem(page, 'There is more to do').getByRole('button', { name: 'Remove quote' }).click();
    await page.getByRole('heading', { name: 'Quotes (4)' }).waitFor();
    // Change a grade.
    const grade2019 = page.locator('li.st-event', { hasText: 'Jun 2019' }).locator('.st-ratings li').first().locator('select').nth(1); // judgement, grade
    await grade2019.selectOption('inadequate');
    // Add a grade by selecting its words.
    await selectWords(page, 0, "'outstanding'", 'care leavers');
    await page.getByRole('button', { name: 'Use selection' }).click();
    const form = page.locator('.st-from-selection');
    assert.match(await form.locator('.st-words').textContent(), /'outstanding'/);
    await form.getByLabel('Judgement').selectOption('care_leavers');
    assert.equal(await form.getByLabel('Grade').inputValue(), 'outstanding', 'the grade is guessed from the words');
    await form.getByRole('button', { name: 'Add grade' }).click();
    await page.getByRole('heading', { name: 'Corrections (4)' }).waitFor();

    // Add a further article: the corrections survive the re-extraction.
    await paste(page, await readFile(FURTHER, 'utf8'));
    await page.getByRole('heading', { name: 'Articles (2)' }).waitFor();
    await page.locator('li.st-quote', { hasText: 'Young people noticed' }).waitFor();
    assert.equal(await quoteItem(page, 'We set out to be good').getByLabel('Speaker').inputValue(), 'Priya Nandakumar');
    assert.equal(await quoteItem(page, 'There is more to do').count(), 0);
    assert.equal(await page.locator('.st-corrections .st-field-error').count(), 0, 'every correction still applies');
    await page.getByRole('heading', { name: 'Corrections (4)' }).waitFor();

    // Export, and check the file.
    exported = await download(page, 'Download dataset (JSON)');
    const data = JSON.parse(exported);
    assert.equal(data.sources.length, 2);
    const priya = data.people.find((p) => p.name === 'Priya Nandakumar');
    assert.equal(data.quotes.find((q) => q.text.startsWith('We set out')).speaker, priya.id);
    assert.ok(!data.quotes.some((q) => q.text.startsWith('There is more')));
    const ratings = data.events.flatMap((e) => e.ratings);
    const care = ratings.filter((r) => r.judgement === 'care_leavers');
    assert.equal(care.length, 1);
    const source = data.sources.find((s) => s.id === care[0].source);
    assert.equal(Buffer.from(source.text).subarray(care[0].span.start, care[0].span.end).toString(), "'outstanding'");
    assert.equal(data.events.find((e) => e.date.value.startsWith('2019')).ratings[0].grade, 'inadequate');

    // Round trip: the text version is what the fallback tool makes of the exported JSON,
    // and holds the corrected grade.
    const html = await download(page, 'Download text version (HTML)');
    const folder = await mkdtemp(join(tmpdir(), 'studio-'));
    await writeFile(join(folder, 'timeline.json'), exported);
    const tool = execFileSync('cargo', ['run', '--quiet', '--bin', 'fallback', '--', join(folder, 'timeline.json')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(html, tool.trimEnd(), 'the studio and the CLI make the same fallback');
    assert.match(html, /Inadequate/);
    assert.ok(!(await readFile(join(DIST, 'demo/data/example-council.json'), 'utf8')).includes('inadequate'));

    // The embed snippet has data-src.
    assert.match(await page.locator('#st-snippet').inputValue(), /data-src="timeline.json"/);
    // Autosaved: a reload keeps the work.
    await page.reload();
    await page.getByRole('heading', { name: 'Corrections (4)' }).waitFor({ timeout: 20000 });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the exported dataset loads in a widget with data-src and shows the corrections', async () => {
    assert.ok(exported, 'the export test ran first');
    hosted['/host/timeline.json'] = exported;
    hosted['/host/'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<div id="w" data-rating-timeline data-src="/host/timeline.json"></div>
<script type="module" src="/embed/rating-timeline.js"></script></body></html>`;
    const page = await browser.newPage();
    const requests = recordRequests(page);
    await page.goto(`${server.origin}/host/`);
    await page.locator('#w .rt').first().waitFor({ timeout: 20000 });
    const shown = await page.locator('#w').evaluate((el) => el.shadowRoot.textContent);
    assert.match(shown, /Eastbridge/);
    assert.doesNotMatch(shown, /could not|inconsistent/);
    // Every quote with its speaker, in the full list.
    await page.locator('#w').getByRole('button', { name: /Show all \d+ events/ }).click();
    const more = page.locator('#w').getByRole('button', { name: /More quotes/ });
    for (let i = await more.count(); i > 0; i -= 1) await more.first().click();
    const all = await page.locator('#w').evaluate((el) => el.shadowRoot.textContent);
    assert.match(all, /Inadequate/);
    assert.match(all, /We set out to be good and we are now aiming higher\.”Priya Nandakumar/);
    assert.match(all, /Young people noticed the difference/, 'the further article is there');
    assert.doesNotMatch(all, /There is more to do/);
    offOrigin.push(...requests.filter((url) => !url.startsWith(server.origin)));
    await page.close();
  });

  test('bad input: a binary file and a 5 MB paste get a message, and a click is answered in under 200 ms', async () => {
    const { context, page, errors } = await openStudio(768);
    const binary = Buffer.alloc(4096);
    binary.write('%PDF-1.7\n');
    await page.locator('#st-files').setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: binary });
    await page.locator('.st-notice.st-error', { hasText: 'not plain text' }).waitFor();
    await page.locator('#st-files').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6_000_000, 'a') });
    await page.locator('.st-notice.st-error', { hasText: 'huge.txt' }).waitFor();
    // A 5 MB paste.
    await page.locator('#st-paste').evaluate((area) => {
      area.value = 'Council rated good. '.repeat(250_000);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByRole('button', { name: 'Add pasted article' }).click();
    await page.locator('.st-notice.st-error', { hasText: '5.0 MB' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Articles (0)' }).count(), 1, 'nothing was added');
    // Still responsive: a click is answered (the confirmation drawn) in under 200 ms.
    const answeredIn = await page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start afresh…');
      const started = performance.now();
      button.click();
      while (![...document.querySelectorAll('button')].some((b) => b.textContent === 'No')) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return performance.now() - started;
    });
    assert.ok(answeredIn < 200, `answered in ${answeredIn} ms`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an opened dataset, edited and exported, changes only by its edit', async () => {
    const { context, page, errors } = await openStudio();
    const path = join(DIST, 'demo/data/example-council.json');
    const original = await readFile(path, 'utf8');
    await page.locator('#st-open').setInputFiles(path);
    await page.getByRole('heading', { name: 'Events (3)' }).waitFor();
    const role = quoteItem(page, 'This judgement belongs').getByLabel('Role');
    await role.fill('Director of Children’s Services, Eastbridge');
    await role.press('Enter');
    await page.getByRole('heading', { name: 'Corrections (1)' }).waitFor();
    const edited = await download(page, 'Download dataset (JSON)');
    const expected = JSON.parse(original);
    expected.quotes.find((q) => q.text.startsWith('This judgement')).role = 'Director of Children’s Services, Eastbridge';
    assert.deepEqual(JSON.parse(edited), expected);
    const changed = edited.split('\n').filter((line, i) => line !== original.split('\n')[i]);
    assert.deepEqual(changed, ['      "role": "Director of Children’s Services, Eastbridge",']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('editing an article’s text extracts again; corrections whose words remain survive, moved with the text', async () => {
    const { context, page, errors } = await openStudio(768);
    await paste(page, await readFile(EXAMPLE, 'utf8'));
    await page.getByRole('heading', { name: 'Quotes (5)' }).waitFor();
    const speaker = quoteItem(page, 'We set out to be good').getByLabel('Speaker');
    await speaker.fill('Priya Nandakumar');
    await speaker.press('Enter');
    await quoteItem(page, 'There is more to do').getByRole('button', { name: 'Remove quote' }).click();
    await page.getByRole('heading', { name: 'Corrections (2)' }).waitFor();
    await page.locator('li.st-event', { hasText: 'Jun 2019' }).waitFor();

    await page.getByRole('button', { name: 'Edit text' }).click();
    const editor = page.getByLabel(/^Article text/);
    const text = await editor.inputValue();
    // A word more in the headline moves every span after it; the 2019 date changes.
    const edited = text
      .replace('after years of improvement', 'after years of steady improvement')
      .replace('in June 2019', 'in July 2019');
    assert.notEqual(edited, text);
    await editor.fill(edited);
    await page.getByRole('button', { name: 'Save text' }).click();

    // Extracted again: the change shows, in the lists and in the article.
    await page.locator('li.st-event', { hasText: 'Jul 2019' }).waitFor();
    assert.equal(await page.locator('li.st-event', { hasText: 'Jun 2019' }).count(), 0);
    assert.match(await page.locator('.st-text').first().textContent(), /after years of steady improvement/);
    // The corrections survive, moved with their words.
    await page.getByRole('heading', { name: 'Corrections (2)' }).waitFor();
    assert.equal(await page.locator('.st-corrections .st-field-error').count(), 0, 'every correction still applies');
    assert.equal(await quoteItem(page, 'We set out to be good').getByLabel('Speaker').inputValue(), 'Priya Nandakumar');
    assert.equal(await quoteItem(page, 'There is more to do').count(), 0);
    await page.getByRole('heading', { name: 'Quotes (4)' }).waitFor();

    // Editing the words a correction is tied to stops that one, and says so.
    await page.getByRole('button', { name: 'Edit text' }).click();
    await editor.fill(edited.replace('There is more to do', 'There is much more to do'));
    await page.getByRole('button', { name: 'Save text' }).click();
    await quoteItem(page, 'There is much more to do').waitFor();
    assert.equal(await page.locator('.st-corrections .st-field-error').count(), 1);
    assert.equal(await quoteItem(page, 'We set out to be good').getByLabel('Speaker').inputValue(), 'Priya Nandakumar');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an earlier inspection the article does not date is shown as before the reported one, and takes the date the journalist types', async () => {
    const { context, page, errors } = await openStudio(375);
    await paste(page, await readFile(ONCE, 'utf8'));
    await page.getByLabel('Published (YYYY-MM-DD)').fill('2024-03-12');
    await page.getByLabel('Published (YYYY-MM-DD)').press('Tab');
    await page.getByRole('heading', { name: 'Events (2)' }).waitFor();
    const earlier = page.locator('li.st-event', { hasText: 'Inspection, before 12 Mar 2024' });
    await earlier.waitFor();
    const date = earlier.getByLabel('Date');
    assert.equal(await date.inputValue(), '', 'no date to keep');
    assert.equal(await date.getAttribute('placeholder'), 'not given');
    assert.equal(await earlier.locator('.st-ratings select').nth(1).inputValue(), 'inadequate');
    await date.fill('2021-05');
    await date.press('Tab');
    await page.locator('li.st-event', { hasText: 'Inspection, May 2021' }).waitFor();
    assert.equal(await page.locator('li.st-event', { hasText: 'before' }).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a warning, clicked, selects and shows its place in the article', async () => {
    const { context, page, errors } = await openStudio(375);
    // An opening quotation mark never closed: the extractor warns, with the place.
    const text = (await readFile(EXAMPLE, 'utf8')) + '\nA parent said: "The new team listens to us.\n';
    await paste(page, text);
    const warning = page.locator('.st-warnings button.st-warning').first();
    await warning.waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await warning.click();
    const selected = await page.evaluate(() => getSelection().toString());
    assert.ok(selected.length > 0, 'the place is selected');
    assert.ok(text.includes(selected.trim()), `the selection is the article's words: ${selected}`);
    // It is on screen, inside the article's text box.
    const onScreen = await page.evaluate(() => {
      const rect = getSelection().getRangeAt(0).getBoundingClientRect();
      const box = document.querySelector('.st-text').getBoundingClientRect();
      return rect.top >= Math.max(0, box.top) && rect.bottom <= Math.min(innerHeight, box.bottom);
    });
    assert.ok(onScreen, 'the place is scrolled into view');
    // The words can become a quote at once.
    await page.getByRole('button', { name: 'Use selection' }).click();
    await page.locator('.st-from-selection .st-words').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an address stated on its own line prefills the URL and the site; nothing else is guessed', async () => {
    const { context, page } = await openStudio();
    const text = await readFile(EXAMPLE, 'utf8');
    const [headline, ...rest] = text.split('\n');
    await paste(page, [headline, 'https://www.example-news.co.uk/eastbridge/rated-good', ...rest].join('\n'));
    await paste(page, await readFile(FURTHER, 'utf8'));
    await page.getByRole('heading', { name: 'Articles (2)' }).waitFor();
    assert.equal(await page.locator('#st-url-0').inputValue(), 'https://www.example-news.co.uk/eastbridge/rated-good');
    assert.equal(await page.locator('#st-publisher-0').inputValue(), 'example-news.co.uk');
    assert.equal(await page.locator('#st-url-1').inputValue(), '');
    assert.equal(await page.locator('#st-publisher-1').inputValue(), '');
    await context.close();
  });

  test('keyboard: words selected with Shift and the arrows become a quote', async () => {
    const { context, page } = await openStudio(375);
    await paste(page, await readFile(EXAMPLE, 'utf8'));
    await page.getByRole('heading', { name: 'Quotes (5)' }).waitFor();
    await page.getByRole('button', { name: 'Select words with the keyboard' }).press('Enter');
    const area = page.locator('textarea.st-keyboard');
    const text = await area.inputValue();
    const words = 'Cllr Ashworth said the council would publish its next improvement plan in the summer.';
    await area.focus();
    await area.evaluate((el, at) => el.setSelectionRange(at, at), text.indexOf(words));
    for (let i = 0; i < words.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
    await page.getByRole('button', { name: 'Use selection' }).focus();
    await page.keyboard.press('Enter');
    const form = page.locator('.st-from-selection');
    await form.getByLabel('Speaker').fill('Tom Ashworth');
    await form.getByRole('button', { name: 'Add quote' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Quotes (6)' }).waitFor();
    await quoteItem(page, 'Cllr Ashworth said the council').waitFor();
    await context.close();
  });

  test('axe finds no serious or critical violations, at 1280 and 375 px', async () => {
    for (const width of [1280, 375]) {
      const { context, page } = await openStudio(width);
      await paste(page, await readFile(EXAMPLE, 'utf8'));
      await page.getByRole('heading', { name: 'Quotes (5)' }).waitFor();
      await selectWords(page, 0, "'outstanding'", 'care leavers');
      await page.getByRole('button', { name: 'Use selection' }).click();
      const violations = await axeViolations(page);
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
      await context.close();
    }
  });

  test('no request left the origin', () => {
    assert.deepEqual(offOrigin, []);
  });
});
