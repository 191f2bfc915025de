//! How grades, dates, speakers and sources are worded for a reader.

use super::{plain_date, short_date};
use crate::model::{Dataset, Event, EventKind, Grade, Quote, Source};

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
    let date = source.published.as_ref().map(plain_date);
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

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::Span;
    use crate::model::{Date, EventKind, Grade};
    use crate::view_model::fixtures::*;
    use crate::view_model::*;

    #[test]
    fn an_approximate_date_reads_plainly_and_its_note_quotes_the_articles_words() {
        let data = newham();
        let text = &data.sources[0].text;
        let start = text.find("Tuesday").unwrap();
        let date = Date {
            value: "2021-10".into(),
            end: None,
            inferred: true,
            before: false,
            basis: Some("Tuesday (October 19) falls in 2021".into()),
            source: Some("s1".into()),
            span: Some(Span {
                start,
                end: start + "Tuesday (October 19)".len(),
            }),
        };
        assert_eq!(plain_date(&date), "October 2021");
        let note = date_note(&data, &date).unwrap();
        assert!(note.contains("‘Tuesday (October 19)’"), "{note}");
        assert!(!note.contains("inferred"), "{note}");
        assert_eq!(plain_date(&Date::stated("2021-10")), "October 2021");
        assert_eq!(date_note(&data, &Date::stated("2021-10")), None);
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
