//! What the widget shows, worked out from a [`Dataset`] without a browser:
//! event order, date and grade wording, quote filters, the summary sentence,
//! the trajectory chart's geometry and which URLs may become links.
//!
//! Everything here is pure and compiles natively, so it is unit-tested with `cargo test`.

mod story;

pub use story::{
    date_note, event_headline, grade_rows, judgement_phrase, neighbour_label, plain_date,
    quotes_in_reading_order, short_date, QUOTES_SHOWN_FIRST,
};

use crate::index::{sort_positions, IdIndex, IndexedDataset};
use crate::model::{Dataset, Date, Event, EventKind, Grade, Judgement, Person, Quote, Source};

/// Returns `url` (trimmed) if it is an absolute `http:` or `https:` URL with a host,
/// so that it is safe to use as a link target; anything else (`javascript:`, `data:`,
/// relative or protocol-relative URLs, URLs with spaces or control characters) is `None`.
pub fn safe_http_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://")?;
    let scheme_is_http =
        scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (scheme_is_http && !host.is_empty() && clean).then_some(url)
}

/// A date as a reader sees it: "July 2022", "2020". How an approximate one was worked
/// out is [`date_note`]'s, shown on demand, never in a heading.
pub fn date_text(date: &Date) -> String {
    plain_date(date)
}

/// The grade's shape, so grades can be told apart without colour.
pub fn grade_symbol(grade: Grade) -> &'static str {
    match grade {
        Grade::Inadequate => "▼",
        Grade::RequiresImprovement => "◆",
        Grade::Good => "●",
        Grade::Outstanding => "★",
    }
}

/// Whether an event of this kind is graded at all (visits are not).
pub fn is_graded_kind(kind: EventKind) -> bool {
    kind == EventKind::Inspection
}

/// Capitalises an ASCII first letter: "monitoring visit" → "Monitoring visit".
pub fn sentence_case(text: &str) -> String {
    let mut text = text.to_string();
    // ASCII only: the labels it is given are, and char::to_uppercase links Unicode's tables.
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// How many grades the summary sentence names before it shortens a long history to
/// its first grade, a count of those left out, and its latest grades.
pub const SUMMARY_STEPS: usize = 6;

/// The timeline's heading, the same in the widget and its static fallback:
/// "Newham Council: Ofsted ratings over time".
pub fn timeline_title(subject: Option<&str>) -> String {
    match subject {
        Some(subject) => format!("{subject}: Ofsted ratings over time"),
        None => "Ofsted ratings over time".to_string(),
    }
}

/// The one-sentence summary of the trajectory for `judgement`, such as
/// "Inadequate (2019) → Good (2022) → Outstanding (2025)". A history of more than
/// [`SUMMARY_STEPS`] grades reads "Inadequate (1980) → … 320 more … → Good (2019) → …",
/// ending on the latest grades, which readers look for.
pub fn summary_sentence(data: &IndexedDataset, judgement: Judgement) -> String {
    let mut steps: Vec<String> = data
        .events_in_order()
        .into_iter()
        .filter_map(|event| {
            let grade = event.grade(judgement)?;
            Some(match event.date.year() {
                Some(year) => format!("{} ({year})", grade.label()),
                None => grade.label().to_string(),
            })
        })
        .collect();
    if steps.len() > SUMMARY_STEPS {
        let latest = SUMMARY_STEPS - 2;
        let left_out = steps.len() - 1 - latest;
        steps.splice(
            1..steps.len() - latest,
            [format!("… {} more …", Count(left_out))],
        );
    }
    let chain = if steps.is_empty() {
        "No grade is stated in the sources".to_string()
    } else {
        steps.join(" → ")
    };
    if judgement == Judgement::OverallEffectiveness {
        chain
    } else {
        format!("{}: {chain}", judgement.label())
    }
}

/// The reader's choices that narrow what is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filters {
    /// Only quotes by this person id, if set.
    pub speaker: Option<String>,
    /// The judgement the chart and summary follow.
    pub judgement: Judgement,
    /// Only quotes containing this text (case-insensitive), if not blank.
    pub search: String,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            speaker: None,
            judgement: Judgement::OverallEffectiveness,
            search: String::new(),
        }
    }
}

impl Filters {
    /// True when a speaker or search narrows the quotes.
    pub fn narrows_quotes(&self) -> bool {
        self.speaker.is_some() || !self.search.trim().is_empty()
    }

