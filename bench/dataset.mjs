// Datasets for the benchmarks: the committed default, the same data as TimelineJS3's
// JSON (so both widgets show the same events and quotes), and a generated large dataset
// that passes the same checks as `Dataset::validate` in src/model.rs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

export const DEFAULT_DATASET_PATH = join(ROOT, 'www/data/timeline.json');

export async function readDataset(path = DEFAULT_DATASET_PATH) {
  return JSON.parse(await readFile(path, 'utf8'));
}

// ---------------------------------------------------------------- TimelineJS3

const GRADE_WORDS = {
  inadequate: 'Inadequate',
  requires_improvement: 'Requires improvement',
  good: 'Good',
  outstanding: 'Outstanding',
};
const JUDGEMENT_WORDS = {
  overall_effectiveness: 'Overall effectiveness',
  impact_of_leaders: 'Impact of leaders',
  help_and_protection: 'Help and protection',
  children_in_care: 'Children in care',
  care_leavers: 'Care leavers',
};
const KIND_WORDS = { inspection: 'Inspection', monitoring_visit: 'Monitoring visit', focused_visit: 'Focused visit' };

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** "2021-10-19" as TimelineJS3's { year, month, day }, at the precision given. */
function timelineJsDate(value) {
  const [year, month, day] = value.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** A quote as a blockquote naming its speaker and source, as a TimelineJS slide shows text. */
function quoteHtml(dataset, quote) {
  const speaker = dataset.people.find((person) => person.id === quote.speaker)?.name ?? quote.speaker;
  const source = dataset.sources.find((s) => s.id === quote.source);
  const role = quote.role ? `, ${escapeHtml(quote.role)}` : '';
  const cite = source?.url
    ? `<a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>`
    : escapeHtml(source?.title ?? quote.source);
  return `<blockquote>“${escapeHtml(quote.text)}”<br>— ${escapeHtml(speaker)}${role} (${cite})</blockquote>`;
}

function gradesHtml(event) {
  if (event.ratings.length === 0) return '<p>Ungraded.</p>';
  const items = event.ratings.map((r) => `<li>${JUDGEMENT_WORDS[r.judgement] ?? r.judgement}: <strong>${GRADE_WORDS[r.grade] ?? r.grade}</strong></li>`);
  return `<ul>${items.join('')}</ul>`;
}

function overallGrade(event) {
  const overall = event.ratings.find((r) => r.judgement === 'overall_effectiveness');
  return overall ? ` – ${GRADE_WORDS[overall.grade]}` : '';
}

/**
 * The dataset as TimelineJS3's JSON: one slide per event with its grades and the quotes
 * about it as blockquotes; quotes tied to no event go on the title slide.
 */
export function toTimelineJs(dataset) {
  const quotesOf = (eventId) => dataset.quotes.filter((quote) => (quote.event ?? null) === eventId);
  const slideText = (html) => html || ' ';
  return {
    title: {
      text: {
        headline: escapeHtml(dataset.subject ?? 'Ofsted ratings'),
        text: slideText(quotesOf(null).map((q) => quoteHtml(dataset, q)).join('')),
      },
    },
    events: dataset.events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.date.value),
      ...(event.date.end ? { end_date: timelineJsDate(event.date.end) } : {}),
      text: {
        headline: `${KIND_WORDS[event.kind] ?? event.kind}${overallGrade(event)}`,
        text: gradesHtml(event) + quotesOf(event.id).map((q) => quoteHtml(dataset, q)).join(''),
      },
    })),
  };
}

// ---------------------------------------------------------------- a large generated dataset

const GRADES = Object.keys(GRADE_WORDS);
const JUDGEMENTS = Object.keys(JUDGEMENT_WORDS);
const KINDS = Object.keys(KIND_WORDS);
const FIRST_NAMES = ['Sarah', 'James', 'Amira', 'Tom', 'Priya', 'Kwame', 'Zoë', 'Liam', 'Mei', 'Ola'];
const SURNAMES = ['Ruiz', 'Patel', 'Okafor', 'Smith', 'Nowak', 'Chen', 'Murphy', 'Haddad', 'Jones', 'Adeyemi'];
const ROLES = ['cabinet member for children’s services', 'director of children’s services', 'council leader', 'Ofsted inspector'];

