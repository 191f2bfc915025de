//! The root component: owns the widget state and lays out the parts.

use super::dom::{
    after_next_paint, fragment_target, use_focus_by_id, use_orientation, write_fragment,
};
use super::event_list::EventList;
use super::filters::Filters;
use super::ids::Ids;
use super::quote_panel::QuotePanel;
use super::source_list::SourceList;
use super::summary::Summary;
use super::trajectory_chart::TrajectoryChart;
use super::Data;
use crate::state::{Action, Theme, WidgetState, SOURCES_BEFORE_EXPANDING};
use crate::view_model::{Orientation, Target};
use yew::prelude::*;

/// What the embed passes to the widget.
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The dataset (checked) with its lookups.
    pub dataset: Data,
    /// An event or quote id to open first; a `#rt-q-…`/`#rt-e-…` URL fragment wins over it.
    #[prop_or_default]
    pub open: Option<String>,
    #[prop_or_default]
    pub theme: Theme,
    /// The width the widget will have, in CSS pixels, if the embed could measure it:
    /// the chart is then drawn for it from the first paint. Otherwise both charts are
    /// drawn (the stylesheet shows one) until the widget measures itself.
    #[prop_or_default]
    pub available_width: Option<f64>,
}

/// The rating timeline: summary, trajectory chart, filters, events with their quotes,
/// the quote panel and the list of sources.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let data = props.dataset.clone();
    let ids = use_state(Ids::new_instance);
    let state = {
        let data = data.clone();
        let open = props.open.clone();
        use_reducer(move || {
            let linked = fragment_target().filter(|target| target.exists_in(&data));
            let asked = open.and_then(|id| Target::from_id(&data, &id));
            WidgetState::initial(&data, linked.or(asked))
        })
    };
    let root = use_node_ref();
    use_fragment_sync(&data, state.fragment_target());

    // Stable across renders (the dispatcher never changes), so cards whose other props
    // are unchanged are not re-rendered when the state changes.
    let dispatch = use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });
    let focus = use_focus_by_id(&root);
    let orientation = use_orientation(&root, props.available_width);
    // Stable too: every chart point holds it, and a new one would re-render them all.
    let on_open_event = use_callback(
        (
            dispatch.clone(),
            (*ids).clone(),
            focus.clone(),
            data.clone(),
        ),
        |id: String, (dispatch, ids, focus, data)| {
            let position = data.date_position(&id);
            dispatch.emit(Action::OpenEvent(id));
            if let Some(position) = position {
                focus.emit(ids.event(position));
            }
        },
    );
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
    let on_cite = use_callback(
        (dispatch.clone(), (*ids).clone(), focus.clone()),
        |index: usize, (dispatch, ids, focus)| {
            if index >= SOURCES_BEFORE_EXPANDING {
                dispatch.emit(Action::ShowAllSources);
            }
            focus.emit(ids.source(index))
        },
    );

    let chart = |orientation| {
        html! {
            <TrajectoryChart
                data={data.clone()}
                {orientation}
                judgement={state.filters.judgement}
                open_event={state.open_event.clone()}
                on_open={on_open_event.clone()}
            />
        }
    };
    let open_quote = state
        .open_quote
        .as_deref()
        .and_then(|id| data.quote_index(id));

    html! {
        <section
            ref={root}
            class={classes!("rt", props.theme.class())}
            aria-labelledby={ids.title()}
            aria-describedby={ids.summary()}
        >
            <Summary data={data.clone()} ids={(*ids).clone()} judgement={state.filters.judgement} />
            <div class="rt-chart-area">
                if let Some(orientation) = orientation {
                    { chart(orientation) }
                } else {
                    { chart(Orientation::TimeAcross) }
                    { chart(Orientation::TimeDown) }
                }
            </div>
            <Filters
                data={data.clone()}
                ids={(*ids).clone()}
                filters={state.filters.clone()}
                on_action={dispatch.clone()}
            />
            <div class="rt-body">
                <EventList
                    data={data.clone()}
                    ids={(*ids).clone()}
                    filters={state.filters.clone()}
                    current_event={state.current_event.clone()}
                    open_event={state.open_event.clone()}
                    open_quote={state.open_quote.clone()}
                    events_requested={state.events_requested()}
                    expanded_events={state.expanded_events.clone()}
                    on_action={dispatch.clone()}
                    on_cite={on_cite.clone()}
                    focus={focus.clone()}
                />
                if let Some(index) = open_quote {
                    <QuotePanel
                        data={data.clone()}
                        ids={(*ids).clone()}
                        {index}
                        source_view={state.source_view}
                        takes_focus={state.panel_takes_focus}
                        on_show_source={dispatch.reform(Action::ShowSource)}
                        on_close={on_close_panel}
                        on_cite={on_cite.clone()}
                    />
                } else if !data.quotes.is_empty() {
                    // Holds the panel's place beside the events on wide screens, so that
                    // opening a quote reflows nothing (the stylesheet hides it elsewhere).
                    <p class="rt-panel-hint">
                        { "Select a quote to read it in its source article, highlighted." }
                    </p>
                }
            </div>
            <SourceList
                data={data.clone()}
                ids={(*ids).clone()}
                all={state.all_sources}
                on_show_all={dispatch.reform(|()| Action::ShowAllSources)}
                focus={focus.clone()}
            />
        </section>
    }
}

/// Keeps the URL fragment naming what is open, after the first render: a fragment
/// that opened the widget is left as it is, and opening by the embed writes nothing.
/// The URL is written after the next paint: `history.replaceState` took 3 ms a click
/// on average, and more at times, that the reader would wait for before seeing the panel.
#[hook]
fn use_fragment_sync(data: &Data, target: Option<Target>) {
    let first_run = use_mut_ref(|| true);
    let data = data.clone();
    use_effect_with(target, move |target| {
        if !first_run.replace(false) {
            let target = target.clone();
            after_next_paint(move || write_fragment(target.as_ref(), &data));
        }
    });
}
