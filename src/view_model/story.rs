//! What each event says to a reader: a one-line headline built from its grades and
//! words, plain dates with a note on how an approximate one was worked out, and the
//! order its quotes are shown in. Nothing here is typed for a particular dataset.

use crate::index::IndexedDataset;
use crate::model::{Dataset, Date, DateParts, Event, Grade, Judgement, Quote, SpeakerKind};

/// English month names, January first.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How many of an event's quotes are shown before "More quotes (n)".
pub const QUOTES_SHOWN_FIRST: usize = 2;

/// The longest quoted phrase a visit's headline may carry, in characters.
const HEADLINE_PHRASE_CHARS: usize = 60;

/// A date as a reader says it: "2020", "July 2022", "19 October 2021". A range within
/// one month reads as that month ("July 2022" for 18–29 July); one across months names
/// both ("December 2019 – January 2020").
pub fn plain_date(date: &Date) -> String {
    let Some(start) = date.parts() else {
        return date.value.clone();
    };
    if date.before {
        let bound = Date::stated(date.value.clone());
        return format!("before {}", plain_date(&bound));
    }
    let end = date.end.as_deref().and_then(DateParts::parse);
    match end {
        Some(end) if end.year == start.year && end.month == start.month => {
            month_year(end.month, end.year)
        }
        Some(end) => format!(
            "{} – {}",
            month_year(start.month, start.year),
            month_year(end.month, end.year)
        ),
        None => match (start.day, start.month) {
            (Some(day), Some(month)) => format!("{day} {}", month_year(Some(month), start.year)),
            _ => month_year(start.month, start.year),
        },
    }
}

fn month_year(month: Option<u32>, year: i32) -> String {
    match month.and_then(|m| MONTHS.get((m as usize).wrapping_sub(1))) {
        Some(name) => format!("{name} {year}"),
        None => year.to_string(),
    }
}

/// For an approximate date, how it was worked out, in plain English and with the
/// article's own words: "The article, published in 2020, says ‘this week’." `None`
/// for a date stated in full.
pub fn date_note(dataset: &Dataset, date: &Date) -> Option<String> {
    if !date.inferred && !date.before {
        return None;
    }
    let source = date.source.as_deref().and_then(|id| dataset.source(id));
    let words = source
        .zip(date.span)
        .and_then(|(source, span)| span.slice(&source.text))
        .map(|words| words.trim().trim_end_matches([',', '.', ';', ':']));
    if date.before {
        let bound = plain_date(&Date::stated(date.value.clone()));
        return Some(match words {
            Some(words) => format!(
                "The sources give no date for this, only that it came before {bound}: ‘{words}’."
            ),
            None => format!("The sources give no date for this, only that it came before {bound}."),
        });
    }
    let published = source
        .and_then(|source| source.published.as_ref())
        .filter(|published| !published.inferred)
        .map(|published| match published.parts() {
            Some(parts) if parts.day.is_some() => format!("on {}", plain_date(published)),
            _ => format!("in {}", plain_date(published)),
        });
    Some(match (words, published) {
        (Some(words), Some(published)) => {
            format!("The article, published {published}, says ‘{words}’.")
        }
        (Some(words), None) => {
            format!("Worked out from ‘{words}’ in the article, which gives no full date.")
        }
        (None, _) => "The sources give no full date for this.".to_string(),
    })
}

/// A short name for a judgement inside a sentence: "leadership", "care leavers".
pub fn judgement_phrase(judgement: Judgement) -> &'static str {
    match judgement {
        Judgement::OverallEffectiveness => "overall",
        Judgement::ImpactOfLeaders => "leadership",
        Judgement::HelpAndProtection => "help and protection",
        Judgement::ChildrenInCare => "children in care",
        Judgement::CareLeavers => "care leavers",
    }
}

