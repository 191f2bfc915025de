//! The embed API: what `www/embed/rating-timeline.js` calls to put a widget on a host page.
//!
//! The loader fetches a `data-src` dataset itself (so a network failure is reported by
//! the same path as bad data) and hands its bytes, or the failure, to [`mount`].

mod load;
mod problem;

pub use load::DEFAULT_DATASET_JSON;

use crate::components::{available_width, Data, Theme, Timeline, TimelineProps};
use crate::decode::{read_dataset, read_dataset_bytes};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::AppHandle;

/// A mounted widget; call `unmount()` to remove it and free its state.
#[wasm_bindgen]
pub struct Mounted {
    app: Option<MountedApp>,
}

enum MountedApp {
    Timeline(AppHandle<Timeline>),
    /// The alert shown instead of a timeline.
    Problem(Option<web_sys::Element>),
}

#[wasm_bindgen]
impl Mounted {
    /// Removes the widget from its element.
    pub fn unmount(&mut self) {
        match self.app.take() {
            Some(MountedApp::Timeline(app)) => app.destroy(),
            Some(MountedApp::Problem(Some(alert))) => alert.remove(),
            Some(MountedApp::Problem(None)) | None => {}
        }
    }
}

/// Mounts a widget into `element`.
///
/// - `data`: the bytes of a dataset in the public format (UTF-8 JSON), as fetched: no
///   text decoding on the way; `None` uses the embedded default.
/// - `theme`: "light", "dark" or "auto" (anything else is auto).
/// - `open`: an event or quote id to open first.
#[wasm_bindgen]
pub fn mount(
    element: web_sys::Element,
    data: Option<Vec<u8>>,
    theme: Option<String>,
    open: Option<String>,
) -> Mounted {
    let dataset = match data {
        Some(bytes) => read_dataset_bytes(&bytes),
        None => read_dataset(DEFAULT_DATASET_JSON),
    };
    let app = match dataset {
        Ok(dataset) => {
            let props = TimelineProps {
                dataset: Data(Rc::new(dataset)),
                open: open.filter(|id| !id.is_empty()),
                theme: theme
                    .as_deref()
                    .and_then(Theme::from_attr)
                    .unwrap_or_default(),
                available_width: available_width(&element),
                all_events: false,
            };
            MountedApp::Timeline(
                yew::Renderer::<Timeline>::with_root_and_props(element, props).render(),
            )
        }
        Err(message) => show_problem(element, message),
    };
    Mounted { app: Some(app) }
}

/// Shows `message` in `element` instead of a timeline, e.g. when `data-src` failed to load.
#[wasm_bindgen(js_name = mountProblem)]
pub fn mount_problem(element: web_sys::Element, message: String) -> Mounted {
    Mounted {
        app: Some(show_problem(element, message)),
    }
}

fn show_problem(element: web_sys::Element, message: String) -> MountedApp {
    MountedApp::Problem(problem::show(&element, &message))
}

/// Runs once when the module is instantiated: reports any panic instead of failing silently.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| report_panic(&info.to_string())));
}

/// Logs a panic and tells every widget on the page, which then falls back to its static HTML.
fn report_panic(message: &str) {
    web_sys::console::error_1(&format!("rating-timeline: internal error: {message}").into());
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all("[data-rating-timeline]") else {
        return;
    };
    for index in 0..hosts.length() {
        let host = hosts
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok());
        if let Some(shadow) = host.and_then(|host| host.shadow_root()) {
            // Nothing more can be done if even this fails: the error is logged above.
            let _ = fall_back_to_static(&document, &shadow);
        }
    }
}

/// Takes the widget out of `shadow` and shows its static fallback again, below a notice:
/// the loader's `<slot>`, hidden once the widget was drawn, shows the HTML pasted into the
/// element or else the fallback the loader fetched for it.
fn fall_back_to_static(
    document: &web_sys::Document,
    shadow: &web_sys::ShadowRoot,
) -> Result<(), JsValue> {
    if let Some(widget) = shadow.query_selector(".rt-host")? {
        widget.remove();
    }
    match shadow.query_selector("slot")? {
        Some(slot) => slot.remove_attribute("hidden")?,
        None => {
            let slot = document.create_element("slot")?;
            shadow.append_with_node_1(&slot)?;
        }
    }
    let notice = document.create_element("p")?;
    notice.set_attribute("role", "alert")?;
    notice.set_text_content(Some(
        "The interactive timeline stopped because of an internal error; \
         the static version is shown instead.",
    ));
    shadow.prepend_with_node_1(&notice)
}

#[cfg(test)]
mod tests {
    use super::report_panic;
    use wasm_bindgen_test::*;
    use web_sys::{ShadowRootInit, ShadowRootMode};

    wasm_bindgen_test_configure!(run_in_browser);

    /// Draws a host element as the loader leaves it once the widget is shown: `pasted` HTML
    /// in the element, a shadow root with the hidden slot holding `fetched` HTML (the
    /// fallback the loader fetches for an empty element) and the widget. Then panics, as it
    /// were, and checks that the static text comes back, below a notice, without the widget.
    fn check_fallback_after_panic(pasted: &str, fetched: &str) {
        let document = web_sys::window().unwrap().document().unwrap();
        let host = document.create_element("div").unwrap();
        host.set_attribute("data-rating-timeline", "").unwrap();
        host.set_inner_html(pasted);
        document.body().unwrap().append_child(&host).unwrap();
        let shadow = host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .unwrap();
        shadow.set_inner_html(&format!(
            "<slot hidden>{fetched}</slot><div class=\"rt-host\"><section class=\"rt\">The widget</section></div>"
        ));
        let fallback = host
            .query_selector("#fallback")
            .unwrap()
            .or_else(|| shadow.query_selector("#fallback").unwrap())
            .unwrap();
        let height = || fallback.get_bounding_client_rect().height();
        assert_eq!(height(), 0.0, "hidden while the widget shows");

        report_panic("a test");

        assert!(
            shadow.query_selector(".rt-host").unwrap().is_none(),
            "the widget is gone"
        );
        let notice = shadow.first_element_child().unwrap();
        assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
        assert!(notice.text_content().unwrap().contains("internal error"));
        assert!(height() > 0.0, "the static HTML shows again");
        host.remove();
    }

    #[wasm_bindgen_test]
    fn a_panic_shows_the_pasted_fallback_again() {
        check_fallback_after_panic("<p id=\"fallback\">The timeline as plain HTML.</p>", "");
    }

    #[wasm_bindgen_test]
    fn a_panic_shows_the_fetched_fallback_again() {
        check_fallback_after_panic("", "<p id=\"fallback\">The timeline as plain HTML.</p>");
    }
}
