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

// ---------------------------------------------------------------- twiggy, by crate

/**
 * The wasm as wasm-bindgen left it, before wasm-opt: it still names its functions. Trunk
 * keeps it in the target dir; cargo's own output (with more custom sections) is the fallback.
 */
function namedWasm() {
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  return [
    join(targetDir, 'wasm-bindgen/release/rating-timeline_bg.wasm'),
    join(targetDir, 'wasm32-unknown-unknown/release/rating_timeline.wasm'),
  ].find((path) => existsSync(path));
}

const STD_CRATES = new Set(['core', 'alloc', 'std', 'str', 'f32', 'f64', 'usize', 'u8', 'u32', 'u64', 'i32', 'i64', 'char', 'slice']);

/** The crate an item's code came from, cargo-bloat style: the first path segment of its name. */
function crateOf(item) {
  if (item.startsWith('data segment')) return 'data segments (string literals, tables, the embedded dataset)';
  const first = item.replace(/^[<&*\s]+(mut |dyn )?/, '').match(/^[A-Za-z_][A-Za-z0-9_]*/)?.[0];
  if (!first || /^(func|code|elem|table|type|import|export|global|memory)$/.test(first)) return 'unnamed (wasm-bindgen shims, tables, imports)';
  if (STD_CRATES.has(first) || /^[A-Z]$/.test(first)) return 'core/alloc/std (incl. generics instantiated by other crates)';
  return first;
}

function twiggyItems(twiggy, wasm) {
  const json = execFileSync(twiggy, ['top', '--format', 'json', '-n', '1000000', wasm], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  // Names and other custom sections are stripped by wasm-opt: not shipped, so left out.
  return JSON.parse(json).filter((item) => !/subsection|^custom section/.test(item.name));
}

/** twiggy's items summed by crate, and its largest single items. */
function printTwiggyBreakdown() {
  let twiggy;
  try {
    twiggy = execFileSync('which', ['twiggy'], { encoding: 'utf8' }).trim();
  } catch {
    heading('twiggy');
    console.log('  twiggy is not installed (cargo install --locked twiggy); the section breakdown above stands in.');
    return;
  }
  const wasm = namedWasm();
  if (!wasm) {
    heading('twiggy');
    console.log('  no named wasm in the target dir (CARGO_TARGET_DIR is honoured): build first.');
    return;
  }
  const items = twiggyItems(twiggy, wasm);
  const total = items.reduce((sum, item) => sum + item.shallow_size, 0);
  const byCrate = new Map();
  for (const item of items) byCrate.set(crateOf(item.name), (byCrate.get(crateOf(item.name)) ?? 0) + item.shallow_size);
  const share = (bytes) => `${((100 * bytes) / total).toFixed(1)}%`;

  heading(`twiggy, by crate: ${wasm} (before wasm-opt; ${bytesText(total)} of code and data, raw)`);
  const crates = [...byCrate].map(([crate, bytes]) => ({ crate, bytes })).sort((a, b) => b.bytes - a.bytes);
  printTable(crates.slice(0, 15), [
    ['crate', (r) => r.crate, 'left'],
    ['raw B', (r) => r.bytes.toLocaleString('en-GB')],
    ['share', (r) => share(r.bytes)],
  ]);
  heading('twiggy, largest single items');
  printTable(items.slice(0, 12), [
    ['item', (r) => r.name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 110), 'left'],
    ['raw B', (r) => r.shallow_size.toLocaleString('en-GB')],
    ['share', (r) => share(r.shallow_size)],
  ]);
}

async function main() {
  requireDist();
  heading(`rating-timeline: what a reader downloads for the widget (${relative(ROOT, DIST) || DIST}/, gzip -9 per file)`);
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
  if (over || flag('twiggy')) printTwiggyBreakdown();
}

run(main);
