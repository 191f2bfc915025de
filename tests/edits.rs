#![cfg(not(target_arch = "wasm32"))]
//! Corrections as data (`rating_timeline::edit`): each kind of edit, edits surviving a
//! re-extraction with one more article, stale edits refused with a reason, and the CLI's
//! `--edits` giving the same dataset as the pure core the studio runs.

use rating_timeline::edit::{
    apply, byte_offset_of_utf16, extract_and_apply, follow_text, At, Edit, EditList, EventChoice,
    EventRef,
};
use rating_timeline::extract::{manifest, Article};
use rating_timeline::model::{Dataset, EventKind, Grade, Judgement, Span};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The demo's example-council article (committed, written for the demo), with its manifest.
fn eastbridge_files() -> (Vec<PathBuf>, PathBuf) {
    (
        vec![root().join("www/demo/sources/eastbridge-2024.txt")],
        root().join("www/demo/sources.toml"),
    )
}

fn articles(files: &[PathBuf], manifest_path: &std::path::Path) -> Vec<Article> {
    manifest::read_articles(files, Some(manifest_path))
        .expect("the articles read")
        .0
}

fn eastbridge() -> Dataset {
    let (files, manifest_path) = eastbridge_files();
    extract_and_apply(&articles(&files, &manifest_path), &[])
        .0
        .dataset
}

/// The span of the first `words` in `source`'s text, after `after` if given.
fn at(data: &Dataset, source: &str, words: &str, after: &str) -> At {
    let text = &data.source(source).expect("the source").text;
    let from = text.find(after).expect("the context is in the text");
    let start = from + text[from..].find(words).expect("the words are in the text");
    At {
        source: source.into(),
        span: Span {
            start,
            end: start + words.len(),
        },
    }
}

fn quote_at<'a>(data: &'a Dataset, words: &str) -> &'a rating_timeline::model::Quote {
    data.quotes
        .iter()
        .find(|q| q.text.starts_with(words))
        .expect("the quote")
}

fn quote_ref(data: &Dataset, words: &str) -> At {
    let quote = quote_at(data, words);
    At {
        source: quote.source.clone(),
        span: quote.span,
    }
}

fn event_with_date(data: &Dataset, value: &str) -> EventRef {
    EventRef::of(
        data.events
            .iter()
            .find(|e| e.date.value.starts_with(value))
            .expect("the event"),
    )
}

/// The edits the studio's end-to-end test makes: a speaker reassigned, a quote removed,
/// a grade added from selected words.
fn corrections(data: &Dataset) -> Vec<Edit> {
    let care_leavers = data
        .events
        .iter()
        .flat_map(|e| &e.ratings)
        .find(|r| r.judgement == Judgement::CareLeavers)
        .expect("the extractor finds the care leavers grade");
    vec![
        Edit::SetSpeaker {
            quote: quote_ref(data, "We set out to be good"),
            speaker: "Priya Nandakumar".into(),
        },
        Edit::RemoveQuote {
            quote: quote_ref(data, "There is more to do"),
        },
        Edit::RemoveRating {
            rating: At {
                source: care_leavers.source.clone(),
                span: care_leavers.span,
            },
        },
        Edit::AddRating {
            rating: at(data, "eastbridge-2024", "outstanding", "care leavers"),
            judgement: Judgement::CareLeavers,
            grade: Grade::Outstanding,
            event: EventChoice::Existing(event_with_date(data, "2024")),
        },
    ]
}

#[test]
fn each_correction_changes_what_it_says_and_the_dataset_stays_valid() {
    let data = eastbridge();
    let edits = corrections(&data);
    let applied = apply(&data, &edits);
    assert_eq!(applied.skipped, vec![]);
    let out = &applied.dataset;
    assert_eq!(out.validate(), Ok(()));
    assert_eq!(
        out.person(&quote_at(out, "We set out").speaker)
            .expect("speaker")
            .name,
        "Priya Nandakumar"
    );
    assert_eq!(
        quote_at(out, "We set out").role.as_deref(),
        Some("Director of Children's Services"),
        "the role follows the speaker"
    );
    assert!(!out
        .quotes
        .iter()
        .any(|q| q.text.starts_with("There is more")));
    let added = &edits[3];
    let Edit::AddRating { rating, .. } = added else {
        unreachable!()
    };
    let care: Vec<_> = out
        .events
        .iter()
        .flat_map(|e| &e.ratings)
        .filter(|r| r.judgement == Judgement::CareLeavers)
        .collect();
    assert_eq!(care.len(), 1);
    assert_eq!(care[0].span, rating.span);
    assert_eq!(care[0].grade, Grade::Outstanding);
    // Tom Ashworth no longer speaks (one quote moved, one removed), so he goes.
    assert!(data.people.iter().any(|p| p.name == "Tom Ashworth"));
    assert!(!out.people.iter().any(|p| p.name == "Tom Ashworth"));
}

