// Size report: what a reader downloads for the widget, raw and gzip-9 per file, against
// the 80 KB budget and TimelineJS3's files measured the same way. Then what the wasm is made
// of: its sections, the embedded default dataset, and what each part costs (cargo-bloat
// style, by crate, by our source file and the largest functions), read from a copy of the
// wasm with its function names kept (bench/wasm.mjs reads it; twiggy is not needed).
//   node bench/size.mjs [--top N] [--no-breakdown]
import { readdir, readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, join, relative } from 'node:path';
import {
  BUDGET_GZIP_BYTES, DIST, ROOT, TIMELINEJS_DIST, bytesText, flag, gzipSize, heading,
  measureFiles, numberOption, printTable, requireDist, run, totalOf,
} from './lib.mjs';
import {
  bodyUses, cleanName, crateOf, ourModuleOf, wasmDataSegments, wasmExports, wasmFunctions, wasmSections,
} from './wasm.mjs';
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

/**
 * The widget's own files in dist/ that a reader downloads: the loader, its stylesheet, the
 * wasm and the wasm-bindgen glue, unless the release build bundled the glue into the loader
 * (then the loader no longer imports it), and the static fallback, which the loader fetches
 * for an element the page left empty (pasted into the element instead, it is as many bytes
 * of the page). Also the files shipped but not downloaded.
 */
async function widgetFiles() {
  const pkg = await filesUnder(join(DIST, 'embed/pkg'), (name) => /\.(js|wasm)$/.test(name) && !name.endsWith('.d.ts'));
  const loader = await readFile(join(DIST, 'embed/rating-timeline.js'), 'utf8');
  const fetched = (path) => path.endsWith('.wasm') || loader.includes(`pkg/${basename(path)}`);
  const paths = pkg.map((path) => relative(DIST, path));
  // A release build names its wasm, stylesheet and fallback by content hash
  // (scripts/version-bundle.sh), and the loader names them; a debug build has fixed names.
  const hashed = (stem, ext) => loader.match(new RegExp(`\\./(${stem}-[0-9a-f]{12}\\.${ext})`))?.[1];
  const named = (stem, ext, plain) => `embed/${hashed(stem, ext) ?? plain}`;
  const wasm = hashed('rating-timeline', 'wasm');
  return {
    downloaded: [
      'embed/rating-timeline.js', named('rating-timeline', 'css', 'rating-timeline.css'),
      ...paths.filter(fetched), ...(wasm ? [`embed/${wasm}`] : []), named('fallback', 'html', 'fallback.html'),
    ],
    notDownloaded: paths.filter((path) => !fetched(path)),
  };
}

