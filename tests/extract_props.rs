#![cfg(not(target_arch = "wasm32"))]
//! The extractor never panics: arbitrary text, text full of quotation marks, dates and
//! grade words, and seed articles cut off anywhere all give a dataset that validates.

use proptest::prelude::*;
use rating_timeline::extract::{extract, Article};
use rating_timeline::model::Date;

fn seeds() -> Vec<String> {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/www/data/sources");
    let mut paths: Vec<_> = std::fs::read_dir(folder)
        .expect("the sources folder exists")
        .map(|entry| entry.expect("readable entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("readable seed"))
        .collect()
}

/// Extracts from `texts` and checks that the result holds together.
fn extract_checked(texts: &[String], published: Option<Date>) {
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let mut article = Article::new(format!("s{i}"), text.clone());
            article.published = published.clone();
            article
        })
        .collect();
    let extraction = extract(&articles);
    assert_eq!(extraction.dataset.validate(), Ok(()));
}

/// Pieces of news prose that exercise every rule, to be shuffled together.
fn prose_piece() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        "\n",
        "\n\n",
        " ",
        ". ",
        ", ",
        ": ",
        "said:",
        " she said",
        "It goes on:",
        "Inspectors wrote:",
        "The report says",
        "Cllr Jo Bloggs",
        "Mr Bloggs",
        "Mayor of Westbury Ann Lee OBE",
        ", cabinet member for children,",
        "rated",
        "rating",
        "'good'",
        "‘outstanding’",
        "requires improvement",
        "inadequate",
        "'excellent'",
        "overall effectiveness",
        "the impact of leaders",
        "care leavers",
        "inspection",
        "monitoring visit",
        "monitoring visits",
        "focused visit",
        "two-day",
        "report",
        "published",
        "Published: 21 Sep 2022",
        "Tuesday (October 19)",
        "between July 18 and 29",
        "in September",
        "last year",
        "this week",
        "today",
        "2019",
        "29 February",
        "31 June",
        "é",
        "£",
        "…",
        "—",
    ])
    .prop_map(str::to_string)
}

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec(prose_piece(), 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(texts in prop::collection::vec(any::<String>(), 1..3)) {
        extract_checked(&texts, None);
    }

    #[test]
    fn shuffled_news_prose_never_panics(texts in prop::collection::vec(prose(), 1..3), dated in any::<bool>()) {
        extract_checked(&texts, dated.then(|| Date::stated("2022-09")));
    }

    #[test]
    fn seeds_cut_off_anywhere_never_panic(which in 0usize..5, cut in 0.0f64..1.0) {
        let seeds = seeds();
        let text = &seeds[which % seeds.len()];
        let mut end = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        extract_checked(&[text[..end].to_string(), seeds[(which + 1) % seeds.len()].clone()], None);
    }
}
