//! The numbered list of sources that citations point to.

use super::ids::Ids;
use super::Data;
use crate::state::SOURCES_BEFORE_EXPANDING;
use crate::view_model::{safe_http_url, source_byline, Count};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub data: Data,
    pub ids: Ids,
    /// Whether to show every source, not only the first few.
    pub all: bool,
    /// Asked to show every source.
    pub on_show_all: Callback<()>,
    /// Focuses an element of the widget by id, once it is rendered.
    pub focus: Callback<AttrValue>,
}

/// The sources, numbered as cited, with their publishers, dates and (safe) links: the
/// first few, and all of them once the reader asks or follows a citation further down.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let data = &props.data;
    let shown = if props.all {
        data.sources.len()
    } else {
        data.sources.len().min(SOURCES_BEFORE_EXPANDING)
    };
    let on_show_all = {
        let (on_show_all, focus, first_added) = (
            props.on_show_all.clone(),
            props.focus.clone(),
            props.ids.source(shown),
        );
        Callback::from(move |_: MouseEvent| {
            on_show_all.emit(());
            focus.emit(first_added.clone());
        })
    };
    html! {
        <section class="rt-sources" aria-labelledby={props.ids.sources_heading()}>
            <h3 class="rt-sources-title" id={props.ids.sources_heading()}>{ "Sources" }</h3>
            <ol class="rt-source-list">
                { for data.sources[..shown].iter().enumerate().map(|(index, source)| html! {
                    <li key={source.id.clone()} id={props.ids.source(index)} class="rt-source-item" tabindex="-1">
                        <cite class="rt-source-title">{ source.title.clone() }</cite>
                        if let Some(byline) = source_byline(data, source) {
                            <span class="rt-source-byline">{ format!(", {byline}") }</span>
                        }
                        if let Some(url) = source.url.as_deref().and_then(safe_http_url) {
                            { " " }
                            <a class="rt-link" href={url.to_string()} target="_blank" rel="noopener noreferrer">
                                { "Read the article" }
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
        </section>
    }
}