#[test]
fn corrections_survive_adding_an_article() {
    let (mut files, manifest_path) = eastbridge_files();
    let one = extract_and_apply(&articles(&files, &manifest_path), &[])
        .0
        .dataset;
    let edits = corrections(&one);
    let before = apply(&one, &edits).dataset;
    files.push(root().join("tests/fixtures/eastbridge-2026.txt"));
    let (two, skipped) = extract_and_apply(&articles(&files, &manifest_path), &edits);
    assert_eq!(skipped, vec![]);
    let after = two.dataset;
    assert_eq!(after.validate(), Ok(()));
    assert!(after.sources.len() == 2 && after.quotes.len() > before.quotes.len());
    for quote in &before.quotes {
        let again = after
            .quotes
            .iter()
            .find(|q| q.source == quote.source && q.span == quote.span)
            .expect("every corrected quote is still there");
        assert_eq!(
            after.person(&again.speaker).map(|p| &p.name),
            before.person(&quote.speaker).map(|p| &p.name)
        );
    }
    assert!(!after
        .quotes
        .iter()
        .any(|q| q.text.starts_with("There is more")));
}

#[test]
fn stale_or_bad_edits_are_skipped_with_a_reason_never_a_panic() {
    let mut data = eastbridge();
    data.sources[0].text = format!("é{}", data.sources[0].text);
    let source = data.sources[0].id.clone();
    let edits = vec![
        Edit::RemoveQuote {
            quote: At {
                source: source.clone(),
                span: Span { start: 1, end: 5 },
            },
        },
        Edit::AddQuote {
            quote: At {
                source: source.clone(),
                span: Span { start: 1, end: 4 },
            },
            speaker: "Someone".into(),
            role: None,
            event: None,
        },
        Edit::AddRating {
            rating: At {
                source: "nowhere".into(),
                span: Span { start: 0, end: 4 },
            },
            judgement: Judgement::CareLeavers,
            grade: Grade::Good,
            event: EventChoice::New {
                kind: EventKind::Inspection,
                date: "2024-13".into(),
            },
        },
        Edit::SetEventDate {
            event: EventRef {
                id: "gone".into(),
                anchor: None,
            },
            value: "2024".into(),
            at: None,
        },
        Edit::MergePeople {
            from: "Tom Ashworth".into(),
            into: "Tom Ashworth".into(),
        },
    ];
    let applied = apply(&data, &edits);
    let reasons: Vec<&str> = applied.skipped.iter().map(|(_, r)| r.as_str()).collect();
    assert_eq!(applied.skipped.len(), 5, "{reasons:?}");
    assert!(
        reasons[0].contains("no longer finds a quote") && reasons[0].contains("(bytes 1..5)"),
        "{reasons:?}"
    );
    assert!(reasons[1].contains("are not words"), "{reasons:?}");
    assert!(reasons[2].contains("no article 'nowhere'"), "{reasons:?}");
    assert!(
        reasons[3].contains("'gone' is no longer there"),
        "{reasons:?}"
    );
    assert!(reasons[4].contains("themselves"), "{reasons:?}");
    assert_eq!(applied.dataset, data);
}

