//! One event: when and what it was, its grades, its quotes and its sources.

use super::citations::Citations;
use super::dom::after_next_paint;
use super::grade_badge::GradeBadge;
use super::ids::Ids;
use super::quote_list::QuoteList;
use super::Data;
use crate::model::{Event, Judgement};
use crate::state::Action;
use crate::view_model::{
    date_bases, date_text, is_graded_kind, quote_indices_about, quotes_to_show, sentence_case,
    Count, Filters, QUOTES_BEFORE_EXPANDING,
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
            // Yew delegates events, so the card is found from the target, not currentTarget.
            let card = focus
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .and_then(|target| target.closest(".rt-event").ok().flatten());
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
    html! {
        <article
            {class}
            id={props.ids.event(props.position)}
            data-position={props.position.to_string()}
            data-event-id={event.id.clone()}
            tabindex={if props.current { "0" } else { "-1" }}
            aria-labelledby={props.ids.event_heading(props.position)}
            aria-current={props.open.then_some("true")}
            {onfocusin}
        >
            <h3 class="rt-event-title" id={props.ids.event_heading(props.position)}>
                <span class="rt-event-kind">{ sentence_case(event.kind.label()) }</span>
                { " " }
                <span class="rt-event-date">
                    <time datetime={event.date.value.clone()}>{ date_text(&props.data, &event.date) }</time>
                </span>
            </h3>
            if let Some(published) = &event.published {
                <p class="rt-event-published">
                    { format!("Report published {}", date_text(&props.data, published)) }
                </p>
            }
            { date_basis(event) }
            { grades(event, props.filters.judgement) }
            { quotes(props, event) }
            <Citations data={props.data.clone()} sources={event.sources.clone()} on_cite={props.on_cite.clone()} />
        </article>
    }
}

/// A disclosure saying how inferred dates were worked out, so a reader can check them.
fn date_basis(event: &Event) -> Html {
    let bases = date_bases(event);
    if bases.is_empty() {
        return Html::default();
    }
    html! {
        <details class="rt-date-basis">
            <summary>{ "How the date was worked out" }</summary>
            { for bases.into_iter().map(|basis| html! { <p>{ sentence_case(basis) }{ "." }</p> }) }
        </details>
    }
}

/// Every judgement with its grade or "not stated in the sources"; for an ungraded
/// visit, a note that such visits are not graded.
fn grades(event: &Event, followed: Judgement) -> Html {
    if !is_graded_kind(event.kind) && event.ratings.is_empty() {
        return html! {
            <p class="rt-ungraded">{ format!("Not graded: a {} does not give grades.", event.kind.label()) }</p>
        };
    }
    html! {
        <dl class="rt-grades">
            { for Judgement::ALL.into_iter().map(|judgement| html! {
                <div class={classes!("rt-grade-row", (judgement == followed).then_some("rt-grade-row--followed"))}>
                    <dt>{ judgement.label() }</dt>
                    <dd>
                        if let Some(grade) = event.grade(judgement) {
                            <GradeBadge {grade} />
                        } else {
                            <span class="rt-not-stated">{ "not stated in the sources" }</span>
                        }
                    </dd>
                </div>
            }) }
        </dl>
    }
}

/// The event's quotes that pass the filters (the first few until the reader expands
/// them), or a note when the filters hide them all.
fn quotes(props: &EventCardProps, event: &Event) -> Html {
    let admitted = quote_indices_about(&props.data, Some(props.index), &props.filters);
    if admitted.is_empty() {
        return if props.filters.narrows_quotes() {
            html! { <p class="rt-no-quotes">{ "No matching quotes." }</p> }
        } else {
            Html::default()
        };
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
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::ExpandQuotes {
                event: id.clone(),
                expanded: !expanded,
            });
            if let (false, Some(first)) = (expanded, &first_kept_back) {
                focus.emit(first.clone());
            }
        })
    };
    html! {
        <>
            <QuoteList
                data={props.data.clone()}
                ids={props.ids.clone()}
                id={list_id.clone()}
                indices={shown}
                open_quote={props.open_quote.clone()}
                on_action={props.on_action.clone()}
            />
            if toggle {
                <button
                    type="button"
                    class="rt-button rt-more-quotes"
                    aria-expanded={props.expanded.to_string()}
                    aria-controls={list_id}
                    onclick={on_toggle}
                >
                    { if props.expanded { "Show fewer quotes".to_string() } else { format!("Show all {} quotes", Count(total)) } }
                </button>
            }
        </>
    }
}