/** Everything else the demo page downloads: its HTML, its own CSS and the demo datasets. */
async function hostPageFiles() {
  const css = await filesUnder(DIST, (name) => name.endsWith('.css'));
  const data = await filesUnder(join(DIST, 'demo/data'), (name) => name.endsWith('.json'));
  return ['index.html', ...[...css, ...data].map((path) => relative(DIST, path)).filter((path) => !/^(embed|studio)\//.test(path))];
}

/** The studio's own files (studio/): loaded only by the studio page, never by a reader. */
async function studioFiles() {
  const files = (await filesUnder(join(DIST, 'studio'), (name) => /\.(html|js|css|wasm)$/.test(name))).map((path) => relative(DIST, path));
  // A release build bundles the wasm-bindgen glue into studio.js; then pkg/studio.js is not fetched.
  const loader = await readFile(join(DIST, 'studio/studio.js'), 'utf8').catch(() => '');
  return files.filter((path) => path !== 'studio/pkg/studio.js' || loader.includes('pkg/studio.js'));
}

function printSizes(rows) {
  const total = totalOf(rows);
  printTable([...rows, { file: 'total', ...total }], SIZE_COLUMNS);
  return total;
}

// ---------------------------------------------------------------- what the wasm is made of

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

// ---------------------------------------------------------------- what each part costs, by crate

/**
 * The shipped wasm has no names (wasm-opt strips them). scripts/wasm-opt.sh run with -g on
 * the wasm that wasm-bindgen left in the target dir (before wasm-opt; Trunk keeps it there)
 * gives the same code and data, byte for byte, with the function names kept. Rebuilt only
 * when that input is newer; about 20 s. Null when there is no build in the target dir.
 */
function namedWasm() {
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  const input = join(targetDir, 'wasm-bindgen/release/rating-timeline_bg.wasm');
  if (!existsSync(input)) return null;
  const output = input.replace(/\.wasm$/, '.named.wasm');
  if (!existsSync(output) || statSync(output).mtimeMs < statSync(input).mtimeMs) {
    console.log(`  (making ${output}: scripts/wasm-opt.sh with -g, about 20 s)`);
    execFileSync('bash', [join(ROOT, 'scripts/wasm-opt.sh'), input, output, '-g', '--strip-producers', '--strip-target-features'], { stdio: 'inherit' });
  }
  return output;
}

/** Our string literals (src/, 4 characters or more, as compiled: simple escapes undone) -> the source files holding each. */
async function ourLiterals() {
  const literals = new Map();
  for (const file of await filesUnder(join(ROOT, 'src'), (name) => name.endsWith('.rs'))) {
    const path = relative(ROOT, file);
    if (path.startsWith('src/bin/')) continue; // native binaries, never in the wasm
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/(?<![r#\w])"((?:[^"\\\n]|\\.)*)"/g)) {
      const literal = match[1].replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(["'\\])/g, '$1');
      if (literal.length < 4 || /\\/.test(literal)) continue;
      if (!literals.has(literal)) literals.set(literal, new Set());
      literals.get(literal).add(path);
    }
  }
  return literals;
}

/** The source files that define a Yew function component: each has its own copies of Yew's `<COMP>` generics. */
async function componentSourceFiles() {
  const files = new Set();
  for (const file of await filesUnder(join(ROOT, 'src'), (name) => name.endsWith('.rs'))) {
    if (/#\[(function_)?component\b/.test(await readFile(file, 'utf8'))) files.add(relative(ROOT, file));
  }
  return files;
}

/** `components::quote_panel` -> `src/components/quote_panel.rs` (or the module file it is in). */
function sourceFileOf(module) {
  const parts = module.split('::');
  for (let n = parts.length; n > 0; n--) {
    const base = join('src', ...parts.slice(0, n));
    for (const candidate of [`${base}.rs`, join(base, 'mod.rs')]) if (existsSync(join(ROOT, candidate))) return candidate;
  }
  return `src/${parts.join('/')}`;
}

const ABOUT_ESTIMATES = `Raw bytes are exact. Two gzip estimates, as gzip has no per-byte cost: "gzip share" gzips
  each row's bytes on their own and scales the rows so they add up to the shipped wasm's gzip size;
  "cut saves" is the shipped wasm's gzip size minus that of everything else (the row removed), so
  it is what deleting exactly those bytes would save. Function bodies count with their size prefix.`;

/**
 * What each part of the wasm costs: function bodies by crate (cargo-bloat style, from the
 * name section), the data section by what it holds, the rest as "other sections"; then our
 * own code by source file, and the largest functions.
 */
async function printCodeBreakdown(shippedPath, topCount) {
  const namedPath = namedWasm();
  if (!namedPath) {
    heading('What each part costs');
    console.log('  no wasm-bindgen output in the target dir (CARGO_TARGET_DIR is honoured): run trunk build --release first.');
    return;
  }
  const shipped = await readFile(shippedPath);
  const wasm = await readFile(namedPath);
  const sections = wasmSections(wasm);
  const functions = wasmFunctions(wasm, sections);
  const segments = wasmDataSegments(wasm, sections);
  const exports = wasmExports(wasm, sections);
  const bodyOf = (list, id) => Buffer.concat(list.filter((s) => s.id === id).map((s) => s.bytes));
  const shippedSections = wasmSections(shipped);
  const same = [10, 11].every((id) => bodyOf(sections, id).equals(bodyOf(shippedSections, id)));

  // Which function is ours: named after our crate (or instantiated for its types); an
  // export of ours (the #[wasm_bindgen] functions, inlined into wasm-bindgen's shims); or a
  // generic function of another crate that rustc filled with ours (Yew's per-component
  // copies, `<COMP>`, hold our function components' bodies; std's iterator adapters hold our
  // closures), placed by the calls and string literals it uses.
  const byIndex = new Map(functions.map((fn) => [fn.index, fn]));
  const literals = await ourLiterals();
  const componentFiles = await componentSourceFiles();
  const literalAt = new Map(); // memory address of one of our unique literals -> its file
  const literalRanges = [];
  for (const [literal, files] of literals) {
    const bytes = Buffer.from(literal);
    for (const segment of segments) {
      if (segment.address === null) continue;
      for (let at = wasm.indexOf(bytes, segment.start); at !== -1 && at + bytes.length <= segment.end; at = wasm.indexOf(bytes, at + 1)) {
        const address = segment.address + at - segment.start;
        if (files.size === 1) literalAt.set(address, [...files][0]);
        literalRanges.push({ address, start: at, end: at + bytes.length });
      }
    }
  }
  const uses = new Map(functions.map((fn) => [fn.index, bodyUses(wasm, fn)]));
  const referenced = new Set([...uses.values()].flatMap((u) => u.constants));
  const ourExport = (fn) => exports.has(fn.index) && !/^(__wbindgen|__wbg_|__externref|wasm_bindgen__)/.test(exports.get(fn.index));
  /** The file of ours a generic function's copy was filled from: its literals count twice, its calls once. */
  const filledFrom = (fn, eligible) => {
    const votes = new Map();
    const vote = (file, weight) => { if (eligible(file)) votes.set(file, (votes.get(file) ?? 0) + weight); };
    for (const callee of uses.get(fn.index).calls) {
      const module = byIndex.has(callee) && ourModuleOf(byIndex.get(callee).name);
      if (module) vote(sourceFileOf(module), 1);
    }
    for (const constant of uses.get(fn.index).constants) if (literalAt.has(constant)) vote(literalAt.get(constant), 2);
    return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  for (const fn of functions) {
    fn.clean = /^func\[\d+\]$/.test(fn.name) ? '(unnamed functions)' : cleanName(fn.name);
    fn.crate = ourExport(fn) ? 'rating_timeline' : crateOf(fn.name);
    const module = ourModuleOf(fn.name);
    if (module) fn.ours = sourceFileOf(module);
    else if (ourExport(fn)) fn.ours = 'src/embed/mod.rs';
    else if (/<COMP>/.test(fn.clean)) {
      fn.ours = filledFrom(fn, (file) => componentFiles.has(file)) ?? 'Yew per-component copies, not placed';
      fn.inlined = true;
    } else if (/<[A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)*>/.test(fn.clean)) {
      fn.ours = filledFrom(fn, () => true);
      fn.inlined = Boolean(fn.ours);
    }
  }

  // Every byte of the shipped sections, labelled.
  const ranges = [{ start: 0, end: 8, row: 'other sections' }];
  const dataset = existsSync(DEFAULT_DATASET_PATH) ? await readFile(DEFAULT_DATASET_PATH) : null;
  for (const section of sections) {
    if (section.id === 0) continue;
    if (section.id === 10) {
      ranges.push({ start: section.headerStart, end: functions[0]?.start ?? section.end, row: 'other sections' });
      for (const fn of functions) ranges.push({ start: fn.start, end: fn.end, row: fn.crate, fn });
    } else if (section.id === 11) {
      let at = section.headerStart;
      for (const segment of segments) {
        ranges.push({ start: at, end: segment.start, row: 'other sections' });
        ranges.push(...dataRanges(wasm, segment, dataset, literalRanges, referenced));
        at = segment.end;
      }
    } else {
      ranges.push({ start: section.headerStart, end: section.end, row: 'other sections' });
    }
  }
  const whole = gzipSize(shipped);
  const bytesOf = (keep) => Buffer.concat(ranges.filter(keep).map((r) => wasm.subarray(r.start, r.end)));
  const cutSaves = (inRow) => whole - gzipSize(bytesOf((r) => !inRow(r)));

  // By crate.
  const rows = new Map();
  for (const range of ranges) {
    const row = rows.get(range.row) ?? { name: range.row, raw: 0, functions: 0, inlined: 0 };
    row.raw += range.end - range.start;
    if (range.fn) row.functions++;
    if (range.fn?.inlined || (range.fn?.ours && range.row !== 'rating_timeline')) row.inlined += range.end - range.start;
    rows.set(range.row, row);
  }
  const table = [...rows.values()];
  for (const row of table) row.alone = gzipSize(bytesOf((r) => r.row === row.name));
  const alone = table.reduce((sum, row) => sum + row.alone, 0);
  for (const row of table) {
    row.share = Math.round((row.alone * whole) / alone);
    row.saves = cutSaves((r) => r.row === row.name);
  }
  table.sort((a, b) => b.raw - a.raw);
  const raw = wasm.length - sections.filter((s) => s.id === 0).reduce((sum, s) => sum + s.end - s.headerStart, 0);
  const percent = (n) => `${((100 * n) / raw).toFixed(1)}%`;
  const number = (n) => n.toLocaleString('en-GB');

  heading(`What each part of the wasm costs, by crate (cargo-bloat style; names from ${relative(ROOT, namedPath).startsWith('..') ? namedPath : relative(ROOT, namedPath)})`);
  console.log(`  ${same ? 'Same code and data sections, byte for byte, as the shipped wasm.' : 'WARNING: its code or data differ from the shipped wasm (dist/ built from other sources?): figures are for the target dir\'s build.'}`);
  console.log(`  A function counts for the crate its name is in; an impl for its type's crate (its trait's if the type is`);
  console.log(`  generic); drop glue for the type dropped; our #[wasm_bindgen] exports for rating_timeline. "holds ours"`);
  console.log(`  is code named after another crate's generic function that rustc filled with ours: Yew's per-component`);
  console.log(`  copies (\`<COMP>\`) hold our function components' bodies, inlined; std's iterator adapters our closures.`);
  console.log(`  ${ABOUT_ESTIMATES}`);
  printTable([...table, { name: 'total', functions: functions.length, raw, share: whole, saves: NaN, inlined: table.reduce((s, r) => s + r.inlined, 0) }], [
    ['crate or part', (r) => r.name, 'left'],
    ['functions', (r) => (r.functions ? number(r.functions) : '')],
    ['raw B', (r) => number(r.raw)],
    ['raw share', (r) => percent(r.raw)],
    ['gzip share B', (r) => number(r.share)],
    ['cut saves gzip B', (r) => (Number.isNaN(r.saves) ? '' : number(r.saves))],
    ['holds ours, raw B', (r) => (r.inlined ? number(r.inlined) : '')],
  ]);

  // Our own code, by source file.
  const files = new Map();
  for (const range of ranges.filter((r) => r.fn?.ours)) {
    const file = files.get(range.fn.ours) ?? { file: range.fn.ours, raw: 0, own: 0, functions: 0 };
    file.raw += range.end - range.start;
    if (!range.fn.inlined) file.own += range.end - range.start;
    file.functions++;
    files.set(range.fn.ours, file);
  }
  const fileRows = [...files.values()].sort((a, b) => b.raw - a.raw);
  for (const row of fileRows) row.saves = cutSaves((r) => r.fn?.ours === row.file);
  const oursTotal = { file: 'all of the above', functions: 0, raw: 0, own: 0 };
  for (const row of fileRows) { oursTotal.functions += row.functions; oursTotal.raw += row.raw; oursTotal.own += row.own; }
  oursTotal.saves = cutSaves((r) => Boolean(r.fn?.ours));
  heading('Our code (rating_timeline) by source file: functions named after it (or instantiated for its types), its exports, and the copies of other crates\' generics filled with it, placed by the calls and string literals they use');
  printTable([...fileRows, oursTotal], [
    ['source file', (r) => r.file, 'left'],
    ['functions', (r) => number(r.functions)],
    ['raw B', (r) => number(r.raw)],
    ['of which in others\' generics', (r) => number(r.raw - r.own)],
    ['cut saves gzip B', (r) => number(r.saves)],
  ]);
  const ourData = ranges.filter((r) => r.row === 'data: our string literals').reduce((sum, r) => sum + r.end - r.start, 0);
  console.log(`  plus ${number(ourData)} B of our string literals in the data section (class names, UI text, messages), and the dataset.`);
  const floor = whole - cutSaves((r) => Boolean(r.fn?.ours) || r.row === 'data: our string literals' || r.row === 'data: the embedded dataset');
  console.log(`  Without all of the above, our literals and the dataset, the rest (Yew, std, wasm-bindgen, the allocator,`);
  console.log(`  tables) would still be about ${bytesText(floor)} gzip (some of it only there for our code: the sort,`);
  console.log(`  formatting and hash map code it calls).`);

  // The largest functions, copies of one generic function together.
  const byName = new Map();
  for (const fn of functions) {
    const entry = byName.get(fn.clean) ?? { name: fn.clean, crate: fn.crate, copies: 0, raw: 0 };
    entry.copies++;
    entry.raw += fn.size;
    byName.set(fn.clean, entry);
  }
  const top = [...byName.values()].sort((a, b) => b.raw - a.raw).slice(0, topCount);
  for (const entry of top) entry.saves = cutSaves((r) => r.fn?.clean === entry.name);
  heading(`The ${topCount} largest functions (the copies of one generic function added up)`);
  printTable(top, [
    ['function', (r) => (r.name.length > 100 ? `${r.name.slice(0, 44)}…${r.name.slice(-55)}` : r.name), 'left'],
    ['copies', (r) => number(r.copies)],
    ['crate', (r) => r.crate, 'left'],
    ['raw B', (r) => number(r.raw)],
    ['cut saves gzip B', (r) => number(r.saves)],
  ]);
}

/**
 * One data segment's bytes as labelled ranges: the embedded dataset, panic locations
 * (source paths of std, the crates and ours, kept for panic messages), our string literals
 * that the code points at, and the rest (other crates' strings, vtables, tables).
 */
function dataRanges(wasm, segment, dataset, literalRanges, referenced) {
  const label = new Array(segment.size).fill('data: other (strings, vtables, tables)');
  const mark = (start, end, row) => { for (let i = Math.max(start, segment.start); i < Math.min(end, segment.end); i++) label[i - segment.start] = row; };
  for (const literal of literalRanges) if (referenced.has(literal.address)) mark(literal.start, literal.end, 'data: our string literals');
  const text = wasm.subarray(segment.start, segment.end).toString('latin1');
  for (const match of text.matchAll(/[A-Za-z0-9_.\-/\\]*\/[A-Za-z0-9_.\-/]*\.rs/g)) {
    mark(segment.start + match.index, segment.start + match.index + match[0].length, 'data: panic locations (.rs paths)');
  }
  if (dataset) {
    const at = wasm.indexOf(dataset, segment.start);
    if (at !== -1 && at < segment.end) mark(at, at + dataset.length, 'data: the embedded dataset');
  }
  const ranges = [];
  for (let i = 0; i < label.length; i++) {
    if (i > 0 && label[i] === label[i - 1]) ranges.at(-1).end++;
    else ranges.push({ start: segment.start + i, end: segment.start + i + 1, row: label[i] });
  }
  return ranges;
}

async function main() {
  requireDist();
  heading(`rating-timeline: what a reader downloads for the widget (${relative(ROOT, DIST) || DIST}/, gzip -9 per file)`);
  const { downloaded, notDownloaded } = await widgetFiles();
  const widgetRows = await measureFiles(DIST, downloaded);
  const ours = printSizes(widgetRows);
  for (const row of await measureFiles(DIST, notDownloaded)) {
    console.log(`  not downloaded: ${row.file}, ${row.raw.toLocaleString('en-GB')} B raw, ${row.gzip.toLocaleString('en-GB')} B gzip (the loader has it bundled in; shipped for direct importers)`);
  }

  heading('The demo host page (not ours; not counted against the budget)');
  printSizes(await measureFiles(DIST, await hostPageFiles()));

  const studio = await studioFiles();
  if (studio.length > 0) {
    heading('The studio (studio/: the extractor and the editor, loaded only on that page; not counted against the budget)');
    printSizes(await measureFiles(DIST, studio));
  }

  heading('TimelineJS3 (@knight-lab/timelinejs dist, measured the same way)');
  const theirs = printSizes(await measureFiles(TIMELINEJS_DIST, TIMELINEJS_FILES));

  const over = ours.gzip > BUDGET_GZIP_BYTES;
  heading('Budget');
  console.log(`  rating-timeline: ${bytesText(ours.gzip)} gzip of a ${bytesText(BUDGET_GZIP_BYTES)} budget: ${over ? 'OVER' : 'PASS'} (${((100 * ours.gzip) / BUDGET_GZIP_BYTES).toFixed(0)}% of budget)`);
  console.log(`  TimelineJS3:     ${bytesText(theirs.gzip)} gzip`);
  console.log(`  ratio ours/TimelineJS3: ${(ours.gzip / theirs.gzip).toFixed(2)}`);

  const wasm = widgetRows.find((row) => row.file.endsWith('.wasm'));
  if (wasm) await printWasmBreakdown(join(DIST, wasm.file));
  if (wasm && !flag('no-breakdown')) await printCodeBreakdown(join(DIST, wasm.file), numberOption('top', 15));
}

run(main);
