//! One event on the trajectory chart: a point (graded) or a marker (ungraded).
//! A component of its own, so that moving the chart's focus or opening an event
//! re-renders the points that changed, not every point of a long timeline.

use super::Data;
use crate::model::{Event, Judgement};
use crate::view_model::{event_title, grade_shape_path, Num, PlottedEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartPointProps {
    pub data: Data,
    pub point: PlottedEvent,
    /// The event's position in date order, which the chart's arrow keys move by.
    pub position: usize,
    /// Whether this point holds the chart's roving tabindex.
    pub current: bool,
    /// Whether the reader opened this event.
    pub open: bool,
    /// The judgement the chart follows.
    pub judgement: Judgement,
    /// Asked to open the event (click, Enter or Space).
    pub on_open: Callback<String>,
    /// Whether an ungraded visit's short label is always shown (a short timeline).
    pub visit_labelled: bool,
}

/// Radius of a grade's shape, and of the invisible touch target around it, in viewBox units.
const SHAPE_RADIUS: f64 = 10.0;
const TARGET_RADIUS: &str = "22";
/// Radius of the ring marking the open point and the focused one.
const RING_RADIUS: &str = "16";

/// What a point says, as its accessible name and its visible label: "Inspection, Jul 2022:
/// Good", "Monitoring visit, 2020: not graded".
pub fn point_label(event: &Event, point: &PlottedEvent, judgement: Judgement) -> String {
    let grade_words = match point.grade {
        Some(grade) => grade.label().to_string(),
        None if event.ratings.is_empty() => "not graded".to_string(),
        None => format!(
            "{} not stated in the sources",
            judgement.label().to_ascii_lowercase()
        ),
    };
    format!("{}: {grade_words}", event_title(event))
}

/// One event's point (graded) or marker (ungraded), clickable and focusable. It is drawn
/// around its own origin and moved into place, and only the chart's keyboard stop and
/// the open point carry a ring: a long timeline has thousands of these.
#[component]
pub fn ChartPoint(props: &ChartPointProps) -> Html {
    let point = &props.point;
    let Some(event) = props.data.event(&point.id) else {
        return Html::default();
    };
    let onclick = {
        let (on_open, id) = (props.on_open.clone(), point.id.clone());
        Callback::from(move |_| on_open.emit(id.clone()))
    };
    let (shape, kind_class) = match point.grade {
        Some(grade) => (
            html! { <path class="rt-shape" d={grade_shape_path(grade, 0.0, 0.0, SHAPE_RADIUS)} /> },
            format!("rt-point--graded rt-grade--{}", grade.key()),
        ),
        None => (
            html! { <circle class="rt-shape" r={Num(SHAPE_RADIUS * 0.7).to_string()} /> },
            if event.ratings.is_empty() {
                "rt-point--visit"
            } else {
                "rt-point--visit rt-point--unstated"
            }
            .to_string(),
        ),
    };
    html! {
        <g
            class={classes!("rt-point", kind_class, event.date.before.then_some("rt-point--undated"), props.open.then_some("rt-point--open"))}
            transform={format!("translate({} {})", Num(point.x), Num(point.y))}
            role="button"
            tabindex={if props.current { "0" } else { "-1" }}
            data-position={props.position.to_string()}
            aria-label={point_label(event, point, props.judgement)}
            aria-current={props.open.then_some("true")}
            {onclick}
        >
            <circle class="rt-hit" r={TARGET_RADIUS} />
            if props.current || props.open {
                <circle class="rt-focus-ring" r={RING_RADIUS} />
            }
            { shape }
            if event.ratings.is_empty() && props.visit_labelled {
                <text class="rt-visit-label" y="-15" text-anchor="middle" aria-hidden="true">{ "visit" }</text>
            }
        </g>
    }
}
