//! The public dataset format: what the extractor writes and the widget reads.
//!
//! Every grade, date and quote carries the source it came from and a byte span
//! into that source's text, so the widget can show the reader the exact words.
//! [`Dataset::validate`] checks those links; a dataset that fails it is refused
//! with a message naming what is wrong, never shown half-broken.

use crate::index::{sort_positions, DatasetIds, IdIndex, Identified};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A whole timeline: the articles, who speaks in them, what happened and what was said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Dataset {
    /// The organisation the timeline is about, e.g. "Newham Council", where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

/// One article or press release, with its full text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// The full article text; every [`Span`] of this source indexes into it.
    pub text: String,
}

/// Whether a speaker is a person or a body such as an inspectorate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    #[default]
    Person,
    Organisation,
}

/// A speaker, known under every name the articles use for them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    /// The fullest plain name, e.g. "Sarah Ruiz".
    pub name: String,
    /// Every other form found in the sources, e.g. "Cllr Sarah Ruiz".
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub kind: SpeakerKind,
}

/// What sort of regulatory event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A full graded inspection.
    Inspection,
    /// A monitoring visit to an authority judged inadequate; ungraded.
    MonitoringVisit,
    /// A focused visit on one area of practice; ungraded.
    FocusedVisit,
}

impl EventKind {
    /// Reader-facing name, e.g. "monitoring visit".
    pub fn label(self) -> &'static str {
        match self {
            EventKind::Inspection => "inspection",
            EventKind::MonitoringVisit => "monitoring visit",
            EventKind::FocusedVisit => "focused visit",
        }
    }
}

/// One inspection or visit, as reported by one or more sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub kind: EventKind,
    /// When it took place (or, if only that is known, when it was reported).
    pub date: Date,
    /// When its report was published, where a source says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// Only the grades a source states; a judgement no source gives is absent.
    #[serde(default)]
    pub ratings: Vec<Rating>,
    /// Ids of every source that reports this event.
    pub sources: Vec<String>,
}

impl Event {
    /// The grade given for `judgement`, if any source states it.
    pub fn grade(&self, judgement: Judgement) -> Option<Grade> {
        self.ratings
            .iter()
            .find(|rating| rating.judgement == judgement)
            .map(|rating| rating.grade)
    }
}

/// One graded judgement, with the words that state it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rating {
    pub judgement: Judgement,
    pub grade: Grade,
    pub source: String,
    pub span: Span,
}

/// The judgements of an Ofsted inspection of local authority children's services (ILACS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Judgement {
    OverallEffectiveness,
    ImpactOfLeaders,
    HelpAndProtection,
    ChildrenInCare,
    CareLeavers,
}

impl Judgement {
    /// All judgements, overall effectiveness first.
    pub const ALL: [Judgement; 5] = [
        Judgement::OverallEffectiveness,
        Judgement::ImpactOfLeaders,
        Judgement::HelpAndProtection,
        Judgement::ChildrenInCare,
        Judgement::CareLeavers,
    ];

    /// Where the judgement stands in [`Judgement::ALL`]: an index for a table of one
    /// entry per judgement.
    pub fn index(self) -> usize {
        Judgement::ALL
            .iter()
            .position(|j| *j == self)
            .unwrap_or_default()
    }

    /// Reader-facing name of the judgement.
    pub fn label(self) -> &'static str {
        match self {
            Judgement::OverallEffectiveness => "Overall effectiveness",
            Judgement::ImpactOfLeaders => "Impact of leaders",
            Judgement::HelpAndProtection => "Help and protection",
            Judgement::ChildrenInCare => "Children in care",
            Judgement::CareLeavers => "Care leavers",
        }
    }

    /// The serialised name, e.g. `impact_of_leaders`.
    pub fn key(self) -> &'static str {
        match self {
            Judgement::OverallEffectiveness => "overall_effectiveness",
            Judgement::ImpactOfLeaders => "impact_of_leaders",
            Judgement::HelpAndProtection => "help_and_protection",
            Judgement::ChildrenInCare => "children_in_care",
            Judgement::CareLeavers => "care_leavers",
        }
    }

    /// Parses the serialised name.
    pub fn from_key(key: &str) -> Option<Judgement> {
        Judgement::ALL.into_iter().find(|j| j.key() == key)
    }
}

/// Ofsted's four-point scale, worst first, so `Ord` follows quality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    Inadequate,
    RequiresImprovement,
    Good,
    Outstanding,
}

