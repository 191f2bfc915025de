//! Small datasets shared by the view model's unit tests.

use crate::index::IndexedDataset;
use crate::model::{
    Dataset, Date, Event, EventKind, Grade, Judgement, Person, Quote, Rating, Source, Span,
    SpeakerKind,
};

pub fn source(id: &str, text: &str) -> Source {
    Source {
        id: id.into(),
        title: format!("Title {id}"),
        publisher: Some("Newham Recorder".into()),
        url: None,
        published: Some(Date::stated("2021-10-20")),
        text: text.into(),
    }
}

pub fn event(id: &str, kind: EventKind, date: &str, grades: &[(Judgement, Grade)]) -> Event {
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

/// An inspection the sources date only as before `bound` ("once inadequate"), then the
/// one reported at `bound`: overall inadequate, then good.
pub fn inadequate_before_good(bound: &str) -> [Event; 2] {
    let overall = |grade| [(Judgement::OverallEffectiveness, grade)];
    let mut earlier = event(
        "earlier",
        EventKind::Inspection,
        bound,
        &overall(Grade::Inadequate),
    );
    earlier.date.before = true;
    let reported = event(
        "reported",
        EventKind::Inspection,
        bound,
        &overall(Grade::Good),
    );
    [earlier, reported]
}

pub fn quote(id: &str, text: &str, speaker: &str, event: Option<&str>) -> Quote {
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

pub fn newham() -> Dataset {
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

pub fn yearly_inspections(first_year: usize, years: usize) -> IndexedDataset {
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
