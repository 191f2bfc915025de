//! The detail panel of one quote: who said it, when, where, and a way to read it in place.

use super::dom::focus_and_reveal;
use super::ids::Ids;
use super::source_view::SourceView;
use super::Data;
use crate::view_model::{citation_number, event_title, safe_http_url, source_byline, speaker_line};
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuotePanelProps {
    pub data: Data,
    pub ids: Ids,
    /// The quote's index in the dataset.
    pub index: usize,
    /// Whether the source article is shown with the quote highlighted.
    pub source_view: bool,
    /// Whether to move focus into the panel when it opens (not when a link opened it).
    pub takes_focus: bool,
    pub on_show_source: Callback<bool>,
    /// Asked to close (close button or Esc); the owner returns focus to the quote.
    pub on_close: Callback<()>,
    pub on_cite: Callback<usize>,
}

/// A non-modal dialog beside (or, in narrow layouts, below) the events.
#[component]
pub fn QuotePanel(props: &QuotePanelProps) -> Html {
    let panel = use_node_ref();
    {
        let panel = panel.clone();
        use_effect_with(
            (props.index, props.takes_focus),
            move |&(_, takes_focus)| {
                if let Some(element) = panel.cast::<Element>().filter(|_| takes_focus) {
                    focus_and_reveal(&element);
                }
            },
        );
    }
    let data = &props.data;
    let Some(quote) = data.quotes.get(props.index) else {
        return Html::default();
    };
    let source = data.source(&quote.source);
    let event = quote.event.as_deref().and_then(|id| data.event(id));
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                on_close.emit(());
            }
        })
    };
    let toggle_source = {
        let (on_show_source, shown) = (props.on_show_source.clone(), props.source_view);
        Callback::from(move |_| on_show_source.emit(!shown))
    };
    html! {
        <div
            ref={panel}
            class="rt-panel"
            role="dialog"
            aria-labelledby={props.ids.panel_heading()}
            tabindex="-1"
            {onkeydown}
        >
            <div class="rt-panel-head">
                <h3 class="rt-panel-title" id={props.ids.panel_heading()}>{ "About this quote" }</h3>
                <button
                    type="button"
                    class="rt-button rt-close"
                    aria-label="Close the quote details"
                    onclick={props.on_close.reform(|_| ())}
                >
                    <span aria-hidden="true">{ "×" }</span>
                </button>
            </div>
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
                        if let Some(byline) = source_byline(data, source) {
                            <span class="rt-source-byline">{ format!(", {byline}") }</span>
                        }
                    </dd>
                }
            </dl>
            if let Some(source) = source {
                <div class="rt-panel-actions">
                    <button
                        type="button"
                        class="rt-button rt-show-source"
                        aria-expanded={props.source_view.to_string()}
                        aria-controls={props.source_view.then(|| props.ids.source_view())}
                        onclick={toggle_source}
                    >
                        { if props.source_view { "Hide the article" } else { "Read it in the article" } }
                    </button>
                    if let Some(url) = source.url.as_deref().and_then(safe_http_url) {
                        <a class="rt-button rt-link" href={url.to_string()} target="_blank" rel="noopener noreferrer">
                            { "Open the original article" }
                            <span class="rt-visually-hidden">{ " (opens in a new tab)" }</span>
                        </a>
                    }
                </div>
                if props.source_view {
                    <SourceView data={props.data.clone()} id={props.ids.source_view()} index={props.index} />
                }
            }
        </div>
    }
}
