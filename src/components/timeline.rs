//! The root component: owns the widget state and lays out the parts.
//!
//! By default the widget is compact and story-first: the summary, the chart (which is
//! the navigation), then one event at a time with its neighbours named. "Show all
//! events" lists them all, with the filters; print does too. A quote opens in a reader
//! view that shows it in its article.

use super::dom::{
    fragment_target, scroll_to_centre_once_shown, use_drawn_in_batches, use_focus_by_id,
    use_layout, use_window_event,
};
use super::event_card::EventCard;
use super::event_list::{event_list, other_quotes, EventListProps};
use super::event_nav::event_nav;
use super::filters::{filters, FiltersProps};
use super::ids::Ids;
use super::quote_panel::QuotePanel;
use super::source_list::{source_list, SourceListProps};
use super::summary::{summary, SummaryProps};
use super::trajectory_chart::TrajectoryChart;
use super::Data;
use crate::state::{
    reports, Action, Report, Theme, WidgetState, EVENTS_DRAWN_FIRST, EVENTS_PER_PAGE,
    SOURCES_BEFORE_EXPANDING,
};
use crate::view_model::{quote_indices_about, ChartLayout, Target};
use yew::prelude::*;

/// What the embed passes to the widget.
#[derive(Properties, PartialEq, Clone)]
pub struct TimelineProps {
    /// The dataset (checked) with its lookups.
    pub dataset: Data,
    /// An event or quote id to show first; a `#rt-q-…`/`#rt-e-…` URL fragment wins over it.
    #[prop_or_default]
    pub open: Option<String>,
    #[prop_or_default]
    pub theme: Theme,
    /// The width the widget will have, in CSS pixels, if the embed could measure it:
    /// the chart is then drawn for it from the first paint. Otherwise both charts are
    /// drawn (the stylesheet shows one) until the widget measures itself.
    #[prop_or_default]
    pub available_width: Option<f64>,
    /// Start with every event listed rather than one at a time.
    #[prop_or_default]
    pub all_events: bool,
    /// Told what the reader does (an event selected, a quote opened…), for the embed to
    /// pass on to the host page; the widget itself knows nothing of the page's events.
    #[prop_or_default]
    pub on_report: Option<Callback<Report>>,
}

