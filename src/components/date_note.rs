//! The quiet marker of an approximate date, and how it was worked out, on demand.

use super::Data;
use crate::model::Date;
use crate::view_model::date_note;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateNoteProps {
    pub data: Data,
    /// The dates shown together, each with what it is ("When it took place").
    pub dates: Vec<(AttrValue, Date)>,
}

/// Nothing when every date is stated in full; else a small "approx." that opens to say,
/// with the articles' own words, where each approximate date comes from.
#[component]
pub fn DateNote(props: &DateNoteProps) -> Html {
    let notes: Vec<(AttrValue, String)> = props
        .dates
        .iter()
        .filter_map(|(what, date)| Some((what.clone(), date_note(&props.data, date)?)))
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
