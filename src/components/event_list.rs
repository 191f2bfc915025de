//! The events in date order, with a roving tabindex, and any quotes tied to no event.

use super::dom::{find_by_id, focus_and_reveal};
use super::event_card::EventCard;
use super::ids::Ids;
use super::quote_list::QuoteList;
use super::Data;
use crate::state::Action;
use crate::view_model::{events_in_order, quote_indices_about, Filters, Step};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub data: Data,
    pub ids: Ids,
    pub filters: Filters,
    /// The event holding the roving tabindex (the first if none).
    pub current_event: Option<String>,
    pub open_event: Option<String>,
    pub open_quote: Option<String>,
    pub on_action: Callback<Action>,
    pub on_cite: Callback<usize>,
}

/// The event cards. Arrow keys, Home and End move between cards; Enter opens one.
#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let list = use_node_ref();
    let ordered: Vec<(usize, String)> = events_in_order(&props.data)
        .into_iter()
        .map(|event| {
            let index = props
                .data
                .events
                .iter()
                .position(|e| e.id == event.id)
                .unwrap_or_default();
            (index, event.id.clone())
        })
        .collect();
    let current = props
        .current_event
        .as_ref()
        .and_then(|id| ordered.iter().position(|(_, e)| e == id))
        .unwrap_or_default();
    let onkeydown = {
        let (list, ids, on_action) = (list.clone(), props.ids.clone(), props.on_action.clone());
        let ordered: Vec<String> = ordered.iter().map(|(_, id)| id.clone()).collect();
        Callback::from(move |event: KeyboardEvent| {
            let Some(position) = card_position(&event) else {
                return;
            };
            if event.key() == "Enter" {
                event.prevent_default();
                on_action.emit(Action::OpenEvent(ordered[position].clone()));
            } else if let Some(step) = Step::from_key(&event.key()) {
                event.prevent_default();
                let next = step.from_index(position, ordered.len());
                on_action.emit(Action::MoveTo(ordered[next].clone()));
                if let Some(card) = find_by_id(&list, &ids.event(next)) {
                    focus_and_reveal(&card);
                }
            }
        })
    };
    let unattached = quote_indices_about(&props.data, None, &props.filters);
    // Only the card holding the open quote is told of it, so opening a quote re-renders
    // that card alone rather than every card in the list.
    let open_quote_event: Option<Option<&str>> = props
        .open_quote
        .as_deref()
        .and_then(|id| props.data.quote(id))
        .map(|quote| quote.event.as_deref());
    let open_quote_in = |event: Option<&str>| {
        (open_quote_event == Some(event))
            .then(|| props.open_quote.clone())
            .flatten()
    };
    html! {
        <div class="rt-events">
            <ol ref={list} class="rt-event-list" aria-label="Inspections and visits, in date order" {onkeydown}>
                { for ordered.iter().enumerate().map(|(position, (index, id))| html! {
                    <li key={id.clone()} class="rt-event-item">
                        <EventCard
                            data={props.data.clone()}
                            ids={props.ids.clone()}
                            index={*index}
                            {position}
                            filters={props.filters.clone()}
                            current={position == current}
                            open={props.open_event.as_ref() == Some(id)}
                            open_quote={open_quote_in(Some(id))}
                            on_action={props.on_action.clone()}
                            on_cite={props.on_cite.clone()}
                        />
                    </li>
                }) }
            </ol>
            if !unattached.is_empty() {
                <section class="rt-other-quotes" aria-label="Other quotes">
                    <h3 class="rt-event-title">{ "Other quotes" }</h3>
                    <QuoteList
                        data={props.data.clone()}
                        ids={props.ids.clone()}
                        indices={unattached}
                        open_quote={open_quote_in(None)}
                        on_action={props.on_action.clone()}
                    />
                </section>
            }
        </div>
    }
}

/// The date-order position of the card a key was pressed on; `None` for keys pressed
/// on anything inside a card, such as a quote button, which handles its own keys.
fn card_position(event: &KeyboardEvent) -> Option<usize> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    target.get_attribute("data-position")?.parse().ok()
}