/// What happened, in one line built from the event's data:
/// - every judgement graded alike: "Outstanding in all five areas";
/// - an overall grade: "Rated Inadequate overall", "Good overall; leadership Outstanding";
/// - only other judgements: "Leadership Outstanding; care leavers Good";
/// - an ungraded event: its kind and the inspectors' shortest telling phrase,
///   "Monitoring visit: ‘much to do’", else "Monitoring visit: not graded".
pub fn event_headline(data: &IndexedDataset, event_index: usize) -> String {
    let Some(event) = data.events.get(event_index) else {
        return String::new();
    };
    let graded: Vec<(Judgement, Grade)> = Judgement::ALL
        .into_iter()
        .filter_map(|judgement| Some((judgement, event.grade(judgement)?)))
        .collect();
    if graded.is_empty() {
        let kind = super::sentence_case(event.kind.label());
        return match inspectors_phrase(data, event_index) {
            Some(phrase) => format!("{kind}: ‘{phrase}’"),
            None if super::is_graded_kind(event.kind) => {
                format!("{kind}: grades not stated in the sources")
            }
            None => format!("{kind}: not graded"),
        };
    }
    let all = Judgement::ALL.len();
    if graded.len() == all && graded.iter().all(|&(_, grade)| grade == graded[0].1) {
        return format!("{} in all {} areas", graded[0].1.label(), number_word(all));
    }
    let overall = event.grade(Judgement::OverallEffectiveness);
    let others: Vec<String> = graded
        .iter()
        .filter(|&&(judgement, grade)| {
            judgement != Judgement::OverallEffectiveness && Some(grade) != overall
        })
        .map(|&(judgement, grade)| format!("{} {}", judgement_phrase(judgement), grade.label()))
        .collect();
    let non_overall = graded
        .iter()
        .filter(|&&(judgement, _)| judgement != Judgement::OverallEffectiveness)
        .count();
    let same_as_overall = non_overall - others.len();
    match overall {
        Some(Grade::RequiresImprovement) if others.is_empty() && same_as_overall == 0 => {
            "Requires improvement overall".to_string()
        }
        Some(overall) if others.is_empty() && same_as_overall == 0 => {
            format!("Rated {} overall", overall.label())
        }
        Some(overall) if others.is_empty() => {
            format!("{} overall and in every area stated", overall.label())
        }
        Some(overall) => format!("{} overall; {}", overall.label(), others.join("; ")),
        None => super::sentence_case(&others.join("; ")),
    }
}

fn number_word(n: usize) -> String {
    match n {
        2 => "two".into(),
        3 => "three".into(),
        4 => "four".into(),
        5 => "five".into(),
        n => n.to_string(),
    }
}

/// The first phrase the inspectors are quoted with about this event that says something
/// on its own (two words or more, short enough for a headline), verbatim.
fn inspectors_phrase(data: &IndexedDataset, event_index: usize) -> Option<&str> {
    data.quotes_of(Some(event_index))
        .iter()
        .map(|&index| &data.quotes[index])
        .filter(|quote| quote.fragment && is_organisation(data, quote))
        .map(|quote| quote.text.trim())
        .find(|text| {
            text.split_whitespace().count() >= 2 && text.chars().count() <= HEADLINE_PHRASE_CHARS
        })
}

fn is_organisation(data: &IndexedDataset, quote: &Quote) -> bool {
    data.person(&quote.speaker)
        .is_some_and(|person| person.kind == SpeakerKind::Organisation)
}