    /// Whether `quote` passes the speaker and search filters.
    pub fn admits(&self, quote: &Quote) -> bool {
        self.admitter()(quote)
    }

    /// The test [`Filters::admits`] makes, with the search lowered to lower case once
    /// rather than once a quote.
    fn admitter(&self) -> impl Fn(&Quote) -> bool + '_ {
        let needle = lowercase(self.search.trim());
        move |quote| {
            let speaker_ok = self
                .speaker
                .as_deref()
                .is_none_or(|speaker| quote.speaker == speaker);
            speaker_ok && (needle.is_empty() || lowercase(&quote.text).contains(&needle))
        }
    }
}

/// The positions in the dataset's quotes of those about the event at position `event`
/// (or, for `None`, those tied to no event) that pass `filters`, in data order.
pub fn quote_indices_about(
    data: &IndexedDataset,
    event: Option<usize>,
    filters: &Filters,
) -> Vec<usize> {
    let admits = filters.admitter();
    data.quotes_of(event)
        .iter()
        .copied()
        .filter(|&index| admits(&data.quotes[index]))
        .collect()
}

/// `text` in lower case. In the wasm this is JavaScript's `toLowerCase`, which folds
/// case as Rust's `to_lowercase` does but without linking Unicode's tables (~8 KB gzip).
fn lowercase(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(text).to_lower_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    text.to_lowercase()
}

/// How many quotes pass `filters`.
pub fn count_admitted(dataset: &Dataset, filters: &Filters) -> usize {
    let admits = filters.admitter();
    dataset.quotes.iter().filter(|quote| admits(quote)).count()
}

/// How many of an event's quotes a card shows before the reader expands it.
pub const QUOTES_BEFORE_EXPANDING: usize = QUOTES_SHOWN_FIRST;

/// The quotes a card shows (`admitted`, positions in the dataset's quotes) and how many
/// it keeps back: all of them when the reader expanded the card, while filters narrow
/// the quotes, or when the open quote is among the rest; otherwise the first few.
pub fn quotes_to_show(
    mut admitted: Vec<usize>,
    expanded: bool,
    narrowed: bool,
    open: Option<usize>,
) -> (Vec<usize>, usize) {
    let open_is_kept_back = open.is_some_and(|open| {
        admitted
            .iter()
            .skip(QUOTES_BEFORE_EXPANDING)
            .any(|&index| index == open)
    });
    if expanded || narrowed || open_is_kept_back || admitted.len() <= QUOTES_BEFORE_EXPANDING {
        return (admitted, 0);
    }
    let kept_back = admitted.len() - QUOTES_BEFORE_EXPANDING;
    admitted.truncate(QUOTES_BEFORE_EXPANDING);
    (admitted, kept_back)
}

/// How many events, in date order, the list renders: the `requested` pages, or more if
/// needed to include each event of `must_show` (ids of the events that hold focus, are
/// open or hold the open quote), and never more than there are.
pub fn events_to_render(
    data: &IndexedDataset,
    requested: usize,
    must_show: &[Option<&str>],
) -> usize {
    let needed = must_show
        .iter()
        .flatten()
        .filter_map(|id| data.date_position(id))
        .map(|position| position + 1)
        .max()
        .unwrap_or(0);
    requested.max(needed).min(data.events.len())
}

/// Everyone who is quoted, by name.
pub fn quoted_people(dataset: &Dataset) -> Vec<&Person> {
    let people = &dataset.people;
    let by_id = IdIndex::new(people);
    let mut quoted = vec![false; people.len()];
    for quote in &dataset.quotes {
        if let Some(index) = by_id.find(people, &quote.speaker) {
            quoted[index] = true;
        }
    }
    let mut order: Vec<usize> = (0..people.len()).filter(|&i| quoted[i]).collect();
    sort_positions(&mut order, &|a, b| people[a].name.cmp(&people[b].name));
    order.into_iter().map(|index| &people[index]).collect()
}

/// The speaker's name and, where the source gives it, their role at the time:
/// "Sarah Ruiz, Deputy Mayor".
pub fn speaker_line(dataset: &Dataset, quote: &Quote) -> String {
    let name = dataset
        .person(&quote.speaker)
        .map_or(quote.speaker.as_str(), |person| person.name.as_str());
    match quote.role.as_deref().map(str::trim) {
        Some(role) if !role.is_empty() => format!("{name}, {role}"),
        _ => name.to_string(),
    }
}

