#![cfg(not(target_arch = "wasm32"))]
//! The extractor on the five seed articles: every event, grade, speaker and role, and
//! the committed dataset equal to a fresh run.

use rating_timeline::extract::{extract, manifest, Extraction};
use rating_timeline::model::{Dataset, Event, EventKind, Grade, Judgement};
use std::path::{Path, PathBuf};

const SOURCES: &str = "www/data/sources";
const MANIFEST: &str = "www/data/sources.toml";
const TIMELINE: &str = "www/data/timeline.json";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn seed_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(SOURCES))
        .expect("the sources folder exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn run() -> Extraction {
    let (articles, warnings) =
        manifest::read_articles(&seed_files(), Some(&root().join(MANIFEST))).expect("seeds read");
    assert!(warnings.is_empty(), "{warnings:?}");
    extract(&articles)
}

fn dataset() -> Dataset {
    run().dataset
}

/// The source id whose file name starts with `prefix`, e.g. "002".
fn source(data: &Dataset, prefix: &str) -> String {
    data.sources
        .iter()
        .find(|s| s.id.starts_with(prefix))
        .map(|s| s.id.clone())
        .unwrap_or_else(|| panic!("no source {prefix}"))
}

fn event_in(data: &Dataset, kind: EventKind, year: i32) -> &Event {
    let matching: Vec<&Event> = data
        .events
        .iter()
        .filter(|e| e.kind == kind && e.date.year() == Some(year))
        .collect();
    assert_eq!(
        matching.len(),
        1,
        "one {kind:?} in {year}: {:#?}",
        data.events
    );
    matching[0]
}

fn sources_of(event: &Event) -> Vec<String> {
    event.sources.iter().map(|id| id[..3].to_string()).collect()
}

#[test]
fn the_dataset_validates_and_every_quote_is_verbatim_at_its_span() {
    let data = dataset();
    assert_eq!(data.validate(), Ok(()));
    for quote in &data.quotes {
        let text = &data.source(&quote.source).expect("source").text;
        assert_eq!(
            quote.span.slice(text),
            Some(quote.text.as_str()),
            "{}",
            quote.id
        );
        for mark in ['"', '“', '”'] {
            assert!(
                !quote.text.starts_with(mark) && !quote.text.ends_with(mark),
                "{}",
                quote.id
            );
        }
    }
    assert_eq!(data.events.len(), 5, "{:#?}", data.events);
}

#[test]
fn the_2019_inspection_is_inadequate_and_reported_by_four_articles() {
    let data = dataset();
    let event = event_in(&data, EventKind::Inspection, 2019);
    assert_eq!(event.date.value, "2019-02");
    assert!(!event.date.inferred);
    assert_eq!(
        event.published.as_ref().map(|d| d.value.as_str()),
        Some("2019-03")
    );
    assert_eq!(
        event.grade(Judgement::OverallEffectiveness),
        Some(Grade::Inadequate)
    );
    assert_eq!(event.ratings.len(), 1);
    assert_eq!(sources_of(event), ["000", "001", "002", "004"]);
}

#[test]
fn the_2020_monitoring_visit_is_ungraded_and_dated_from_last_year() {
    let data = dataset();
    let event = event_in(&data, EventKind::MonitoringVisit, 2020);
    assert!(event.ratings.is_empty());
    assert_eq!(event.date.value, "2020");
    assert!(event.date.inferred);
    assert!(event
        .date
        .basis
        .as_deref()
        .unwrap_or("")
        .contains("last year"));
    assert_eq!(sources_of(event), ["004"]);
}

#[test]
fn the_2021_two_day_inspection_is_an_ungraded_focused_visit_dated_by_weekday() {
    let data = dataset();
    let event = event_in(&data, EventKind::FocusedVisit, 2021);
    assert!(event.ratings.is_empty());
    assert_eq!(event.date.value, "2021-09");
    assert!(event.date.inferred);
    let basis = event.date.basis.as_deref().unwrap_or("");
    assert!(
        basis.contains("Tuesday") && basis.contains("focused visit"),
        "{basis}"
    );
    let published = event.published.as_ref().expect("published");
    assert_eq!(published.value, "2021-10-19");
    assert!(published.inferred);
}

