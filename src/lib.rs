//! rating-timeline: an embeddable timeline of an organisation's inspection ratings,
//! in which every grade, date and quote traces back to a span of a source article.
//!
//! - [`model`]: the public dataset format, shared by the extractor and the widget.
//! - [`view_model`] and [`state`]: what the widget shows and its state, pure and browser-free.
//! - `components` (wasm32 only): the widget's Yew components; the root is `components::Timeline`.
//! - [`edit`]: corrections to an extracted dataset as data, tied to spans (the studio's and the CLI's).
//! - [`studio`]: the browser studio where a journalist makes a timeline (its state is
//!   pure; its components are wasm32 only).
//! - [`extract`]: the extractor that reads plain-text articles into a dataset.
//! - [`fallback`]: the static HTML version of a timeline, for readers without JavaScript.
//! - [`index`]: lookups over a dataset built once, so large datasets stay quick.
//! - [`json`] and [`decode`]: reading a dataset's JSON text, with messages naming what is wrong.
//! - `embed` (wasm32 only): the API the embed loader calls to mount widgets.

#[cfg(target_arch = "wasm32")]
pub mod components;
pub mod decode;
pub mod edit;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod extract;
pub mod fallback;
pub mod index;
pub mod json;
pub mod model;
pub mod state;
pub mod studio;
pub mod view_model;

/// The wasm's allocator: Talc, in place of Rust's default dlmalloc, for a smaller download
/// (measured in docs/benchmarks.md). The widget runs on one thread, so it needs no lock.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
