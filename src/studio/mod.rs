//! The studio: a page where a journalist makes a timeline for any council
//! from articles, in the browser. The extractor runs here, as its own bundle
//! (`src/bin/studio.rs`), never in the reader's widget.
//!
//! State as in Yew's function_todomvc: one reducer ([`state::Studio`]), props down,
//! callbacks up. The corrections are [`crate::edit::Edit`]s, re-applied after every
//! extraction. Nothing leaves the browser: files are read locally, the work is autosaved to
//! `localStorage`, and exports are downloads made in the page.

//! [`state`] (the reducer) is pure and native-tested; the rest is the wasm32-only shell.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod articles;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod review;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub use app::{item_id, mark_id, start, App, Dispatch};
