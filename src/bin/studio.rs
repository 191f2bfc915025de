//! The studio: a page where a journalist makes a timeline from articles, in the browser.
//! Built for wasm32 by Trunk (see index.html and docs/studio.md); the code is in
//! `rating_timeline::studio`. Natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    rating_timeline::studio::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("studio: this is the browser studio; build it with `trunk build` and open /studio/");
    std::process::exit(2);
}