impl Grade {
    /// All grades, worst first.
    pub const ALL: [Grade; 4] = [
        Grade::Inadequate,
        Grade::RequiresImprovement,
        Grade::Good,
        Grade::Outstanding,
    ];

    /// Reader-facing name, e.g. "Requires improvement".
    pub fn label(self) -> &'static str {
        match self {
            Grade::Inadequate => "Inadequate",
            Grade::RequiresImprovement => "Requires improvement",
            Grade::Good => "Good",
            Grade::Outstanding => "Outstanding",
        }
    }

    /// The serialised name, e.g. `requires_improvement`.
    pub fn key(self) -> &'static str {
        match self {
            Grade::Inadequate => "inadequate",
            Grade::RequiresImprovement => "requires_improvement",
            Grade::Good => "good",
            Grade::Outstanding => "outstanding",
        }
    }

    /// Position on the scale: 0 for inadequate up to 3 for outstanding.
    pub fn rank(self) -> usize {
        self as usize
    }

    /// Parses a grade as written in prose ("Requires Improvement", "good") or as a key.
    pub fn from_words(words: &str) -> Option<Grade> {
        let normalised = words.trim().to_lowercase().replace(['_', '-'], " ");
        Grade::ALL
            .into_iter()
            .find(|grade| grade.label().to_lowercase() == normalised)
    }
}

/// A quotation, verbatim, with who said it and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    /// Exactly the characters of `source`'s text at `span`.
    pub text: String,
    /// A [`Person`] id.
    pub speaker: String,
    /// The speaker's title as this source gives it, e.g. "cabinet member for children's services".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The [`Event`] the quote is about, where it can be told.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    pub source: String,
    pub span: Span,
    /// True for a short quoted phrase inside reported speech, false for a statement.
    #[serde(default)]
    pub fragment: bool,
}

/// Byte offsets `[start, end)` into a source's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// The spanned text, or `None` if the span is out of range or splits a character.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

/// A calendar date at the precision the sources give, with how it was worked out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Date {
    /// "YYYY", "YYYY-MM" or "YYYY-MM-DD".
    pub value: String,
    /// The last day of a range such as "between July 18 and 29".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// True when the value is not written out in full in a source.
    #[serde(default)]
    pub inferred: bool,
    /// True when the sources give no date, only that it came before `value`: "once
    /// 'inadequate', now 'good'" tells of an inspection before the one reported, and
    /// `value` is that one's date.
    #[serde(default, skip_serializing_if = "is_false")]
    pub before: bool,
    /// How an inferred date was worked out, e.g. "Tuesday (October 19) falls on a Tuesday in 2021".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    /// The source whose words give this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where in that source the date's words stand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Date {
    /// A date stated outright, at `value`'s precision.
    pub fn stated(value: impl Into<String>) -> Date {
        Date {
            value: value.into(),
            end: None,
            inferred: false,
            before: false,
            basis: None,
            source: None,
            span: None,
        }
    }

    /// Year, month and day as far as `value` gives them.
    pub fn parts(&self) -> Option<DateParts> {
        DateParts::parse(&self.value)
    }

    /// Where the date falls on a time axis, in fractional years, if it is well formed.
    /// A date known only as [`Date::before`] another sits just before it, so that it
    /// sorts first; the chart sets it further apart (see `view_model::chart`).
    pub fn time(&self) -> Option<f64> {
        let time = self.parts().map(|parts| parts.as_fractional_year())?;
        Some(if self.before { time - BEFORE_GAP } else { time })
    }

    /// The year, if the value is well formed.
    pub fn year(&self) -> Option<i32> {
        self.parts().map(|parts| parts.year)
    }

    /// Reader-facing form: "2022", "Sep 2022", "21 Sep 2022", a range "18–29 Jul 2022",
    /// or "before Sep 2022".
    pub fn display(&self) -> String {
        let Some(start) = self.parts() else {
            return self.value.clone();
        };
        if self.before {
            return format!("before {}", start.display());
        }
        match self.end.as_deref().and_then(DateParts::parse) {
            Some(end) if end.year == start.year && end.month == start.month => match start.day {
                Some(day) => format!("{day}–{}", end.display()),
                None => end.display(),
            },
            Some(end) => format!("{} – {}", start.display(), end.display()),
            None => start.display(),
        }
    }
}

/// How far before its bound, in years, a date known only as before another sorts.
pub const BEFORE_GAP: f64 = 1e-3;

fn is_false(value: &bool) -> bool {
    !*value
}

