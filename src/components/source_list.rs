//! The numbered list of source articles that citations point to, behind a disclosure
//! so that it costs the compact widget one line until a reader asks for it.
//! A plain function, not a component: it has no state, and each component costs the
//! wasm a copy of Yew's lifecycle code.

use super::ids::Ids;
use super::Data;
use crate::state::{Action, SOURCES_BEFORE_EXPANDING};
use crate::view_model::{landmark, safe_http_url, source_byline, Count};
use yew::prelude::*;

pub struct SourceListProps {
    pub data: Data,
    pub ids: Ids,
    /// Whether the list is open.
    pub open: bool,
    /// Whether every source is listed, not only the first few.
    pub all: bool,
    pub on_action: Callback<Action>,
    /// Focuses an element of the widget by id, once it is rendered.
    pub focus: Callback<AttrValue>,
}

/// "Sources (5)", opening to the list; "Show all 30 sources" past the first few.
pub fn source_list(props: &SourceListProps) -> Html {
    let data = &props.data;
    if data.sources.is_empty() {
        return Html::default();
    }
    let shown = if props.all {
        data.sources.len()
    } else {
        data.sources.len().min(SOURCES_BEFORE_EXPANDING)
    };
    let on_show_all = {
        let (on_action, focus, first_added) = (
            props.on_action.clone(),
            props.focus.clone(),
            props.ids.source(shown),
        );
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::ShowAllSources);
            focus.emit(first_added.clone());
        })
    };
    let list_id = props.ids.sources_heading();
    let on_toggle = props.on_action.reform({
        let open = props.open;
        move |_: MouseEvent| Action::ShowSources(!open)
    });
    html! {
        <section class="rt-sources" aria-label={landmark("Sources", data)}>
            <button
                type="button"
                class="rt-button rt-sources-toggle"
                aria-expanded={props.open.to_string()}
                aria-controls={list_id.clone()}
                onclick={on_toggle}
            >
                { format!("Sources ({})", Count(data.sources.len())) }
            </button>
            if props.open {
                <ol class="rt-source-list" id={list_id}>
                    { for data.sources[..shown].iter().enumerate().map(|(index, source)| html! {
                        <li key={source.id.clone()} id={props.ids.source(index)} class="rt-source-item" tabindex="-1">
                            <cite class="rt-source-title">{ source.title.clone() }</cite>
                            if let Some(byline) = source_byline(source) {
                                <span class="rt-source-byline">{ format!(", {byline}") }</span>
                            }
                            if let Some(url) = source.url.as_deref().and_then(safe_http_url) {
                                { " " }
                                <a class="rt-link" href={url.to_string()} target="_blank" rel="noopener noreferrer">
                                    { "Read the original" }
                                    <span class="rt-visually-hidden">{ " (opens in a new tab)" }</span>
                                </a>
                            }
                        </li>
                    }) }
                </ol>
                if shown < data.sources.len() {
                    <button type="button" class="rt-button rt-more-sources" onclick={on_show_all}>
                        { format!("Show all {} sources", Count(data.sources.len())) }
                    </button>
                }
            }
        </section>
    }
}
