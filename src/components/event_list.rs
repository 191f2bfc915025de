//! The events in date order, with a roving tabindex, and any quotes tied to no event.
//! Long timelines render a page of events at a time, its first few cards at once.
//! A plain function, not a component: the batches are counted by the root's hook, and
//! each component costs the wasm a copy of Yew's lifecycle code.

use super::event_card::EventCard;
use super::ids::Ids;
use super::quote_list::{quote_list, QuoteListProps};
use super::Data;
use crate::state::Action;
use crate::view_model::{events_to_render, landmark, quote_indices_about, Count, Filters, Step};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

pub struct EventListProps {
    pub data: Data,
    pub ids: Ids,
    pub filters: Filters,
    /// The event holding the roving tabindex (the first if none).
    pub current_event: Option<String>,
    pub open_event: Option<String>,
    pub open_quote: Option<String>,
    /// How many events the reader has asked to see; more are shown to reach what is open.
    pub events_requested: usize,
    /// True while the page prints: every event and every quote, drawn at once.
    pub printing: bool,
    /// How many cards are drawn so far: a long list draws its first cards with the rest
    /// of the widget, the others after a paint (the root's `use_drawn_in_batches`).
    pub batched: usize,
    /// The events whose quotes the reader expanded.
    pub expanded_events: Vec<String>,
    pub on_action: Callback<Action>,
    pub on_cite: Callback<usize>,
    /// Focuses an element of the widget by id, once it is rendered.
    pub focus: Callback<AttrValue>,
}

/// The event cards. Arrow keys, Home and End move between cards; Enter opens one.
/// "Show more events" adds a page and moves focus to the first event it adds.
pub fn event_list(props: &EventListProps) -> Html {
    let data = &props.data;
    let open_quote = props.open_quote.as_deref().and_then(|id| data.quote(id));
    let open_quote_event = open_quote.map(|quote| quote.event.as_deref());
    let requested = if props.printing {
        data.events.len()
    } else {
        props.events_requested.min(data.events.len())
    };
    // Print takes its snapshot before any later batch: it gets them all now.
    let drawn = if props.printing {
        requested
    } else {
        props.batched.min(requested)
    };
    let shown = events_to_render(
        data,
        drawn,
        &[
            props.current_event.as_deref(),
            props.open_event.as_deref(),
            open_quote_event.flatten(),
        ],
    );
    let current = props
        .current_event
        .as_deref()
        .and_then(|id| data.date_position(id))
        .unwrap_or_default();
    let event_id = {
        let data = data.clone();
        move |position: usize| data.events[data.date_order()[position]].id.clone()
    };
    let onkeydown = {
        let (ids, on_action, focus) = (
            props.ids.clone(),
            props.on_action.clone(),
            props.focus.clone(),
        );
        let (event_id, count) = (event_id.clone(), data.events.len());
        Callback::from(move |event: KeyboardEvent| {
            let Some(position) = card_position(&event) else {
                return;
            };
            if event.key() == "Enter" {
                event.prevent_default();
                on_action.emit(Action::OpenEvent(event_id(position)));
            } else if let Some(step) = Step::from_key(&event.key()) {
                event.prevent_default();
                let next = step.from_index(position, count);
                on_action.emit(Action::MoveTo(event_id(next)));
                focus.emit(ids.event(next));
            }
        })
    };
    let on_more = {
        let (ids, on_action, focus) = (
            props.ids.clone(),
            props.on_action.clone(),
            props.focus.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::ShowMoreEvents);
            focus.emit(ids.event(shown));
        })
    };
    let unattached = quote_indices_about(data, None, &props.filters);
    // Only the card holding the open quote is told of it, so opening a quote re-renders
    // that card alone rather than every card in the list.
    let open_quote_in = |event: Option<&str>| {
        (open_quote_event == Some(event))
            .then(|| props.open_quote.clone())
            .flatten()
    };
    let hidden = data.events.len() - shown;
    // What follows the cards comes once they are all drawn, rather than being pushed down
    // by each batch.
    let drawing = drawn < requested;
    html! {
        <div class="rt-events">
            <ol class="rt-event-list" aria-label="Inspections and visits, in date order" {onkeydown}>
                { for data.date_order()[..shown].iter().enumerate().map(|(position, &index)| {
                    let id = &data.events[index].id;
                    html! {
                        <li key={id.clone()} class="rt-event-item">
                            <EventCard
                                data={data.clone()}
                                ids={props.ids.clone()}
                                {index}
                                {position}
                                filters={props.filters.clone()}
                                current={position == current}
                                open={props.open_event.as_ref() == Some(id)}
                                expanded={props.printing || props.expanded_events.contains(id)}
                                open_quote={open_quote_in(Some(id.as_str()))}
                                on_action={props.on_action.clone()}
                                on_cite={props.on_cite.clone()}
                                focus={props.focus.clone()}
                            />
                        </li>
                    }
                }) }
            </ol>
            if hidden > 0 && !drawing {
                <button type="button" class="rt-button rt-more-events" onclick={on_more}>
                    { more_events_label(hidden) }
                </button>
            }
            if !drawing {
                { other_quotes(data, &props.ids, unattached, open_quote_in(None), &props.on_action) }
            }
        </div>
    }
}

/// The quotes tied to no event (`indices`), under "Other quotes"; nothing if there are none.
/// Shown below the full list, and below the single event when one is shown at a time.
pub fn other_quotes(
    data: &Data,
    ids: &Ids,
    indices: Vec<usize>,
    open_quote: Option<String>,
    on_action: &Callback<Action>,
) -> Html {
    if indices.is_empty() {
        return Html::default();
    }
    html! {
        <section class="rt-other-quotes" aria-label={landmark("Other quotes", data)}>
            <h3 class="rt-event-title">{ "Other quotes" }</h3>
            { quote_list(&QuoteListProps {
                data: data.clone(),
                ids: ids.clone(),
                id: None,
                indices,
                open_quote,
                on_action: on_action.clone(),
            }) }
        </section>
    }
}

/// "Show more events (980 not shown yet)".
fn more_events_label(hidden: usize) -> String {
    format!("Show more events ({} not shown yet)", Count(hidden))
}

/// The date-order position of the card a key was pressed on; `None` for keys pressed
/// on anything inside a card, such as a quote button, which handles its own keys.
fn card_position(event: &KeyboardEvent) -> Option<usize> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    target.get_attribute("data-position")?.parse().ok()
}
