//! The numbered citations of an event's sources.
//! A plain function, not a component: it has no state, and each component costs the
//! wasm a copy of Yew's lifecycle code.

use super::Data;
use crate::view_model::citation_number;
use yew::prelude::*;

pub struct CitationsProps {
    pub data: Data,
    /// Ids of the sources to cite.
    pub sources: Vec<String>,
    /// Asked to show a source in the sources list, by its index in the dataset.
    pub on_cite: Callback<usize>,
}

/// "Reported in [1] [3]": each number moves to that source in the sources list.
pub fn citations(props: &CitationsProps) -> Html {
    let cited: Vec<(usize, &str)> = props
        .sources
        .iter()
        .filter_map(|id| {
            let number = citation_number(&props.data, id)?;
            Some((number, props.data.sources[number - 1].title.as_str()))
        })
        .collect();
    if cited.is_empty() {
        return Html::default();
    }
    html! {
        <p class="rt-citations">
            <span class="rt-citations-label">{ "Reported in" }</span>
            { for cited.into_iter().map(|(number, title)| {
                let on_cite = props.on_cite.clone();
                html! {
                    <>
                        { " " }
                        <button
                            type="button"
                            class="rt-cite"
                            aria-label={format!("Source {number}: {title}")}
                            onclick={Callback::from(move |_| on_cite.emit(number - 1))}
                        >
                            { format!("[{number}]") }
                        </button>
                    </>
                }
            }) }
        </p>
    }
}
