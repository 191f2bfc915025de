//! The trajectory chart's geometry: where each event, gridline and label goes.

use crate::model::{Event, Grade, Judgement};

/// How many of the chart's points are drawn with the rest of the widget: a long timeline
/// then draws [`CHART_POINTS_PER_TASK`] more after each paint. Few, so that the widget
/// is on screen and answers clicks sooner: the first render is the longest task of a load.
pub const CHART_POINTS_DRAWN_FIRST: usize = 50;

/// How many more of the chart's points are drawn in each task after a paint.
pub const CHART_POINTS_PER_TASK: usize = 200;

/// How the chart is drawn: time always runs left to right, in a frame sized for a wide
/// container, or a compact one for a narrow container (a phone), where it stays a short
/// strip above the event rather than a tall column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartLayout {
    Wide,
    Narrow,
}

impl ChartLayout {
    /// The layout for a widget this wide, in CSS pixels: wide from 600px, the
    /// stylesheet's breakpoint for narrow columns.
    pub fn for_width(width: f64) -> ChartLayout {
        if width >= 600.0 {
            ChartLayout::Wide
        } else {
            ChartLayout::Narrow
        }
    }
}

/// One event placed on the chart: graded ones on their grade, others on the time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct PlottedEvent {
    pub id: String,
    /// The grade for the followed judgement, or `None` for a marker on the time axis.
    pub grade: Option<Grade>,
    pub x: f64,
    pub y: f64,
}

/// A labelled position along one of the chart's axes, with its gridline.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick<T> {
    pub value: T,
    /// Where the label is anchored.
    pub label_x: f64,
    pub label_y: f64,
    /// The gridline across the plot: (x1, y1, x2, y2).
    pub line: (f64, f64, f64, f64),
}

/// Everything needed to draw the trajectory chart in a `width` × `height` viewBox.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartGeometry {
    pub layout: ChartLayout,
    pub width: f64,
    pub height: f64,
    /// Every event, in date order.
    pub events: Vec<PlottedEvent>,
    /// SVG path data joining the graded points by steps, empty if fewer than two.
    pub steps: String,
    pub grade_ticks: Vec<Tick<Grade>>,
    pub year_ticks: Vec<Tick<i32>>,
    /// The time axis line, on which ungraded events sit: (x1, y1, x2, y2).
    pub time_axis: (f64, f64, f64, f64),
    /// SVG path data of every grade's gridline, and of every labelled year's: one path
    /// each rather than an element a line, which the wasm draws with less code.
    pub grade_grid: String,
    pub year_grid: String,
}

/// SVG path data for the tick marks' lines, one `M … L …` each.
fn grid_path<T>(ticks: &[Tick<T>]) -> String {
    let mut path = String::new();
    for tick in ticks {
        let (x1, y1, x2, y2) = tick.line;
        path.push_str(&format!("M{} {}L{} {}", Num(x1), Num(y1), Num(x2), Num(y2)));
    }
    path
}

/// Gap between the plot and the time axis, and space kept for labels, in viewBox units.
const AXIS_GAP: f64 = 40.0;
/// The same gap in the narrow frame.
const NARROW_AXIS_GAP: f64 = 32.0;