#[test]
fn the_2022_inspection_is_good_with_outstanding_leaders_and_nothing_else() {
    let data = dataset();
    let event = event_in(&data, EventKind::Inspection, 2022);
    assert_eq!(event.date.value, "2022-07-18");
    assert_eq!(event.date.end.as_deref(), Some("2022-07-29"));
    assert!(event.date.inferred);
    assert_eq!(
        event.published.as_ref().map(|d| d.value.as_str()),
        Some("2022-09-21")
    );
    assert_eq!(
        event.grade(Judgement::OverallEffectiveness),
        Some(Grade::Good)
    );
    assert_eq!(
        event.grade(Judgement::ImpactOfLeaders),
        Some(Grade::Outstanding)
    );
    assert_eq!(
        event.ratings.len(),
        2,
        "the other judgements are not stated"
    );
    let reporters = sources_of(event);
    assert!(
        reporters.starts_with(&["000".to_string(), "001".to_string()]),
        "{reporters:?}"
    );
}

#[test]
fn the_2025_inspection_is_outstanding_in_all_five_judgements() {
    let data = dataset();
    let event = event_in(&data, EventKind::Inspection, 2025);
    assert_eq!(event.date.value, "2025-11");
    assert!(!event.date.inferred);
    for judgement in Judgement::ALL {
        assert_eq!(
            event.grade(judgement),
            Some(Grade::Outstanding),
            "{judgement:?}"
        );
    }
    assert_eq!(sources_of(event), ["003"]);
}

/// (speaker, role) of every statement quote of a source, in order, without repeats.
fn statement_speakers(data: &Dataset, prefix: &str) -> Vec<(String, Option<String>)> {
    let id = source(data, prefix);
    let mut speakers: Vec<(String, Option<String>)> = Vec::new();
    for quote in data.quotes.iter().filter(|q| q.source == id && !q.fragment) {
        let pair = (quote.speaker.clone(), quote.role.clone());
        if speakers.last() != Some(&pair) {
            speakers.push(pair);
        }
    }
    speakers
}

fn said(speaker: &str, role: Option<&str>) -> (String, Option<String>) {
    (speaker.to_string(), role.map(str::to_string))
}

#[test]
fn statements_have_the_speaker_and_the_role_each_article_gives() {
    let data = dataset();
    assert_eq!(
        statement_speakers(&data, "000"),
        [
            said("ofsted", None),
            said("rokhsana-fiaz", Some("mayor")),
            said("sarah-ruiz", Some("cabinet member for children's services")),
        ]
    );
    assert_eq!(
        statement_speakers(&data, "001"),
        [
            said("ofsted", None),
            said("rokhsana-fiaz", Some("Mayor of Newham")),
            said("sarah-ruiz", Some("cabinet member for Children’s Services")),
        ]
    );
    assert_eq!(
        statement_speakers(&data, "002"),
        [
            said(
                "sarah-ruiz",
                Some("lead member for education and children social care")
            ),
            said("rokhsana-fiaz", Some("Mayor of Newham")),
        ]
    );
    assert_eq!(
        statement_speakers(&data, "003"),
        [
            said("rokhsana-fiaz", Some("Mayor")),
            said(
                "sarah-ruiz",
                Some("Deputy Mayor, Cabinet Member for Children’s Services, Education & Sustainable Transport")
            ),
            said("ofsted", None),
            said(
                "laura-eden",
                Some("Corporate Director of Children’s and Young People Services")
            ),
        ]
    );
    assert_eq!(
        statement_speakers(&data, "004"),
        [
            said("andy-whippey", Some("Inspector")),
            said(
                "sarah-ruiz",
                Some("cabinet member for education and children social care")
            ),
        ]
    );
}

#[test]
fn multi_paragraph_statements_give_one_quote_per_paragraph() {
    let data = dataset();
    let count = |prefix: &str, speaker: &str| {
        let id = source(&data, prefix);
        data.quotes
            .iter()
            .filter(|q| q.source == id && q.speaker == speaker && !q.fragment)
            .count()
    };
    assert_eq!(
        count("000", "ofsted"),
        5,
        "four paragraphs after 'said:', one after 'wrote:'"
    );
    assert_eq!(count("004", "andy-whippey"), 4);
    assert_eq!(count("003", "sarah-ruiz"), 3);
    assert_eq!(count("001", "rokhsana-fiaz"), 2);
}

#[test]
fn quoted_phrases_in_reported_speech_are_fragments_by_the_inspectorate() {
    let data = dataset();
    let fragments: Vec<(&str, &str)> = data
        .quotes
        .iter()
        .filter(|q| q.fragment)
        .map(|q| (q.text.as_str(), q.speaker.as_str()))
        .collect();
    for phrase in [
        "receive good-quality services",
        "much to do",
        "neglected their duties",
        "robust",
    ] {
        assert!(
            fragments.contains(&(phrase, "ofsted")),
            "{phrase}: {fragments:?}"
        );
    }
    assert!(
        !data
            .quotes
            .iter()
            .any(|q| q.text == "inadequate" || q.text == "good"),
        "quoted grades are grade mentions, not quotes"
    );
}