/// An event's quotes (positions in the dataset's quotes) in the order a reader meets
/// them: statements before quoted fragments; among statements, the inspectorate's first
/// (its findings are the news), and each speaker's first statement before anyone's
/// second, so that the few shown first are different voices. Otherwise the articles' order.
pub fn quotes_in_reading_order(data: &Dataset, indices: Vec<usize>) -> Vec<usize> {
    // Plain passes rather than sorts: the wasm keeps one sort (index::sort_positions).
    let (mut inspectorate, mut others, mut fragments) = (Vec::new(), Vec::new(), Vec::new());
    for index in indices {
        let Some(quote) = data.quotes.get(index) else {
            continue;
        };
        let by_organisation = data
            .person(&quote.speaker)
            .is_some_and(|person| person.kind == SpeakerKind::Organisation);
        match (quote.fragment, by_organisation) {
            (true, _) => fragments.push(index),
            (false, true) => inspectorate.push(index),
            (false, false) => others.push(index),
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    let (mut firsts, mut seconds) = (Vec::new(), Vec::new());
    for index in inspectorate.into_iter().chain(others) {
        let speaker = data.quotes[index].speaker.as_str();
        if seen.contains(&speaker) {
            seconds.push(index);
        } else {
            seen.push(speaker);
            firsts.push(index);
        }
    }
    firsts.extend(seconds);
    firsts.extend(fragments);
    firsts
}

/// A date in a few characters, for controls and labels: "Jul 2022", "2020".
pub fn short_date(date: &Date) -> String {
    match date.parts() {
        Some(parts) if date.before => {
            format!("before {}", DateParts { day: None, ..parts }.display())
        }
        Some(parts) => DateParts { day: None, ..parts }.display(),
        None => date.value.clone(),
    }
}

/// The grades a card lists, as (what, grade): every judgement graded alike reads as one
/// row, "All five areas"; otherwise one row a stated judgement, by its short name.
pub fn grade_rows(event: &Event) -> Vec<(String, Grade)> {
    let graded: Vec<(Judgement, Grade)> = Judgement::ALL
        .into_iter()
        .filter_map(|judgement| Some((judgement, event.grade(judgement)?)))
        .collect();
    let all = Judgement::ALL.len();
    if graded.len() == all && graded.iter().all(|&(_, grade)| grade == graded[0].1) {
        return vec![(format!("All {} areas", number_word(all)), graded[0].1)];
    }
    graded
        .into_iter()
        .map(|(judgement, grade)| (super::sentence_case(judgement_phrase(judgement)), grade))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventKind, Person, Rating, Source, Span};

    fn rating(judgement: Judgement, grade: Grade) -> Rating {
        Rating {
            judgement,
            grade,
            source: "s".into(),
            span: Span { start: 0, end: 1 },
        }
    }

    fn event(kind: EventKind, ratings: Vec<Rating>) -> Event {
        Event {
            id: "e".into(),
            kind,
            date: Date::stated("2022-07"),
            published: None,
            ratings,
            sources: vec![],
        }
    }

    fn quote(text: &str, speaker: &str, fragment: bool) -> Quote {
        Quote {
            id: format!("q{}", text.len()),
            text: text.into(),
            speaker: speaker.into(),
            role: None,
            event: Some("e".into()),
            source: "s".into(),
            span: Span { start: 0, end: 1 },
            fragment,
        }
    }

    fn data(event: Event, quotes: Vec<Quote>) -> IndexedDataset {
        let mut quotes = quotes;
        for (n, quote) in quotes.iter_mut().enumerate() {
            quote.id = format!("q{n}");
        }
        IndexedDataset::new(Dataset {
            events: vec![event],
            quotes,
            people: vec![
                Person {
                    id: "ofsted".into(),
                    name: "Ofsted".into(),
                    aliases: vec![],
                    kind: SpeakerKind::Organisation,
                },
                Person {
                    id: "mayor".into(),
                    name: "A Mayor".into(),
                    aliases: vec![],
                    kind: SpeakerKind::Person,
                },
            ],
            ..Dataset::default()
        })
    }

    #[test]
    fn headlines_say_the_grades() {
        use Grade::*;
        use Judgement::*;
        let headline =
            |ratings| event_headline(&data(event(EventKind::Inspection, ratings), vec![]), 0);
        assert_eq!(
            headline(vec![rating(OverallEffectiveness, Inadequate)]),
            "Rated Inadequate overall"
        );
        assert_eq!(
            headline(vec![
                rating(OverallEffectiveness, Good),
                rating(ImpactOfLeaders, Outstanding)
            ]),
            "Good overall; leadership Outstanding"
        );
        let all = Judgement::ALL
            .into_iter()
            .map(|j| rating(j, Outstanding))
            .collect();
        assert_eq!(headline(all), "Outstanding in all five areas");
        assert_eq!(
            headline(vec![rating(CareLeavers, RequiresImprovement)]),
            "Care leavers Requires improvement"
        );
        assert_eq!(
            headline(vec![
                rating(OverallEffectiveness, Good),
                rating(CareLeavers, Good)
            ]),
            "Good overall and in every area stated"
        );
        assert_eq!(
            headline(vec![]),
            "Inspection: grades not stated in the sources"
        );
    }

    #[test]
    fn an_ungraded_visit_is_headed_by_the_inspectors_first_telling_phrase() {
        let visit = || event(EventKind::MonitoringVisit, vec![]);
        let quotes = vec![
            quote("robust", "ofsted", true),
            quote("we are proud of it", "mayor", true),
            quote("much to do", "ofsted", true),
        ];
        assert_eq!(
            event_headline(&data(visit(), quotes), 0),
            "Monitoring visit: ‘much to do’"
        );
        let statement_only = vec![quote("Leaders know their services well.", "ofsted", false)];
        assert_eq!(
            event_headline(&data(visit(), statement_only), 0),
            "Monitoring visit: not graded"
        );
    }

    #[test]
    fn statements_come_first_the_inspectorates_first_and_one_voice_each_before_seconds() {
        let quotes = vec![
            quote("robust", "ofsted", true),
            quote("First statement.", "mayor", false),
            quote("detailed", "ofsted", true),
            quote("Second statement.", "mayor", false),
            quote("Inspectors' statement.", "ofsted", false),
            quote("Inspectors' second.", "ofsted", false),
        ];
        let data = data(event(EventKind::Inspection, vec![]), quotes);
        assert_eq!(
            quotes_in_reading_order(&data, vec![0, 1, 2, 3, 4, 5]),
            [4, 1, 5, 3, 0, 2]
        );
    }

    #[test]
    fn grade_rows_name_judgements_shortly_and_fold_a_clean_sweep() {
        use Grade::*;
        use Judgement::*;
        let two = event(
            EventKind::Inspection,
            vec![
                rating(OverallEffectiveness, Good),
                rating(ImpactOfLeaders, Outstanding),
            ],
        );
        assert_eq!(
            grade_rows(&two),
            [
                ("Overall".to_string(), Good),
                ("Leadership".to_string(), Outstanding)
            ]
        );
        let all = event(
            EventKind::Inspection,
            Judgement::ALL
                .into_iter()
                .map(|j| rating(j, Outstanding))
                .collect(),
        );
        assert_eq!(
            grade_rows(&all),
            [("All five areas".to_string(), Outstanding)]
        );
        let mut date = Date::stated("2022-07-18");
        date.end = Some("2022-07-29".into());
        assert_eq!(short_date(&date), "Jul 2022");
    }

    #[test]
    fn dates_read_plainly() {
        assert_eq!(plain_date(&Date::stated("2020")), "2020");
        assert_eq!(plain_date(&Date::stated("2022-07")), "July 2022");
        assert_eq!(plain_date(&Date::stated("2021-10-19")), "19 October 2021");
        let mut range = Date::stated("2022-07-18");
        range.end = Some("2022-07-29".into());
        assert_eq!(plain_date(&range), "July 2022");
        range.end = Some("2022-08-02".into());
        assert_eq!(plain_date(&range), "July 2022 – August 2022");
        assert_eq!(plain_date(&Date::stated("soon")), "soon");
        let mut before = Date::stated("2021-10-19");
        before.before = true;
        assert_eq!(plain_date(&before), "before 19 October 2021");
        assert_eq!(short_date(&before), "before Oct 2021");
    }

    #[test]
    fn a_date_known_only_as_before_another_is_explained_with_the_words_that_tell_of_it() {
        let dataset = Dataset {
            sources: vec![crate::view_model::fixtures::source(
                "s",
                "Once inadequate, the service is now good.",
            )],
            ..Dataset::default()
        };
        let mut date = Date::stated("2022-07");
        date.before = true;
        assert_eq!(
            date_note(&dataset, &date).as_deref(),
            Some("The sources give no date for this, only that it came before July 2022.")
        );
        date.source = Some("s".into());
        date.span = Some(Span { start: 0, end: 16 });
        assert_eq!(
            date_note(&dataset, &date).as_deref(),
            Some("The sources give no date for this, only that it came before July 2022: ‘Once inadequate’.")
        );
    }

    #[test]
    fn an_approximate_date_is_explained_from_the_articles_words() {
        let text = "Inspectors visited this week, the council said.";
        let mut published = Date::stated("2020");
        published.inferred = false;
        let dataset = Dataset {
            sources: vec![Source {
                id: "s".into(),
                title: "t".into(),
                publisher: None,
                url: None,
                published: Some(published),
                text: text.into(),
            }],
            ..Dataset::default()
        };
        let start = text.find("this week").unwrap();
        let mut date = Date::stated("2020");
        assert_eq!(
            date_note(&dataset, &date),
            None,
            "a stated date needs no note"
        );
        date.inferred = true;
        date.basis = Some("'this week' is the article's week; taken from …".into());
        date.source = Some("s".into());
        date.span = Some(Span {
            start,
            end: start + "this week,".len(),
        });
        let note = date_note(&dataset, &date).unwrap();
        assert_eq!(note, "The article, published in 2020, says ‘this week’.");
        assert!(!note.contains("inferred"));
        date.source = None;
        assert_eq!(
            date_note(&dataset, &date).unwrap(),
            "The sources give no full date for this."
        );
    }
}
