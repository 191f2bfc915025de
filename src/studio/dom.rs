//! The browser calls the studio makes: timers, files, downloads, the clipboard,
//! `localStorage` and the text selection. Nothing here makes a network request.

use crate::components::scroll_to_centre;
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
        scroll_to_centre(&element);
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

/// The UTF-16 offset of byte `byte` in `text` (the browser counts in UTF-16 units); a
/// byte inside a character counts from that character's start.
fn utf16_of_byte(text: &str, byte: usize) -> u32 {
    let mut units = 0u32;
    for (at, c) in text.char_indices() {
        if at >= byte {
            break;
        }
        units += c.len_utf16() as u32;
    }
    units
}

/// The end (in bytes) of what to show from `start`: the rest of its line, at most about
/// 160 bytes, and at least one character.
fn place_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let line = rest.find('\n').unwrap_or(rest.len());
    let mut end = line.min(160);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    if end == 0 {
        end = rest.chars().next().map_or(0, char::len_utf8);
    }
    start + end
}

/// Shows the place at byte `offset` in `source`'s text (a warning's): the words from there
/// to the end of the line are selected, so that "Use selection" takes them, and scrolled
/// into the middle of the text box and of the page. False if the article is not shown.
pub fn show_place(source: &str, offset: usize) -> bool {
    let Ok(boxes) = document().query_selector_all(".st-text[data-source]") else {
        return false;
    };
    let Some(element) = (0..boxes.length())
        .filter_map(|i| boxes.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .find(|e| e.get_attribute("data-source").as_deref() == Some(source))
    else {
        return false;
    };
    if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        // "Select words with the keyboard" is on: select in the box itself.
        let text = area.value();
        let start = floor_char_boundary(&text, offset);
        let end = place_end(&text, start);
        let _ = area.focus();
        let _ = area.set_selection_range(utf16_of_byte(&text, start), utf16_of_byte(&text, end));
        scroll_to_centre(&element);
        return true;
    }
    let text = element.text_content().unwrap_or_default();
    let start = floor_char_boundary(&text, offset);
    let end = place_end(&text, start);
    let Some(range) = range_in(
        &element,
        utf16_of_byte(&text, start),
        utf16_of_byte(&text, end),
    ) else {
        return false;
    };
    if let Some(selection) = window().get_selection().ok().flatten() {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&range);
    }
    // The text box scrolls on its own: bring the place to its middle, then the box into view.
    let place = range.get_bounding_client_rect();
    let frame = element.get_bounding_client_rect();
    let middle = place.top() - frame.top() - (frame.height() - place.height()) / 2.0;
    element.set_scroll_top(element.scroll_top() + middle as i32);
    scroll_to_centre(&element);
    true
}

fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut at = byte.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A range over UTF-16 offsets `start..end` of `root`'s text, across its text nodes.
fn range_in(root: &Element, start: u32, end: u32) -> Option<web_sys::Range> {
    let range = document().create_range().ok()?;
    let mut seen = 0u32;
    let (mut started, mut ended) = (false, false);
    let mut stack: Vec<web_sys::Node> = vec![root.clone().into()];
    while let Some(node) = stack.pop() {
        if node.node_type() == web_sys::Node::TEXT_NODE {
            let length = node
                .text_content()
                .map_or(0, |t| t.encode_utf16().count() as u32);
            if !started && start <= seen + length {
                range.set_start(&node, start - seen).ok()?;
                started = true;
            }
            if started && end <= seen + length {
                range.set_end(&node, end - seen).ok()?;
                ended = true;
                break;
            }
            seen += length;
            continue;
        }
        // Children last to first, so that they come off the stack in order.
        let mut child = node.last_child();
        while let Some(c) = child {
            child = c.previous_sibling();
            stack.push(c);
        }
    }
    (started && ended).then_some(range)
}
