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
// Options, as data-* attributes or as the second argument of mount():
//   src   - URL of a dataset in the rating-timeline JSON format (else the embedded one)
//   theme - "light", "dark" or "auto"
//   open  - an event or quote id to open first
// No request is made but for this file, the wasm, the stylesheet, `src` if given, and the
// static fallback (fallback.html) for an empty element showing the embedded dataset.
// On page load the widgets go in once the page's own text is on screen, so that they never
// hold back the article's first paint.

import init, { mount as mountWidget, mountProblem } from './pkg/rating-timeline.js';

const STYLESHEET_URL = new URL('./rating-timeline.css', import.meta.url).href;
const WASM_URL = new URL('./pkg/rating-timeline_bg.wasm', import.meta.url);
const FALLBACK_URL = new URL('./fallback.html', import.meta.url);
const handles = new WeakMap();
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

async function fetchDataset(src) {
  const url = new URL(src, document.baseURI);
  let response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch (error) {
    throw new Error(`The dataset at ${url} could not be fetched (${error.message}).`);
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
  const reveal = async () => {
    await Promise.all([styled, firstRender(mountPoint)]);
    fallback.hidden = true; // kept for a panic, which shows it again (src/embed/mod.rs)
    mountPoint.hidden = false;
  };
  return { mountPoint, reveal, showOwnFallback };
}

// Resolves once something is rendered into `mountPoint`.
function firstRender(mountPoint) {
  return new Promise((resolve) => {
    if (mountPoint.firstChild) return resolve();
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(mountPoint, { childList: true });
  });
}

/**
 * Mounts a widget into `element`, replacing any widget already there.
 * Resolves to a handle whose `unmount()` removes it and shows the element's own HTML again.
 */
export function mount(element, options = {}) {
  return mountWhen(element, options, undefined);
}

// Mounts `element` once `ready` resolves; its wasm and dataset are requested at once.
async function mountWhen(element, options, ready) {
  const { src, theme, open } = { ...element.dataset, ...options };
  unmount(element);
  // The wasm and the dataset load at the same time, then the stylesheet; a wasm failure is
  // thrown (the static fallback stays, or comes), a dataset failure is shown inside the widget.
  const loading = Promise.allSettled([loadWasm(), src ? fetchDataset(src) : undefined]);
  // An empty element showing the embedded dataset gets its static fallback while the wasm
  // loads, as if the page had pasted it, so the reader has the timeline's text at once.
  const fallback = !src && !wasmArriving() && isEmpty(element) ? fetchOwnFallback() : undefined;
  await ready;
  const { mountPoint, reveal, showOwnFallback } = prepareShadowRoot(element);
  // Shown only if it comes well before the wasm: on a fast network, laying out and painting
  // it would only hold the widget back.
  fallback?.then((html) => html === undefined || wasmArriving() || showOwnFallback(html));
  const [wasm, fetched] = await loading;
  if (wasm.status === 'rejected') {
    const html = await fallback;
    if (html !== undefined) showOwnFallback(html);
    throw wasm.reason;
  }
  const data = fetched.status === 'fulfilled' ? fetched.value : undefined;
  const failure = fetched.status === 'rejected' ? fetched.reason.message : undefined;
  const widget = failure ? mountProblem(mountPoint, failure) : mountWidget(mountPoint, data, theme, open);
  const handle = {
    unmount() {
      widget.unmount();
      widget.free();
      element.shadowRoot.replaceChildren(document.createElement('slot'));
      handles.delete(element);
    },
  };
  handles.set(element, handle);
  await reveal();
  return handle;
}

/** Removes the widget mounted in `element`, if any. */
export function unmount(element) {
  handles.get(element)?.unmount();
}

/** Mounts every [data-rating-timeline] element under `root` that is not mounted yet. */
export function mountAll(root = document) {
  return mountAllWhen(root, undefined);
}

function mountAllWhen(root, ready) {
  const elements = [...root.querySelectorAll('[data-rating-timeline]')].filter((el) => !handles.has(el));
  return Promise.all(elements.map((element) => mountWhen(element, {}, ready).catch((error) => {
    console.error('rating-timeline:', error);
  })));
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