#[test]
fn merging_people_moves_their_quotes_and_keeps_their_names_as_aliases() {
    let data = eastbridge();
    let applied = apply(
        &data,
        &[Edit::MergePeople {
            from: "Dr Priya Nandakumar".into(),
            into: "Cllr Ashworth".into(),
        }],
    );
    assert_eq!(applied.skipped, vec![]);
    let out = applied.dataset;
    assert!(out.people.iter().all(|p| p.name != "Priya Nandakumar"));
    let tom = out
        .people
        .iter()
        .find(|p| p.name == "Tom Ashworth")
        .expect("Tom");
    assert!(tom.aliases.contains(&"Priya Nandakumar".to_string()));
    assert_eq!(quote_at(&out, "This judgement").speaker, tom.id);
    assert_eq!(out.validate(), Ok(()));
}

#[test]
fn event_edits_find_the_event_by_its_words_and_a_new_event_can_be_made() {
    let data = eastbridge();
    let event = event_with_date(&data, "2019");
    let mut renamed = data.clone();
    let index = renamed
        .events
        .iter()
        .position(|e| e.id == event.id)
        .unwrap();
    renamed.events[index].id = "renumbered".into();
    let edits = vec![
        Edit::SetEventKind {
            event: event.clone(),
            kind: EventKind::FocusedVisit,
        },
        Edit::SetEventDate {
            event,
            value: "2019-07".into(),
            at: Some(at(&data, "eastbridge-2024", "June 2019", "")),
        },
        Edit::AddRating {
            rating: at(&data, "eastbridge-2024", "good", "have been rated"),
            judgement: Judgement::HelpAndProtection,
            grade: Grade::Good,
            event: EventChoice::New {
                kind: EventKind::Inspection,
                date: "2021-05".into(),
            },
        },
    ];
    let out = apply(&renamed, &edits);
    assert_eq!(out.skipped, vec![]);
    let moved = &out.dataset.events[index];
    assert_eq!(moved.kind, EventKind::FocusedVisit);
    assert_eq!(moved.date.value, "2019-07");
    let made = out.dataset.events.last().unwrap();
    assert_eq!(made.id, "inspection-2021-05");
    assert_eq!(made.grade(Judgement::HelpAndProtection), Some(Grade::Good));
    assert_eq!(out.dataset.validate(), Ok(()));
}

#[test]
fn an_imported_dataset_edited_changes_only_the_edit() {
    let data = eastbridge();
    let quote = quote_ref(&data, "This judgement");
    let out = apply(
        &data,
        &[Edit::SetRole {
            quote: quote.clone(),
            role: Some("  Director of Children's Services, Eastbridge ".into()),
        }],
    )
    .dataset;
    let mut expected = data.clone();
    let index = expected
        .quotes
        .iter()
        .position(|q| q.span == quote.span)
        .unwrap();
    expected.quotes[index].role = Some("Director of Children's Services, Eastbridge".into());
    assert_eq!(out, expected);
}

#[test]
fn edit_lists_round_trip_through_json() {
    let data = eastbridge();
    let list = EditList {
        edits: corrections(&data),
    };
    let json = list.to_json();
    assert!(json.contains("\"edit\": \"set_speaker\""), "{json}");
    assert_eq!(EditList::from_json(&json), Ok(list));
    let error = EditList::from_json("{\"edits\": [{\"edit\": \"paint\"}]}").unwrap_err();
    assert!(error.contains("paint"), "{error}");
}

#[test]
fn browser_offsets_in_utf16_become_byte_offsets() {
    let text = "Café “good” 😀 end";
    assert_eq!(byte_offset_of_utf16(text, 0), 0);
    assert_eq!(byte_offset_of_utf16(text, 4), 5);
    assert_eq!(byte_offset_of_utf16(text, 6), 9);
    let emoji_end = text.find(" end").unwrap();
    assert_eq!(byte_offset_of_utf16(text, 14), emoji_end);
    assert_eq!(byte_offset_of_utf16(text, 12), emoji_end - 4);
    assert_eq!(byte_offset_of_utf16(text, 999), text.len());
}

/// Runs `extract --manifest M --edits E FILE...` with `edits` written to a file of its own
/// in a temporary folder named after `name`.
fn extract_with_edits(
    name: &str,
    edits: &str,
    manifest_path: &Path,
    files: &[PathBuf],
) -> std::process::Output {
    let folder = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let edits_path = folder.join("edits.json");
    std::fs::write(&edits_path, edits).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_extract"))
        .arg("--manifest")
        .arg(manifest_path)
        .arg("--edits")
        .arg(&edits_path)
        .args(files)
        .output()
        .expect("the binary runs");
    std::fs::remove_dir_all(&folder).ok();
    output
}

