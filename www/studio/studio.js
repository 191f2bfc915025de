// Loads the studio's own wasm (the extractor and the editor), never part of the reader's
// widget. No inline script: the page runs under a strict Content-Security-Policy.
import init, { runStudio } from './pkg/studio.js';

const WASM_URL = new URL('./pkg/studio_bg.wasm', import.meta.url);

init({ module_or_path: WASM_URL }).then(() => runStudio(), (error) => {
  console.error('studio:', error);
  const crashed = document.getElementById('studio-crashed');
  crashed.textContent = 'The studio could not start in this browser (it needs WebAssembly).';
  crashed.hidden = false;
});