impl ChartGeometry {
    /// Lays out `events` (already in date order) for `judgement`.
    pub fn new(events: &[&Event], judgement: Judgement, layout: ChartLayout) -> Self {
        let times = chart_times(events);
        let (first_year, last_year) = year_range(&times);
        let frame = Frame::for_layout(layout);
        let along = |time: f64| {
            frame.time_start
                + (time - first_year as f64) / (last_year - first_year) as f64 * frame.time_length
        };
        let plotted: Vec<PlottedEvent> = events
            .iter()
            .zip(&times)
            .map(|(event, time)| {
                let grade = event.grade(judgement);
                let t = along(time.unwrap_or(last_year as f64));
                let g = grade.map_or(frame.axis_at, |grade| frame.grade_position(grade));
                let (x, y) = frame.place(t, g);
                PlottedEvent {
                    id: event.id.clone(),
                    grade,
                    x,
                    y,
                }
            })
            .collect();
        let graded: Vec<&PlottedEvent> = plotted.iter().filter(|p| p.grade.is_some()).collect();
        let steps = step_path(&graded);
        let time_end = frame.time_start + frame.time_length;
        let grade_ticks: Vec<Tick<Grade>> = Grade::ALL
            .into_iter()
            .map(|grade| {
                let g = frame.grade_position(grade);
                let (label_x, label_y) = frame.place(frame.grade_label_at(), g);
                let (x1, y1) = frame.place(frame.time_start, g);
                let (x2, y2) = frame.place(time_end, g);
                Tick {
                    value: grade,
                    label_x,
                    label_y,
                    line: (x1, y1, x2, y2),
                }
            })
            .collect();
        let year_length = frame.time_length / (last_year - first_year) as f64;
        let year_ticks: Vec<Tick<i32>> =
            labelled_years(first_year, last_year, year_length / frame.year_label_gap)
                .map(|year| {
                    let t = along(year as f64);
                    let (label_x, label_y) = frame.place(t, frame.beyond_axis(20.0));
                    let (x1, y1) = frame.place(t, frame.axis_at);
                    let (x2, y2) = frame.place(t, frame.grade_position(Grade::Outstanding));
                    Tick {
                        value: year,
                        label_x,
                        label_y,
                        line: (x1, y1, x2, y2),
                    }
                })
                .collect();
        let (ax1, ay1) = frame.place(frame.time_start - 12.0, frame.axis_at);
        let (ax2, ay2) = frame.place(time_end + 12.0, frame.axis_at);
        let (grade_grid, year_grid) = (grid_path(&grade_ticks), grid_path(&year_ticks));
        ChartGeometry {
            grade_grid,
            year_grid,
            layout,
            width: frame.width,
            height: frame.height,
            events: plotted,
            steps,
            grade_ticks,
            year_ticks,
            time_axis: (ax1, ay1, ax2, ay2),
        }
    }
}

/// Longest gap, in years, the chart leaves before a date known only as before another.
const BEFORE_SPAN: f64 = 1.0;

/// Each event's place on the time axis. One the sources date only as before another
/// sits halfway from the dated event before that one, or a year before it when there
/// is none nearer: the axis cannot say when it was, only on which side.
fn chart_times(events: &[&Event]) -> Vec<Option<f64>> {
    let dated: Vec<f64> = events
        .iter()
        .filter(|e| !e.date.before)
        .filter_map(|e| e.date.time())
        .collect();
    events
        .iter()
        .map(|e| {
            if !e.date.before {
                return e.date.time();
            }
            // The date it came before, not `time()`'s place just short of it.
            let bound = e.date.parts()?.as_fractional_year();
            let previous = dated
                .iter()
                .copied()
                .filter(|&t| t < bound)
                .fold(f64::NEG_INFINITY, f64::max);
            Some(bound - ((bound - previous) / 2.0).min(BEFORE_SPAN))
        })
        .collect()
}

/// Whole years spanning every known time, at least one year apart.
fn year_range(times: &[Option<f64>]) -> (i32, i32) {
    let known = times.iter().flatten();
    let first = known.clone().copied().fold(f64::INFINITY, f64::min);
    let last = known.copied().fold(f64::NEG_INFINITY, f64::max);
    if !first.is_finite() {
        return (2000, 2001);
    }
    let (first, last) = (first.floor() as i32, last.ceil() as i32);
    (first, last.max(first + 1))
}

/// The years to label from `first` to `last`, when a year is `label_spaces` labels long:
/// every year if their labels fit, else every 2nd, 5th, 10th, 20th… year, so that labels
/// never overlap however long the history.
pub(crate) fn labelled_years(
    first: i32,
    last: i32,
    label_spaces: f64,
) -> impl Iterator<Item = i32> {
    const EVERY: [i32; 12] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
    let every = EVERY
        .into_iter()
        .find(|&every| every as f64 * label_spaces >= 1.0)
        .unwrap_or(10_000);
    let start = first + (every - first.rem_euclid(every)) % every;
    (start..=last).step_by(every as usize)
}

