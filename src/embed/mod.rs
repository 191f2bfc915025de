//! The embed API: what `www/embed/rating-timeline.js` calls to put a widget on a host page.
//!
//! The loader fetches a `data-src` dataset itself (so a network failure is reported by
//! the same path as bad data) and hands its bytes, or the failure, to [`mount`].

mod events;
mod load;
mod options;
mod problem;

pub use load::DEFAULT_DATASET_JSON;

use crate::components::{available_width, Data, Theme, Timeline, TimelineProps};
use crate::decode::{read_dataset, read_dataset_bytes};
use crate::view_model::Target;
use options::MountOptions;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::{AppHandle, Callback};

/// A mounted widget; call `unmount()` to remove it and free its state.
#[wasm_bindgen]
pub struct Mounted {
    app: Option<MountedApp>,
    host: web_sys::Element,
    /// What `announce()` fires: the counts of a timeline, or the message shown instead.
    announcement: Result<(usize, usize), String>,
}

enum MountedApp {
    /// A Yew app, drawn into its own element inside the mount point.
    Timeline(web_sys::Element, AppHandle<Host>),
    /// The alert shown instead of a timeline.
    Problem(Option<web_sys::Element>),
}

#[wasm_bindgen]
impl Mounted {
    /// Removes the widget from its element.
    pub fn unmount(&mut self) {
        match self.app.take() {
            Some(MountedApp::Timeline(root, app)) => retire(root, app),
            Some(MountedApp::Problem(Some(alert))) => alert.remove(),
            Some(MountedApp::Problem(None)) | None => {}
        }
    }

    /// The message shown instead of a timeline, if the data could not be shown.
    #[wasm_bindgen(getter)]
    pub fn error(&self) -> Option<String> {
        self.announcement.clone().err()
    }

    /// Fires `rating-timeline:ready`, or `rating-timeline:error` with the message shown,
    /// on the host element: the loader calls it once the widget is on screen.
    pub fn announce(&self) {
        match &self.announcement {
            Ok((events, quotes)) => events::ready(&self.host, *events, *quotes),
            Err(message) => events::error(&self.host, message),
        }
    }
}

/// Mounts a widget into `mount_point`, inside `host`'s shadow root.
///
/// - `data`: the bytes of a dataset in the public format (UTF-8 JSON), as fetched: no
///   text decoding on the way; `None` uses the embedded default.
/// - `failure`: why the dataset could not be fetched, shown instead of a timeline.
/// - `attributes`: the host's `data-src`, `data-theme` and `data-open`, as an object.
/// - `options`: `mount()`'s options, which win over the attributes: `src`, `theme`
///   ("light", "dark" or "auto") and `open` (an event or quote id to show first).
///
/// An unknown option, theme or id is warned about on the console, naming it. Options
/// that are not an object, or of the wrong type, are an `Error` saying why.
#[wasm_bindgen]
pub fn mount(
    host: web_sys::Element,
    mount_point: web_sys::Element,
    data: Option<Vec<u8>>,
    failure: Option<String>,
    attributes: JsValue,
    options: JsValue,
) -> Result<Mounted, JsError> {
    let options = read_options(attributes)?.overridden_by(read_options(options)?);
    for key in &options.unknown {
        warn(&format!(
            "unknown option \"{key}\" ignored (the options are src, theme and open)"
        ));
    }
    let theme = match options.theme.as_deref().filter(|t| !t.trim().is_empty()) {
        None => Theme::default(),
        Some(name) => Theme::from_attr(name).unwrap_or_else(|| {
            warn(&format!(
                "unknown theme \"{name}\" ignored (the themes are light, dark and auto)"
            ));
            Theme::default()
        }),
    };
    let dataset = match (failure, data) {
        (Some(message), _) => Err(message),
        (None, Some(bytes)) => read_dataset_bytes(&bytes),
        (None, None) => read_dataset(DEFAULT_DATASET_JSON),
    };
    let (app, announcement) = match dataset {
        Ok(dataset) => {
            let data = Data(Rc::new(dataset));
            let open = options.open.filter(|id| !id.is_empty());
            if let Some(id) = open
                .as_deref()
                .filter(|id| Target::from_id(&data, id).is_none())
            {
                warn(&format!(
                    "open: no event or quote \"{id}\" in this dataset; the latest event is shown"
                ));
            }
            let counts = (data.events.len(), data.quotes.len());
            let reporter = host.clone();
            let props = TimelineProps {
                dataset: data,
                open,
                theme,
                available_width: available_width(&mount_point),
                all_events: false,
                on_report: Some(Callback::from(move |report| {
                    events::report(&reporter, &report)
                })),
            };
            let (root, app) = draw(&mount_point, props)?;
            (MountedApp::Timeline(root, app), Ok(counts))
        }
        Err(message) => (show_problem(mount_point, &message), Err(message)),
    };
    Ok(Mounted {
        app: Some(app),
        host,
        announcement,
    })
}