/// The parsed pieces of a [`Date`] value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateParts {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// Three-letter English month names, January first.
pub const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl DateParts {
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else is `None`.
    pub fn parse(value: &str) -> Option<DateParts> {
        let mut pieces = value.split('-');
        let year = parse_digits(pieces.next()?, 4)? as i32;
        let month = match pieces.next() {
            Some(m) => Some(parse_digits(m, 2)?),
            None => None,
        };
        let day = match pieces.next() {
            Some(d) => Some(parse_digits(d, 2)?),
            None => None,
        };
        if pieces.next().is_some() {
            return None;
        }
        if month.is_some_and(|m| !(1..=12).contains(&m)) {
            return None;
        }
        if let (Some(m), Some(d)) = (month, day) {
            if d == 0 || d > days_in_month(year, m) {
                return None;
            }
        }
        Some(DateParts { year, month, day })
    }

    /// Reader-facing form: "2022", "Sep 2022" or "21 Sep 2022".
    pub fn display(&self) -> String {
        let month = self.month.map(|m| MONTH_ABBREVIATIONS[(m - 1) as usize]);
        match (self.day, month) {
            (Some(day), Some(month)) => format!("{day} {month} {}", self.year),
            (None, Some(month)) => format!("{month} {}", self.year),
            _ => self.year.to_string(),
        }
    }

    /// Fraction of a year elapsed at this date's midpoint, for placing it on a time axis.
    pub fn as_fractional_year(&self) -> f64 {
        let month = self.month.map_or(6.5, |m| m as f64 - 0.5);
        let day_fraction = self.day.map_or(0.0, |d| (d as f64 - 15.0) / 30.0);
        self.year as f64 + (month + day_fraction) / 12.0
    }
}

