//! The rating trajectory: grades against time in SVG, graded inspections joined by steps,
//! ungraded visits as markers on the time axis.

use super::chart_point::{point_label, ChartPoint};
use super::dom::{closest_to_target, focus_and_reveal, use_drawn_in_batches};
use super::Data;
use crate::model::{Grade, Judgement};
use crate::view_model::{
    grade_symbol, ChartGeometry, ChartLayout, Num, Step, Tick, CHART_POINTS_DRAWN_FIRST,
    CHART_POINTS_PER_TASK,
};
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrajectoryChartProps {
    pub data: Data,
    /// Sized for a wide widget or a narrow one.
    pub layout: ChartLayout,
    /// The judgement whose grades are plotted.
    pub judgement: Judgement,
    pub open_event: Option<String>,
    /// Asked to open an event (click, Enter or Space on its point).
    pub on_open: Callback<String>,
    /// Asked to select an event as the arrow keys move along the chart, focus staying on
    /// the chart.
    pub on_select: Callback<String>,
}

/// The chart, with one keyboard stop: arrows, Home and End move between points. The
/// stop is the chart's own state (the point last focused, else the open event, else
/// the first), so opening a quote elsewhere never re-renders a long chart.
#[component]
pub fn TrajectoryChart(props: &TrajectoryChartProps) -> Html {
    // Laid out once per dataset, judgement and layout, not on every render.
    let chart = use_memo(
        (props.data.clone(), props.judgement, props.layout),
        |(data, judgement, layout)| {
            ChartGeometry::new(&data.events_in_order(), *judgement, *layout)
        },
    );
    // A long timeline's points are drawn a batch at a time, each batch after a paint, so
    // that its text shows and answers clicks first and no task runs long.
    let drawn = use_drawn_in_batches(
        chart.events.len(),
        CHART_POINTS_DRAWN_FIRST,
        CHART_POINTS_PER_TASK,
    );
    let undated = props.data.events.iter().any(|event| event.date.before);
    let focused = use_state(|| None::<usize>);
    let current = focused
        .or_else(|| {
            let open = props.open_event.as_deref()?;
            props.data.date_position(open)
        })
        .unwrap_or_default();
    // The one visible label: the point under the pointer, else the focused one, else the
    // open one. One label element for the chart, not one a point: a long timeline has
    // thousands of points, and every element costs when the page restyles.
    let labelled = use_state_eq(|| None::<usize>);
    let onfocusin = {
        let (focused, labelled) = (focused.clone(), labelled.clone());
        Callback::from(move |event: FocusEvent| {
            if let Some((_, position)) = point_of(&event) {
                if *focused != Some(position) {
                    focused.set(Some(position));
                }
                labelled.set(Some(position));
            }
        })
    };
    let onfocusout = {
        let labelled = labelled.clone();
        Callback::from(move |_: FocusEvent| labelled.set(None))
    };
    let onmouseover = {
        let labelled = labelled.clone();
        Callback::from(move |event: MouseEvent| labelled.set(point_of(&event).map(|(_, p)| p)))
    };
    let onmouseleave = {
        let labelled = labelled.clone();
        Callback::from(move |_: MouseEvent| labelled.set(None))
    };
    let label_at = (*labelled)
        .or_else(|| {
            let open = props.open_event.as_deref()?;
            props.data.date_position(open)
        })
        .filter(|&position| position < drawn);
    let onkeydown = {
        let (on_open, on_select, chart) = (
            props.on_open.clone(),
            props.on_select.clone(),
            chart.clone(),
        );
        let id_at = move |position: usize| chart.events[position].id.clone();
        let count = props.data.events.len();
        Callback::from(move |event: KeyboardEvent| {
            let Some((point, position)) = point_of(&event) else {
                return;
            };
            if event.key() == "Enter" || event.key() == " " {
                event.prevent_default();
                on_open.emit(id_at(position));
            } else if let Some(step) = Step::from_key(&event.key()) {
                event.prevent_default();
                let next = step.from_index(position, count);
                // Arrowing to a point selects its event, focus staying on the chart.
                on_select.emit(id_at(next));
                let sibling = point.parent_element().and_then(|group| {
                    group
                        .query_selector(&format!("[data-position=\"{next}\"]"))
                        .ok()
                        .flatten()
                });
                if let Some(sibling) = sibling {
                    focus_and_reveal(&sibling);
                }
            }
        })
    };
    let visits_labelled = chart.events.len() <= VISITS_LABELLED_UP_TO;
    let direction = match props.layout {
        ChartLayout::Wide => "wide",
        ChartLayout::Narrow => "narrow",
    };
    let aria_label = format!(
        "Rating trajectory for {}: time runs left to right; graded inspections are points, ungraded visits sit on the time axis",
        props.judgement.label().to_ascii_lowercase()
    );
    html! {
        <figure class={classes!("rt-chart", format!("rt-chart--{direction}"))}>
            <svg
                class="rt-chart-svg"
                viewBox={format!("0 0 {} {}", Num(chart.width), Num(chart.height))}
                role="group"
                aria-label={aria_label}
                {onkeydown}
                {onfocusin}
                {onfocusout}
                {onmouseover}
                {onmouseleave}
            >
                { axes(&chart) }
                if !chart.steps.is_empty() {
                    <path class="rt-steps" d={chart.steps.clone()} aria-hidden="true" />
                }
                <g class="rt-points">
                    { for chart.events.iter().take(drawn).enumerate().map(|(position, point)| html! {
                        <ChartPoint
                            visit_labelled={visits_labelled}
                            key={point.id.clone()}
                            data={props.data.clone()}
                            point={point.clone()}
                            {position}
                            current={position == current}
                            open={props.open_event.as_deref() == Some(point.id.as_str())}
                            judgement={props.judgement}
                            on_open={props.on_open.clone()}
                        />
                    }) }
                </g>
                { point_label_text(&props.data, &chart, label_at, props.judgement) }
            </svg>
            <figcaption class="rt-legend">
                <ul>
                    { for Grade::ALL.into_iter().rev().map(|grade| html! {
                        <li class={format!("rt-legend-item rt-grade--{}", grade.key())}>
                            <span class="rt-grade-shape" aria-hidden="true">{ grade_symbol(grade) }</span>
                            { " " }{ grade.label() }
                        </li>
                    }) }
                    <li class="rt-legend-item rt-legend-item--visit">
                        <span class="rt-grade-shape" aria-hidden="true">{ "○" }</span>
                        { " Not graded or not stated" }
                    </li>
                    // Only when some event's place on the time axis is a guess.
                    if undated {
                        <li class="rt-legend-item rt-legend-item--undated">
                            <span class="rt-grade-shape" aria-hidden="true">{ "▽" }</span>
                            { " Hollow: date not given" }
                        </li>
                    }
                </ul>
            </figcaption>
        </figure>
    }
}

