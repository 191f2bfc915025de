//! The reader view of one quote: a modal dialog, in the browser's top layer so that no
//! host page's overflow or stacking can cover it. On a wide screen the quote's details
//! and its article sit side by side; on a narrow one the article takes the whole screen
//! when asked for, with a Back control to the details.

use super::copy_link::copy_link;
use super::dom::{before_next_paint, focus_and_reveal};
use super::ids::Ids;
use super::source_view::{source_view, use_scrolled_to_mark};
use super::Data;
use crate::view_model::{
    citation_number, event_title, safe_http_url, source_byline, speaker_line, Target,
};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement};
use yew::prelude::*;

/// The widest viewport that shows the article instead of the details rather than beside
/// them; the stylesheet's breakpoint for the reader view.
const NARROW_READER: &str = "(max-width: 719.98px)";

#[derive(Properties, PartialEq)]
pub struct QuotePanelProps {
    pub data: Data,
    pub ids: Ids,
    /// The quote's index in the dataset.
    pub index: usize,
    /// On a narrow screen, whether the article is shown instead of the details.
    pub source_view: bool,
    pub on_show_source: Callback<bool>,
    /// Asked to close (Back, Esc); the owner returns focus to the quote.
    pub on_close: Callback<()>,
    pub on_cite: Callback<usize>,
}

/// The dialog. It opens modal as it is drawn and closes by being taken away.
#[component]
pub fn QuotePanel(props: &QuotePanelProps) -> Html {
    let dialog = use_node_ref();
    let article = use_scrolled_to_mark(props.index, props.source_view);
    {
        let dialog = dialog.clone();
        use_effect_with((), move |()| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
        });
    }
    // Closes the modal dialog before the owner is told, so that the page behind is no
    // longer inert when the owner moves focus back to the quote.
    let on_close = {
        let (dialog, on_close) = (dialog.clone(), props.on_close.clone());
        Callback::from(move |()| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
            on_close.emit(());
        })
    };
    let data = &props.data;
    let Some(quote) = data.quotes.get(props.index) else {
        return Html::default();
    };
    let source = data.source(&quote.source);
    let event = quote.event.as_deref().and_then(|id| data.event(id));
    // Esc: the browser would close the dialog itself; the widget closes it instead, so
    // that its state and focus follow.
    let reading = props.source_view;
    // Back (and Esc) steps back one level: from the article alone to the quote's details
    // on a narrow screen, else out of the reader view. Focus follows what is shown.
    let back = {
        let (on_close, on_show_source) = (on_close.clone(), props.on_show_source.clone());
        let dialog = dialog.clone();
        Callback::from(move |()| {
            if reading && is_narrow() {
                on_show_source.emit(false);
                focus_in(&dialog, ".rt-show-source");
            } else {
                on_close.emit(());
            }
        })
    };
    let oncancel = back.reform(|event: Event| event.prevent_default());
    let on_back = back.reform(|_: MouseEvent| ());
    let on_read = {
        let (on_show_source, dialog) = (props.on_show_source.clone(), dialog.clone());
        Callback::from(move |_: MouseEvent| {
            on_show_source.emit(true);
            focus_in(&dialog, ".rt-source-view");
        })
    };
    let on_backdrop = {
        let on_close = on_close.clone();
        Callback::from(move |event: MouseEvent| {
            // A click on the dialog element itself is a click on its backdrop.
            let on_dialog = event
                .target()
                .and_then(|target| target.dyn_into::<HtmlDialogElement>().ok())
                .is_some();
            if on_dialog {
                on_close.emit(());
            }
        })
    };
    let original = source
        .and_then(|source| source.url.as_deref())
        .and_then(safe_http_url);
    html! {
        <dialog
            ref={dialog}
            class={classes!("rt-panel", "rt-reader", reading.then_some("rt-reader--source"))}
            aria-labelledby={props.ids.panel_heading()}
            data-quote-id={quote.id.clone()}
            {oncancel}
            // Closed some other way than the widget's own (the browser, an extension):
            // the widget follows, so that its state never says open over a closed dialog.
            onclose={props.on_close.reform(|_: Event| ())}
            onclick={on_backdrop}
        >
            <div class="rt-reader-bar">
                <button type="button" class="rt-button rt-back" onclick={on_back}>
                    <span aria-hidden="true">{ "← " }</span>
                    <span class="rt-back-to-quote">{ "The quote" }</span>
                    <span class="rt-back-to-timeline">{ "Back" }<span class="rt-visually-hidden">{ " to the timeline" }</span></span>
                </button>
                <h3 class="rt-panel-title" id={props.ids.panel_heading()}>
                    { if reading { "In the article" } else { "About this quote" } }
                </h3>
            </div>
            <div class="rt-reader-body">
                <div class="rt-reader-details">
                    <blockquote class="rt-panel-quote">
                        <p>{ format!("“{}”", quote.text) }</p>
                    </blockquote>
                    <dl class="rt-panel-facts">
                        <dt>{ "Said by" }</dt>
                        <dd class="rt-panel-speaker">{ speaker_line(data, quote) }</dd>
                        if let Some(event) = event {
                            <dt>{ "About" }</dt>
                            <dd class="rt-panel-event">{ event_title(event) }</dd>
                        }
                        if let Some(source) = source {
                            <dt>{ "Source" }</dt>
                            <dd class="rt-panel-source">
                                if let Some(number) = citation_number(data, &source.id) {
                                    <button
                                        type="button"
                                        class="rt-cite"
                                        aria-label={format!("Source {number} in the list of sources")}
                                        onclick={props.on_cite.reform(move |_| number - 1)}
                                    >
                                        { format!("[{number}]") }
                                    </button>
                                    { " " }
                                }
                                <cite class="rt-source-title">{ source.title.clone() }</cite>
                                if let Some(byline) = source_byline(source) {
                                    <span class="rt-source-byline">{ format!(", {byline}") }</span>
                                }
                            </dd>
                        }
                    </dl>
                    <div class="rt-panel-actions">
                        if source.is_some() {
                            <button
                                type="button"
                                class="rt-button rt-show-source"
                                aria-controls={props.ids.source_view()}
                                onclick={on_read}
                            >
                                { "Read it in the article" }
                            </button>
                        }
                        if let Some(url) = original {
                            <a class="rt-button rt-link rt-original" href={url.to_string()} target="_blank" rel="noopener noreferrer">
                                { "Read the original" }
                                <span class="rt-visually-hidden">{ " (opens in a new tab)" }</span>
                            </a>
                        }
                        { copy_link(&Target::Quote(quote.id.clone()), "quote") }
                    </div>
                </div>
                if source.is_some() {
                    { source_view(&props.data, props.ids.source_view(), props.index, &article) }
                }
            </div>
        </dialog>
    }
}

/// Focuses the dialog's element matching `selector` once what was just asked for is drawn.
fn focus_in(dialog: &NodeRef, selector: &'static str) {
    let dialog = dialog.clone();
    before_next_paint(move || {
        let element = dialog
            .cast::<Element>()
            .and_then(|dialog| dialog.query_selector(selector).ok().flatten());
        if let Some(element) = element {
            focus_and_reveal(&element);
        }
    });
}

/// Whether the reader view shows the article instead of the details (a narrow viewport).
fn is_narrow() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media(NARROW_READER).ok().flatten())
        .is_some_and(|query| query.matches())
}