fn parse_digits(text: &str, width: usize) -> Option<u32> {
    if text.len() == width && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// Days in `month` (1–12) of `year`, in the Gregorian calendar.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// One thing wrong with a dataset, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, e.g. `quotes[3] (q-ruiz-2021-1)`.
    pub at: String,
    /// What is wrong, in words a data editor understands.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// The problems as one text, each as "where: what", joined by `separator`.
pub fn join_problems(problems: &[Problem], separator: &str) -> String {
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    listed.join(separator)
}

impl Dataset {
    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|person| person.id == id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|event| event.id == id)
    }

    /// The quote with this id.
    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.quotes.iter().find(|quote| quote.id == id)
    }

    /// The events' positions in date order; events with unreadable dates come last,
    /// in data order.
    pub fn date_order(&self) -> Vec<usize> {
        let time = |index: usize| self.events[index].date.time().unwrap_or(f64::INFINITY);
        let mut order: Vec<usize> = (0..self.events.len()).collect();
        sort_positions(&mut order, &|a, b| time(a).total_cmp(&time(b)));
        order
    }

    /// Checks every link and span: ids unique, references resolve, dates well formed,
    /// and each quote's text equal to its source's text at its span.
    pub fn validate(&self) -> Result<(), Vec<Problem>> {
        self.validate_with(&DatasetIds::new(self))
    }

    /// [`Dataset::validate`] with this dataset's id indexes already built.
    pub(crate) fn validate_with(&self, ids: &DatasetIds) -> Result<(), Vec<Problem>> {
        let mut problems = Vec::new();
        let mut report = |at: String, message: String| problems.push(Problem { at, message });
        check_ids("sources", &self.sources, &ids.sources, &mut report);
        check_ids("people", &self.people, &ids.people, &mut report);
        check_ids("events", &self.events, &ids.events, &mut report);
        check_ids("quotes", &self.quotes, &ids.quotes, &mut report);
        let lookup = Lookup { dataset: self, ids };

        for (i, source) in self.sources.iter().enumerate() {
            let at = || format!("sources[{i}] ({})", source.id);
            if let Some(date) = &source.published {
                lookup.check_date(&at, "published", date, &mut report);
            }
        }
        for (i, event) in self.events.iter().enumerate() {
            let at = || format!("events[{i}] ({})", event.id);
            lookup.check_date(&at, "date", &event.date, &mut report);
            if let Some(date) = &event.published {
                lookup.check_date(&at, "published", date, &mut report);
            }
            if event.sources.is_empty() {
                report(at(), "names no source".into());
            }
            for source in &event.sources {
                lookup.check_source_exists(&at, source, &mut report);
            }
            for rating in &event.ratings {
                let what = format!("{} rating", rating.judgement.key());
                lookup.check_span(&at, &what, &rating.source, rating.span, &mut report);
            }
        }
        for (i, quote) in self.quotes.iter().enumerate() {
            let at = || format!("quotes[{i}] ({})", quote.id);
            if ids.people.find(&self.people, &quote.speaker).is_none() {
                report(
                    at(),
                    format!("speaker '{}' is not in people", quote.speaker),
                );
            }
            if let Some(event) = &quote.event {
                if ids.events.find(&self.events, event).is_none() {
                    report(at(), format!("event '{event}' is not in events"));
                }
            }
            if let Some(spanned) =
                lookup.check_span(&at, "text", &quote.source, quote.span, &mut report)
            {
                if spanned != quote.text {
                    report(
                        at(),
                        "text is not verbatim: it differs from its source at its span".into(),
                    );
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// The indexes [`Dataset::validate`] resolves references with, so that checking a large
/// dataset takes a binary search per reference rather than a scan of a list.
struct Lookup<'a> {
    dataset: &'a Dataset,
    ids: &'a DatasetIds,
}

impl<'a> Lookup<'a> {
    fn check_date(
        &self,
        at: &impl Fn() -> String,
        field: &str,
        date: &Date,
        report: &mut impl FnMut(String, String),
    ) {
        for value in std::iter::once(&date.value).chain(date.end.as_ref()) {
            if DateParts::parse(value).is_none() {
                report(
                    at(),
                    format!(
                        "{field} '{value}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
                    ),
                );
            }
        }
        if let (Some(source), Some(span)) = (&date.source, date.span) {
            self.check_span(at, field, source, span, report);
        }
    }

    fn check_source_exists(
        &self,
        at: &impl Fn() -> String,
        id: &str,
        report: &mut impl FnMut(String, String),
    ) -> Option<&'a Source> {
        let sources = &self.dataset.sources;
        let found = self
            .ids
            .sources
            .find(sources, id)
            .map(|index| &sources[index]);
        if found.is_none() {
            report(at(), format!("source '{id}' is not in sources"));
        }
        found
    }

    /// Reports a span that does not fit its source; returns the spanned text when it does.
    fn check_span(
        &self,
        at: &impl Fn() -> String,
        what: &str,
        source: &str,
        span: Span,
        report: &mut impl FnMut(String, String),
    ) -> Option<&'a str> {
        let text = &self.check_source_exists(at, source, report)?.text;
        let spanned = span.slice(text).filter(|_| span.start < span.end);
        if spanned.is_none() {
            report(
                at(),
                format!(
                    "{what} span {}..{} does not fit source '{source}' ({} bytes)",
                    span.start,
                    span.end,
                    text.len()
                ),
            );
        }
        spanned
    }
}

/// Reports empty and repeated ids in `items` (the list called `list`, indexed by `index`).
fn check_ids<T: Identified>(
    list: &str,
    items: &[T],
    index: &IdIndex,
    report: &mut impl FnMut(String, String),
) {
    for (i, item) in items.iter().enumerate() {
        if item.id().trim().is_empty() {
            report(format!("{list}[{i}]"), "has an empty id".into());
        }
    }
    let mut repeats: Vec<usize> = index.repeats(items).collect();
    sort_positions(&mut repeats, &|a, b| a.cmp(&b));
    for i in repeats {
        let id = items[i].id();
        if !id.trim().is_empty() {
            report(format!("{list}[{i}]"), format!("id '{id}' is used twice"));
        }
    }
}

/// For tests: a dataset of one source (`text`), one inspection rated good where `text`
/// says "good", and one quote, `quote`, by Ofsted; every span fits.
#[cfg(test)]
pub(crate) fn one_quote_dataset(text: &str, quote: &str) -> Dataset {
    let start = text.find(quote).expect("the quote is in the text");
    let end = start + quote.len();
    let grade_at = text.find("good").expect("the text says good");
    Dataset {
        subject: None,
        sources: vec![Source {
            id: "s1".into(),
            title: "T".into(),
            publisher: None,
            url: None,
            published: None,
            text: text.into(),
        }],
        people: vec![Person {
            id: "ofsted".into(),
            name: "Ofsted".into(),
            aliases: vec![],
            kind: SpeakerKind::Organisation,
        }],
        events: vec![Event {
            id: "e1".into(),
            kind: EventKind::Inspection,
            date: Date::stated("2022-07"),
            published: None,
            ratings: vec![Rating {
                judgement: Judgement::OverallEffectiveness,
                grade: Grade::Good,
                source: "s1".into(),
                span: Span {
                    start: grade_at,
                    end: grade_at + 4,
                },
            }],
            sources: vec!["s1".into()],
        }],
        quotes: vec![Quote {
            id: "q1".into(),
            text: quote.into(),
            speaker: "ofsted".into(),
            role: None,
            event: Some("e1".into()),
            source: "s1".into(),
            span: Span { start, end },
            fragment: false,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_judgements_index_is_its_place_in_all() {
        for (place, judgement) in Judgement::ALL.into_iter().enumerate() {
            assert_eq!(judgement.index(), place, "{judgement:?}");
        }
    }

    fn tiny() -> Dataset {
        one_quote_dataset(
            "Inspectors said: \"Much improved.\" It was rated 'good'.",
            "Much improved.",
        )
    }

    #[test]
    fn a_consistent_dataset_validates() {
        assert_eq!(tiny().validate(), Ok(()));
    }

    #[test]
    fn a_quote_that_is_not_verbatim_is_refused() {
        let mut data = tiny();
        data.quotes[0].text = "Much improved!".into();
        let problems = data.validate().unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.contains("not verbatim"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn dangling_references_are_named() {
        let mut data = tiny();
        data.quotes[0].speaker = "nobody".into();
        data.quotes[0].source = "s9".into();
        let text = data
            .validate()
            .unwrap_err()
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(text.contains("speaker 'nobody' is not in people"), "{text}");
        assert!(text.contains("source 's9' is not in sources"), "{text}");
    }

    #[test]
    fn out_of_range_and_char_splitting_spans_are_refused() {
        let mut data = tiny();
        data.sources[0].text = "é".repeat(40);
        data.events[0].ratings[0].span = Span { start: 1, end: 3 };
        data.quotes[0].span = Span { start: 0, end: 999 };
        assert_eq!(data.validate().unwrap_err().len(), 2);
    }

    #[test]
    fn malformed_dates_and_duplicate_ids_are_refused() {
        let mut data = tiny();
        data.events[0].date = Date::stated("2022-02-30");
        data.quotes.push(data.quotes[0].clone());
        let problems = data.validate().unwrap_err();
        assert!(problems
            .iter()
            .any(|p| p.message.contains("'2022-02-30' is not a date")));
        assert!(problems
            .iter()
            .any(|p| p.message.contains("'q1' is used twice")));
    }

    #[test]
    fn dates_display_at_their_precision() {
        assert_eq!(Date::stated("2019").display(), "2019");
        assert_eq!(Date::stated("2021-10").display(), "Oct 2021");
        assert_eq!(Date::stated("2022-09-21").display(), "21 Sep 2022");
        let mut range = Date::stated("2022-07-18");
        range.end = Some("2022-07-29".into());
        assert_eq!(range.display(), "18–29 Jul 2022");
        let mut before = Date::stated("2022-09");
        before.before = true;
        assert_eq!(before.display(), "before Sep 2022");
    }

    #[test]
    fn a_date_known_only_as_before_another_sorts_just_before_it() {
        let mut before = Date::stated("2022-09");
        before.before = true;
        let bound = Date::stated("2022-09").time().unwrap();
        let time = before.time().unwrap();
        assert!(time < bound && time > Date::stated("2022-08-31").time().unwrap());
        // Written only when true, so that datasets without one are unchanged.
        let json = serde_json::to_string(&Date::stated("2022")).unwrap();
        assert!(!json.contains("before"), "{json}");
        let json = serde_json::to_string(&before).unwrap();
        assert!(json.contains(r#""before":true"#), "{json}");
    }

    #[test]
    fn grades_parse_from_prose_and_order_by_quality() {
        assert_eq!(
            Grade::from_words("Requires Improvement"),
            Some(Grade::RequiresImprovement)
        );
        assert_eq!(
            Grade::from_words("requires_improvement"),
            Some(Grade::RequiresImprovement)
        );
        assert_eq!(Grade::from_words("excellent"), None);
        assert!(Grade::Outstanding > Grade::Good && Grade::Good > Grade::Inadequate);
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn unknown_grades_in_json_are_refused_by_name() {
        let json = r#"{"judgement":"overall_effectiveness","grade":"excellent","source":"s","span":{"start":0,"end":1}}"#;
        let error = serde_json::from_str::<Rating>(json)
            .unwrap_err()
            .to_string();
        assert!(error.contains("excellent"), "{error}");
    }
}
