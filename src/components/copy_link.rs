//! "Copy link": the shareable URL of a quote or an event, put on the clipboard. The
//! host page's own URL is never rewritten; a reader who wants a link asks for one.
//! A plain function, not a component: it keeps no state of its own (its status line is
//! written once, after the copy), and each component costs the wasm a copy of Yew's
//! lifecycle code.

use super::dom::closest_to_target;
use crate::view_model::Target;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::prelude::*;

/// A button that copies a link to `target` and then says "Link copied" beside it; where
/// the clipboard refuses, the browser's prompt shows the link, selected, to copy by hand.
/// `what` names the target for the button's accessible name: "quote", "event".
pub fn copy_link(target: &Target, what: &str) -> Html {
    let onclick = {
        let target = target.clone();
        Callback::from(move |event: MouseEvent| {
            let status = closest_to_target(&event, ".rt-copy")
                .and_then(|copy| copy.query_selector(".rt-copy-status").ok().flatten());
            if let Some(status) = &status {
                status.set_text_content(None);
            }
            if let Some(url) = link_to(&target) {
                copy_text(url, status);
            }
        })
    };
    html! {
        <span class="rt-copy">
            <button
                type="button"
                class="rt-button rt-button--quiet rt-copy-link"
                aria-label={format!("Copy link to this {what}")}
                {onclick}
            >
                { "Copy link" }
            </button>
            <span class="rt-copy-status" role="status"></span>
        </span>
    }
}

/// Puts `url` on the clipboard, then writes "Link copied" into `status`; if the clipboard
/// refuses, shows the URL in a prompt to copy by hand.
fn copy_text(url: String, status: Option<Element>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Pages served over plain http, and some webviews, have no clipboard API at all.
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    if !has_clipboard {
        let _ = window.prompt_with_message_and_default("Copy this link:", &url);
        return;
    }
    let promise = navigator.clipboard().write_text(&url);
    // Two small closures a copy, one of which never runs: kept alive by forgetting them,
    // as the promise gives no way to free the other.
    let on_done = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        if let Some(status) = &status {
            status.set_text_content(Some("Link copied"));
        }
    });
    let on_refused = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.prompt_with_message_and_default("Copy this link:", &url);
        }
    });
    let _ = promise.then2(&on_done, &on_refused);
    on_done.forget();
    on_refused.forget();
}

/// The page's URL with a fragment naming `target` instead of its own.
pub fn link_to(target: &Target) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let page = href.split('#').next().unwrap_or_default();
    let (prefix, id) = target.fragment_prefix();
    let encoded: String = js_sys::encode_uri_component(id).into();
    Some(format!("{page}#{prefix}{encoded}"))
}