#[test]
fn the_cli_with_edits_prints_what_the_core_gives() {
    let (mut files, manifest_path) = eastbridge_files();
    files.push(root().join("tests/fixtures/eastbridge-2026.txt"));
    let one = eastbridge();
    let edits = EditList {
        edits: corrections(&one),
    };
    let output = extract_with_edits("edits-cli", &edits.to_json(), &manifest_path, &files);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let (core, skipped) = extract_and_apply(&articles(&files, &manifest_path), &edits.edits);
    assert_eq!(skipped, vec![]);
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        manifest::to_json(&core.dataset)
    );
    // And the edits did something: the output differs from the uncorrected extraction.
    let (plain, _) = extract_and_apply(&articles(&files, &manifest_path), &[]);
    assert_ne!(plain.dataset, core.dataset);
}

#[test]
fn the_cli_refuses_a_bad_edits_file_with_a_message() {
    let (files, manifest_path) = eastbridge_files();
    let output = extract_with_edits("edits-bad", "not json", &manifest_path, &files);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the edits are not valid"), "{stderr}");
}

#[test]
fn corrections_follow_an_edit_of_the_article_text_and_those_on_changed_words_stop() {
    let (files, manifest_path) = eastbridge_files();
    let mut input = articles(&files, &manifest_path);
    let one = extract_and_apply(&input, &[]).0.dataset;
    let mut edits = corrections(&one);
    let old = input[0].text.clone();
    // A word added to the headline moves every span after it; the removed quote's words
    // change, so its removal no longer applies.
    let new = old
        .replacen(
            "after years of improvement",
            "after years of steady improvement",
            1,
        )
        .replacen("There is more to do", "There is much more to do", 1);
    assert_ne!(new, old);
    follow_text(&mut edits, "eastbridge-2024", &old, &new);
    input[0].text = new.clone();
    let (two, skipped) = extract_and_apply(&input, &edits);
    assert_eq!(
        skipped.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
        vec![1],
        "only the edit on changed words stops: {skipped:?}"
    );
    let data = two.dataset;
    assert_eq!(data.validate(), Ok(()));
    let moved = quote_at(&data, "We set out to be good");
    assert_eq!(
        data.person(&moved.speaker).map(|p| p.name.as_str()),
        Some("Priya Nandakumar")
    );
    assert!(data
        .quotes
        .iter()
        .any(|q| q.text.starts_with("There is much more")));
    let added = data
        .events
        .iter()
        .flat_map(|e| &e.ratings)
        .find(|r| r.judgement == Judgement::CareLeavers)
        .expect("the added grade follows its words");
    assert_eq!(&new[added.span.start..added.span.end], "outstanding");
    // The same edits without following the text are off by the headline's new word.
    let stale = corrections(&one);
    let (_, skipped) = extract_and_apply(&input, &stale);
    assert!(
        skipped.len() >= 3,
        "spans that do not follow are lost: {skipped:?}"
    );
}

#[test]
fn following_a_text_change_keeps_spans_before_it_and_moves_spans_after_it() {
    let at = |start, end| At {
        source: "a".into(),
        span: Span { start, end },
    };
    let mut edits = vec![
        Edit::RemoveQuote { quote: at(0, 3) },
        Edit::RemoveQuote { quote: at(4, 9) },
        Edit::RemoveQuote { quote: at(10, 13) },
        Edit::SetRole {
            quote: At {
                source: "b".into(),
                span: Span { start: 10, end: 13 },
            },
            role: None,
        },
    ];
    // "one" stays; "é two" is changed; "six" moves by the two bytes "é" is longer than "x".
    follow_text(&mut edits, "a", "one x two six", "one é twö six");
    let spans: Vec<_> = edits
        .iter()
        .map(|e| match e {
            Edit::RemoveQuote { quote } | Edit::SetRole { quote, .. } => quote.span,
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        spans,
        vec![
            Span { start: 0, end: 3 },
            Span { start: 4, end: 9 },
            Span { start: 12, end: 15 },
            Span { start: 10, end: 13 },
        ]
    );
}
