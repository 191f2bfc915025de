// rating-timeline embed loader.
//
// A host page needs only:
//   <div data-rating-timeline></div>
//   <script type="module" src="https://cdn.example/embed/rating-timeline.js"></script>
//
// Every [data-rating-timeline] element on the page gets its own widget, rendered in a
// shadow root so that neither the page's CSS nor the widget's leaks across. The wasm and
// the stylesheet are found next to this file, so it works from any path or CDN, and no
// inline script is needed (it runs under `script-src 'self' 'wasm-unsafe-eval'`).
// Options, as data-* attributes or as the second argument of mount() (which wins):
//   src   - URL of a dataset in the rating-timeline JSON format (else the embedded one),
//           resolved against the page
//   theme - "light", "dark" or "auto"
//   open  - an event or quote id to open first
// An unknown option, theme or id is warned about on the console. Elements added later are
// mounted by a MutationObserver, and removed ones unmounted (stopObserving() turns it off).
// Each widget fires rating-timeline:* CustomEvents on its element (README.md lists them).
// No request is made but for this file, the wasm, the stylesheet, `src` if given, and the
// static fallback (fallback.html) for an empty element showing the embedded dataset.
// On page load the widgets go in once the page's own text is on screen, so that they never
// hold back the article's first paint.

import init, { mount as mountWidget } from './pkg/rating-timeline.js';

// The release build (scripts/trunk-post-build.sh) renames these three files with a hash of
// their content and writes the new names here, so that they can be cached for good.
const STYLESHEET_URL = new URL('./rating-timeline.css', import.meta.url).href;
const WASM_URL = new URL('./pkg/rating-timeline_bg.wasm', import.meta.url);
const FALLBACK_URL = new URL('./fallback.html', import.meta.url);
const handles = new WeakMap(); // element -> { handle, widget } shown in it
// element -> { token, promise } of its latest mount, pending or done: a later mount() of
// the same element supersedes an earlier one (or the automatic one), which then resolves
// to the later one's handle.
const latest = new WeakMap();
const mounted = new Set(); // the elements with a widget, to unmount those taken off the page
let wasmReady;
let wasmLoaded = false;
let ownFallback;

function loadWasm() {
  wasmReady ??= init({ module_or_path: WASM_URL }).then((wasm) => {
    wasmLoaded = true;
    return wasm;
  });
  return wasmReady;
}

// Whether the wasm is here or nearly: instantiated, or its last byte arrived (a Resource
// Timing entry), so that the widget follows within a frame or a few.
function wasmArriving() {
  return wasmLoaded || performance.getEntriesByName(WASM_URL.href, 'resource').length > 0;
}

// Whether the page put nothing inside `element`: no static fallback was pasted there.
function isEmpty(element) {
  return element.childElementCount === 0 && element.textContent.trim() === '';
}

// The embedded dataset's static fallback, built beside this file, as HTML text; undefined
// if it cannot be had (a host that did not upload it loses only the early text), or if the
// server answered with some other page, as a site that serves its home page for any
// unknown path does: src/fallback.rs starts every fallback with this section.
const FALLBACK_START = '<section class="rt-static"';

function fetchOwnFallback() {
  ownFallback ??= fetch(FALLBACK_URL, { credentials: 'omit' })
    .then((response) => (response.ok ? response.text() : undefined))
    .then((html) => (html?.startsWith(FALLBACK_START) ? html : undefined))
    .catch(() => undefined);
  return ownFallback;
}

// What a fetch from another origin that failed most likely means: CORS (the browser tells
// the page nothing more), else a server that cannot be reached.
function crossOrigin(what, origin) {
  return `${what} could not be read: its server (${origin}) does not allow this page (${location.origin}) to read it (CORS), or cannot be reached. ` +
    `A file on another origin needs the header Access-Control-Allow-Origin: ${location.origin} (or *).`;
}

