// The iframe page's script (frame.html), for CMSs and AMP pages that allow only an iframe.
// It puts the query's options on the widget's element, then loads the widget, and tells
// the parent page how tall the content is, whenever that changes, as two messages:
//   { type: 'rating-timeline:height', height }          for this project's listener snippet
//   { sentinel: 'amp', type: 'embed-size', height }      for AMP's <amp-iframe resizable>
// Heights are not secret, so they are posted to any parent ('*'); the parent checks the
// message's origin and shape (README.md gives the listener).
const element = document.getElementById('rating-timeline');
const params = new URLSearchParams(location.search);
for (const key of ['src', 'theme', 'open']) {
  const value = params.get(key);
  if (value) element.dataset[key] = value;
}
import('./rating-timeline.js');

// A quote's reader view is a modal dialog over the frame's whole viewport, which is the
// whole iframe, as tall as its content: its top, with the quote and Back, may be above the
// reader's screen. Bring the frame's top into view (scrolling the parent page, as the
// browser does for a frame's scrollIntoView after the reader's click).
element.addEventListener('rating-timeline:open-quote', () => {
  if (window.parent === window) return;
  requestAnimationFrame(() => document.documentElement.scrollIntoView({ block: 'start' }));
});

let posted = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === posted || window.parent === window) return;
  posted = height;
  window.parent.postMessage({ type: 'rating-timeline:height', height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}).observe(document.documentElement);
