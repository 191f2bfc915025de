//! The studio: a page where a journalist makes a timeline from articles, in the browser.
//! Built for wasm32 by Trunk as its own bundle (see index.html and docs/studio.md), so the
//! extractor never weighs on the reader's widget; the code is in `rating_timeline::studio`.
//! The page's loader (www/studio/studio.js) calls `runStudio()`. Natively there is nothing
//! to run.

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = runStudio)]
pub fn run_studio() {
    rating_timeline::studio::start();
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("studio: this is the browser studio; build it with `trunk build` and open /studio/");
    std::process::exit(2);
}
