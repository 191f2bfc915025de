//! One event: when and what it was, its grades, its quotes and its sources.

use super::citations::{citations, CitationsProps};
use super::copy_link::copy_link;
use super::date_note::date_note;
use super::dom::{after_next_paint, before_next_paint, closest_to_target, focus_and_reveal};
use super::grade_badge::{grade_badge, GradeBadgeProps};
use super::ids::Ids;
use super::quote_list::{quote_list, QuoteListProps};
use super::Data;
use crate::model::{Date, Event, Judgement};
use crate::state::Action;
use crate::view_model::{
    event_headline, grade_rows, is_graded_kind, judgement_phrase, plain_date, quote_indices_about,
    quotes_in_reading_order, quotes_to_show, sentence_case, Count, Filters, Target,
    QUOTES_BEFORE_EXPANDING,
};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    pub data: Data,
    pub ids: Ids,
    /// The event's index in the dataset.
    pub index: usize,
    /// Its position in date order, which names its element.
    pub position: usize,
    pub filters: Filters,
    /// Whether this card holds the roving tabindex.
    pub current: bool,
    /// Whether the reader opened this event (from the chart or a link).
    pub open: bool,
    /// Whether the reader expanded the card's quotes to show them all.
    pub expanded: bool,
    pub open_quote: Option<String>,
    pub on_action: Callback<Action>,
    pub on_cite: Callback<usize>,
    /// Focuses an element of the widget by id, once it is rendered.
    pub focus: Callback<AttrValue>,
}

/// A card for one event; it is one stop of the event list's roving tabindex.
#[component]
pub fn EventCard(props: &EventCardProps) -> Html {
    let Some(event) = props.data.events.get(props.index) else {
        return Html::default();
    };
    // The card takes the roving tabindex after the next paint, if focus is still in it:
    // a mouse press on a quote focuses the card before the click that opens the quote,
    // and re-rendering the list for it then made the reader wait for the panel.
    let onfocusin = {
        let (on_action, id, current) = (props.on_action.clone(), event.id.clone(), props.current);
        Callback::from(move |focus: FocusEvent| {
            let card = closest_to_target(&focus, ".rt-event");
            if let (false, Some(card)) = (current, card) {
                let (on_action, id) = (on_action.clone(), id.clone());
                after_next_paint(move || {
                    if card.matches(":focus-within").unwrap_or(false) {
                        on_action.emit(Action::MoveTo(id));
                    }
                });
            }
        })
    };
    let class = classes!(
        "rt-event",
        format!("rt-event--{}", event.kind.label().replace(' ', "-")),
        props.open.then_some("rt-event--open"),
    );
    let heading = props.ids.event_heading(props.position);
    let when = format!("{heading}-when");
    let (quote_list, more_quotes) = quotes(props, event);
    let dates: Vec<(&str, &Date)> = std::iter::once(("When it took place", &event.date))
        .chain(
            event
                .published
                .as_ref()
                .map(|date| ("Report published", date)),
        )
        .collect();
    html! {
        <article
            {class}
            id={props.ids.event(props.position)}
            data-position={props.position.to_string()}
            data-event-id={event.id.clone()}
            tabindex={if props.current { "0" } else { "-1" }}
            aria-labelledby={format!("{when} {heading}")}
            aria-current={props.open.then_some("true")}
            {onfocusin}
        >
            // What and when, then the headline; an approximate date's note right after it.
            <div class="rt-event-when">
                // The card's name is this and the headline, without the note's words.
                <span id={when}>
                    <span class="rt-event-kind">{ sentence_case(event.kind.label()) }</span>
                    { ", " }
                    // A date known only as before another is no machine-readable date.
                    <time class="rt-event-date" datetime={(!event.date.before).then(|| event.date.value.clone())}>{ plain_date(&event.date) }</time>
                    if let Some(published) = &event.published {
                        <span class="rt-event-published">
                            { " · report published " }
                            <time datetime={published.value.clone()}>{ plain_date(published) }</time>
                        </span>
                    }
                </span>
                { date_note(&props.data, &dates) }
            </div>
            <h3 class="rt-event-title" id={heading.clone()}>
                <span class="rt-event-headline">{ event_headline(&props.data, props.index) }</span>
            </h3>
            { grades(event) }
            { quote_list }
            <footer class="rt-event-foot">
                { more_quotes }
                { citations(&CitationsProps { data: props.data.clone(), sources: event.sources.clone(), on_cite: props.on_cite.clone() }) }
                { copy_link(&Target::Event(event.id.clone()), "event") }
            </footer>
        </article>
    }
}