/// The rating timeline.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let data = props.dataset.clone();
    let ids = use_state(Ids::new_instance);
    let state = {
        let data = data.clone();
        let (open, all_events) = (props.open.clone(), props.all_events);
        use_reducer(move || {
            let asked = open.and_then(|id| Target::from_id(&data, &id));
            let mut state = WidgetState::initial(&data, fragment_target(), asked);
            state.all_events = all_events;
            state
        })
    };
    let root = use_node_ref();
    use_reports(&data, &state, props.on_report.clone());

    // Stable across renders (the dispatcher never changes), so cards whose other props
    // are unchanged are not re-rendered when the state changes.
    let dispatch = use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });
    let (focus, focus_after_render) = use_focus_by_id(&root);
    let layout = use_layout(&root, props.available_width);
    use_links(&data, &ids, &root, &state, &dispatch);
    // Stable callbacks, so that the window listeners are added once, not at every render.
    let before_print = use_callback(dispatch.clone(), |(), d| d.emit(Action::Printing(true)));
    let after_print = use_callback(dispatch.clone(), |(), d| d.emit(Action::Printing(false)));
    use_window_event("beforeprint", before_print);
    use_window_event("afterprint", after_print);

    let all_events = state.lists_all_events();
    // The full list draws its first cards with the rest of the widget, the others after a
    // paint; one event at a time draws none of it.
    let list_length = if state.all_events {
        state.events_requested().min(data.events.len())
    } else {
        0
    };
    let batched = use_drawn_in_batches(list_length, EVENTS_DRAWN_FIRST, EVENTS_PER_PAGE);
    // Stable too: every chart point holds it, and a new one would re-render them all.
    // Selecting an event shows it in place; only the full list moves focus to its card.
    let on_open_event = use_callback(
        (
            dispatch.clone(),
            (*ids).clone(),
            focus.clone(),
            data.clone(),
            all_events,
        ),
        |id: String, (dispatch, ids, focus, data, all_events)| {
            let position = data.date_position(&id);
            dispatch.emit(Action::OpenEvent(id));
            if let (true, Some(position)) = (*all_events, position) {
                focus.emit(ids.event(position));
            }
        },
    );
    let on_select_event = use_callback(dispatch.clone(), |id: String, dispatch| {
        dispatch.emit(Action::OpenEvent(id))
    });
    let on_close_panel = {
        let (dispatch, ids, focus, data) =
            (dispatch.clone(), ids.clone(), focus.clone(), data.clone());
        let open_quote = state.open_quote.clone();
        Callback::from(move |()| {
            dispatch.emit(Action::ClosePanel);
            let index = open_quote.as_deref().and_then(|id| data.quote_index(id));
            if let Some(index) = index {
                focus.emit(ids.quote(index));
            }
        })
    };
    // The source is focused after the render that shows it, and that closes the reader
    // view a citation in it was pressed in (a modal dialog leaves the page inert).
    let on_cite = use_callback(
        (dispatch.clone(), (*ids).clone(), focus_after_render.clone()),
        |index: usize, (dispatch, ids, focus)| {
            dispatch.emit(Action::ClosePanel);
            if index >= SOURCES_BEFORE_EXPANDING {
                dispatch.emit(Action::ShowAllSources);
            } else {
                dispatch.emit(Action::ShowSources(true));
            }
            focus.emit(ids.source(index))
        },
    );
    let show_all = {
        let (dispatch, focus, ids) = (dispatch.clone(), focus_after_render.clone(), ids.clone());
        let all = state.all_events;
        let shown = state.shown_position(&data);
        let shown_id = shown.map(|position| data.events[data.date_order()[position]].id.clone());
        Callback::from(move |_: MouseEvent| {
            // The event shown becomes the list's open one, so that its card is drawn
            // however far down a long list it is.
            if let (false, Some(id)) = (all, &shown_id) {
                dispatch.emit(Action::OpenEvent(id.clone()));
            }
            dispatch.emit(Action::ShowAllEvents(!all));
            // Keep the reader where they were: on the event they were reading, either way.
            if let Some(position) = shown {
                focus.emit(ids.event(position));
            }
        })
    };

    let chart = |layout| {
        html! {
            <TrajectoryChart
                data={data.clone()}
                {layout}
                judgement={state.filters.judgement}
                open_event={state.open_event.clone().or_else(|| {
                    let position = state.shown_position(&data)?;
                    Some(data.events[data.date_order()[position]].id.clone())
                })}
                on_open={on_open_event.clone()}
                on_select={on_select_event.clone()}
            />
        }
    };
    let open_quote = state
        .open_quote
        .as_deref()
        .and_then(|id| data.quote_index(id));
    let shown = state.shown_position(&data);

    html! {
        <section
            ref={root}
            class={classes!("rt", props.theme.class(), (!all_events).then_some("rt--compact"))}
            aria-labelledby={ids.title()}
            aria-describedby={ids.summary()}
        >
            { summary(&SummaryProps { data: data.clone(), ids: (*ids).clone(), judgement: state.filters.judgement }) }
            <div class="rt-chart-area">
                if let Some(layout) = layout {
                    { chart(layout) }
                } else {
                    { chart(ChartLayout::Wide) }
                    { chart(ChartLayout::Narrow) }
                }
            </div>
            if all_events {
                if state.all_events && !data.events.is_empty() {
                    <button
                        type="button"
                        class="rt-button rt-show-all"
                        onclick={show_all}
                    >
                        { "Show one event at a time" }
                    </button>
                }
                { filters(&FiltersProps {
                    data: data.clone(),
                    ids: (*ids).clone(),
                    filters: state.filters.clone(),
                    on_action: dispatch.clone(),
                }) }
                { event_list(&EventListProps {
                    data: data.clone(),
                    ids: (*ids).clone(),
                    filters: state.filters.clone(),
                    current_event: state.current_event.clone(),
                    open_event: state.open_event.clone(),
                    open_quote: state.open_quote.clone(),
                    events_requested: state.events_requested(),
                    printing: state.printing,
                    batched,
                    expanded_events: state.expanded_events.clone(),
                    on_action: dispatch.clone(),
                    on_cite: on_cite.clone(),
                    focus: focus.clone(),
                }) }
            } else if let Some(position) = shown {
                <div class="rt-story">
                    { event_nav(&data, position, &on_open_event, &show_all) }
                    { one_event(&data, &ids, &state, position, &dispatch, &on_cite, &focus) }
                </div>
            }
            if !all_events {
                { other_quotes(
                    &data,
                    &ids,
                    quote_indices_about(&data, None, &state.filters),
                    state.open_quote.clone().filter(|id| data.quote(id).is_some_and(|q| q.event.is_none())),
                    &dispatch,
                ) }
            }
            <div class="rt-more">
                { source_list(&SourceListProps {
                    data: data.clone(),
                    ids: (*ids).clone(),
                    open: state.sources_open || state.printing,
                    all: state.all_sources || state.printing,
                    on_action: dispatch.clone(),
                    focus: focus.clone(),
                }) }
            </div>
            if let (Some(index), false) = (open_quote, state.printing) {
                <QuotePanel
                    data={data.clone()}
                    ids={(*ids).clone()}
                    {index}
                    source_view={state.source_view}
                    on_show_source={dispatch.reform(Action::ShowSource)}
                    on_close={on_close_panel}
                    on_cite={on_cite.clone()}
                />
            }
        </section>
    }
}