/// The chart's frame in time/grade coordinates; [`Frame::place`] maps them to x/y.
struct Frame {
    width: f64,
    height: f64,
    /// Where time begins along the time direction, and how long the axis is.
    time_start: f64,
    time_length: f64,
    /// Grade-direction position of Inadequate, and the step to each better grade.
    worst_at: f64,
    grade_step: f64,
    /// Grade-direction position of the time axis.
    axis_at: f64,
    /// The space a year label needs along the time direction, so as not to touch the next.
    year_label_gap: f64,
}

impl Frame {
    // Time runs left to right; Outstanding at the top, the time axis at the bottom. The
    // narrow frame is drawn at about its own size on a phone, so its text stays legible.
    fn for_layout(layout: ChartLayout) -> Frame {
        match layout {
            ChartLayout::Wide => Frame {
                width: 720.0,
                height: 214.0,
                time_start: 190.0,
                time_length: 500.0,
                worst_at: 138.0,
                grade_step: -36.0,
                axis_at: 138.0 + AXIS_GAP,
                year_label_gap: 44.0,
            },
            ChartLayout::Narrow => Frame {
                width: 360.0,
                height: 192.0,
                time_start: 96.0,
                time_length: 244.0,
                worst_at: 122.0,
                grade_step: -30.0,
                axis_at: 122.0 + NARROW_AXIS_GAP,
                year_label_gap: 36.0,
            },
        }
    }

    /// Time-direction position of a grade's axis label: left of the plot.
    fn grade_label_at(&self) -> f64 {
        self.time_start - 12.0
    }

    /// Grade-direction position `distance` below the time axis.
    fn beyond_axis(&self, distance: f64) -> f64 {
        self.axis_at + distance
    }

    fn grade_position(&self, grade: Grade) -> f64 {
        self.worst_at + self.grade_step * grade.rank() as f64
    }

    fn place(&self, time: f64, grade: f64) -> (f64, f64) {
        (time, grade)
    }
}

/// SVG path data joining points by steps: along time first, then to the new grade.
/// Empty when there are fewer than two points, as there is nothing to join.
fn step_path(points: &[&PlottedEvent]) -> String {
    let [first, rest @ ..] = points else {
        return String::new();
    };
    if rest.is_empty() {
        return String::new();
    }
    let mut path = format!("M{} {}", Num(first.x), Num(first.y));
    for point in rest {
        let (x, y) = (Num(point.x), Num(point.y));
        path.push_str(&format!(" H{x} V{y}"));
    }
    path
}

/// SVG path data for a grade's shape centred on (`x`, `y`) with radius `r`:
/// ▼ Inadequate, ◆ Requires improvement, ● Good, ★ Outstanding.
pub fn grade_shape_path(grade: Grade, x: f64, y: f64, r: f64) -> String {
    let polygon = |points: &[(f64, f64)]| {
        let corners: Vec<String> = points
            .iter()
            .map(|(dx, dy)| format!("{} {}", Num(x + dx), Num(y + dy)))
            .collect();
        format!("M{}Z", corners.join(" L"))
    };
    match grade {
        Grade::Inadequate => polygon(&[(-r, -0.8 * r), (r, -0.8 * r), (0.0, r)]),
        Grade::RequiresImprovement => polygon(&[(0.0, -r), (r, 0.0), (0.0, r), (-r, 0.0)]),
        Grade::Good => format!(
            "M{} {} a{r} {r} 0 1 0 {} 0 a{r} {r} 0 1 0 {} 0Z",
            Num(x - r),
            Num(y),
            Num(2.0 * r),
            Num(-2.0 * r),
            r = Num(r)
        ),
        Grade::Outstanding => polygon(&star_points(r * 1.2)),
    }
}

