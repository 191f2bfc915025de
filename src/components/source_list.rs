//! The numbered list of sources that citations point to.

use super::ids::Ids;
use super::Data;
use crate::view_model::{safe_http_url, source_byline};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub data: Data,
    pub ids: Ids,
}

/// Every source, numbered as cited, with its publisher, date and (safe) link.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let data = &props.data;
    html! {
        <section class="rt-sources" aria-labelledby={props.ids.sources_heading()}>
            <h3 class="rt-sources-title" id={props.ids.sources_heading()}>{ "Sources" }</h3>
            <ol class="rt-source-list">
                { for data.sources.iter().enumerate().map(|(index, source)| html! {
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
        </section>
    }
}