async function fetchDataset(src) {
  const url = new URL(src, document.baseURI);
  let response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch (error) {
    throw new Error(url.origin === location.origin
      ? `The dataset at ${url} could not be fetched (${error.message}).`
      : crossOrigin(`The dataset at ${url}`, url.origin));
  }
  if (!response.ok) {
    throw new Error(`The dataset at ${url} could not be loaded: the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
  }
  // Bytes, not text: the wasm reads UTF-8 itself, with no decoding to a JS string and back.
  return new Uint8Array(await response.arrayBuffer());
}

// A fresh shadow root: the stylesheet (requested now, while the wasm may still load), a slot
// that keeps showing the element's own HTML (the static fallback) meanwhile, and a hidden
// mount point. `showOwnFallback(html)` puts the static fallback in the slot, shown only if
// the element is empty. `reveal()` swaps the fallback for the widget once it is styled and
// drawn, hiding the slot.
function prepareShadowRoot(element) {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = STYLESHEET_URL;
  const styled = new Promise((resolve) => {
    stylesheet.addEventListener('load', resolve, { once: true });
    stylesheet.addEventListener('error', resolve, { once: true });
  });
  const fallback = document.createElement('slot');
  const mountPoint = document.createElement('div');
  mountPoint.className = 'rt-host';
  mountPoint.hidden = true;
  shadow.replaceChildren(stylesheet, fallback, mountPoint);
  const showOwnFallback = (html) => {
    try {
      fallback.innerHTML = html;
    } catch {
      // A page enforcing Trusted Types refuses the HTML: the widget comes alone, as before.
    }
  };
  // Says why the widget cannot come, above the static fallback if there is one.
  const showProblem = (message) => {
    const section = document.createElement('section');
    section.className = 'rt rt-problem';
    section.setAttribute('role', 'alert');
    for (const [className, text] of [['rt-problem-title', 'The interactive timeline could not be loaded.'], ['rt-problem-detail', message]]) {
      const line = section.appendChild(document.createElement('p'));
      line.className = className;
      line.textContent = text;
    }
    shadow.prepend(section);
  };
  const reveal = async () => {
    await Promise.all([styled, firstRender(mountPoint)]);
    fallback.hidden = true; // kept for a panic, which shows it again (src/embed/mod.rs)
    mountPoint.hidden = false;
  };
  return { mountPoint, reveal, showOwnFallback, showProblem };
}

// Resolves once the widget (or its message) is rendered into `mountPoint`.
function firstRender(mountPoint) {
  return new Promise((resolve) => {
    if (mountPoint.querySelector('.rt')) return resolve();
    const observer = new MutationObserver(() => {
      if (!mountPoint.querySelector('.rt')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(mountPoint, { childList: true, subtree: true });
  });
}

/**
 * Mounts a widget into `element` (its data-* attributes apply, `options` win over them).
 * Resolves to a handle, { unmount(), error } (`error`: the message shown if the dataset
 * could not be, else undefined), once the widget is on screen; rejects with an Error
 * saying why if no widget can be shown. Calling it again on the same element remounts it
 * with the new options; every call still pending then resolves to the new handle.
 */
export function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    return Promise.reject(new TypeError(`rating-timeline: mount() needs an element, not ${element}`));
  }
  return start(element, options, undefined);
}

function start(element, options, ready) {
  const token = {};
  const promise = mountWhen(element, options, ready, token);
  latest.set(element, { token, promise });
  return promise;
}

// Mounts `element` once `ready` resolves; its wasm and dataset are requested at once.
async function mountWhen(element, options, ready, token) {
  // Unless a later mount() or unmount() of the element came meanwhile: then its outcome.
  const superseded = () => latest.get(element)?.token !== token;
  const outcome = () => latest.get(element)?.promise
    ?? Promise.reject(new Error('rating-timeline: unmounted before the widget was shown'));
  const { src: srcAttribute, theme, open } = element.dataset;
  const attributes = { src: srcAttribute, theme, open };
  const src = typeof options?.src === 'string' ? options.src : srcAttribute;
  // The wasm and the dataset load at the same time, then the stylesheet; a wasm failure is
  // thrown (the static fallback stays, or comes), a dataset failure is shown inside the widget.
  const loading = Promise.allSettled([loadWasm(), src ? fetchDataset(src) : undefined]);
  // An empty element showing the embedded dataset gets its static fallback while the wasm
  // loads, as if the page had pasted it, so the reader has the timeline's text at once.
  const fallback = !src && !wasmArriving() && isEmpty(element) ? fetchOwnFallback() : undefined;
  await ready;
  await Promise.resolve(); // lets a mount() called right after this one supersede it
  if (superseded()) return outcome();
  removeWidget(element);
  const { mountPoint, reveal, showOwnFallback, showProblem } = prepareShadowRoot(element);
  // Shown only if it comes well before the wasm: on a fast network, laying out and painting
  // it would only hold the widget back.
  fallback?.then((html) => html === undefined || wasmArriving() || showOwnFallback(html));
  const [wasm, fetched] = await loading;
  if (superseded()) return outcome();
  if (wasm.status === 'rejected') {
    const html = await fallback;
    if (html !== undefined) showOwnFallback(html);
    const wasmUrl = new URL(WASM_URL, location.href);
    const message = wasmUrl.origin !== location.origin && wasm.reason instanceof TypeError
      ? crossOrigin(`The widget's code at ${wasmUrl}`, wasmUrl.origin)
      : `${wasm.reason?.message ?? wasm.reason}`;
    showProblem(message);
    throw new Error(`rating-timeline: ${message}`, { cause: wasm.reason });
  }
  const data = fetched.status === 'fulfilled' ? fetched.value : undefined;
  const failure = fetched.status === 'rejected' ? fetched.reason.message : undefined;
  let widget;
  try {
    widget = mountWidget(element, mountPoint, data, failure, attributes, options);
  } catch (error) {
    element.shadowRoot.replaceChildren(document.createElement('slot'));
    throw error;
  }
  const handle = {
    error: widget.error,
    unmount() {
      if (handles.get(element)?.handle !== handle) return; // already unmounted, or remounted since
      latest.delete(element);
      removeWidget(element);
    },
  };
  handles.set(element, { handle, widget });
  mounted.add(element);
  await reveal();
  if (superseded()) return outcome();
  widget.announce();
  return handle;
}

// Takes the widget out of `element` and frees it; the element's own HTML shows again.
function removeWidget(element) {
  const shown = handles.get(element);
  if (!shown) return;
  handles.delete(element);
  mounted.delete(element);
  shown.widget.unmount();
  shown.widget.free();
  element.shadowRoot.replaceChildren(document.createElement('slot'));
}

/** Removes the widget mounted in `element`, if any; a mount still pending gives up. */
export function unmount(element) {
  latest.delete(element);
  removeWidget(element);
}

/** Mounts every [data-rating-timeline] element under `root` that is not mounted yet. */
export function mountAll(root = document) {
  return mountAllWhen(root, undefined);
}

function mountAllWhen(root, ready) {
  const elements = [...root.querySelectorAll('[data-rating-timeline]')];
  if (root instanceof Element && root.matches('[data-rating-timeline]')) elements.push(root);
  return Promise.all(elements.filter((el) => !latest.has(el)).map((element) => start(element, {}, ready).catch((error) => {
    // Not for an element the page unmounted or took away meanwhile: nothing went wrong.
    if (element.isConnected && latest.has(element)) console.error('rating-timeline:', error);
  })));
}

// Elements added to the page later (infinite scroll, a CMS's late blocks, a single-page
// app) are mounted, and widgets taken off the page are unmounted, so that they free their
// memory. One observer for the page, from the moment the loader runs.
let observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.removedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      for (const element of mounted) {
        if (!element.isConnected && (node === element || node.contains(element))) unmount(element);
      }
    }
    for (const node of record.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE && node.isConnected) mountAllWhen(node, undefined);
    }
  }
});
observer.observe(document.documentElement, { childList: true, subtree: true });