/// The grades the sources state, and which judgements they leave unstated; for an
/// ungraded visit, a note that such visits are not graded.
fn grades(event: &Event) -> Html {
    if !is_graded_kind(event.kind) && event.ratings.is_empty() {
        return html! {
            <p class="rt-ungraded">{ format!("Not graded: a {} does not give grades.", event.kind.label()) }</p>
        };
    }
    let unstated: Vec<&str> = Judgement::ALL
        .into_iter()
        .filter(|&judgement| event.grade(judgement).is_none())
        .map(judgement_phrase)
        .collect();
    let rows = grade_rows(event);
    html! {
        <>
            if !rows.is_empty() {
                <dl class="rt-grades">
                    { for rows.into_iter().map(|(what, grade)| html! {
                        <div class="rt-grade-row">
                            <dt>{ what }</dt>
                            <dd>{ grade_badge(&GradeBadgeProps { grade }) }</dd>
                        </div>
                    }) }
                </dl>
            }
            if !unstated.is_empty() {
                <p class="rt-not-stated">
                    { format!("Not stated in the sources: {}.", unstated.join(", ")) }
                </p>
            }
        </>
    }
}

/// The event's quotes that pass the filters (the first few until the reader expands
/// them), or a note when the filters hide them all; and the control that expands them.
fn quotes(props: &EventCardProps, event: &Event) -> (Html, Html) {
    let admitted = quotes_in_reading_order(
        &props.data,
        quote_indices_about(&props.data, Some(props.index), &props.filters),
    );
    if admitted.is_empty() {
        let note = if props.filters.narrows_quotes() {
            html! { <p class="rt-no-quotes">{ "No matching quotes." }</p> }
        } else {
            Html::default()
        };
        return (note, Html::default());
    }
    let total = admitted.len();
    let open = props
        .open_quote
        .as_deref()
        .and_then(|id| props.data.quote_index(id));
    let narrowed = props.filters.narrows_quotes();
    // Expanding moves focus to the first quote it reveals, as "Show more events" does.
    let first_kept_back = admitted
        .get(QUOTES_BEFORE_EXPANDING)
        .map(|&index| props.ids.quote(index));
    let (shown, kept_back) = quotes_to_show(admitted, props.expanded, narrowed, open);
    let toggle = (props.expanded || kept_back > 0) && !narrowed;
    let list_id = props.ids.event_quotes(props.position);
    let on_toggle = {
        let (on_action, focus) = (props.on_action.clone(), props.focus.clone());
        let (id, expanded) = (event.id.clone(), props.expanded);
        Callback::from(move |click: MouseEvent| {
            on_action.emit(Action::ExpandQuotes {
                event: id.clone(),
                expanded: !expanded,
            });
            if let (false, Some(first)) = (expanded, &first_kept_back) {
                focus.emit(first.clone());
            }
            // Collapsing moves the toggle up: keep it, and the reader, in view.
            let toggle = click.target().and_then(|t| t.dyn_into::<Element>().ok());
            if let (true, Some(toggle)) = (expanded, toggle) {
                before_next_paint(move || focus_and_reveal(&toggle));
            }
        })
    };
    let list = html! {
        { quote_list(&QuoteListProps {
            data: props.data.clone(),
            ids: props.ids.clone(),
            id: Some(list_id.clone()),
            indices: shown,
            open_quote: props.open_quote.clone(),
            on_action: props.on_action.clone(),
        }) }
    };
    let toggle = if toggle {
        html! {
            <button
                type="button"
                class="rt-button rt-more-quotes"
                aria-expanded={props.expanded.to_string()}
                aria-controls={list_id}
                onclick={on_toggle}
            >
                { if props.expanded { "Fewer quotes".to_string() } else { format!("More quotes ({})", Count(total - QUOTES_BEFORE_EXPANDING)) } }
            </button>
        }
    } else {
        Html::default()
    };
    (list, toggle)
}