/// A source's 1-based citation number: its position in the dataset's sources.
pub fn citation_number(dataset: &Dataset, source_id: &str) -> Option<usize> {
    dataset
        .sources
        .iter()
        .position(|source| source.id == source_id)
        .map(|index| index + 1)
}

/// A source's publisher and date, as far as they are known: "Newham Recorder, 21 September 2022".
pub fn source_byline(source: &Source) -> Option<String> {
    let date = source.published.as_ref().map(date_text);
    let parts: Vec<String> = source.publisher.iter().cloned().chain(date).collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Short reader-facing name of an event: "Inspection, Jul 2022".
pub fn event_title(event: &Event) -> String {
    format!(
        "{}, {}",
        sentence_case(event.kind.label()),
        event.date.display()
    )
}

/// A source text split around a quote, for highlighting: (before, quote, after).
/// `None` if the span does not fit the text.
pub fn split_around<'a>(text: &'a str, quote: &Quote) -> Option<(&'a str, &'a str, &'a str)> {
    let marked = quote.span.slice(text)?;
    Some((&text[..quote.span.start], marked, &text[quote.span.end..]))
}

/// What a `#rt-q-<id>` or `#rt-e-<id>` URL fragment names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Quote(String),
    Event(String),
}

impl Target {
    /// Reads a decoded fragment such as `#rt-q-q7` (the `#` is optional).
    pub fn from_fragment(fragment: &str) -> Option<Target> {
        let name = fragment.strip_prefix('#').unwrap_or(fragment);
        if let Some(id) = name.strip_prefix("rt-q-") {
            (!id.is_empty()).then(|| Target::Quote(id.to_string()))
        } else {
            let id = name.strip_prefix("rt-e-")?;
            (!id.is_empty()).then(|| Target::Event(id.to_string()))
        }
    }

    /// The fragment naming this target, without `#` and before percent-encoding the id.
    pub fn fragment_prefix(&self) -> (&'static str, &str) {
        match self {
            Target::Quote(id) => ("rt-q-", id),
            Target::Event(id) => ("rt-e-", id),
        }
    }

    /// Resolves an id of an event or a quote of `dataset` (quotes first).
    pub fn from_id(dataset: &Dataset, id: &str) -> Option<Target> {
        if dataset.quote(id).is_some() {
            Some(Target::Quote(id.to_string()))
        } else {
            dataset.event(id).map(|_| Target::Event(id.to_string()))
        }
    }

    /// True if this names a quote or event that `dataset` has.
    pub fn exists_in(&self, dataset: &Dataset) -> bool {
        match self {
            Target::Quote(id) => dataset.quote(id).is_some(),
            Target::Event(id) => dataset.event(id).is_some(),
        }
    }
}

/// A move of the roving focus through a list, asked for by a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Previous,
    Next,
    First,
    Last,
}

impl Step {
    /// The move a key asks for: arrows, Home and End.
    pub fn from_key(key: &str) -> Option<Step> {
        match key {
            "ArrowUp" | "ArrowLeft" => Some(Step::Previous),
            "ArrowDown" | "ArrowRight" => Some(Step::Next),
            "Home" => Some(Step::First),
            "End" => Some(Step::Last),
            _ => None,
        }
    }

    /// Where this move leads from `current` in a list of `len` items; stops at the ends.
    pub fn from_index(self, current: usize, len: usize) -> usize {
        let last = len.saturating_sub(1);
        match self {
            Step::Previous => current.saturating_sub(1),
            Step::Next => (current + 1).min(last),
            Step::First => 0,
            Step::Last => last,
        }
    }
}

/// How many of the chart's points are drawn with the rest of the widget: a long timeline
/// then draws [`CHART_POINTS_PER_TASK`] more after each paint. Few, so that the widget
/// is on screen and answers clicks sooner: the first render is the longest task of a load.
pub const CHART_POINTS_DRAWN_FIRST: usize = 50;

/// How many more of the chart's points are drawn in each task after a paint.
pub const CHART_POINTS_PER_TASK: usize = 200;

/// Which way the chart is drawn: time across (wide containers) or down (narrow ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    TimeAcross,
    TimeDown,
}

