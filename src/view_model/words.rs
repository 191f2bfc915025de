//! How grades, dates, speakers and sources are worded for a reader.

use super::{plain_date, short_date};
use crate::model::{Dataset, Date, Event, EventKind, Grade, Quote, Source};

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
        short_date(&event.date)
    )
}

/// A source text split around a quote, for highlighting: (before, quote, after).
/// `None` if the span does not fit the text.
pub fn split_around<'a>(text: &'a str, quote: &Quote) -> Option<(&'a str, &'a str, &'a str)> {
    let marked = quote.span.slice(text)?;
    Some((&text[..quote.span.start], marked, &text[quote.span.end..]))
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
