// Size report: what a reader downloads for the widget, raw and gzip-9 per file, against
// the 80 KB budget and TimelineJS3's files measured the same way. Always prints what the
// wasm is made of (its sections, and the embedded default dataset); with --twiggy, or when
// over budget, also twiggy's top items if twiggy is installed.
//   node bench/size.mjs [--twiggy]
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import {
  BUDGET_GZIP_BYTES, DIST, ROOT, TIMELINEJS_DIST, bytesText, flag, gzipSize, heading,
  measureFiles, printTable, requireDist, run, totalOf,
} from './lib.mjs';
import { DEFAULT_DATASET_PATH } from './dataset.mjs';

/**
 * TimelineJS3's files a reader downloads: its script, stylesheet and icon font. Its
 * @font-face lists the .ttf before the .woff2, so that is the one Chromium fetches.
 */
const TIMELINEJS_FILES = ['js/timeline.js', 'css/timeline.css', 'css/icons/tl-icons.ttf'];

const SIZE_COLUMNS = [
  ['file', (row) => row.file, 'left'],
  ['raw B', (row) => row.raw.toLocaleString('en-GB')],
  ['gzip B', (row) => row.gzip.toLocaleString('en-GB')],
];

async function filesUnder(dir, test) {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && test(e.name)).map((e) => join(e.parentPath, e.name)).sort();
}

/** The widget's own files in dist/: the loader, its stylesheet, the wasm-bindgen glue and the wasm. */
async function widgetFiles() {
  const pkg = await filesUnder(join(DIST, 'embed/pkg'), (name) => /\.(js|wasm)$/.test(name) && !name.endsWith('.d.ts'));
  return ['embed/rating-timeline.js', 'embed/rating-timeline.css', ...pkg.map((path) => relative(DIST, path))];
}

/** Everything else the demo page downloads: its HTML, its own CSS and the demo datasets. */
async function hostPageFiles() {
  const css = await filesUnder(DIST, (name) => name.endsWith('.css'));
  const data = await filesUnder(join(DIST, 'demo/data'), (name) => name.endsWith('.json'));
  return ['index.html', ...[...css, ...data].map((path) => relative(DIST, path)).filter((path) => !path.startsWith('embed/'))];
}

function printSizes(rows) {
  const total = totalOf(rows);
  printTable([...rows, { file: 'total', ...total }], SIZE_COLUMNS);
  return total;
}

// ---------------------------------------------------------------- what the wasm is made of

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count', 'tag'];

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return { value, next: at };
}

/** The wasm's sections in order, each as { name, bytes } (custom sections named by their own name). */
function wasmSections(wasm) {
  const sections = [];
  let at = 8; // magic number and version
  while (at < wasm.length) {
    const id = wasm[at];
    const { value: size, next } = readLeb(wasm, at + 1);
    const body = wasm.subarray(next, next + size);
    let name = SECTION_NAMES[id] ?? `unknown ${id}`;
    if (id === 0) {
      const { value: length, next: nameAt } = readLeb(body, 0);
      name = `custom "${body.subarray(nameAt, nameAt + length).toString()}"`;
    }
    sections.push({ name, bytes: body });
    at = next + size;
  }
  return sections;
}

/** Raw and gzip bytes of each section, and where the embedded default dataset lies. */
async function printWasmBreakdown(wasmPath) {
  const wasm = await readFile(wasmPath);
  heading(`What ${relative(DIST, wasmPath)} is made of (each section gzipped on its own, so the parts add up to a little more than the whole)`);
  const rows = wasmSections(wasm).map(({ name, bytes }) => ({ file: `${name} section`, raw: bytes.length, gzip: gzipSize(bytes) }));
  printSizes(rows);

  if (!existsSync(DEFAULT_DATASET_PATH)) return;
  const dataset = await readFile(DEFAULT_DATASET_PATH);
  const embedded = wasm.indexOf(dataset) !== -1;
  const minified = Buffer.from(JSON.stringify(JSON.parse(dataset)));
  heading('The default dataset (www/data/timeline.json)');
  console.log(`  ${embedded ? 'embedded verbatim in the wasm data section' : 'not found verbatim in the wasm (transformed or loaded separately)'}`);
  printTable([
    { file: 'timeline.json as committed', raw: dataset.length, gzip: gzipSize(dataset) },
    { file: 'timeline.json minified', raw: minified.length, gzip: gzipSize(minified) },
  ], SIZE_COLUMNS);
  const sources = JSON.parse(dataset).sources ?? [];
  const sourceText = Buffer.from(sources.map((s) => s.text).join(''));
  console.log(`  of which the ${sources.length} sources' full article texts: ${bytesText(sourceText.length)} raw, ${bytesText(gzipSize(sourceText))} gzip on their own`);
}

/** twiggy's biggest items of the un-optimised wasm from cargo, which still has function names. */
function printTwiggyTop() {
  heading('twiggy top 25 (cargo\'s wasm before wasm-bindgen and wasm-opt: sizes larger than shipped, shares indicative)');
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  const wasm = join(targetDir, 'wasm32-unknown-unknown/release/rating_timeline.wasm');
  let twiggy;
  try {
    twiggy = execFileSync('which', ['twiggy'], { encoding: 'utf8' }).trim();
  } catch {
    console.log('  twiggy is not installed (cargo install --locked twiggy); the section breakdown above stands in.');
    return;
  }
  if (!existsSync(wasm)) {
    console.log(`  no ${relative(ROOT, wasm)}: build first (CARGO_TARGET_DIR is honoured).`);
    return;
  }
  console.log(execFileSync(twiggy, ['top', '-n', '25', wasm], { encoding: 'utf8' }).replace(/^/gm, '  '));
}

async function main() {
  requireDist();
  heading('rating-timeline: what a reader downloads for the widget (dist/, gzip -9 per file)');
  const widgetRows = await measureFiles(DIST, await widgetFiles());
  const ours = printSizes(widgetRows);

  heading('The demo host page (not ours; not counted against the budget)');
  printSizes(await measureFiles(DIST, await hostPageFiles()));

  heading('TimelineJS3 (@knight-lab/timelinejs dist, measured the same way)');
  const theirs = printSizes(await measureFiles(TIMELINEJS_DIST, TIMELINEJS_FILES));

  const over = ours.gzip > BUDGET_GZIP_BYTES;
  heading('Budget');
  console.log(`  rating-timeline: ${bytesText(ours.gzip)} gzip of a ${bytesText(BUDGET_GZIP_BYTES)} budget: ${over ? 'OVER' : 'PASS'} (${((100 * ours.gzip) / BUDGET_GZIP_BYTES).toFixed(0)}% of budget)`);
  console.log(`  TimelineJS3:     ${bytesText(theirs.gzip)} gzip`);
  console.log(`  ratio ours/TimelineJS3: ${(ours.gzip / theirs.gzip).toFixed(2)}`);

  const wasm = widgetRows.find((row) => row.file.endsWith('.wasm'));
  if (wasm) await printWasmBreakdown(join(DIST, wasm.file));
  if (over || flag('twiggy')) printTwiggyTop();
}

run(main);
