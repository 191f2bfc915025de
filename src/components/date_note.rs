//! The quiet marker of an approximate date, and how it was worked out, on demand.
//! A plain function, not a component: it has no state.

use crate::model::{Dataset, Date};
use crate::view_model::date_note as note_for;
use yew::prelude::*;

/// Nothing when every date is stated in full; else a small "approx." that opens to say,
/// with the articles' own words, where each approximate date comes from. `dates` are the
/// dates shown together, each with what it is ("When it took place").
pub fn date_note(data: &Dataset, dates: &[(&str, &Date)]) -> Html {
    let notes: Vec<(&str, String)> = dates
        .iter()
        .filter_map(|&(what, date)| Some((what, note_for(data, date)?)))
        .collect();
    if notes.is_empty() {
        return Html::default();
    }
    let labelled = notes.len() > 1;
    html! {
        <details class="rt-date-note">
            <summary>
                { "approx." }
                <span class="rt-visually-hidden">{ " How were these dates worked out?" }</span>
            </summary>
            { for notes.into_iter().map(|(what, note)| html! {
                <p class="rt-date-note-text">
                    if labelled {
                        <strong>{ format!("{what}: ") }</strong>
                    }
                    { note }
                </p>
            }) }
        </details>
    }
}
