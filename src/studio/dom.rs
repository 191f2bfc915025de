//! The browser calls the studio makes: timers, files, downloads, the clipboard,
//! `localStorage` and the text selection. Nothing here makes a network request.

use crate::edit::{byte_offset_of_utf16, At};
use crate::model::Span;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlTextAreaElement, Url};

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

fn document() -> web_sys::Document {
    window().document().expect("a document")
}

/// Runs `then` after `ms` milliseconds; the id cancels it with [`cancel_timeout`].
pub fn set_timeout(ms: i32, then: impl FnOnce() + 'static) -> i32 {
    let closure = Closure::once_into_js(then);
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(closure.unchecked_ref(), ms)
        .unwrap_or(0)
}

pub fn cancel_timeout(id: i32) {
    window().clear_timeout_with_handle(id);
}

/// Offers `text` as a file download named `name`, made in the page (no request).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not make the file".to_string())?;
    let url = Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not make the file".to_string())?;
    let link: HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|_| "the browser could not make the link".to_string())?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoked after the click has been handled.
    set_timeout(1000, move || {
        let _ = Url::revoke_object_url(&url);
    });
    Ok(())
}

/// Copies `text` to the clipboard; `done` hears whether it worked.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

pub fn storage_get(key: &str) -> Option<String> {
    window().local_storage().ok()??.get_item(key).ok()?
}

/// Saves `value` under `key`; the message says why it could not be.
pub fn storage_set(key: &str, value: &str) -> Result<(), String> {
    let storage = window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or("this browser does not let the studio save")?;
    storage.set_item(key, value).map_err(|_| {
        "the browser's storage is full: the work is not saved; download the dataset".to_string()
    })
}

pub fn storage_remove(key: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.remove_item(key);
    }
}

/// The element with this id, scrolled to the middle of its scrolling box.
pub fn scroll_to(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// The words selected in an article: in a keyboard selection box (a read-only textarea
/// with `data-source`), else in an article's text (an element with `data-source`). The
/// span is trimmed of surrounding spaces and quotation marks' outer spaces; `texts` gives
/// each source's text, to turn the browser's UTF-16 offsets into byte offsets.
pub fn selected_words(text_of: impl Fn(&str) -> Option<String>) -> Result<At, String> {
    let nothing = "Select some words in an article first (with the mouse, or with Shift and the arrow keys in “Select words with the keyboard”).";
    let areas = document()
        .query_selector_all("textarea[data-source]")
        .map_err(|_| nothing.to_string())?;
    for index in 0..areas.length() {
        let Some(area) = areas
            .item(index)
            .and_then(|n| n.dyn_into::<HtmlTextAreaElement>().ok())
        else {
            continue;
        };
        let (Ok(Some(start)), Ok(Some(end))) = (area.selection_start(), area.selection_end())
        else {
            continue;
        };
        if start < end {
            let source = area.get_attribute("data-source").unwrap_or_default();
            return span_of(&source, start as usize, end as usize, &text_of);
        }
    }
    let selection = window()
        .get_selection()
        .ok()
        .flatten()
        .filter(|s| s.range_count() > 0 && !s.is_collapsed())
        .ok_or(nothing)?;
    let range = selection.get_range_at(0).map_err(|_| nothing.to_string())?;
    let container = article_text_of(&range.start_container().ok()).ok_or(nothing)?;
    let end_container = article_text_of(&range.end_container().ok());
    if end_container.as_ref() != Some(&container) {
        return Err("Select words inside one article's text.".into());
    }
    let before = document().create_range().map_err(|_| nothing.to_string())?;
    before
        .select_node_contents(&container)
        .map_err(|_| nothing.to_string())?;
    let start_node = range.start_container().map_err(|_| nothing.to_string())?;
    let start_offset = range.start_offset().map_err(|_| nothing.to_string())?;
    before
        .set_end(&start_node, start_offset)
        .map_err(|_| nothing.to_string())?;
    let start = before.to_string().length() as usize;
    let end = start + range.to_string().length() as usize;
    let source = container.get_attribute("data-source").unwrap_or_default();
    span_of(&source, start, end, &text_of)
}

fn article_text_of(node: &Option<web_sys::Node>) -> Option<Element> {
    let node = node.as_ref()?;
    let element = match node.dyn_ref::<Element>() {
        Some(element) => element.clone(),
        None => node.parent_element()?,
    };
    element.closest("[data-source].st-text").ok()?
}

fn span_of(
    source: &str,
    start16: usize,
    end16: usize,
    text_of: &impl Fn(&str) -> Option<String>,
) -> Result<At, String> {
    let text = text_of(source).ok_or("That article is no longer there.")?;
    let mut start = byte_offset_of_utf16(&text, start16);
    let mut end = byte_offset_of_utf16(&text, end16);
    let words = &text[start..end];
    start += words.len() - words.trim_start().len();
    end -= words.len() - words.trim_end().len();
    if start >= end {
        return Err("The selection holds no words.".into());
    }
    Ok(At {
        source: source.into(),
        span: Span { start, end },
    })
}
