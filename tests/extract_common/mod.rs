//! Helpers shared by the extractor's whole-pipeline tests on short written texts.
// Each test file uses some of these helpers, not all.
#![allow(dead_code)]

use rating_timeline::extract::{extract, Article, Extraction};
use rating_timeline::model::{Dataset, Date, EventKind, Grade, Judgement, Quote};

/// Extracts one article, published on `published` if given, and checks the dataset is
/// valid.
pub fn one_article(text: &str, published: Option<&str>) -> Extraction {
    let mut article = Article::new("a", text);
    article.published = published.map(Date::stated);
    let extraction = extract(&[article]);
    assert_eq!(extraction.dataset.validate(), Ok(()));
    extraction
}

/// An event's kind, date and grades.
pub type Graded = (EventKind, String, Vec<(Judgement, Grade)>);

/// Each event's kind, date and grades, in the order of their dates' text (an
/// inspection dated only as before another, "before 2019-05", after the dated ones).
pub fn grades_by_event(data: &Dataset) -> Vec<Graded> {
    let mut events: Vec<Graded> = data
        .events
        .iter()
        .map(|e| {
            let mut grades: Vec<_> = e.ratings.iter().map(|r| (r.judgement, r.grade)).collect();
            grades.sort();
            // An inspection dated only as before another reads "before 2019-05".
            let date = if e.date.before {
                format!("before {}", e.date.value)
            } else {
                e.date.value.clone()
            };
            (e.kind, date, grades)
        })
        .collect();
    events.sort_by(|a, b| a.1.cmp(&b.1));
    events
}

/// Each event's date and grades, in date order, for one article published on
/// `published` if given.
pub fn dated_grades_of(
    text: &str,
    published: Option<&str>,
) -> Vec<(String, Vec<(Judgement, Grade)>)> {
    grades_by_event(&one_article(text, published).dataset)
        .into_iter()
        .map(|(_, date, grades)| (date, grades))
        .collect()
}

/// The quote whose text starts with `start`; the test fails, listing the quotes, when
/// there is none.
pub fn quote_starting<'d>(data: &'d Dataset, start: &str) -> &'d Quote {
    data.quotes
        .iter()
        .find(|q| q.text.starts_with(start))
        .unwrap_or_else(|| panic!("no quote {start:?}: {:?}", data.quotes))
}

/// The name of the person the quote starting with `start` is given to, and whether it
/// is a fragment.
pub fn speaker_of(data: &Dataset, start: &str) -> (String, bool) {
    let quote = quote_starting(data, start);
    let person = data
        .people
        .iter()
        .find(|p| p.id == quote.speaker)
        .unwrap_or_else(|| panic!("no person {:?}", quote.speaker));
    (person.name.clone(), quote.fragment)
}
