// A small wasm reader for the size report (bench/size.mjs): sections, function bodies,
// the function names of the "name" custom section and the data segments, and a
// cargo-bloat style attribution of each function to the crate its code came from.
// Plain node, no dependency: twiggy is not needed.

export const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count', 'tag'];

/** An unsigned LEB128 at `at`: { value, next }, and the bits read and last byte (for readSleb). */
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return { value, next: at, shift, byte };
}

function readName(bytes, at) {
  const { value: length, next } = readLeb(bytes, at);
  return { name: bytes.subarray(next, next + length).toString(), next: next + length };
}

/**
 * The wasm's sections in order, each as { id, name, start, end, bytes } (custom sections
 * named by their own name; start..end is the body, after the id and size).
 */
export function wasmSections(wasm) {
  const sections = [];
  let at = 8; // magic number and version
  while (at < wasm.length) {
    const id = wasm[at];
    const { value: size, next } = readLeb(wasm, at + 1);
    const bytes = wasm.subarray(next, next + size);
    let name = SECTION_NAMES[id] ?? `unknown ${id}`;
    if (id === 0) name = `custom "${readName(bytes, 0).name}"`;
    sections.push({ id, name, headerStart: at, start: next, end: next + size, bytes });
    at = next + size;
  }
  return sections;
}

/** How many functions the import section imports: they come first in the function index space. */
function importedFunctionCount(section) {
  if (!section) return 0;
  const bytes = section.bytes;
  let { value: count, next: at } = readLeb(bytes, 0);
  let functions = 0;
  for (let i = 0; i < count; i++) {
    at = readName(bytes, at).next; // module
    at = readName(bytes, at).next; // field
    const kind = bytes[at++];
    if (kind === 0) { functions++; at = readLeb(bytes, at).next; }          // type index
    else if (kind === 1) { at += 1; at = skipLimits(bytes, at); }          // table: reftype, limits
    else if (kind === 2) at = skipLimits(bytes, at);                       // memory
    else if (kind === 3) at += 2;                                          // global: valtype, mutability
    else if (kind === 4) { at += 1; at = readLeb(bytes, at).next; }        // tag
    else throw new Error(`unknown import kind ${kind}`);
  }
  return functions;
}

function skipLimits(bytes, at) {
  const flags = bytes[at++];
  at = readLeb(bytes, at).next;
  if (flags & 1) at = readLeb(bytes, at).next;
  return at;
}

/** Function index -> name, from the "name" custom section's function names (subsection 1). */
function functionNames(section) {
  const names = new Map();
  if (!section) return names;
  const bytes = section.bytes;
  let at = readName(bytes, 0).next;
  while (at < bytes.length) {
    const kind = bytes[at];
    const { value: size, next } = readLeb(bytes, at + 1);
    if (kind === 1) {
      let { value: count, next: p } = readLeb(bytes, next);
      for (let i = 0; i < count; i++) {
        const index = readLeb(bytes, p);
        const name = readName(bytes, index.next);
        names.set(index.value, name.name);
        p = name.next;
      }
    }
    at = next + size;
  }
  return names;
}

/**
 * Every function body in the code section as { index, name, start, end, size } (offsets in
 * the file; size counts the body with its size prefix, as it is shipped).
 */
export function wasmFunctions(wasm, sections = wasmSections(wasm)) {
  const code = sections.find((s) => s.id === 10);
  if (!code) return [];
  const imported = importedFunctionCount(sections.find((s) => s.id === 2));
  const names = functionNames(sections.find((s) => s.name === 'custom "name"'));
  const functions = [];
  let { value: count, next: at } = readLeb(wasm, code.start);
  for (let i = 0; i < count; i++) {
    const { value: size, next } = readLeb(wasm, at);
    const index = imported + i;
    functions.push({ index, name: names.get(index) ?? `func[${index}]`, start: at, end: next + size, size: next + size - at });
    at = next + size;
  }
  return functions;
}

/**
 * The data section's segments as { start, end, size, address } (offsets of each segment's
 * bytes in the file, and the memory address it is loaded at, for active segments).
 */
export function wasmDataSegments(wasm, sections = wasmSections(wasm)) {
  const data = sections.find((s) => s.id === 11);
  if (!data) return [];
  const segments = [];
  let { value: count, next: at } = readLeb(wasm, data.start);
  for (let i = 0; i < count; i++) {
    const flags = readLeb(wasm, at);
    at = flags.next;
    if (flags.value === 2) at = readLeb(wasm, at).next; // memory index
    let address = null;
    if (flags.value !== 1) {
      // A constant offset expression ending in `end` (0x0b): i32.const N in what rustc emits.
      if (wasm[at] === 0x41) address = readSleb(wasm, at + 1).value;
      while (wasm[at] !== 0x0b) at = wasm[at] === 0x23 || wasm[at] === 0x41 || wasm[at] === 0x42 ? readLeb(wasm, at + 1).next : at + 1;
      at += 1;
    }
    const { value: size, next } = readLeb(wasm, at);
    segments.push({ start: next, end: next + size, size, address });
    at = next + size;
  }
  return segments;
}