/// Gridlines, grade labels, year labels and the time axis: decoration for sighted
/// readers, as every point names its own date and grade.
fn axes(chart: &ChartGeometry) -> Html {
    let (x1, y1, x2, y2) = chart.time_axis;
    html! {
        <g class="rt-axes" aria-hidden="true">
            <path class="rt-gridline" d={chart.grade_grid.clone()} />
            <path class="rt-gridline rt-gridline--year" d={chart.year_grid.clone()} />
            { for chart.grade_ticks.iter().map(|tick| html! {
                <g class={format!("rt-grade-tick rt-grade--{}", tick.value.key())}>
                    { grade_label(chart.layout, tick) }
                </g>
            }) }
            { for chart.year_ticks.iter().map(|tick| html! {
                <text class="rt-axis-label" x={Num(tick.label_x).to_string()} y={Num(tick.label_y).to_string()}
                    text-anchor="middle" dominant-baseline="middle">
                    { tick.value.to_string() }
                </text>
            }) }
            <path class="rt-time-axis" d={format!("M{} {}L{} {}", Num(x1), Num(y1), Num(x2), Num(y2))} />
        </g>
    }
}

/// A timeline of up to this many events labels its ungraded visits on the chart; a longer
/// one names them on hover and focus only, where labels would overlap.
const VISITS_LABELLED_UP_TO: usize = 12;

