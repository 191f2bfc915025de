//! What the widget shows, worked out from a [`crate::model::Dataset`] without a browser,
//! one concern a file:
//! what each event says (`story`), date and grade wording (`words`), quote filters
//! (`filters`), the summary sentence (`summary`), the chart's geometry (`chart`), keys
//! (`keys`) and which URLs may become links (`links`).
//!
//! Everything here is pure and compiles natively, so it is unit-tested with `cargo test`.

mod chart;
mod filters;
mod keys;
mod links;
mod story;
mod summary;
mod words;

pub use chart::{
    grade_shape_path, ChartGeometry, ChartLayout, Num, PlottedEvent, Tick,
    CHART_POINTS_DRAWN_FIRST, CHART_POINTS_PER_TASK,
};
pub use filters::{
    count_admitted, events_to_render, quote_indices_about, quoted_people, quotes_to_show, Filters,
    QUOTES_BEFORE_EXPANDING,
};
pub use keys::Step;
pub use links::{safe_http_url, Target};
pub use summary::{landmark, summary_sentence, timeline_title, SUMMARY_STEPS};
pub use words::{
    citation_number, date_text, event_title, grade_symbol, is_graded_kind, sentence_case,
    source_byline, speaker_line, split_around, Count,
};

pub use story::{
    date_note, event_headline, grade_rows, judgement_phrase, neighbour_label, plain_date,
    quotes_in_reading_order, short_date, QUOTES_SHOWN_FIRST,
};

#[cfg(test)]
mod tests {
    use super::chart::{labelled_years, STAR_DIRECTIONS};
    use super::*;
    use crate::index::IndexedDataset;
    use crate::model::{Dataset, Date, Event, EventKind, Grade, Judgement, Person, Quote, Source};
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
    fn landmarks_are_named_after_the_subject_so_two_widgets_differ() {
        let mut data = newham();
        data.subject = Some("Newham Council".into());
        assert_eq!(landmark("Sources", &data), "Sources: Newham Council");
        data.subject = None;
        assert_eq!(landmark("Sources", &data), "Sources");
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
        assert_eq!(ChartLayout::for_width(320.0), ChartLayout::Narrow);
        assert_eq!(ChartLayout::for_width(599.9), ChartLayout::Narrow);
        assert_eq!(ChartLayout::for_width(600.0), ChartLayout::Wide);
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
        let chart = ChartGeometry::new(&events, Judgement::OverallEffectiveness, ChartLayout::Wide);
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
    fn the_narrow_chart_is_a_short_strip_with_time_across_and_better_grades_higher() {
        let data = IndexedDataset::new(newham());
        let events = data.events_in_order();
        let chart = ChartGeometry::new(
            &events,
            Judgement::OverallEffectiveness,
            ChartLayout::Narrow,
        );
        let [inadequate, visit, good, outstanding] = &chart.events[..] else {
            panic!("four events expected");
        };
        assert!(inadequate.x < visit.x && visit.x < good.x && good.x < outstanding.x);
        assert!(outstanding.y < good.y && good.y < inadequate.y && inadequate.y < visit.y);
        assert_eq!(visit.y, chart.time_axis.1);
        assert!(chart.steps.starts_with('M') && chart.steps.contains(" H"));
        let wide = ChartGeometry::new(&events, Judgement::OverallEffectiveness, ChartLayout::Wide);
        assert!(
            chart.height < 200.0 && chart.width <= wide.width / 2.0,
            "drawn near its own size on a phone: {} x {}",
            chart.width,
            chart.height
        );
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
            ChartLayout::Wide,
        );
        assert_eq!(chart.steps, "");
        assert_eq!(chart.events.len(), 1);
        let empty = ChartGeometry::new(&[], Judgement::OverallEffectiveness, ChartLayout::Narrow);
        assert!(empty.events.is_empty() && empty.year_ticks.len() == 2);
    }

    #[test]
    fn year_labels_thin_out_so_that_a_long_history_keeps_them_apart() {
        let data = yearly_inspections(1980, 41);
        let events = data.events_in_order();
        let labels = |layout| {
            let chart = ChartGeometry::new(&events, Judgement::OverallEffectiveness, layout);
            let years: Vec<i32> = chart.year_ticks.iter().map(|t| t.value).collect();
            let along: Vec<f64> = chart.year_ticks.iter().map(|t| t.label_x).collect();
            let closest = along
                .windows(2)
                .map(|pair| pair[1] - pair[0])
                .fold(f64::INFINITY, f64::min);
            (years, closest)
        };
        let (across, closest) = labels(ChartLayout::Wide);
        assert_eq!(across, (1980..=2020).step_by(5).collect::<Vec<_>>());
        assert!(closest >= 44.0, "labels {closest} apart");
        let (narrow, closest) = labels(ChartLayout::Narrow);
        assert_eq!(narrow, (1980..=2020).step_by(10).collect::<Vec<_>>());
        assert!(closest >= 36.0, "narrow labels {closest} apart");
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