// ---------------------------------------------------------------- names to crates

/** A readable name: no `::h<hash>` suffix, no `[<crate hash>]` disambiguators, no wasm-opt `[N]` suffix. */
export function cleanName(name) {
  return name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, '').replace(/\[\d+\]$/, '');
}

const STD = 'std/core/alloc';
const STD_CRATES = new Set(['core', 'alloc', 'std', '__rustc', 'compiler_builtins', 'panic_abort', 'rustc_demangle', 'std_detect']);
const PRIMITIVE = /^(str|bool|char|[iuf](8|16|32|64|128|size)|[A-Z][A-Za-z0-9_]*|\(\)|!)$/;
/** C library and compiler helpers that std links in, by their unmangled names. */
const LIBC = /^(mem(cpy|move|set|cmp)|bcmp|strlen|f(max|min)f?|fmod|pow|exp|log|sqrt|__.*(mul|div|rem|shl|shr|fix|float|lt|gt|eq|ne).*|__rust_.*)$/;

/** The first type or path of `text`, skipping `&`, `&mut `, `*const `, `dyn `, `[`, `(`. */
function leadingPath(text) {
  return text.replace(/^(&(mut )?|\*(const|mut) |dyn |impl |\[|\()+/, '');
}

/**
 * `<A as B>::f` -> { self: 'A', trait: 'B' }; `<A>::f` -> { self: 'A' }; else null.
 * Angle brackets are balanced, `->` is not one.
 */
function splitQualified(name) {
  if (!name.startsWith('<')) return null;
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '<') depth++;
    else if (c === '>' && name[i - 1] !== '-') {
      depth--;
      if (depth === 0) return { self: name.slice(1, i) };
    } else if (depth === 1 && name.startsWith(' as ', i)) {
      const self = name.slice(1, i);
      let d = 1;
      for (let j = i + 4; j < name.length; j++) {
        if (name[j] === '<') d++;
        else if (name[j] === '>' && name[j - 1] !== '-' && --d === 0) return { self, trait: name.slice(i + 4, j) };
      }
      return { self };
    }
  }
  return null;
}

function crateOfPath(path) {
  const qualified = splitQualified(path);
  if (qualified) return crateOfQualified(qualified);
  const first = leadingPath(path).match(/^[A-Za-z_][A-Za-z0-9_]*(?=::)/)?.[0];
  if (!first) return null;
  return first;
}

/** cargo-bloat's rule: an impl's code belongs to its type's crate, or to its trait's if the type is generic or primitive. */
function crateOfQualified({ self, trait }) {
  const stripped = leadingPath(self);
  if (PRIMITIVE.test(stripped) || !/::/.test(stripped)) {
    if (trait) return crateOfPath(trait);
    return /^[a-z]/.test(stripped) ? 'core' : null; // an inherent impl on a primitive, e.g. <char>::is_whitespace
  }
  return crateOfPath(stripped);
}

const GROUPS = {
  core: STD, alloc: STD, std: STD, compiler_builtins: STD, panic_abort: STD, rustc_demangle: STD, std_detect: STD,
  js_sys: 'js_sys/web_sys', web_sys: 'js_sys/web_sys',
  wasm_bindgen: 'wasm_bindgen', wasm_bindgen_futures: 'wasm_bindgen',
  gloo: 'gloo', gloo_events: 'gloo', gloo_utils: 'gloo', gloo_timers: 'gloo', gloo_worker: 'gloo',
};

/** The crate a function's code came from, cargo-bloat style, or a group for code without a crate. */
export function crateOf(rawName) {
  const name = cleanName(rawName);
  if (/^func\[\d+\]$/.test(name)) return 'unnamed';
  if (/^(__wbindgen|__wbg_|__externref|__wbg_adapter|closure\d+ externref shim)/.test(name) || /externref shim|^wasm-bindgen/.test(name)) return 'wasm_bindgen';
  if (LIBC.test(name)) return STD;
  if (STD_CRATES.has(name.split('::')[0])) {
    // Code that core or alloc holds only to serve another crate's type: drop glue and the like.
    const dropOf = name.match(/^core::ptr::drop_in_place<(.*)>$/);
    if (dropOf) return GROUPS[crateOfPath(dropOf[1])] ?? crateOfPath(dropOf[1]) ?? STD;
    return STD;
  }
  const crate = crateOfPath(name);
  if (!crate) return 'unnamed';
  return GROUPS[crate] ?? crate;
}