/// The label of the point at `position`, above it, running so that it stays inside the
/// chart: rightwards from a point in the left third, leftwards in the right third, or
/// the first other way it fits.
fn point_label_text(
    data: &Data,
    chart: &ChartGeometry,
    position: Option<usize>,
    judgement: Judgement,
) -> Html {
    let Some(point) = position.and_then(|position| chart.events.get(position)) else {
        return Html::default();
    };
    let Some(event) = data.event(&point.id) else {
        return Html::default();
    };
    let label = point_label(event, point, judgement);
    // How much room a label has from the point, run each way: rightwards ("start"),
    // leftwards ("end") or centred on it, with nothing left of `left`.
    let placed = |anchor: &'static str, left: f64| {
        let dx = match anchor {
            "start" => -12.0,
            "end" => 12.0,
            _ => 0.0,
        };
        let x = point.x + dx;
        let room = match anchor {
            "start" => chart.width - x,
            "end" => x - left,
            _ => 2.0 * (x - left).min(chart.width - x),
        };
        (anchor, x, room)
    };
    let third = chart.width / 3.0;
    let preferred = if point.x < third {
        "start"
    } else if point.x > 2.0 * third {
        "end"
    } else {
        "middle"
    };
    // Its third's way first, then the others: the first way that holds `width`.
    let fits = |width: f64, left: f64| {
        [preferred, "start", "middle", "end"]
            .map(|anchor| placed(anchor, left))
            .into_iter()
            .find(|&(_, _, room)| width <= room)
    };
    let plot_left = chart.time_axis.0;
    let top_row = chart
        .grade_ticks
        .iter()
        .map(|tick| tick.label_y)
        .fold(f64::INFINITY, f64::min);
    let above_point = point.y - 24.0;
    // Beside the grades' axis labels (not above the top row), a label too long for the
    // plot's width would run over them: it breaks after its ': ' into two lines, run
    // the first way the longer line fits; failing that ("Inspection, before Jul 2022:"
    // in the middle of a phone's chart), it goes on one line above the top row, where
    // no axis label is.
    let beside_axis_labels = above_point > top_row - LABEL_LINE;
    let whole = fits(label_width(&label), plot_left);
    let broken = label.rfind(": ").map(|at| at + 2).and_then(|at| {
        let longer = label_width(&label[..at]).max(label_width(&label[at..]));
        fits(longer, plot_left).map(|way| (at, way))
    });
    let ((anchor, x, _), y, break_at) = match (beside_axis_labels, whole, broken) {
        (false, _, _) => (
            whole.unwrap_or(placed(preferred, plot_left)),
            above_point,
            None,
        ),
        (true, Some(way), _) => (way, above_point, None),
        (true, None, Some((at, way))) => (way, above_point, Some(at)),
        (true, None, None) => (
            fits(label_width(&label), 0.0).unwrap_or(placed(preferred, 0.0)),
            top_row - 24.0,
            None,
        ),
    };
    let x_text = Num(x).to_string();
    match break_at {
        Some(at) => html! {
            <text class="rt-point-label" x={x_text.clone()} y={Num(y - LABEL_LINE).to_string()} text-anchor={anchor} aria-hidden="true">
                <tspan>{ &label[..at] }</tspan>
                <tspan x={x_text} dy={Num(LABEL_LINE).to_string()}>{ &label[at..] }</tspan>
            </text>
        },
        None => html! {
            <text class="rt-point-label" x={x_text} y={Num(y).to_string()} text-anchor={anchor} aria-hidden="true">
                { label }
            </text>
        },
    }
}

/// A point label's line height, in viewBox units (its font is 14px).
const LABEL_LINE: f64 = 16.0;

/// About how wide a point label is drawn, in viewBox units, erring wide: 14px semi-bold
/// sans-serif measured 8.26 a character in Chromium ("Inspection, Nov 2025: not graded").
fn label_width(label: &str) -> f64 {
    label.chars().count() as f64 * 8.4
}

/// A grade's axis label, left of the plot: its name, shortened in the narrow chart.
fn grade_label(layout: ChartLayout, tick: &Tick<Grade>) -> Html {
    let label = match (layout, tick.value) {
        (ChartLayout::Narrow, Grade::RequiresImprovement) => "Req. improv.",
        (_, grade) => grade.label(),
    };
    html! {
        <text class="rt-axis-label" x={Num(tick.label_x).to_string()} y={Num(tick.label_y).to_string()} text-anchor="end" dominant-baseline="middle">
            { label }
        </text>
    }
}

/// The point an event (a key, a focus) happened on, and its date-order position.
/// The pointer's target is a shape inside the point, so the point is the closest
/// element with a position.
fn point_of(event: &web_sys::Event) -> Option<(Element, usize)> {
    let point = closest_to_target(event, "[data-position]")?;
    let position = point.get_attribute("data-position")?.parse().ok()?;
    Some((point, position))
}