/// (cos, sin) of the star's corner angles, −90° + 36°·i: a table, as trigonometry
/// would link libm's argument reduction into the wasm.
pub(crate) const STAR_DIRECTIONS: [(f64, f64); 10] = {
    const C18: f64 = 0.951_056_516_295_153_6;
    const S18: f64 = 0.309_016_994_374_947_4;
    const C54: f64 = 0.587_785_252_292_473_1;
    const S54: f64 = 0.809_016_994_374_947_5;
    [
        (0.0, -1.0),
        (C54, -S54),
        (C18, -S18),
        (C18, S18),
        (C54, S54),
        (0.0, 1.0),
        (-C54, S54),
        (-C18, S18),
        (-C18, -S18),
        (-C54, -S54),
    ]
};

/// The ten corners of a five-pointed star of outer radius `r`, first point up.
fn star_points(r: f64) -> Vec<(f64, f64)> {
    STAR_DIRECTIONS
        .iter()
        .enumerate()
        .map(|(i, (cos, sin))| {
            let radius = if i % 2 == 0 { r } else { r * 0.45 };
            (radius * cos, radius * sin)
        })
        .collect()
}

/// An SVG number: rounded to a tenth, without a trailing ".0" ("190", "12.5", "-3.2").
/// Written with integer formatting only, as Rust's float formatting is large in wasm.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
        if tenth == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{tenth}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::IndexedDataset;
    use crate::model::Judgement;

    use crate::view_model::fixtures::*;

    #[test]
    fn narrow_widgets_get_the_narrow_chart() {
        assert_eq!(ChartLayout::for_width(320.0), ChartLayout::Narrow);
        assert_eq!(ChartLayout::for_width(599.9), ChartLayout::Narrow);
        assert_eq!(ChartLayout::for_width(600.0), ChartLayout::Wide);
    }

    #[test]
    fn the_chart_puts_better_grades_higher_and_visits_on_the_time_axis() {
        let data = IndexedDataset::new(newham());
        let events = data.events_in_order();
        let chart = ChartGeometry::new(&events, Judgement::OverallEffectiveness, ChartLayout::Wide);
        let [inadequate, visit, good, outstanding] = &chart.events[..] else {
            panic!("four events expected");
        };
        assert!(
            inadequate.y > good.y && good.y > outstanding.y,
            "better is higher"
        );
        assert!(
            inadequate.x < visit.x && visit.x < good.x && good.x < outstanding.x,
            "time runs right"
        );
        assert_eq!(visit.grade, None);
        assert_eq!(
            visit.y, chart.time_axis.1,
            "the visit sits on the time axis"
        );
        assert_eq!(
            chart.steps,
            format!(
                "M{} {} H{} V{} H{} V{}",
                Num(inadequate.x),
                Num(inadequate.y),
                Num(good.x),
                Num(good.y),
                Num(outstanding.x),
                Num(outstanding.y)
            )
        );
        assert_eq!(chart.year_ticks.first().map(|t| t.value), Some(2019));
        assert_eq!(chart.year_ticks.last().map(|t| t.value), Some(2026));
        for p in &chart.events {
            assert!((0.0..=chart.width).contains(&p.x) && (0.0..=chart.height).contains(&p.y));
        }
    }

    #[test]
    fn an_event_known_only_as_before_another_sits_before_it_and_after_any_dated_one() {
        use crate::model::EventKind;
        let chart_of = |events: &[Event]| {
            let events: Vec<&Event> = events.iter().collect();
            ChartGeometry::new(&events, Judgement::OverallEffectiveness, ChartLayout::Wide)
        };
        let [earlier, reported] = inadequate_before_good("2022-06");
        // Alone before it: a year before, and the axis starts early enough to hold it.
        let chart = chart_of(&[earlier.clone(), reported.clone()]);
        let [e, r] = &chart.events[..] else {
            panic!("two events expected")
        };
        assert!(e.x < r.x && e.y > r.y, "{e:?} {r:?}");
        assert_eq!(chart.year_ticks.first().map(|t| t.value), Some(2021));
        // With a dated event three months before the bound: halfway between the two.
        let visit = event("visit", EventKind::MonitoringVisit, "2022-03", &[]);
        let chart = chart_of(&[visit, earlier, reported]);
        let [v, e, r] = &chart.events[..] else {
            panic!("three events expected")
        };
        assert!(v.x < e.x && e.x < r.x, "{v:?} {e:?} {r:?}");
        assert!(((e.x - v.x) - (r.x - e.x)).abs() < 0.5, "{v:?} {e:?} {r:?}");
    }

    #[test]
    fn the_narrow_chart_is_a_short_strip_with_time_across_and_better_grades_higher() {
        let data = IndexedDataset::new(newham());
        let events = data.events_in_order();
        let chart = ChartGeometry::new(
            &events,
            Judgement::OverallEffectiveness,
            ChartLayout::Narrow,
        );
        let [inadequate, visit, good, outstanding] = &chart.events[..] else {
            panic!("four events expected");
        };
        assert!(inadequate.x < visit.x && visit.x < good.x && good.x < outstanding.x);
        assert!(outstanding.y < good.y && good.y < inadequate.y && inadequate.y < visit.y);
        assert_eq!(visit.y, chart.time_axis.1);
        assert!(chart.steps.starts_with('M') && chart.steps.contains(" H"));
        let wide = ChartGeometry::new(&events, Judgement::OverallEffectiveness, ChartLayout::Wide);
        assert!(
            chart.height < 200.0 && chart.width <= wide.width / 2.0,
            "drawn near its own size on a phone: {} x {}",
            chart.width,
            chart.height
        );
        for p in &chart.events {
            assert!((0.0..=chart.width).contains(&p.x) && (0.0..=chart.height).contains(&p.y));
        }
    }

    #[test]
    fn a_single_grade_draws_no_steps_and_no_events_still_draw_a_frame() {
        let data = newham();
        let only_2019 = [data.event("e2019").unwrap()];
        let chart = ChartGeometry::new(
            &only_2019,
            Judgement::OverallEffectiveness,
            ChartLayout::Wide,
        );
        assert_eq!(chart.steps, "");
        assert_eq!(chart.events.len(), 1);
        let empty = ChartGeometry::new(&[], Judgement::OverallEffectiveness, ChartLayout::Narrow);
        assert!(empty.events.is_empty() && empty.year_ticks.len() == 2);
    }

    #[test]
    fn year_labels_thin_out_so_that_a_long_history_keeps_them_apart() {
        let data = yearly_inspections(1980, 41);
        let events = data.events_in_order();
        let labels = |layout| {
            let chart = ChartGeometry::new(&events, Judgement::OverallEffectiveness, layout);
            let years: Vec<i32> = chart.year_ticks.iter().map(|t| t.value).collect();
            let along: Vec<f64> = chart.year_ticks.iter().map(|t| t.label_x).collect();
            let closest = along
                .windows(2)
                .map(|pair| pair[1] - pair[0])
                .fold(f64::INFINITY, f64::min);
            (years, closest)
        };
        let (across, closest) = labels(ChartLayout::Wide);
        assert_eq!(across, (1980..=2020).step_by(5).collect::<Vec<_>>());
        assert!(closest >= 44.0, "labels {closest} apart");
        let (narrow, closest) = labels(ChartLayout::Narrow);
        assert_eq!(narrow, (1980..=2020).step_by(10).collect::<Vec<_>>());
        assert!(closest >= 36.0, "narrow labels {closest} apart");
        assert_eq!(
            labelled_years(1, 9999, 500.0 / 9998.0 / 44.0).collect::<Vec<_>>(),
            (1000..=9000).step_by(1000).collect::<Vec<_>>()
        );
    }

    #[test]
    fn svg_numbers_round_to_a_tenth_and_drop_a_trailing_zero() {
        let shown =
            [190.0, 12.34, 12.36, 0.04, -0.04, -0.5, -3.25, 99.96].map(|v| Num(v).to_string());
        assert_eq!(
            shown,
            ["190", "12.3", "12.4", "0", "0", "-0.5", "-3.3", "100"]
        );
    }

    #[test]
    fn the_star_table_holds_the_corner_angles() {
        for (i, (cos, sin)) in STAR_DIRECTIONS.into_iter().enumerate() {
            let angle = std::f64::consts::PI * (i as f64 / 5.0 - 0.5);
            assert!((cos - angle.cos()).abs() < 1e-12 && (sin - angle.sin()).abs() < 1e-12);
        }
    }
}
