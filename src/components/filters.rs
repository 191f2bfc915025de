//! The reader's filters: a speaker, a judgement to follow, and a search of the quotes.
//! A plain function, not a component: it has no state, and each component costs the
//! wasm a copy of Yew's lifecycle code.

use super::ids::Ids;
use super::Data;
use crate::model::Judgement;
use crate::state::Action;
use crate::view_model::{count_admitted, landmark, quoted_people, Count, Filters as FilterChoices};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

pub struct FiltersProps {
    pub data: Data,
    pub ids: Ids,
    pub filters: FilterChoices,
    pub on_action: Callback<Action>,
}

/// Labelled controls, a "Show all" button while quotes are narrowed, and a live
/// status saying how many quotes are shown.
pub fn filters(props: &FiltersProps) -> Html {
    let filters = &props.filters;
    let on_speaker = props.on_action.reform(|event: Event| {
        let value = event.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetSpeaker((!value.is_empty()).then_some(value))
    });
    let on_judgement = props.on_action.reform(|event: Event| {
        let value = event.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetJudgement(Judgement::from_key(&value).unwrap_or(Judgement::OverallEffectiveness))
    });
    let on_search = props.on_action.reform(|event: InputEvent| {
        Action::SetSearch(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_clear = props.on_action.reform(|_| Action::ClearFilters);
    let total = Count(props.data.quotes.len());
    let shown = Count(count_admitted(&props.data, filters));
    let status = if filters.narrows_quotes() {
        format!("Showing {shown} of {total} quotes")
    } else {
        format!("{total} quotes in all")
    };
    html! {
        <div class="rt-filters" role="search" aria-label={landmark("Filter the quotes", &props.data)}>
            <div class="rt-field">
                <label for={props.ids.control("speaker")}>{ "Speaker" }</label>
                <select id={props.ids.control("speaker")} onchange={on_speaker}>
                    <option value="" selected={filters.speaker.is_none()}>{ "Everyone" }</option>
                    { for quoted_people(&props.data).into_iter().map(|person| html! {
                        <option
                            value={person.id.clone()}
                            selected={filters.speaker.as_deref() == Some(person.id.as_str())}
                        >
                            { person.name.clone() }
                        </option>
                    }) }
                </select>
            </div>
            <div class="rt-field">
                <label for={props.ids.control("judgement")}>{ "Follow judgement" }</label>
                <select id={props.ids.control("judgement")} onchange={on_judgement}>
                    { for Judgement::ALL.into_iter().map(|judgement| html! {
                        <option value={judgement.key()} selected={filters.judgement == judgement}>
                            { judgement.label() }
                        </option>
                    }) }
                </select>
            </div>
            <div class="rt-field rt-field--search">
                <label for={props.ids.control("search")}>{ "Search the quotes" }</label>
                <input
                    id={props.ids.control("search")}
                    type="search"
                    value={filters.search.clone()}
                    oninput={on_search}
                />
            </div>
            if filters.narrows_quotes() {
                <button type="button" class="rt-button rt-clear" onclick={on_clear}>{ "Show all quotes" }</button>
            }
            <p class="rt-status" role="status">{ status }</p>
        </div>
    }
}