/** Our modules that have submodules: a function is counted under `components::quote_panel`, not `components`. */
const NESTED = new Set(['components', 'embed', 'extract']);

/** `rating_timeline::components::quote_panel::...` -> `components::quote_panel`: the first of our paths a name mentions. */
export function ourModuleOf(rawName) {
  const path = cleanName(rawName).match(/rating_timeline::([a-z_0-9]+)(?:::([a-z_0-9]+)(?![A-Za-z0-9_]*[<(]))?/);
  if (!path) return null;
  return NESTED.has(path[1]) && path[2] ? `${path[1]}::${path[2]}` : path[1];
}

// ---------------------------------------------------------------- what each function uses

/** A signed LEB128 at `at`: { value, next } (values up to 2^53 are exact; enough for addresses). */
function readSleb(bytes, at) {
  const { value, next, shift, byte } = readLeb(bytes, at);
  return { value: byte & 0x40 ? value - 2 ** shift : value, next };
}

const BLOCK_TYPES = new Set([0x40, 0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f]);

/**
 * The functions a body calls and the i32 constants it uses (where pointers to string
 * literals show), decoding the instructions of wasm 1.0 plus the features the release build
 * enables (bulk memory, sign extension, saturating conversions, reference types, multivalue).
 */
export function bodyUses(wasm, fn) {
  const calls = [];
  const constants = [];
  const leb = (at) => readLeb(wasm, at).next;
  let { value: size, next: at } = readLeb(wasm, fn.start);
  const end = at + size;
  let { value: groups, next } = readLeb(wasm, at);
  at = next;
  for (let i = 0; i < groups; i++) at = leb(at) + 1; // count, value type
  while (at < end) {
    const op = wasm[at++];
    if (op >= 0x02 && op <= 0x04) at = BLOCK_TYPES.has(wasm[at]) ? at + 1 : readSleb(wasm, at).next;
    else if (op === 0x0c || op === 0x0d) at = leb(at);
    else if (op === 0x0e) { let n; ({ value: n, next: at } = readLeb(wasm, at)); for (let i = 0; i <= n; i++) at = leb(at); }
    else if (op === 0x10) { const callee = readLeb(wasm, at); calls.push(callee.value); at = callee.next; }
    else if (op === 0x11) at = leb(leb(at));
    else if (op === 0x1c) { let n; ({ value: n, next: at } = readLeb(wasm, at)); at += n; }
    else if ((op >= 0x20 && op <= 0x26) || op === 0x3f || op === 0x40 || op === 0xd2) at = leb(at);
    else if (op >= 0x28 && op <= 0x3e) at = leb(leb(at));
    else if (op === 0x41) { const c = readSleb(wasm, at); constants.push(c.value); at = c.next; }
    else if (op === 0x42) at = readSleb(wasm, at).next;
    else if (op === 0x43) at += 4;
    else if (op === 0x44) at += 8;
    else if (op === 0xd0) at += 1;
    else if (op === 0xfc) {
      let sub;
      ({ value: sub, next: at } = readLeb(wasm, at));
      if (sub <= 7) continue;
      if (sub === 8) at = leb(at) + 1;
      else if (sub === 10) at += 2;
      else if (sub === 11) at += 1;
      else if (sub === 12 || sub === 14) at = leb(leb(at));
      else if (sub === 9 || sub === 13 || (sub >= 15 && sub <= 17)) at = leb(at);
      else throw new Error(`${fn.name}: unknown instruction 0xfc ${sub}`);
    } else if (op >= 0xc5 && op !== 0xd1) {
      throw new Error(`${fn.name}: unknown instruction 0x${op.toString(16)} at ${at - 1}`);
    }
  }
  if (at !== end) throw new Error(`${fn.name}: instructions overran the body`);
  return { calls, constants };
}

/** Exported functions as function index -> export name. */
export function wasmExports(wasm, sections = wasmSections(wasm)) {
  const exports = new Map();
  const section = sections.find((s) => s.id === 7);
  if (!section) return exports;
  let { value: count, next: at } = readLeb(wasm, section.start);
  for (let i = 0; i < count; i++) {
    const { name, next } = readName(wasm, at);
    const kind = wasm[next];
    const index = readLeb(wasm, next + 1);
    if (kind === 0) exports.set(index.value, name);
    at = index.next;
  }
  return exports;
}