impl Orientation {
    /// The orientation for a widget this wide, in CSS pixels: across from 600px, the
    /// stylesheet's breakpoint for narrow columns.
    pub fn for_width(width: f64) -> Orientation {
        if width >= 600.0 {
            Orientation::TimeAcross
        } else {
            Orientation::TimeDown
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
    pub orientation: Orientation,
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
}

/// Gap between the plot and the time axis, and space kept for labels, in viewBox units.
const AXIS_GAP: f64 = 40.0;

impl ChartGeometry {
    /// Lays out `events` (already in date order) for `judgement`.
    pub fn new(events: &[&Event], judgement: Judgement, orientation: Orientation) -> Self {
        let times: Vec<Option<f64>> = events.iter().map(|e| e.date.time()).collect();
        let (first_year, last_year) = year_range(&times);
        let frame = Frame::for_orientation(orientation, first_year, last_year);
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
        let steps = step_path(&graded, orientation);
        let time_end = frame.time_start + frame.time_length;
        let grade_ticks = Grade::ALL
            .into_iter()
            .map(|grade| {
                let g = frame.grade_position(grade);
                let (label_x, label_y) = frame.place(frame.grade_label_at(grade), g);
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
        let year_ticks = labelled_years(first_year, last_year, year_length / frame.year_label_gap)
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
        ChartGeometry {
            orientation,
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
fn labelled_years(first: i32, last: i32, label_spaces: f64) -> impl Iterator<Item = i32> {
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
    orientation: Orientation,
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
    fn for_orientation(orientation: Orientation, first_year: i32, last_year: i32) -> Frame {
        match orientation {
            // Time runs left to right; Outstanding at the top, the time axis at the bottom.
            Orientation::TimeAcross => Frame {
                orientation,
                width: 720.0,
                height: 214.0,
                time_start: 190.0,
                time_length: 500.0,
                worst_at: 138.0,
                grade_step: -36.0,
                axis_at: 138.0 + AXIS_GAP,
                year_label_gap: 44.0,
            },
            // Time runs top to bottom; grades left (Inadequate) to right (Outstanding),
            // the time axis on the left.
            Orientation::TimeDown => {
                let time_length = 44.0 * (last_year - first_year) as f64;
                Frame {
                    orientation,
                    width: 370.0,
                    height: 110.0 + time_length + 30.0,
                    time_start: 110.0,
                    time_length,
                    worst_at: 105.0,
                    grade_step: 70.0,
                    axis_at: 105.0 - AXIS_GAP,
                    year_label_gap: 24.0,
                }
            }
        }
    }

    /// Time-direction position of (the last line of) a grade's axis label. Across, labels
    /// sit left of the plot; down, they sit above it, staggered so that neighbours' names
    /// do not collide (a many-word name is drawn one word a line, upwards from here).
    fn grade_label_at(&self, grade: Grade) -> f64 {
        match self.orientation {
            Orientation::TimeAcross => self.time_start - 12.0,
            Orientation::TimeDown if grade.rank() % 2 == 1 => self.time_start - 40.0,
            Orientation::TimeDown => self.time_start - 18.0,
        }
    }

    /// Grade-direction position `distance` beyond the time axis, away from the plot.
    fn beyond_axis(&self, distance: f64) -> f64 {
        self.axis_at - self.grade_step.signum() * distance
    }

    fn grade_position(&self, grade: Grade) -> f64 {
        self.worst_at + self.grade_step * grade.rank() as f64
    }

    fn place(&self, time: f64, grade: f64) -> (f64, f64) {
        match self.orientation {
            Orientation::TimeAcross => (time, grade),
            Orientation::TimeDown => (grade, time),
        }
    }
}

/// SVG path data joining points by steps: along time first, then to the new grade.
/// Empty when there are fewer than two points, as there is nothing to join.
fn step_path(points: &[&PlottedEvent], orientation: Orientation) -> String {
    let [first, rest @ ..] = points else {
        return String::new();
    };
    if rest.is_empty() {
        return String::new();
    }
    let mut path = format!("M{} {}", Num(first.x), Num(first.y));
    for point in rest {
        let (x, y) = (Num(point.x), Num(point.y));
        let step = match orientation {
            Orientation::TimeAcross => format!(" H{x} V{y}"),
            Orientation::TimeDown => format!(" V{y} H{x}"),
        };
        path.push_str(&step);
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
const STAR_DIRECTIONS: [(f64, f64); 10] = {
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

/// A count as readers write it, in groups of three digits ("980", "10,000").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Count(pub usize);

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let digits = self.0.to_string();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                f.write_str(",")?;
            }
            write!(f, "{digit}")?;
        }
        Ok(())
    }
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
    use crate::model::{Rating, Span, SpeakerKind};

    fn source(id: &str, text: &str) -> Source {
        Source {
            id: id.into(),
            title: format!("Title {id}"),
            publisher: Some("Newham Recorder".into()),
            url: None,
            published: Some(Date::stated("2021-10-20")),
            text: text.into(),
        }
    }

    fn event(id: &str, kind: EventKind, date: &str, grades: &[(Judgement, Grade)]) -> Event {
        Event {
            id: id.into(),
            kind,
            date: Date::stated(date),
            published: None,
            ratings: grades
                .iter()
                .map(|&(judgement, grade)| Rating {
                    judgement,
                    grade,
                    source: "s1".into(),
                    span: Span { start: 0, end: 1 },
                })
                .collect(),
            sources: vec!["s1".into()],
        }
    }

    fn quote(id: &str, text: &str, speaker: &str, event: Option<&str>) -> Quote {
        Quote {
            id: id.into(),
            text: text.into(),
            speaker: speaker.into(),
            role: None,
            event: event.map(Into::into),
            source: "s1".into(),
            span: Span {
                start: 0,
                end: text.len(),
            },
            fragment: false,
        }
    }

    fn newham() -> Dataset {
        use Judgement::*;
        Dataset {
            subject: Some("Newham Council".into()),
            sources: vec![source("s1", "On Tuesday (October 19) it was said.")],
            people: vec![
                Person {
                    id: "ruiz".into(),
                    name: "Sarah Ruiz".into(),
                    aliases: vec![],
                    kind: SpeakerKind::Person,
                },
                Person {
                    id: "fiaz".into(),
                    name: "Rokhsana Fiaz".into(),
                    aliases: vec![],
                    kind: SpeakerKind::Person,
                },
                Person {
                    id: "nobody".into(),
                    name: "Never Quoted".into(),
                    aliases: vec![],
                    kind: SpeakerKind::Person,
                },
            ],
            // Deliberately out of order.
            events: vec![
                event(
                    "e2022",
                    EventKind::Inspection,
                    "2022-07",
                    &[
                        (OverallEffectiveness, Grade::Good),
                        (ImpactOfLeaders, Grade::Outstanding),
                    ],
                ),
                event(
                    "e2019",
                    EventKind::Inspection,
                    "2019",
                    &[(OverallEffectiveness, Grade::Inadequate)],
                ),
                event("e2020", EventKind::MonitoringVisit, "2020-09", &[]),
                event(
                    "e2025",
                    EventKind::Inspection,
                    "2025-03",
                    &[(OverallEffectiveness, Grade::Outstanding)],
                ),
            ],
            quotes: vec![
                quote("q1", "We are PROUD of our staff.", "ruiz", Some("e2022")),
                quote("q2", "A long way to go.", "fiaz", Some("e2019")),
                quote("q3", "Proud again.", "fiaz", Some("e2025")),
                quote("q4", "Loose words.", "ruiz", None),
            ],
        }
    }

    #[test]
    fn only_absolute_http_urls_with_a_host_are_safe() {
        assert_eq!(
            safe_http_url("https://example.org/a?b#c"),
            Some("https://example.org/a?b#c")
        );
        assert_eq!(
            safe_http_url("  HTTP://Example.org "),
            Some("HTTP://Example.org")
        );
        for unsafe_url in [
            "javascript:alert(1)",
            " JAVASCRIPT:alert(1)",
            "javascript://example.org/%0aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "/relative/path",
            "relative.html",
            "//example.org/protocol-relative",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://example.org/\nx",
            "ftp://example.org",
            "",
        ] {
            assert_eq!(safe_http_url(unsafe_url), None, "{unsafe_url:?}");
        }
    }

    #[test]
    fn events_are_ordered_by_date_at_any_precision() {
        let data = IndexedDataset::new(newham());
        let ids: Vec<&str> = data
            .events_in_order()
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["e2019", "e2020", "e2022", "e2025"]);
    }

    #[test]
    fn an_approximate_date_reads_plainly_and_its_note_quotes_the_articles_words() {
        let data = newham();
        let text = &data.sources[0].text;
        let start = text.find("Tuesday").unwrap();
        let date = Date {
            value: "2021-10".into(),
            end: None,
            inferred: true,
            basis: Some("Tuesday (October 19) falls in 2021".into()),
            source: Some("s1".into()),
            span: Some(Span {
                start,
                end: start + "Tuesday (October 19)".len(),
            }),
        };
        assert_eq!(date_text(&date), "October 2021");
        let note = date_note(&data, &date).unwrap();
        assert!(note.contains("‘Tuesday (October 19)’"), "{note}");
        assert!(!note.contains("inferred"), "{note}");
        assert_eq!(date_text(&Date::stated("2021-10")), "October 2021");
        assert_eq!(date_note(&data, &Date::stated("2021-10")), None);
    }

    #[test]
    fn the_summary_follows_the_graded_inspections_in_order() {
        let data = IndexedDataset::new(newham());
        assert_eq!(
            summary_sentence(&data, Judgement::OverallEffectiveness),
            "Inadequate (2019) → Good (2022) → Outstanding (2025)"
        );
        assert_eq!(
            summary_sentence(&data, Judgement::ImpactOfLeaders),
            "Impact of leaders: Outstanding (2022)"
        );
        assert_eq!(
            summary_sentence(&data, Judgement::CareLeavers),
            "Care leavers: No grade is stated in the sources"
        );
    }

    /// Newham's sources with `years` inspections, one a year from `first_year`, whose
    /// overall grades cycle from Inadequate to Outstanding; no quotes.
    fn yearly_inspections(first_year: usize, years: usize) -> IndexedDataset {
        let mut dataset = newham();
        let template = dataset.events[0].clone();
        let rating = dataset
            .events
            .iter()
            .flat_map(|e| &e.ratings)
            .next()
            .unwrap();
        let rating = Rating {
            judgement: Judgement::OverallEffectiveness,
            ..rating.clone()
        };
        dataset.events = (0..years)
            .map(|i| Event {
                id: format!("e{i}"),
                date: Date::stated(format!("{}-01-01", first_year + i)),
                ratings: vec![Rating {
                    grade: Grade::ALL[i % 4],
                    ..rating.clone()
                }],
                ..template.clone()
            })
            .collect();
        dataset.quotes.clear();
        IndexedDataset::new(dataset)
    }

    #[test]
    fn a_long_history_is_summarised_by_its_first_and_latest_grades() {
        let data = yearly_inspections(2000, 10);
        assert_eq!(
            summary_sentence(&data, Judgement::OverallEffectiveness),
            "Inadequate (2000) → … 5 more … → Good (2006) → Outstanding (2007) → \
             Inadequate (2008) → Requires improvement (2009)"
        );
    }

    #[test]
    fn filters_narrow_quotes_by_speaker_and_case_insensitive_search() {
        let data = newham();
        let ids = |filters: &Filters| -> Vec<String> {
            data.quotes
                .iter()
                .filter(|q| filters.admits(q))
                .map(|q| q.id.clone())
                .collect()
        };
        let mut filters = Filters::default();
        assert!(!filters.narrows_quotes());
        assert_eq!(ids(&filters).len(), 4);
        filters.speaker = Some("fiaz".into());
        assert_eq!(ids(&filters), ["q2", "q3"]);
        filters.search = "  proud ".into();
        assert_eq!(ids(&filters), ["q3"]);
        filters.speaker = None;
        assert_eq!(ids(&filters), ["q1", "q3"]);
        assert_eq!(count_admitted(&data, &filters), 2);
        assert!(filters.narrows_quotes());
    }

    #[test]
    fn quotes_are_grouped_by_event_including_those_about_none() {
        let data = IndexedDataset::new(newham());
        let mut filters = Filters::default();
        let ids = |event: Option<&str>, filters: &Filters| -> Vec<&str> {
            let event = event.map(|id| data.event_index(id).expect("a known event"));
            quote_indices_about(&data, event, filters)
                .into_iter()
                .map(|index| data.quotes[index].id.as_str())
                .collect()
        };
        assert_eq!(ids(Some("e2022"), &filters), ["q1"]);
        assert_eq!(ids(None, &filters), ["q4"]);
        assert!(ids(Some("e2020"), &filters).is_empty());
        filters.search = "NOTHING SAYS THIS".into();
        assert!(ids(Some("e2022"), &filters).is_empty());
    }

    #[test]
    fn cards_show_the_first_quotes_until_expanded_narrowed_or_opened_further_down() {
        let quotes: Vec<usize> = (10..10 + QUOTES_BEFORE_EXPANDING + 3).collect();
        let first_few = quotes[..QUOTES_BEFORE_EXPANDING].to_vec();
        let show =
            |expanded, narrowed, open| quotes_to_show(quotes.clone(), expanded, narrowed, open);
        assert_eq!(show(false, false, None), (first_few.clone(), 3));
        assert_eq!(
            show(false, false, Some(10)),
            (first_few, 3),
            "open and already shown"
        );
        assert_eq!(show(true, false, None), (quotes.clone(), 0));
        assert_eq!(show(false, true, None), (quotes.clone(), 0));
        let last = *quotes.last().unwrap();
        assert_eq!(show(false, false, Some(last)), (quotes.clone(), 0));
        assert_eq!(
            quotes_to_show(vec![1, 2], false, false, None),
            (vec![1, 2], 0)
        );
    }

    #[test]
    fn narrow_widgets_draw_time_downwards() {
        assert_eq!(Orientation::for_width(320.0), Orientation::TimeDown);
        assert_eq!(Orientation::for_width(599.9), Orientation::TimeDown);
        assert_eq!(Orientation::for_width(600.0), Orientation::TimeAcross);
    }

    #[test]
    fn the_list_renders_the_pages_asked_for_and_reaches_what_is_open() {
        let data = IndexedDataset::new(newham());
        let count = data.events.len();
        assert_eq!(events_to_render(&data, 1, &[]), 1);
        assert_eq!(events_to_render(&data, 100, &[]), count);
        let last = data.events_in_order().last().unwrap().id.clone();
        assert_eq!(events_to_render(&data, 1, &[None, Some(&last)]), count);
        assert_eq!(events_to_render(&data, 1, &[Some("no-such-event")]), 1);
    }

    #[test]
    fn only_quoted_people_are_offered_by_name() {
        let data = newham();
        let names: Vec<&str> = quoted_people(&data)
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["Rokhsana Fiaz", "Sarah Ruiz"]);
    }

    #[test]
    fn speaker_lines_give_the_role_at_the_time_where_known() {
        let mut data = newham();
        assert_eq!(speaker_line(&data, &data.quotes[0]), "Sarah Ruiz");
        data.quotes[0].role = Some("Deputy Mayor".into());
        assert_eq!(
            speaker_line(&data, &data.quotes[0]),
            "Sarah Ruiz, Deputy Mayor"
        );
    }

    #[test]
    fn sources_are_cited_by_position_with_what_is_known_of_them() {
        let mut data = newham();
        assert_eq!(citation_number(&data, "s1"), Some(1));
        assert_eq!(citation_number(&data, "s9"), None);
        assert_eq!(
            source_byline(&data.sources[0]).as_deref(),
            Some("Newham Recorder, 20 October 2021")
        );
        data.sources[0].publisher = None;
        data.sources[0].published = None;
        assert_eq!(source_byline(&data.sources[0]), None);
    }

    #[test]
    fn a_source_splits_around_its_quote() {
        let text = "He said: \"Yes.\" Then left.";
        let start = text.find("Yes.").unwrap();
        let mut q = quote("q", "Yes.", "x", None);
        q.span = Span {
            start,
            end: start + 4,
        };
        assert_eq!(
            split_around(text, &q),
            Some(("He said: \"", "Yes.", "\" Then left."))
        );
        q.span = Span { start: 0, end: 999 };
        assert_eq!(split_around(text, &q), None);
    }

    #[test]
    fn fragments_name_quotes_and_events() {
        assert_eq!(
            Target::from_fragment("#rt-q-q7"),
            Some(Target::Quote("q7".into()))
        );
        assert_eq!(
            Target::from_fragment("rt-e-e-2019"),
            Some(Target::Event("e-2019".into()))
        );
        assert_eq!(Target::from_fragment("#rt-q-"), None);
        assert_eq!(Target::from_fragment("#comments"), None);
        assert_eq!(
            Target::Quote("q7".into()).fragment_prefix(),
            ("rt-q-", "q7")
        );
        let data = newham();
        assert_eq!(
            Target::from_id(&data, "q2"),
            Some(Target::Quote("q2".into()))
        );
        assert_eq!(
            Target::from_id(&data, "e2019"),
            Some(Target::Event("e2019".into()))
        );
        assert_eq!(Target::from_id(&data, "zzz"), None);
        assert!(!Target::Quote("e2019".into()).exists_in(&data));
    }

    #[test]
    fn the_chart_puts_better_grades_higher_and_visits_on_the_time_axis() {
        let data = IndexedDataset::new(newham());
        let events = data.events_in_order();
        let chart = ChartGeometry::new(
            &events,
            Judgement::OverallEffectiveness,
            Orientation::TimeAcross,
        );
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
    fn the_narrow_chart_runs_time_downwards_with_better_grades_to_the_right() {
        let data = IndexedDataset::new(newham());
        let events = data.events_in_order();
        let chart = ChartGeometry::new(
            &events,
            Judgement::OverallEffectiveness,
            Orientation::TimeDown,
        );
        let [inadequate, visit, good, outstanding] = &chart.events[..] else {
            panic!("four events expected");
        };
        assert!(inadequate.x < good.x && good.x < outstanding.x);
        assert!(inadequate.y < visit.y && visit.y < good.y && good.y < outstanding.y);
        assert_eq!(visit.x, chart.time_axis.0);
        assert!(chart.steps.starts_with('M') && chart.steps.contains(" V"));
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
            Orientation::TimeAcross,
        );
        assert_eq!(chart.steps, "");
        assert_eq!(chart.events.len(), 1);
        let empty = ChartGeometry::new(&[], Judgement::OverallEffectiveness, Orientation::TimeDown);
        assert!(empty.events.is_empty() && empty.year_ticks.len() == 2);
    }

    #[test]
    fn year_labels_thin_out_so_that_a_long_history_keeps_them_apart() {
        let data = yearly_inspections(1980, 41);
        let events = data.events_in_order();
        let labels = |orientation| {
            let chart = ChartGeometry::new(&events, Judgement::OverallEffectiveness, orientation);
            let years: Vec<i32> = chart.year_ticks.iter().map(|t| t.value).collect();
            let along: Vec<f64> = chart
                .year_ticks
                .iter()
                .map(|t| match orientation {
                    Orientation::TimeAcross => t.label_x,
                    Orientation::TimeDown => t.label_y,
                })
                .collect();
            let closest = along
                .windows(2)
                .map(|pair| pair[1] - pair[0])
                .fold(f64::INFINITY, f64::min);
            (years, closest)
        };
        let (across, closest) = labels(Orientation::TimeAcross);
        assert_eq!(across, (1980..=2020).step_by(5).collect::<Vec<_>>());
        assert!(closest >= 44.0, "labels {closest} apart");
        let (down, _) = labels(Orientation::TimeDown);
        assert_eq!(
            down,
            (1980..=2021).collect::<Vec<_>>(),
            "down has room for every year"
        );
        assert_eq!(
            labelled_years(1, 9999, 500.0 / 9998.0 / 44.0).collect::<Vec<_>>(),
            (1000..=9000).step_by(1000).collect::<Vec<_>>()
        );
    }

    #[test]
    fn every_grade_has_its_own_shape_and_symbol() {
        let shapes: std::collections::HashSet<String> = Grade::ALL
            .iter()
            .map(|&g| grade_shape_path(g, 10.0, 10.0, 5.0))
            .collect();
        let symbols: std::collections::HashSet<&str> =
            Grade::ALL.iter().map(|&g| grade_symbol(g)).collect();
        assert_eq!((shapes.len(), symbols.len()), (4, 4));
        assert!(shapes
            .iter()
            .all(|path| path.starts_with('M') && path.ends_with('Z')));
    }

    #[test]
    fn counts_are_grouped_in_threes() {
        let shown = [0, 7, 999, 1_000, 10_000, 123_456, 1_234_567].map(|n| Count(n).to_string());
        assert_eq!(
            shown,
            ["0", "7", "999", "1,000", "10,000", "123,456", "1,234,567"]
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

    #[test]
    fn keys_move_the_roving_focus_and_stop_at_the_ends() {
        assert_eq!(Step::from_key("ArrowDown"), Some(Step::Next));
        assert_eq!(Step::from_key("ArrowLeft"), Some(Step::Previous));
        assert_eq!(Step::from_key("a"), None);
        assert_eq!(Step::Next.from_index(1, 3), 2);
        assert_eq!(Step::Next.from_index(2, 3), 2);
        assert_eq!(Step::Previous.from_index(0, 3), 0);
        assert_eq!(Step::Last.from_index(0, 3), 2);
        assert_eq!(Step::First.from_index(2, 3), 0);
        assert_eq!(Step::Last.from_index(0, 0), 0);
    }

    #[test]
    fn event_titles_and_kinds_read_naturally() {
        let data = newham();
        assert_eq!(
            event_title(data.event("e2020").unwrap()),
            "Monitoring visit, Sep 2020"
        );
        assert!(is_graded_kind(EventKind::Inspection));
        assert!(!is_graded_kind(EventKind::FocusedVisit));
        assert_eq!(sentence_case(""), "");
    }
}
