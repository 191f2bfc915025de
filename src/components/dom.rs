//! The few direct DOM operations: moving focus within the widget, reading the URL
//! fragment (never writing it), and listening to the window.

use crate::view_model::{ChartLayout, Target};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, FocusOptions, HtmlElement, ResizeObserver, ResizeObserverEntry, ScrollIntoViewOptions,
    ScrollLogicalPosition, SvgElement,
};
use yew::prelude::*;

/// Finds one of the widget's own elements by id, searching only inside `root`
/// (the widget may live in a shadow root, so the document is never searched).
pub fn find_by_id(root: &NodeRef, id: &str) -> Option<Element> {
    let root = root.cast::<Element>()?;
    root.query_selector(&format!("#{id}")).ok().flatten()
}

/// The element matching `selector` that an event happened in: its target or the target's
/// closest ancestor. Yew delegates events, so this, not `currentTarget`, finds the
/// element a listener was put on.
pub fn closest_to_target(event: &web_sys::Event, selector: &str) -> Option<Element> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    target.closest(selector).ok()?
}

/// Moves focus to `element` without the browser's own scrolling, then scrolls
/// it only as far as needed to be seen.
pub fn focus_and_reveal(element: &Element) {
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    if let Some(html) = element.dyn_ref::<HtmlElement>() {
        let _ = html.focus_with_options(&options);
    } else if let Some(svg) = element.dyn_ref::<SvgElement>() {
        let _ = svg.focus_with_options(&options);
    }
    let nearest = ScrollIntoViewOptions::new();
    nearest.set_block(ScrollLogicalPosition::Nearest);
    nearest.set_inline(ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&nearest);
}

/// Runs `then` in a task of its own after the browser's next paint: for work that can
/// wait until the reader sees the page.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let task = Closure::once_into_js(then);
    let in_next_frame = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(in_next_frame.unchecked_ref());
}

/// Runs `then` just before the browser's next paint, once what the effects of this
/// render did (such as opening a dialog) is laid out.
pub fn before_next_paint(then: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let task = Closure::once_into_js(then);
        let _ = window.request_animation_frame(task.unchecked_ref());
    }
}

/// Scrolls `element` to the middle of the screen once it is laid out (has a size),
/// checking before each paint for at most `frames` frames: a widget is drawn hidden and
/// shown once styled.
pub fn scroll_to_centre_once_shown(element: Element, frames: u32) {
    if element.get_bounding_client_rect().height() > 0.0 {
        scroll_to_centre(&element);
    } else if frames > 0 {
        before_next_paint(move || scroll_to_centre_once_shown(element, frames - 1));
    }
}

/// How many of a long list's `total` items to draw: `first` with the rest of the widget,
/// then `step` more after each paint until all are drawn, so that the top of the list
/// is on screen and answers clicks before the rest follows. Once all were drawn, the
/// list is drawn whole from then on, even as it grows (the reader asked for more).
#[hook]
pub fn use_drawn_in_batches(total: usize, first: usize, step: usize) -> usize {
    // `None` once every item has been drawn.
    let drawing = use_state_eq(|| Some(first));
    {
        let drawing = drawing.clone();
        use_effect_with((*drawing, total), move |&(count, total)| match count {
            Some(count) if count < total => {
                after_next_paint(move || drawing.set(Some(count.saturating_add(step))))
            }
            Some(_) => drawing.set(None),
            None => {}
        });
    }
    drawing.map_or(total, |count| count.min(total))
}

/// Two callbacks that focus and reveal the widget's element with an id: the first at
/// once, or after the widget's next render if the element is not rendered yet (an event
/// card the list is about to show); the second always after the next render (for an
/// element about to be replaced, or behind a dialog about to close). One pending id and
/// one effect serve both.
#[hook]
pub fn use_focus_by_id(root: &NodeRef) -> (Callback<AttrValue>, Callback<AttrValue>) {
    let pending = use_mut_ref(|| None::<AttrValue>);
    {
        let (root, pending) = (root.clone(), pending.clone());
        use_effect(move || {
            let id = pending.borrow_mut().take();
            if let Some(element) = id.and_then(|id| find_by_id(&root, &id)) {
                focus_and_reveal(&element);
            }
        });
    }
    let later = {
        let pending = pending.clone();
        use_callback((), move |id: AttrValue, ()| {
            *pending.borrow_mut() = Some(id)
        })
    };
    let now = use_callback(
        (root.clone(), later.clone()),
        move |id: AttrValue, (root, later)| match find_by_id(root, &id) {
            Some(element) => focus_and_reveal(&element),
            None => later.emit(id),
        },
    );
    (now, later)
}

/// The chart layout for the width of the widget's element `root`, kept up to date
/// as it is resized; at first the one for `available_width`, if known, else `None` until
/// the element is measured (after its first paint: drawing the chart only then would
/// move the content below it).
#[hook]
pub fn use_layout(root: &NodeRef, available_width: Option<f64>) -> Option<ChartLayout> {
    let layout = use_state_eq(|| available_width.map(ChartLayout::for_width));
    let set = layout.setter();
    use_effect_with(root.clone(), move |root| {
        let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let entry = entries.get(0).dyn_into::<ResizeObserverEntry>();
            if let Ok(entry) = entry {
                set.set(Some(ChartLayout::for_width(entry.content_rect().width())));
            }
        });
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let (Some(observer), Some(element)) = (&observer, root.cast::<Element>()) {
            observer.observe(&element);
        }
        move || {
            if let Some(observer) = observer {
                observer.disconnect();
            }
            drop(on_resize);
        }
    });
    *layout
}

/// The width available to a widget mounted into `element`, in CSS pixels: the element's
/// own, or, while it is hidden in a shadow root, its host's; `None` if neither is laid out.
pub fn available_width(element: &Element) -> Option<f64> {
    let host = element
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .map(|shadow| shadow.host());
    std::iter::once(element.clone())
        .chain(host)
        .map(|element| f64::from(element.client_width()))
        .find(|&width| width > 0.0)
}

/// What the page's URL fragment names, if it is one of ours.
pub fn fragment_target() -> Option<Target> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let decoded: String = js_sys::decode_uri_component(&hash).ok()?.into();
    Target::from_fragment(&decoded)
}

/// Calls `on_event` for each `name` event on the window (`hashchange`, `beforeprint`…)
/// while the component is mounted.
#[hook]
pub fn use_window_event(name: &'static str, on_event: Callback<()>) {
    use_effect_with(on_event, move |on_event| {
        let on_event = on_event.clone();
        let listener = Closure::<dyn Fn()>::new(move || on_event.emit(()));
        let window = web_sys::window();
        if let Some(window) = &window {
            let _ =
                window.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(window) = window {
                let _ = window
                    .remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
            }
            drop(listener);
        }
    });
}

/// Scrolls the page (and any scrolling box around `element`) so that `element` is in the
/// middle of the screen. The widget does it for a link the reader followed, never for a
/// click; the studio, for the words of the item clicked.
pub fn scroll_to_centre(element: &Element) {
    let centre = ScrollIntoViewOptions::new();
    centre.set_block(ScrollLogicalPosition::Center);
    centre.set_inline(ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&centre);
}