/// The event at date-order `position`, alone, as the compact widget shows it.
fn one_event(
    data: &Data,
    ids: &UseStateHandle<Ids>,
    state: &WidgetState,
    position: usize,
    dispatch: &Callback<Action>,
    on_cite: &Callback<usize>,
    focus: &Callback<AttrValue>,
) -> Html {
    let index = data.date_order()[position];
    let id = &data.events[index].id;
    let open_quote = state
        .open_quote
        .clone()
        .filter(|quote| data.quote(quote).and_then(|q| q.event.as_ref()) == Some(id));
    html! {
        <EventCard
            key={id.clone()}
            data={data.clone()}
            ids={(**ids).clone()}
            {index}
            {position}
            filters={state.filters.clone()}
            current={false}
            open={false}
            expanded={state.expanded_events.contains(id)}
            {open_quote}
            on_action={dispatch.clone()}
            on_cite={on_cite.clone()}
            focus={focus.clone()}
        />
    }
}

/// Follows `#rt-q-…`/`#rt-e-…` links: the one the page opened with, and each one
/// followed later (`hashchange`). A link opens what it names and scrolls it into view.
#[hook]
fn use_links(
    data: &Data,
    ids: &Ids,
    root: &NodeRef,
    state: &WidgetState,
    dispatch: &Callback<Action>,
) {
    let on_hash = use_callback((data.clone(), dispatch.clone()), |(), (data, dispatch)| {
        let Some(target) = fragment_target().filter(|target| target.exists_in(data)) else {
            return;
        };
        let event = match &target {
            Target::Quote(id) => data.quote(id).and_then(|quote| quote.event.clone()),
            Target::Event(_) => None,
        };
        dispatch.emit(Action::FollowLink { target, event });
    });
    use_window_event("hashchange", on_hash);
    // After each link is followed and drawn: scroll what it names to the middle of the
    // screen (for a quote, its button, under its reader view).
    let (ids, root) = (ids.clone(), root.clone());
    let data = data.clone();
    let target = state.fragment_target();
    use_effect_with(state.followed_links, move |&followed| {
        if followed == 0 {
            return;
        }
        let element_id = match &target {
            Some(Target::Quote(id)) => data.quote_index(id).map(|index| ids.quote(index)),
            Some(Target::Event(id)) => data.date_position(id).map(|position| ids.event(position)),
            None => None,
        };
        let element = element_id
            .and_then(|id| super::dom::find_by_id(&root, &id))
            .or_else(|| root.cast::<web_sys::Element>());
        // On load the widget is drawn hidden, and shown once styled: scroll only then.
        if let Some(element) = element {
            scroll_to_centre_once_shown(element, 120);
        }
    });
}

/// Tells `on_report` what changed in `state` since the last render (nothing on the first).
#[hook]
fn use_reports(
    data: &Data,
    state: &UseReducerHandle<WidgetState>,
    on_report: Option<Callback<Report>>,
) {
    let reported = use_mut_ref(|| (**state).clone());
    let (data, state) = (data.clone(), state.clone());
    use_effect(move || {
        let Some(on_report) = on_report else { return };
        let next = &*state;
        if *reported.borrow() != *next {
            let before = reported.replace(next.clone());
            for report in reports(&before, next, &data) {
                on_report.emit(report);
            }
        }
    });
}