#[test]
fn every_statement_is_tied_to_its_articles_event_and_a_finding_to_the_one_it_names() {
    let data = dataset();
    let kinds_of = |prefix: &str, fragments: bool| {
        let id = source(&data, prefix);
        let mut kinds: Vec<(EventKind, Option<i32>)> = data
            .quotes
            .iter()
            .filter(|q| q.source == id && q.fragment == fragments)
            .filter_map(|q| data.event(q.event.as_deref()?))
            .map(|e| (e.kind, e.date.year()))
            .collect();
        kinds.dedup();
        kinds
    };
    assert_eq!(
        kinds_of("002", false),
        [(EventKind::FocusedVisit, Some(2021))]
    );
    assert_eq!(
        kinds_of("004", false),
        [(EventKind::MonitoringVisit, Some(2020))]
    );
    // The headline's "much to do" is the visit's; "Last year a damning Ofsted report
    // found ... “neglected their duties”" and "the snap inspection in February 2019 when
    // it was found ... “deteriorated significantly”" are the 2019 inspection's findings,
    // told in the 2020 visit's story.
    assert_eq!(
        kinds_of("004", true),
        [
            (EventKind::MonitoringVisit, Some(2020)),
            (EventKind::Inspection, Some(2019))
        ]
    );
}

#[test]
fn each_person_has_one_id_under_every_name_used() {
    let data = dataset();
    let ruiz = data.person("sarah-ruiz").expect("Sarah Ruiz");
    for alias in [
        "Cllr Sarah Ruiz",
        "Councillor Sarah Ruiz",
        "Deputy Mayor Councillor Sarah Ruiz",
    ] {
        assert!(
            ruiz.aliases.iter().any(|a| a == alias),
            "{alias}: {:?}",
            ruiz.aliases
        );
    }
    let whippey = data.person("andy-whippey").expect("Andy Whippey");
    assert!(whippey.aliases.contains(&"Mr Whippey".to_string()));
    assert!(whippey
        .aliases
        .contains(&"Inspector Andy Whippey".to_string()));
    let fiaz = data.person("rokhsana-fiaz").expect("Rokhsana Fiaz");
    assert_eq!(
        fiaz.name, "Rokhsana Fiaz",
        "OBE is a suffix, not part of the name"
    );
    assert_eq!(data.people.len(), 5, "{:#?}", data.people);
}

#[test]
fn sources_take_dates_from_their_text_before_the_manifest() {
    let data = dataset();
    let published = |prefix: &str| {
        let id = source(&data, prefix);
        data.source(&id)
            .and_then(|s| s.published.as_ref())
            .map(|d| d.value.clone())
    };
    assert_eq!(
        published("001").as_deref(),
        Some("2022-09-21"),
        "from 'Published: 21 Sep 2022'"
    );
    assert_eq!(published("000").as_deref(), Some("2022-09"));
    assert_eq!(published("003"), None, "unknown stays unknown");
    let press = data.source(&source(&data, "003")).expect("003");
    assert_eq!(press.publisher.as_deref(), Some("Newham Council"));
    assert!(press
        .url
        .as_deref()
        .is_some_and(|url| url.starts_with("https://www.newham.gov.uk/news/")));
    let recorder = data.source(&source(&data, "004")).expect("004");
    assert_eq!(recorder.publisher.as_deref(), Some("Newham Recorder"));
}

/// The seeds' warnings, pinned: the quotation that never closes; and, since statements
/// that name a rating are read for grades (round 7), two in the mayor's and the deputy
/// mayor's statements of 003: a phrase with mismatched marks ("Being rated
/// ‘Outstanding'") that is no grade, and "designated 'good'" (of 2022, told in a clause
/// "back in 2022 when ...") read against the 2025 inspection and dropped for the
/// narrative's "outstanding". The datasets are unchanged.
#[test]
fn the_seeds_warn_only_of_the_quotation_that_never_closes_and_two_statement_readings() {
    let warnings = run().warnings;
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    assert!(warnings.iter().all(|w| w.source.starts_with("003")));
    assert!(warnings[0].message.contains("never closes"));
    assert!(warnings[1].message.contains("is not a grade"));
    assert!(warnings[2]
        .message
        .contains("gives overall_effectiveness as good"));
}

#[test]
fn the_committed_timeline_is_the_extractors_output_on_the_seeds() {
    let committed =
        std::fs::read_to_string(root().join(TIMELINE)).expect("timeline.json is committed");
    let fresh = manifest::to_json(&dataset());
    assert!(
        committed == fresh,
        "{TIMELINE} is stale: run scripts/extract.sh and commit the result"
    );
}
