//! Previous and next: the events either side of the one shown, named. A plain function,
//! not a component: it has no state.

use super::dom::{before_next_paint, closest_to_target, focus_and_reveal};
use super::Data;
use crate::view_model::{event_title, landmark, Count};
use yew::prelude::*;

/// "← Focused visit, Sep 2021", "3 of 5" over "Show all 5 events", "Inspection, Nov 2025 →".
/// After a step that reaches the first or last event, the button pressed is gone: focus
/// moves to the nav's remaining button rather than falling to the page.
fn keep_focus_in_nav(click: &MouseEvent) {
    if let Some(nav) = closest_to_target(click, ".rt-event-nav") {
        before_next_paint(move || {
            if !nav.matches(":focus-within").unwrap_or(true) {
                if let Some(button) = nav.query_selector("button").ok().flatten() {
                    focus_and_reveal(&button);
                }
            }
        });
    }
}

/// `position` is the date-order position of the event shown; `on_select` is asked to
/// show the event with an id, `on_show_all` to list every event.
pub fn event_nav(
    data: &Data,
    position: usize,
    on_select: &Callback<String>,
    on_show_all: &Callback<MouseEvent>,
) -> Html {
    let order = data.date_order();
    let event_at = |position: Option<usize>| {
        position
            .and_then(|position| order.get(position))
            .map(|&index| &data.events[index])
    };
    let previous = event_at(position.checked_sub(1));
    let next = event_at(position.checked_add(1));
    let button = |event: Option<&crate::model::Event>, class: &'static str, earlier: bool| {
        let Some(event) = event else {
            // Holds its place, so that the other control does not move.
            return html! { <span class={classes!("rt-nav-step", class, "rt-nav-step--none")} /> };
        };
        let id = event.id.clone();
        let label = event_title(event);
        html! {
            <button
                type="button"
                class={classes!("rt-button", "rt-nav-step", class)}
                onclick={on_select.reform(move |click: MouseEvent| {
                    keep_focus_in_nav(&click);
                    id.clone()
                })}
            >
                if earlier {
                    <span class="rt-nav-direction"><span aria-hidden="true">{ "← " }</span>{ "Earlier" }</span>
                } else {
                    <span class="rt-nav-direction">{ "Later" }<span aria-hidden="true">{ " →" }</span></span>
                }
                <span class="rt-nav-event">{ label }</span>
            </button>
        }
    };
    html! {
        <nav class="rt-event-nav" aria-label={landmark("Earlier and later events", data)}>
            { button(previous, "rt-nav-previous", true) }
            <div class="rt-nav-middle">
                <span class="rt-nav-count">{ format!("{} of {}", position + 1, order.len()) }</span>
                <button type="button" class="rt-button rt-button--quiet rt-show-all" onclick={on_show_all.clone()}>
                    { format!("Show all {} events", Count(order.len())) }
                </button>
            </div>
            { button(next, "rt-nav-next", false) }
        </nav>
    }
}