/// The root of every Yew app the embed makes: a timeline, or nothing while the app waits
/// in [`RETIRED`] for its next widget. `generation` is the timeline's key, so that a new
/// widget is a new component, its state made afresh.
#[derive(yew::Properties, PartialEq)]
pub struct HostProps {
    timeline: Option<TimelineProps>,
    generation: u32,
}

#[yew::component]
pub fn Host(props: &HostProps) -> yew::Html {
    match &props.timeline {
        Some(timeline) => yew::html! { <Timeline key={props.generation} ..timeline.clone() /> },
        None => yew::Html::default(),
    }
}

thread_local! {
    /// Apps of unmounted widgets, each with the element it draws into, for the next widgets.
    /// Yew never frees an app's event delegation (its listeners hold the app's registry for
    /// good: yew 0.23, dom_bundle/subtree_root.rs), so a page that mounts and unmounts
    /// widgets again and again would grow by about 2 KB each time; reused, the apps are no
    /// more than the most widgets ever shown at once.
    static RETIRED: std::cell::RefCell<Vec<(web_sys::Element, AppHandle<Host>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Draws a timeline inside `mount_point`, with a retired app if there is one.
fn draw(
    mount_point: &web_sys::Element,
    timeline: TimelineProps,
) -> Result<(web_sys::Element, AppHandle<Host>), JsError> {
    let generation = GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    });
    let props = HostProps {
        timeline: Some(timeline),
        generation,
    };
    let retired = RETIRED.with(|retired| retired.borrow_mut().pop());
    let (root, app) = match retired {
        Some((root, mut app)) => {
            app.update(props);
            (root, app)
        }
        None => {
            let document = mount_point
                .owner_document()
                .ok_or_else(|| JsError::new("rating-timeline: the element is not in a document"))?;
            let root = document
                .create_element("div")
                .map_err(|_| JsError::new("rating-timeline: cannot create an element"))?;
            let app = yew::Renderer::<Host>::with_root_and_props(root.clone(), props).render();
            (root, app)
        }
    };
    mount_point
        .append_child(&root)
        .map_err(|_| JsError::new("rating-timeline: cannot draw into the element"))?;
    Ok((root, app))
}

/// Empties an unmounted widget's app and keeps it, with its element, for the next widget.
fn retire(root: web_sys::Element, mut app: AppHandle<Host>) {
    app.update(HostProps {
        timeline: None,
        generation: 0,
    });
    root.remove();
    RETIRED.with(|retired| retired.borrow_mut().push((root, app)));
}

/// Reads an options object (`undefined` and `null` are none), or says why it cannot.
fn read_options(value: JsValue) -> Result<MountOptions, JsError> {
    MountOptions::from_js(&value)
        .map_err(|message| JsError::new(&format!("rating-timeline: mount(): {message}")))
}

fn warn(message: &str) {
    web_sys::console::warn_1(&format!("rating-timeline: {message}").into());
}

fn show_problem(element: web_sys::Element, message: &str) -> MountedApp {
    MountedApp::Problem(problem::show(&element, message))
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