/** Builds a source's text piece by piece, keeping UTF-8 byte spans of the pieces that matter. */
class TextBuilder {
  #parts = [];
  #bytes = 0;
  add(text) {
    this.#parts.push(text);
    this.#bytes += Buffer.byteLength(text);
  }
  /** Appends `text` and returns its span. */
  addSpanned(text) {
    const start = this.#bytes;
    this.add(text);
    return { start, end: this.#bytes };
  }
  toString() {
    return this.#parts.join('');
  }
}

/** A valid day on the calendar for the i-th event, about a fortnight apart from 1980 on. */
function eventDate(i) {
  const day = new Date(Date.UTC(1980, 0, 1) + i * 14 * 86400000);
  return day.toISOString().slice(0, 10);
}

/**
 * A dataset of `eventCount` events and `quoteCount` quotes spread evenly over them, each
 * event reported by its own source whose text contains its grades and quotes verbatim
 * (some with non-ASCII characters, so byte offsets are exercised).
 */
export function generateDataset({ eventCount = 1000, quoteCount = 10000 } = {}) {
  const people = FIRST_NAMES.flatMap((first, i) => SURNAMES.map((last, j) => ({
    id: `p-${i}-${j}`,
    name: `${first} ${last}`,
    aliases: [`Cllr ${first} ${last}`],
    kind: 'person',
  })));
  const sources = [];
  const events = [];
  const quotes = [];
  for (let e = 0; e < eventCount; e++) {
    const sourceId = `s-${e}`;
    const eventId = `e-${e}`;
    const date = eventDate(e);
    const kind = KINDS[e % KINDS.length];
    const text = new TextBuilder();
    text.add(`Ofsted’s ${KIND_WORDS[kind].toLowerCase()} of the council’s children’s services took place on ${date}. `);
    const ratings = kind === 'inspection'
      ? JUDGEMENTS.map((judgement, j) => {
        const grade = GRADES[(e + j) % GRADES.length];
        text.add(`${JUDGEMENT_WORDS[judgement]} was judged `);
        const span = text.addSpanned(GRADE_WORDS[grade].toLowerCase());
        text.add('. ');
        return { judgement, grade, source: sourceId, span };
      })
      : [];
    const quotesHere = Math.floor(((e + 1) * quoteCount) / eventCount) - Math.floor((e * quoteCount) / eventCount);
    for (let k = 0; k < quotesHere; k++) {
      const n = quotes.length;
      const speaker = people[n % people.length];
      const said = `We have made progress on item ${n} — visits, plans and supervision are better, and the café drop-in helped ${k + 1} families.`;
      text.add(`${speaker.name} said: “`);
      const span = text.addSpanned(said);
      text.add('” ');
      quotes.push({
        id: `q-${n}`,
        text: said,
        speaker: speaker.id,
        role: ROLES[n % ROLES.length],
        event: eventId,
        source: sourceId,
        span,
        fragment: false,
      });
    }
    sources.push({ id: sourceId, title: `Report ${e}: ${KIND_WORDS[kind]} on ${date}`, publisher: 'Generated Gazette', published: { value: date, inferred: false }, text: text.toString() });
    events.push({ id: eventId, kind, date: { value: date, inferred: false }, ratings, sources: [sourceId] });
  }
  return { subject: 'Generated Borough Council', sources, people, events, quotes };
}

// ---------------------------------------------------------------- checking

/**
 * The checks of `Dataset::validate` that a generated dataset could fail: unique ids,
 * resolving references and verbatim spans (UTF-8 byte offsets). Returns problem strings.
 */
export function datasetProblems(dataset) {
  const problems = [];
  for (const kind of ['sources', 'people', 'events', 'quotes']) {
    const ids = dataset[kind].map((item) => item.id);
    if (new Set(ids).size !== ids.length) problems.push(`${kind}: duplicate ids`);
  }
  const sourceText = new Map(dataset.sources.map((s) => [s.id, Buffer.from(s.text)]));
  const people = new Set(dataset.people.map((p) => p.id));
  const events = new Set(dataset.events.map((e) => e.id));
  const spanned = (source, span) => sourceText.get(source)?.subarray(span.start, span.end).toString();
  for (const event of dataset.events) {
    if (event.sources.length === 0 || !event.sources.every((id) => sourceText.has(id))) problems.push(`${event.id}: bad sources`);
    for (const rating of event.ratings) {
      if (spanned(rating.source, rating.span) === undefined) problems.push(`${event.id}: bad rating span`);
    }
  }
  for (const quote of dataset.quotes) {
    if (!people.has(quote.speaker)) problems.push(`${quote.id}: unknown speaker`);
    if (quote.event && !events.has(quote.event)) problems.push(`${quote.id}: unknown event`);
    if (spanned(quote.source, quote.span) !== quote.text) problems.push(`${quote.id}: text not verbatim at span`);
  }
  return problems;
}