/** Stops mounting elements added later and unmounting removed ones (call mountAll() and unmount() yourself). */
export function stopObserving() {
  observer?.disconnect();
  observer = undefined;
}

/** The wasm's memory in bytes, for a page that checks the widget does not leak. */
export async function wasmMemoryBytes() {
  return (await loadWasm()).memory.buffer.byteLength;
}

// The longest the widgets wait for the page to paint: a page in a hidden tab paints nothing.
const PAINT_WAIT_MS = 500;

// Whether the page has any text to show (its own, or a fallback inside a widget element).
function pageHasText() {
  if (!document.body) return false;
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const text = texts.currentNode;
    if (text.data.trim() !== '' && !text.parentElement?.closest('script, style, template, noscript')) return true;
  }
  return false;
}

// Resolves after the next frame is painted, or after PAINT_WAIT_MS in a tab that paints nothing.
function afterNextPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, PAINT_WAIT_MS);
  });
}

// Resolves once the page's first content is on screen, by its first-contentful-paint entry;
// at once after the next frame if the page has no text to paint; else after PAINT_WAIT_MS
// at most.
function afterPagePaint() {
  if (!pageHasText()) return afterNextPaint();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const done = () => {
      observer.disconnect();
      resolve();
    };
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(done, PAINT_WAIT_MS);
  });
}

// On page load, the widgets' wasm and data are requested at once, but the widgets go in only
// once the page's own text and any static fallback are on screen: a widget's first render
// is the longest task of the load, and the shadow root takes the fallback off the page to
// lay it out anew.
mountAllWhen(document, afterPagePaint());
