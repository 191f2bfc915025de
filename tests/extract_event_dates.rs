#![cfg(not(target_arch = "wasm32"))]
//! Event dating and placement (issue 17, round 4), through the whole extractor, on
//! short texts written for these tests about made-up councils: relative and partial
//! dates for an inspection, the reported inspection dated from another sentence of the
//! article, and events that are not inspections.

mod extract_common;

use extract_common::{dated_grades_of, grades_by_event, one_article};
use rating_timeline::model::{EventKind, Grade, Judgement};

const OE_INADEQUATE: (Judgement, Grade) = (Judgement::OverallEffectiveness, Grade::Inadequate);

#[test]
fn relative_and_partial_dates_date_the_inspection() {
    for (sentence, value, end) in [
        (
            "The inspection took place between November and December last year.",
            "2022-11",
            Some("2022-12-31"),
        ),
        (
            "The inspection took place between November and December 2022.",
            "2022-11",
            Some("2022-12-31"),
        ),
        (
            "The inspection took place between December and January.",
            "2022-12",
            Some("2023-01-31"),
        ),
        (
            "The inspection took place last autumn.",
            "2022-09",
            Some("2022-11-30"),
        ),
        ("The inspection took place in September.", "2022-09", None),
        ("The inspection took place last month.", "2022-12", None),
        (
            "The inspection took place at the end of last year.",
            "2022",
            None,
        ),
        ("The inspection took place earlier this year.", "2023", None),
    ] {
        let text = format!("Ashby Council was rated inadequate. {sentence}\n");
        let data = one_article(&text, Some("2023-01-31")).dataset;
        assert_eq!(data.events.len(), 1, "{sentence}: {:?}", data.events);
        let event = &data.events[0];
        assert_eq!(event.date.value, value, "{sentence}");
        assert_eq!(event.date.end.as_deref(), end, "{sentence}");
        assert_eq!(event.ratings.len(), 1, "{sentence}");
        let date_span = event.date.span.expect("the date's words");
        let words = &text[date_span.start..date_span.end];
        assert!(sentence.contains(words), "{sentence}: span {words:?}");
    }
}

#[test]
fn a_season_or_month_span_keeps_its_words_and_a_basis() {
    let text = "Ashby Council was rated inadequate. The inspection took place last autumn.\n";
    let data = one_article(text, Some("2023-01-31")).dataset;
    let date = &data.events[0].date;
    let span = date.span.expect("span");
    assert_eq!(&text[span.start..span.end], "last autumn");
    assert!(date.inferred);
    assert!(
        date.basis.as_deref().is_some_and(|b| b.contains("season")),
        "{date:?}"
    );
}

#[test]
fn the_reported_inspection_is_dated_from_another_sentence() {
    for (text, published, expected) in [
        (
            // The grades land on the article's own date; a later sentence dates the
            // inspection the article reports, as a premodifier.
            "Children's services in Ashby are now rated 'good' in all areas following an Ofsted inspection.\n\n\
             In its last inspection, in 2019, the council was judged 'requires improvement'.\n\n\
             The September 2021 inspection puts it among the best.\n",
            "2021-11-06",
            "2021-09",
        ),
        (
            // A year-only event ("at the end of last year") takes the month of the
            // inspectorate's visit told in another sentence.
            "Ashby Council rated inadequate again\n\n\
             It's after an inspection at the end of last year.\n\n\
             Ashby Council's children's services have once again been rated inadequate.\n\n\
             Ofsted, who looked at the services between November and December last year, found serious failures.\n",
            "2023-01-31",
            "2022-11",
        ),
        (
            "Ashby Council's children's services have been rated inadequate.\n\n\
             Inspectors visited the council between November and December last year.\n",
            "2023-01-31",
            "2022-11",
        ),
    ] {
        let data = one_article(text, Some(published)).dataset;
        let events = grades_by_event(&data);
        let graded: Vec<_> = events.iter().filter(|e| !e.2.is_empty()).collect();
        let current = graded.last().expect("a graded event");
        assert_eq!(current.1, expected, "{text}: {events:?}");
        let grade = if text.contains("'good'") {
            Grade::Good
        } else {
            Grade::Inadequate
        };
        assert!(
            current.2.contains(&(Judgement::OverallEffectiveness, grade)),
            "{events:?}"
        );
        assert!(
            !events.iter().any(|e| e.1 == published),
            "no event on the article's own date: {events:?}"
        );
    }
}

#[test]
fn earlier_later_and_publication_dates_do_not_date_the_reported_inspection() {
    for sentence in [
        "The next inspection is due in March.",
        "Inspectors' findings were published in December.",
        "Inspectors had been critical since September.",
    ] {
        let text = format!(
            "Ashby Council's children's services have been rated inadequate by inspectors.\n\n{sentence}\n"
        );
        let data = one_article(&text, Some("2023-01-31")).dataset;
        let events = grades_by_event(&data);
        assert_eq!(
            events,
            vec![(
                EventKind::Inspection,
                "2023-01-31".to_string(),
                vec![OE_INADEQUATE]
            )],
            "{sentence}"
        );
    }
}

#[test]
fn a_named_inquiry_report_is_no_event() {
    let data = one_article(
        "Ashby Council has been given an overall 'good' rating following an Ofsted inspection in November.\n\n\
         The service had been judged to be failing following 2014's Smith Report, which found children were harmed between 1997 and 2013.\n\n\
         In the wake of the Smith Report the government took control of the authority in February 2015.\n",
        Some("2018-01-20"),
    )
    .dataset;
    assert_eq!(
        grades_by_event(&data),
        vec![(
            EventKind::Inspection,
            "2017-11".to_string(),
            vec![(Judgement::OverallEffectiveness, Grade::Good)]
        )]
    );
}

#[test]
fn the_inspectorates_report_named_in_capitals_is_still_an_event() {
    let data = one_article(
        "Ashby Council's children's services were rated 'good' in the Ofsted Report of March 2019.\n",
        Some("2019-04-02"),
    )
    .dataset;
    let events = grades_by_event(&data);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(events[0].1.starts_with("2019-03"), "{events:?}");
}

#[test]
fn a_grade_for_a_visit_story_goes_to_the_inspection_a_later_sentence_dates() {
    let data = one_article(
        "Efforts to improve child protection at a council rated \"inadequate\" by Ofsted are progressing too slowly, inspectors have warned.\n\n\
         Children's services at Ashby County Council were rated \"inadequate\" in June 2015.\n\n\
         Inspectors, conducting the ninth monitoring visit since then, said the council has made some progress.\n",
        Some("2017-11-30"),
    )
    .dataset;
    let events = grades_by_event(&data);
    assert!(
        events
            .iter()
            .all(|e| e.0 != EventKind::Inspection || e.1 == "2015-06"),
        "no inspection but June 2015's: {events:?}"
    );
    assert!(
        events
            .iter()
            .any(|e| e.0 == EventKind::MonitoringVisit && e.2.is_empty()),
        "{events:?}"
    );
}

#[test]
fn an_ungraded_visit_after_an_inadequate_inspection_is_a_monitoring_visit() {
    let text = "Ashby Council's services were rated inadequate following an inspection in July last year.\n\n\
                A second visit carried out on 28 and 29 June found progress.\n";
    let data = one_article(text, Some("2023-07-20")).dataset;
    let events = grades_by_event(&data);
    assert_eq!(
        events,
        vec![
            (
                EventKind::Inspection,
                "2022-07".to_string(),
                vec![OE_INADEQUATE]
            ),
            (EventKind::MonitoringVisit, "2023-06-28".to_string(), vec![]),
        ]
    );
    // After a good inspection, the same visit is not called a monitoring visit.
    let good = text.replace("inadequate", "good");
    let data = one_article(&good, Some("2023-07-20")).dataset;
    assert!(
        !data
            .events
            .iter()
            .any(|e| e.kind == EventKind::MonitoringVisit),
        "{:?}",
        data.events
    );
}

#[test]
fn a_sentence_naming_the_inspectorate_dates_the_inspection_but_today_does_not() {
    let text = "Ashby County Council's services have been graded 'inadequate'.\n\n\
                The chief executive today said sorry after inspectors gave her authority the lowest possible rating.\n\n\
                Ofsted says it found serious failures during a detailed investigation which took place in October and November.\n";
    let data = one_article(text, Some("2017-01")).dataset;
    let events = grades_by_event(&data);
    assert_eq!(
        events,
        vec![(
            EventKind::Inspection,
            "2016-10".to_string(),
            vec![OE_INADEQUATE]
        )]
    );
    // A sentence in which the inspectorate grades dates that grade, not the reported
    // inspection.
    let graded = "Ashby County Council's services are now rated 'good'.\n\n\
                  Ofsted rated them 'inadequate' in March 2016.\n";
    let data = one_article(graded, Some("2017-01-20")).dataset;
    let events = grades_by_event(&data);
    assert!(
        events
            .iter()
            .any(|e| e.1 == "2017-01-20"
                && e.2 == vec![(Judgement::OverallEffectiveness, Grade::Good)]),
        "{events:?}"
    );
}

#[test]
fn an_ungraded_event_of_no_kind_takes_the_kind_of_the_visits_named_in_the_plural() {
    let text = "Inspectors have praised leaders at Ashby Council following the first two-day \"focused\" visits of children's services.\n\n\
                A letter outlining the findings said most children are cared for well.\n";
    let data = one_article(text, Some("2018-02-22")).dataset;
    let kinds: Vec<EventKind> = data.events.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, vec![EventKind::FocusedVisit], "{:?}", data.events);
    // Visits of two kinds named in the plural give none, and an ungraded event of no
    // kind known only from the article's date is left out.
    let mixed = text.replace(
        "of children's services.",
        "and monitoring visits of children's services.",
    );
    let data = one_article(&mixed, Some("2018-02-22")).dataset;
    assert!(data.events.is_empty(), "{:?}", data.events);
}

#[test]
fn council_papers_deadlines_and_readiness_make_no_event() {
    let text = "Inspection Readiness\n\n\
                The Cabinet Member introduced the report on the Self-Evaluation and OFSTED Inspection Readiness.\n\n\
                Ashby Council's services were last the subject of a full OFSTED Inspection of Local Authority Children's Services (ILACS) inspection in February and March of 2019, and were judged 'requires improvement'.\n\n\
                Improvement is subject to satisfactory inspection by June 2020.\n";
    let data = one_article(text, Some("2020-05-17")).dataset;
    let events = grades_by_event(&data);
    assert_eq!(
        events,
        vec![(
            EventKind::Inspection,
            "2019-02".to_string(),
            vec![(Judgement::OverallEffectiveness, Grade::RequiresImprovement)]
        )]
    );
}

#[test]
fn an_undated_event_word_is_the_dated_one_of_its_kind_after_it_in_its_sentence() {
    let text = "Ashby Council's services were the subject of a full Ofsted Inspection of Local Authority Children's Services (ILACS) inspection in March 2019. They were judged 'good'.\n";
    let data = one_article(text, Some("2023-05-17")).dataset;
    let events = grades_by_event(&data);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].1, "2019-03", "{events:?}");
}

#[test]
fn that_inspection_points_back_to_one_dated_by_its_grade_and_a_due_report_is_no_event() {
    let text = "Ofsted has returned to Ashby to assess whether the county council's children's services can be lifted out of special measures.\n\n\
                The regulator rated the department inadequate in 2020.\n\n\
                It added that until that inspection, leaders did not know the extent of the failures.\n\n\
                A final published report is due in November.\n\n\
                In March this year, Ofsted visited for its seventh monitoring visit, and found progress.\n";
    let data = one_article(text, Some("2024")).dataset;
    assert_eq!(
        grades_by_event(&data),
        vec![
            (
                EventKind::Inspection,
                "2020".to_string(),
                vec![OE_INADEQUATE]
            ),
            (EventKind::MonitoringVisit, "2024-03".to_string(), vec![]),
        ]
    );
}

#[test]
fn a_date_premodifying_another_noun_dates_no_event() {
    let base = "Ashby Council's children's services were rated 'good' following an inspection in July.\n\n\
                The inspection, which looked at how the council keeps children safe, highlighted its response to challenges such as the 2020 cyber-attack.\n";
    let data = one_article(base, Some("2024-09-01")).dataset;
    let events = grades_by_event(&data);
    assert_eq!(
        events,
        vec![(
            EventKind::Inspection,
            "2024-07".to_string(),
            vec![(Judgement::OverallEffectiveness, Grade::Good)]
        )]
    );
    // The same date before an event word dates it.
    let before_event = base.replace("the 2020 cyber-attack", "the 2020 inspection");
    let data = one_article(&before_event, Some("2024-09-01")).dataset;
    assert!(
        data.events.iter().any(|e| e.date.value == "2020"),
        "{:?}",
        data.events
    );
}

#[test]
fn a_report_published_months_after_a_seasons_inspection_is_its_report() {
    let text = "In an inspection report published this week Ofsted rated Ashby County Council's children's services as inadequate.\n\n\
                Ofsted found during its inspection last autumn that children's experiences remain poor.\n";
    let data = one_article(text, Some("2025-05-16")).dataset;
    let events = grades_by_event(&data);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].1, "2024-09", "{events:?}");
    let event = &data.events[0];
    assert_eq!(event.date.end.as_deref(), Some("2024-11-30"));
    assert!(
        event
            .published
            .as_ref()
            .is_some_and(|p| p.value.starts_with("2025-05")),
        "{event:?}"
    );
}

#[test]
fn an_inspection_later_this_year_or_that_will_take_place_is_no_event() {
    let text = "Ofsted's final monitoring visit to Ashby noted progress, while advising that there is work to do ahead of its full inspection later this year.\n\n\
                Inspectors published their report on 11 April 2019 after their monitoring visit to the council on 19 and 20 March 2019.\n\n\
                A full inspection will take place by Autumn 2019.\n";
    let data = one_article(text, Some("2019-04")).dataset;
    let events = grades_by_event(&data);
    assert_eq!(
        events,
        vec![(EventKind::MonitoringVisit, "2019-03-19".to_string(), vec![])]
    );
}

#[test]
fn a_date_in_what_a_report_tells_is_not_the_reports() {
    let text = "Ashby Council's children's services were rated inadequate after Ofsted visited in September 2016.\n\n\
                The report highlights that concerns were found during an internal review in 2015.\n";
    let data = one_article(text, Some("2016-11-25")).dataset;
    let events = grades_by_event(&data);
    assert!(!events.iter().any(|e| e.1 == "2015"), "{events:?}");
    // So is one in what it states.
    let stated = text.replace(
        "The report highlights that concerns were found during an internal review in 2015.",
        "The report stated that the director, who was appointed in June 2013, has built a strong team.",
    );
    let data = one_article(&stated, Some("2016-11-25")).dataset;
    let events = grades_by_event(&data);
    assert!(
        !events.iter().any(|e| e.1.starts_with("2013")),
        "{events:?}"
    );
    // Told as the report's own, the date is its publication's.
    let own = text.replace(
        "The report highlights that concerns were found during an internal review in 2015.",
        "The report in November highlights concerns.",
    );
    let data = one_article(&own, Some("2016-11-25")).dataset;
    let event = data
        .events
        .iter()
        .find(|e| !e.ratings.is_empty())
        .expect("graded");
    assert!(
        event
            .published
            .as_ref()
            .is_some_and(|p| p.value == "2016-11"),
        "{:?}",
        data.events
    );
}

#[test]
fn this_month_saw_ofsted_publish_a_report_of_last_years_inspection() {
    let text = "THIS month saw Ofsted publish a scathing report on Ashby Council's children's services.\n\n\
                The watchdog rated Ashby Council as inadequate following the inspection of its children's services in December last year.\n";
    let data = one_article(text, Some("2022-02")).dataset;
    let events = grades_by_event(&data);
    assert_eq!(
        events,
        vec![(
            EventKind::Inspection,
            "2021-12".to_string(),
            vec![OE_INADEQUATE]
        )]
    );
    assert_eq!(
        data.events[0].published.as_ref().map(|p| p.value.as_str()),
        Some("2022-02")
    );
}

#[test]
fn this_may_dates_a_visit_and_a_date_after_the_first_visit_after_does_not() {
    let text = "An Ofsted report following a fifth monitoring visit of children's services this May has found Ashby Children's Trust has made further progress.\n\n\
                This is the first monitoring visit made by Ofsted to Ashby Children's Trust, after Ashby City Council placed its children's social care in an independent trust in April 2018.\n";
    let data = one_article(text, Some("2018-06-08")).dataset;
    let events = grades_by_event(&data);
    assert_eq!(
        events,
        vec![(EventKind::MonitoringVisit, "2018-05".to_string(), vec![])]
    );
    let span = data.events[0].date.span.expect("span");
    assert_eq!(&text[span.start..span.end], "this May");
}

#[test]
fn a_two_day_visit_after_a_monitoring_visit_is_a_monitoring_visit() {
    let text = "After a two-day visit in December 2018 Ashby Council was found to have made significant progress.\n\n\
                Inspectors wrote that there had been an improvement since the last monitoring visit in November 2017.\n";
    let data = one_article(text, Some("2019-01")).dataset;
    let kinds: Vec<(EventKind, String)> = grades_by_event(&data)
        .into_iter()
        .map(|(kind, date, _)| (kind, date))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (EventKind::MonitoringVisit, "2017-11".to_string()),
            (EventKind::MonitoringVisit, "2018-12".to_string()),
        ]
    );
    // With no monitoring visit named, a two-day visit stays a focused visit.
    let alone = "After a two-day visit in December 2018 Ashby Council was found to have made significant progress.\n";
    let data = one_article(alone, Some("2019-01")).dataset;
    assert_eq!(
        data.events[0].kind,
        EventKind::FocusedVisit,
        "{:?}",
        data.events
    );
}

const OE_GOOD: (Judgement, Grade) = (Judgement::OverallEffectiveness, Grade::Good);
const OE_OUTSTANDING: (Judgement, Grade) = (Judgement::OverallEffectiveness, Grade::Outstanding);
const OE_RI: (Judgement, Grade) = (Judgement::OverallEffectiveness, Grade::RequiresImprovement);

/// Each event's date and grades, without the kind.
fn dated_grades(text: &str, published: &str) -> Vec<(String, Vec<(Judgement, Grade)>)> {
    dated_grades_of(text, Some(published))
}

#[test]
fn a_date_by_another_grade_word_is_that_grades() {
    // Right after the earlier grade, before the current one: the earlier grade's.
    let text = "Ashby Council's report was published in July.\n\n\
                The upgrade from 'good' in 2020 to 'outstanding' placed the council among the best.\n";
    assert_eq!(
        dated_grades(text, "2024-09-05"),
        vec![
            ("2020".to_string(), vec![OE_GOOD]),
            ("2024-07".to_string(), vec![OE_OUTSTANDING]),
        ]
    );
    // Each grade with its own date keeps it ("requires improvement" counts as one word).
    let text =
        "Ashby Council was upgraded from 'requires improvement' in 2016 to 'good' in 2020.\n";
    assert_eq!(
        dated_grades(text, "2024-09-05"),
        vec![
            ("2016".to_string(), vec![OE_RI]),
            ("2020".to_string(), vec![OE_GOOD]),
        ]
    );
    // Past an earlier grade, the date is that grade's: not the report's before it, nor
    // the current grade's, which is the article's own event.
    let text = "In its latest report Ofsted upgraded Ashby Council to 'good' from the assessment of 'requires improvement' it gave it in 2014.\n";
    assert_eq!(
        dated_grades(text, "2019-09-05"),
        vec![
            ("2014".to_string(), vec![OE_RI]),
            ("2019-09-05".to_string(), vec![OE_GOOD]),
        ]
    );
    let text = "Ashby Council received the glowing report from inspectors who gave it its highest rating of 'outstanding' overall, following a previously 'good' judgment three years ago.\n";
    assert_eq!(
        dated_grades(text, "2019-09-05"),
        vec![
            ("2016".to_string(), vec![OE_GOOD]),
            ("2019-09-05".to_string(), vec![OE_OUTSTANDING]),
        ]
    );
    // A date after both grades, not right by the earlier one, is the event word's;
    // the earlier grade's inspection is dated only as before it.
    let text = "The inspection, which moved Ashby Council from 'inadequate' to 'good', took place in May 2019.\n";
    assert_eq!(
        dated_grades(text, "2019-09-05"),
        vec![
            ("2019-05".to_string(), vec![OE_GOOD]),
            ("before 2019-05".to_string(), vec![OE_INADEQUATE]),
        ]
    );
}

#[test]
fn a_date_graded_in_its_own_clause_does_not_date_an_event_word_past_but() {
    let text = "Ashby Council's children's services were rated as \"requires improvement\" by Ofsted in 2022 but following an inspection in March, they have been upgraded to a \"good\" rating.\n";
    assert_eq!(
        dated_grades(text, "2025-04"),
        vec![
            ("2022".to_string(), vec![OE_RI]),
            ("2025-03".to_string(), vec![OE_GOOD]),
        ]
    );
    // With no grade in its clause, a date still dates the event word past "but".
    let text = "Ashby Council's children's services are still inadequate.\n\n\
                Its latest assessment took place in September and October last year, but the report has only just been published.\n";
    assert_eq!(
        dated_grades(text, "2025-05"),
        vec![("2024-09".to_string(), vec![OE_INADEQUATE])]
    );
}

#[test]
fn an_event_after_the_articles_date_is_still_to_come() {
    let text = "Ashby Council has been rated 'inadequate' for children's services.\n\n\
                The inspection took place in June.\n\n\
                Ashby was last inspected in July 2016, in which it was rated as 'requires improvement to be good', meaning it was not due to have a further inspection until 2019.\n";
    let expected = vec![
        ("2016-07".to_string(), vec![OE_RI]),
        ("2018-06".to_string(), vec![OE_INADEQUATE]),
    ];
    assert_eq!(dated_grades(text, "2018"), expected);
    // Of a later month of the article's year, too.
    let later_month = text.replace("until 2019", "until September 2018");
    assert_eq!(dated_grades(&later_month, "2018-07"), expected);
    // The article's own year and month are not after it.
    let same_month = text.replace("until 2019", "until July 2018");
    let got = dated_grades(&same_month, "2018-07");
    assert!(got.iter().any(|(date, _)| date == "2018-07"), "{got:?}");
}

#[test]
fn a_yearless_deadline_is_the_next_such_date_and_dates_no_inspection() {
    let text = "OFSTED Inspection Report\n\n\
                The Director presented the report to the Panel.\n\n\
                - The local authority received 'Good' in all areas.\n\
                - Officers confirmed that an improvement plan would be submitted by 21st November, with a future inspection expected in three years' time.\n";
    let got = dated_grades(text, "2025-10-13");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "2025-10-13", "{got:?}");
    assert!(got[0].1.contains(&OE_GOOD), "{got:?}");
    // Told as a date that has passed, the same day is last year's and dates the inspection.
    let past = text.replace(
        "Officers confirmed that an improvement plan would be submitted by 21st November",
        "Officers confirmed that inspectors visited on 21st November",
    );
    let got = dated_grades(&past, "2025-10-13");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "2024-11-21", "{got:?}");
}

#[test]
fn the_articles_own_week_dates_no_report_told_later_and_last_month_ends_its_sentence() {
    let text = "Council chiefs say they are disappointed after Ashby Council's children's services were once again branded inadequate by Ofsted, and pledged this week to improve during the first cabinet meeting since the damning report was revealed.\n\n\
                Chiefs met on Monday to discuss the report released last month.\n\n\
                The inspection, which took place in November, found poor progress since the last inspection in 2014.\n";
    let got = dated_grades(text, "2018");
    assert_eq!(
        got,
        vec![
            ("2014".to_string(), vec![]),
            ("2017-11".to_string(), vec![OE_INADEQUATE]),
        ]
    );
    // "last" in the sentence before does not make "The inspection" an earlier one.
    let text = "Ashby Council's children's services were branded inadequate. Chiefs discussed the report released last month. The inspection, which took place in November, found poor progress.\n";
    assert_eq!(
        dated_grades(text, "2018"),
        vec![("2017-11".to_string(), vec![OE_INADEQUATE])]
    );
    // Told as its publication, the article's own day still dates the report.
    let text = "Ashby Council's children's services were rated inadequate after an inspection in January. Today Ofsted published its report.\n";
    let data = one_article(text, Some("2018-03-09")).dataset;
    assert_eq!(data.events.len(), 1, "{:?}", data.events);
    assert_eq!(
        data.events[0].published.as_ref().map(|p| p.value.as_str()),
        Some("2018-03-09")
    );
}

#[test]
fn an_inspection_report_is_a_report_and_its_day_is_its_publication() {
    let text = "13 June 2017\n\n\
                Ashby County Council's children's services were inspected by Ofsted in March and today the inspection report is published.\n\n\
                Our overall grading judgement is Good.\n";
    let data = one_article(text, None).dataset;
    assert_eq!(
        grades_by_event(&data),
        vec![(EventKind::Inspection, "2017-03".to_string(), vec![OE_GOOD])]
    );
    assert_eq!(
        data.events[0].published.as_ref().map(|p| p.value.as_str()),
        Some("2017-06-13")
    );
    // "inspection" alone still takes a date right by it as when it took place.
    let alone = text.replace(
        "today the inspection report is published",
        "the inspection ended on 12 June",
    );
    let data = one_article(&alone, None).dataset;
    assert_eq!(data.events.len(), 1, "{:?}", data.events);
    assert!(data.events[0].published.is_none(), "{:?}", data.events);
}

#[test]
fn a_range_of_days_with_weekdays_at_both_ends_is_one_span() {
    let text = "Ashby Council's children's services were rated outstanding.\n\n\
                The inspection took place between Monday, January 23 and Friday, January 27, 2023.\n";
    let data = one_article(text, Some("2023-03-10")).dataset;
    assert_eq!(data.events.len(), 1, "{:?}", data.events);
    let date = &data.events[0].date;
    assert_eq!(date.value, "2023-01-23");
    assert_eq!(date.end.as_deref(), Some("2023-01-27"));
    let span = date.span.expect("span");
    assert_eq!(
        &text[span.start..span.end],
        "Monday, January 23 and Friday, January 27, 2023"
    );
}

#[test]
fn an_ungraded_visit_of_no_kind_since_2018_is_a_focused_visit() {
    let text = "Ashby Council's children's services have been rated inadequate after an inspection in May.\n\n\
                Ofsted said a visit in February 2020 found \"priority action\" was needed around support for children.\n";
    let kinds: Vec<(EventKind, String)> =
        grades_by_event(&one_article(text, Some("2022-07-04")).dataset)
            .into_iter()
            .map(|(kind, date, _)| (kind, date))
            .collect();
    assert_eq!(
        kinds,
        vec![
            (EventKind::FocusedVisit, "2020-02".to_string()),
            (EventKind::Inspection, "2022-05".to_string()),
        ]
    );
    // Before Ofsted's focused visits began, such a visit stays an inspection.
    let old = text
        .replace("February 2020", "February 2012")
        .replace("in May", "in May 2014");
    let data = one_article(&old, Some("2014-07-04")).dataset;
    assert!(
        data.events.iter().all(|e| e.kind == EventKind::Inspection),
        "{:?}",
        data.events
    );
}

#[test]
fn a_month_owning_an_inspection_dates_it_even_by_a_future_word() {
    let text = "Ashby Council's children's services were rated 'requires improvement' by Ofsted.\n\n\
                The board will meet next week, where items will include the response to July's inspection.\n";
    assert_eq!(
        dated_grades(text, "2019-10-15"),
        vec![("2019-07".to_string(), vec![OE_RI])]
    );
    // Not owning anything, the month after "will" is still to come and dates nothing.
    let ahead = text.replace("the response to July's inspection", "an inspection in July");
    assert_eq!(
        dated_grades(&ahead, "2019-10-15"),
        vec![("2019-10-15".to_string(), vec![OE_RI])]
    );
    // After a capitalised word, "May's" is a name's: no date.
    let name =
        "Ashby Council's children's services were rated 'requires improvement' by Ofsted.\n\n\
                The report went to Councillor Theresa May's inspection panel.\n";
    assert_eq!(
        dated_grades(name, "2019-10-15"),
        vec![("2019-10-15".to_string(), vec![OE_RI])]
    );
}

#[test]
fn a_grade_three_years_ago_is_the_inspection_reported_then_and_the_upgrade_is_todays() {
    let text = "Ashby Council's children's services department rated inadequate three years ago has been upgraded to \"requires improvement to be good\".\n\n\
                The council had to be overseen by the government after an Ofsted report in January 2020.\n\n\
                In November 2019, the watchdog found the service had deteriorated.\n\n\
                The first full inspection since the 2019 report was carried out in March this year.\n\n\
                Staff had been scrutinised since the last full Ofsted inspection in 2019.\n";
    assert_eq!(
        dated_grades(text, "2023"),
        vec![
            ("2019-11".to_string(), vec![OE_INADEQUATE]),
            ("2023-03".to_string(), vec![OE_RI]),
        ]
    );
    // A report dated by a year alone is no report of the year before's inspection: the
    // grade of that year makes its own event.
    let text = "Ashby County Council has received a 'requires improvement' rating from Ofsted.\n\n\
                The council has spent millions since the inadequate rating in 2017.\n\n\
                The director said she was delighted with the report two years ago.\n\n\
                Ofsted said the number has not improved since the 2016 inspection.\n";
    let got = dated_grades(text, "2019");
    assert!(
        got.iter()
            .any(|(date, grades)| date == "2017" && grades == &vec![OE_INADEQUATE]),
        "{got:?}"
    );
}

#[test]
fn an_event_word_bounding_a_period_gives_the_date_of_a_verb_after_it_to_the_word_before() {
    let text = "Ashby Council's children's services were rated good.\n\n\
                The first full inspection since the 2019 report was carried out in March this year.\n";
    assert_eq!(
        dated_grades(text, "2023-06-01"),
        vec![
            ("2019".to_string(), vec![]),
            ("2023-03".to_string(), vec![OE_GOOD]),
        ]
    );
    // With no verb between, the date after the bound is the bound's own.
    let text = "Ashby Council's children's services were rated good.\n\n\
                It was the first full inspection since the last inspection in March 2019.\n";
    let got = dated_grades(text, "2023-06-01");
    assert!(got.iter().any(|(date, _)| date == "2019-03"), "{got:?}");
}

#[test]
fn a_date_in_what_a_report_tells_or_in_a_clause_about_a_person_dates_no_report() {
    let dates_of = |text: &str| -> Vec<String> {
        dated_grades(text, "2022-05-10")
            .into_iter()
            .map(|(date, _)| date)
            .collect()
    };
    let lead = "Ashby Council's children's services were rated outstanding after an inspection in March.\n\n";
    let tells = format!("{lead}The report highlights the progress made over the last five years, which is commended during the lockdowns in 2020.\n");
    assert_eq!(dates_of(&tells), vec!["2022-03"]);
    let person = format!("{lead}An inspection report heaped praise on the director, Jo Bloggs, who replaced Sam Hill in 2017.\n");
    assert_eq!(dates_of(&person), vec!["2022-03"]);
    // Before the verb, a date is still the report's; after the inspectorate, "who" opens
    // a clause about the inspection.
    let published =
        format!("{lead}The report published in April 2021 highlights the progress made.\n");
    assert_eq!(dates_of(&published), vec!["2021-04", "2022-03"]);
    let inspectorate = "Ashby Council's children's services were rated outstanding.\n\n\
                        The inspection by Ofsted, who visited in March 2020, praised leaders.\n";
    assert_eq!(dates_of(inspectorate), vec!["2020-03", "2022-05-10"]);
}

#[test]
fn visits_by_inspectors_date_the_inspection_and_a_which_clause_dates_the_earlier_grade() {
    let text = "Ashby Council's children's services have been rated \"outstanding\" by Ofsted.\n\n\
                After visits by inspectors in April, the watchdog has raised the authority's rating from \"good\", which was awarded in 2017.\n";
    assert_eq!(
        dated_grades(text, "2022"),
        vec![
            ("2017".to_string(), vec![OE_GOOD]),
            ("2022-04".to_string(), vec![OE_OUTSTANDING]),
        ]
    );
    // Monitoring visits are no visits of the inspection; a clause that does not open
    // with "which" right after the grade does not date it: the earlier inspection is
    // dated only as before the one reported.
    let text = "Ashby Council's children's services have been rated \"outstanding\" by Ofsted.\n\n\
                After monitoring visits by inspectors in April, the watchdog has raised the authority's rating from \"good\", as the council said in 2017.\n";
    assert_eq!(
        dated_grades(text, "2022"),
        vec![
            ("2022".to_string(), vec![OE_OUTSTANDING]),
            ("before 2022".to_string(), vec![OE_GOOD]),
        ]
    );
}

#[test]
fn the_first_inspection_since_a_year_names_an_earlier_one_then_and_a_second_visit_does_not() {
    let text = "Ashby Council's children's services have been rated Outstanding.\n\n\
                Ofsted has published its report today, following an inspection in March, the first judgement inspection for Ashby Council's services since 2017.\n";
    assert_eq!(
        dated_grades(text, "2022-05"),
        vec![
            ("2017".to_string(), vec![]),
            ("2022-03".to_string(), vec![OE_OUTSTANDING]),
        ]
    );
    // Right after "since", a date is no event word's: "a second visit since December
    // 2023" tells neither when that visit was nor of one then.
    let text = "Ashby Council accepts the findings in the Ofsted monitoring letter from their second visit since December 2023.\n\n\
                Ofsted's visit took place in February 2025.\n";
    let dates: Vec<String> = dated_grades(text, "2025-03-25")
        .into_iter()
        .map(|(date, _)| date)
        .collect();
    assert_eq!(dates, vec!["2025-02"]);
    // Nor an event word after it.
    let text = "Ashby Council's children's services were rated good.\n\n\
                The report follows a series of monitoring visits from Ofsted since March 2019, with the formal re-inspection taking place in June.\n";
    let dates: Vec<String> = dated_grades(text, "2022-08-01")
        .into_iter()
        .map(|(date, _)| date)
        .collect();
    assert_eq!(dates, vec!["2022-06"]);
}

#[test]
fn a_grade_after_since_the_last_inspection_is_the_period_ends_unless_told_of_that_one() {
    let text = "Ashby Council's children's services were inspected between 10 and 21 October 2022, the first inspection of this kind since 2018 when services were found to Require Improvement.\n\n\
                Members acknowledged the hard work since the last inspection to achieve the Good rating overall.\n";
    assert_eq!(
        dated_grades(text, "2022-12-01"),
        vec![
            ("2018".to_string(), vec![OE_RI]),
            ("2022-10-10".to_string(), vec![OE_GOOD]),
        ]
    );
    // A clause about that inspection ("when", "which") gives it the grade.
    let text = "Ashby Council's children's services were rated inadequate.\n\n\
                Since the last inspection in 2019, when services were rated as 'requires improvement to be good', leaders have changed.\n";
    assert_eq!(
        dated_grades(text, "2024-02-26"),
        vec![
            ("2019".to_string(), vec![OE_RI]),
            ("2024-02-26".to_string(), vec![OE_INADEQUATE]),
        ]
    );
}

#[test]
fn who_inside_a_judgements_title_opens_no_clause_about_the_earlier_inspection() {
    let text = "Ashby Council's children's services were rated good by Ofsted.\n\n\
                Services have improved since the last inspection in 2017, with only children who need help and protection requiring improvement to be good.\n";
    assert_eq!(
        dated_grades(text, "2022-05-01"),
        vec![
            ("2017".to_string(), vec![]),
            (
                "2022-05-01".to_string(),
                vec![
                    OE_GOOD,
                    (Judgement::HelpAndProtection, Grade::RequiresImprovement)
                ]
            )
        ]
    );
}

#[test]
fn a_date_in_a_bracket_after_the_grade_or_after_a_comma_and_in_is_the_grades() {
    let minutes = "Ashby Council scrutiny panel.\n\n\
                   Current Ofsted judgement: Requires Improvement (ILACS, November 2018).\n";
    assert_eq!(
        dated_grades(minutes, "2020-06-23"),
        vec![("2018-11".to_string(), vec![OE_RI])]
    );
    let both = "Ashby Council scrutiny panel.\n\n\
                The council's services are judged to require improvement to be good, an improvement on the previous judgement (Inadequate, 2015).\n";
    assert_eq!(
        dated_grades(both, "2017-11-21"),
        vec![
            ("2015".to_string(), vec![OE_INADEQUATE]),
            ("2017-11-21".to_string(), vec![OE_RI]),
        ]
    );
    // "Requires Further Improvement" is the grade whole, up to its bracket.
    let further = minutes.replace("Requires Improvement", "Requires Further Improvement");
    assert_eq!(
        dated_grades(&further, "2020-06-23"),
        vec![("2018-11".to_string(), vec![OE_RI])]
    );
    let comma = "Ashby Council is appealing for foster carers.\n\n\
                 Its children's services as a whole were last rated requires improvement, in 2019.\n";
    assert_eq!(
        dated_grades(comma, "2021-07-22"),
        vec![("2019".to_string(), vec![OE_RI])]
    );
}

#[test]
fn a_judgements_which_clause_after_its_place_dates_its_earlier_grade() {
    let text = "Ashby Council's child protection turned around.\n\n\
                Help and protection in Ashby, which was judged inadequate in 2016, is now good, Ofsted has found.\n";
    assert_eq!(
        dated_grades(text, "2019-05-15"),
        vec![
            (
                "2016".to_string(),
                vec![(Judgement::HelpAndProtection, Grade::Inadequate)]
            ),
            (
                "2019-05-15".to_string(),
                vec![(Judgement::HelpAndProtection, Grade::Good)]
            ),
        ]
    );
}

#[test]
fn a_history_of_all_four_grades_by_year_is_no_scale() {
    let text = "Ashby completes climb to outstanding\n\n\
                Rated inadequate in 2014, requires improvement in 2018 and good in 2021, Ashby Council's children's services have now been judged outstanding by Ofsted.\n";
    assert_eq!(
        dated_grades(text, "2025-03-13"),
        vec![
            ("2014".to_string(), vec![OE_INADEQUATE]),
            ("2018".to_string(), vec![OE_RI]),
            ("2021".to_string(), vec![OE_GOOD]),
            ("2025-03-13".to_string(), vec![OE_OUTSTANDING]),
        ]
    );
    // The scale itself still grades nothing.
    let scale = "Ashby Council was inspected.\n\nOfsted ratings go from inadequate, to requires improvement, to good and then outstanding.\n";
    assert!(dated_grades(scale, "2025-03-13")
        .iter()
        .all(|(_, grades)| grades.is_empty()));
}

#[test]
fn a_history_keyed_by_year_dates_each_line() {
    let text = "Ashby Council scrutiny committee\n\n\
                Members were reminded of the Council's inspection history:\n\
                - 2014 (SIF): Inadequate\n\
                - 2017 (SIF): Requires Improvement\n\n\
                The Chair thanked officers.\n";
    assert_eq!(
        dated_grades(text, "2021-09-28"),
        vec![
            ("2014".to_string(), vec![OE_INADEQUATE]),
            ("2017".to_string(), vec![OE_RI]),
            // The inspection the committee's minutes report, known only by their date.
            ("2021-09-28".to_string(), vec![]),
        ]
    );
}

#[test]
fn a_grade_at_the_previous_inspection_is_an_earlier_ones() {
    let text = "Ashby Council's children's services have been handed a 'requires improvement' rating, having been rated 'good' at their previous inspection.\n";
    assert_eq!(
        dated_grades(text, "2019-04-11"),
        vec![
            ("2019-04-11".to_string(), vec![OE_RI]),
            ("before 2019-04-11".to_string(), vec![OE_GOOD]),
        ]
    );
}

#[test]
fn a_grade_at_the_last_inspection_is_not_read_as_an_earlier_ones() {
    // "in the last inspection" is as often the latest: only "previous" (earlier, prior,
    // former) tells, or "at its last inspection".
    let text = "Ashby Council was rated good in the last inspection, Ofsted said today.\n";
    assert_eq!(
        dated_grades(text, "2023-06-01"),
        vec![("2023-06-01".to_string(), vec![OE_GOOD])]
    );
}

#[test]
fn a_date_after_from_is_what_the_grade_is_compared_with_not_its_own() {
    let text = "Ashby Children's Trust has been judged 'Requires Improvement to be Good' by Ofsted, a clear step forward from its first inspection in 2019, when the Trust was judged 'Inadequate'.\n";
    assert_eq!(
        dated_grades(text, "2022-11-03"),
        vec![
            ("2019".to_string(), vec![OE_INADEQUATE]),
            ("2022-11-03".to_string(), vec![OE_RI]),
        ]
    );
}

#[test]
fn a_grade_in_a_when_clause_is_that_dates_even_with_a_nearer_date_after_it() {
    let text = "Ashby Council's children's services were rated good in June 2024.\n\n\
                The service has come a long way since 2009, when Ofsted identified it as 'inadequate' and then in 2015 as 'requires improvement'.\n";
    assert_eq!(
        dated_grades(text, "2024-07-20"),
        vec![
            ("2009".to_string(), vec![OE_INADEQUATE]),
            ("2015".to_string(), vec![OE_RI]),
            ("2024-06".to_string(), vec![OE_GOOD]),
        ]
    );
    // Without the clause, 2009 (a sentence of its own) dates no grade.
    let text = text.replace(
        "since 2009, when Ofsted identified it as",
        "since 2009. Ofsted identified it as",
    );
    assert!(dated_grades(&text, "2024-07-20")
        .iter()
        .all(|(date, grades)| date != "2009" || grades.is_empty()));
}

#[test]
fn years_after_opening_a_sentence_dates_the_grade_in_its_clause() {
    let text = "Two years after Ashby Council's safeguarding team were branded inadequate, an Ofsted report has given them a 'requires improvement' rating.\n";
    assert_eq!(
        dated_grades(text, "2015"),
        vec![
            ("2013".to_string(), vec![OE_INADEQUATE]),
            ("2015".to_string(), vec![OE_RI]),
        ]
    );
    let on_from = text.replace("Two years after", "Six years on from when");
    assert_eq!(
        dated_grades(&on_from, "2015"),
        vec![
            ("2009".to_string(), vec![OE_INADEQUATE]),
            ("2015".to_string(), vec![OE_RI]),
        ]
    );
    // After a comma that ends an undated main clause, "two years after" counts back
    // from the article's time as an opening one does ...
    let inside = "Ashby Council's services were rated 'requires improvement', just two years after the safeguarding team were branded inadequate.\n";
    assert_eq!(
        dated_grades(inside, "2015"),
        vec![
            ("2013".to_string(), vec![OE_INADEQUATE]),
            ("2015".to_string(), vec![OE_RI]),
        ]
    );
    // ... but not from a main clause with its own year, nor into a clause with its own:
    // the earlier inspection is then dated only as before the reported one.
    let dated_main = "Ashby Council's services were rated 'requires improvement' in 2015, two years after the safeguarding team were branded inadequate.\n";
    assert_eq!(
        dated_grades(dated_main, "2016"),
        vec![
            ("2015".to_string(), vec![OE_RI]),
            ("before 2016".to_string(), vec![OE_INADEQUATE]),
        ]
    );
    let own_year = "Ashby Council's services were rated 'requires improvement', two years after they were branded inadequate in December 2013.\n";
    assert_eq!(
        dated_grades(own_year, "2016"),
        vec![
            ("2013-12".to_string(), vec![OE_INADEQUATE]),
            ("2016".to_string(), vec![OE_RI]),
        ]
    );
}

#[test]
fn inspectors_monitoring_the_service_are_a_monitoring_visit() {
    let kinds = |text: &str| -> Vec<(EventKind, String)> {
        grades_by_event(&one_article(text, Some("2023")).dataset)
            .into_iter()
            .map(|(kind, date, _)| (kind, date))
            .collect()
    };
    let lead = "Ashby Council's children's services have been upgraded to \"requires improvement to be good\" after an inspection in March this year.\n\n";
    let text = format!("{lead}In March last year inspectors monitoring the service said it was still not meeting an adequate standard.\n");
    assert_eq!(
        kinds(&text),
        vec![
            (EventKind::MonitoringVisit, "2022-03".to_string()),
            (EventKind::Inspection, "2023-03".to_string()),
        ]
    );
    // Monitoring that inspectors speak of is no visit.
    let text = format!("{lead}In March last year inspectors said monitoring of cases was weak.\n");
    assert!(
        kinds(&text)
            .iter()
            .all(|(kind, _)| *kind != EventKind::MonitoringVisit),
        "{:?}",
        kinds(&text)
    );
}

#[test]
fn a_when_or_which_clause_right_after_a_date_gives_that_date_the_grade_in_it() {
    // After the phrase's closing mark, and six words from the date.
    let text = "The Ofsted inspection of Ashby Council's children's services has found services have 'improved substantially since the last inspection in February 2019', when services were found to be inadequate.\n\n\
                Overall effectiveness was judged to require improvement to be good.\n";
    assert_eq!(
        dated_grades(text, "2022-11-25"),
        vec![
            ("2019-02".to_string(), vec![OE_INADEQUATE]),
            ("2022-11-25".to_string(), vec![OE_RI]),
        ]
    );
    // With no event word by the date, seven words from it.
    let text = "The Ofsted report published today says the service 'requires improvement to be good'; this is an improvement from its conclusion in 2015, when the service was judged to be 'inadequate'.\n";
    assert_eq!(
        dated_grades(text, "2018-05-09"),
        vec![
            ("2015".to_string(), vec![OE_INADEQUATE]),
            ("2018-05-09".to_string(), vec![OE_RI]),
        ]
    );
    // A clause that ends before the grade is not the grade's: the grade is today's (and
    // loses to the other one today), and 2015 has no event.
    let text = "The Ofsted report published today says the service 'requires improvement to be good'; this is an improvement from its conclusion in 2015, when inspectors came, since the service is now judged to be 'good'.\n";
    assert_eq!(
        dated_grades(text, "2018-05-09"),
        vec![("2018-05-09".to_string(), vec![OE_RI])]
    );
}

#[test]
fn a_weekday_date_falls_in_the_manifests_year_where_it_fits_it() {
    // 15 October was a Tuesday in 2019, the latest year the text names, and in 2024.
    let text = "Ashby Council's children's services have been rated 'good' by Ofsted.\n\n\
                The inspection took place in June, and the report was published in July.\n\n\
                Inspectors found practice had improved since the previous inspection in 2019.\n\n\
                The report was noted by councillors last Tuesday (October 15).\n";
    let dates: Vec<String> = dated_grades(text, "2024-10")
        .into_iter()
        .map(|(date, _)| date)
        .collect();
    assert_eq!(dates, vec!["2019", "2024-06"]);
    // Where the day does not fall on that weekday in the manifest's year (19 October
    // 2024 was a Saturday), the text's own years place it: 2021, the first from 2019.
    let text = text.replace("October 15", "October 19");
    let dates: Vec<String> = dated_grades(&text, "2024-10")
        .into_iter()
        .map(|(date, _)| date)
        .collect();
    assert_eq!(dates, vec!["2019", "2021-06"]);
}

#[test]
fn the_inspection_reported_unnamed_after_a_visit_is_dated_by_its_inspectors() {
    // The grade would go to the focused visit named last; it goes to the inspection the
    // article reports, which the inspectors' visits date.
    let text = "Ashby Council keeps its 'good' Ofsted rating.\n\n\
                In visits to Ashby Council during January and February, inspectors found senior leaders had acted on caseloads.\n\n\
                Concerns were raised during a focused visit by Ofsted in September 2018.\n";
    let data = one_article(text, Some("2019-04-24")).dataset;
    assert_eq!(
        grades_by_event(&data),
        vec![
            (EventKind::FocusedVisit, "2018-09".to_string(), vec![]),
            (EventKind::Inspection, "2019-01".to_string(), vec![OE_GOOD]),
        ]
    );
    // A date in a sentence not about inspecting does not date it: the article's does.
    let text = text.replace(
        "In visits to Ashby Council during January and February, inspectors found senior leaders had acted on caseloads.",
        "In January and February, the council hired twenty social workers.",
    );
    let data = one_article(&text, Some("2019-04-24")).dataset;
    assert_eq!(
        grades_by_event(&data),
        vec![
            (EventKind::FocusedVisit, "2018-09".to_string(), vec![]),
            (
                EventKind::Inspection,
                "2019-04-24".to_string(),
                vec![OE_GOOD]
            ),
        ]
    );
}

#[test]
fn a_span_of_days_with_the_before_each_day_dates_the_inspection_and_premodifies_nothing() {
    let text = "Ofsted has today published its latest report on Ashby Council's children's services.\n\n\
                Ofsted inspected Ashby Council between the 23rd January and the 16th February 2017 examining around 200 case files. The overall grade is 'Require Improvement to be Good'.\n";
    let data = one_article(text, Some("2017-04-07")).dataset;
    assert_eq!(data.events.len(), 1, "{:?}", data.events);
    let date = &data.events[0].date;
    assert_eq!(date.value, "2017-01-23");
    assert_eq!(date.end.as_deref(), Some("2017-02-16"));
    let span = date.span.expect("the date's words");
    assert_eq!(
        &text[span.start..span.end],
        "23rd January and the 16th February 2017"
    );
    // One day after "the", with a noun after it, is that noun's: the report's day
    // stands.
    let text = text.replace(
        "between the 23rd January and the 16th February 2017 examining around 200 case files",
        "after the 16th February 2017 cyber-attack",
    );
    let data = one_article(&text, Some("2017-04-07")).dataset;
    assert_eq!(data.events.len(), 1, "{:?}", data.events);
    assert_eq!(data.events[0].date.value, "2017-04-07");
}

#[test]
fn a_span_of_days_with_a_weekday_at_each_end_before_its_month_is_one_span() {
    let text = "Ashby Council's children's services have been judged 'Outstanding' in an Ofsted report released on Monday 20 November 2023.\n\n\
                Ofsted inspectors visiting Ashby from Monday 2 to Friday 6 October praised council staff.\n";
    let data = one_article(text, Some("2023-11-20")).dataset;
    assert_eq!(data.events.len(), 1, "{:?}", data.events);
    let date = &data.events[0].date;
    assert_eq!(
        (date.value.as_str(), date.end.as_deref()),
        ("2023-10-02", Some("2023-10-06"))
    );
    let span = date.span.expect("the date's words");
    assert_eq!(&text[span.start..span.end], "Monday 2 to Friday 6 October");
    // Under a dateline opening the first paragraph before a colon, which dates the
    // article and no event word, the report is dated by its inspectors' visit too.
    let dated = format!("Monday 20 November 2023: {text}");
    let data = one_article(&dated, None).dataset;
    assert_eq!(data.events.len(), 1, "{:?}", data.events);
    let date = &data.events[0].date;
    assert_eq!(
        (date.value.as_str(), date.end.as_deref()),
        ("2023-10-02", Some("2023-10-06"))
    );
    // The first day's weekday must still fit it: 2 October 2023 was no Tuesday, so the
    // span is left out with a warning and the report's day dates the inspection.
    let text = text.replace("Monday 2 to", "Tuesday 2 to");
    let extraction = one_article(&text, Some("2023-11-20"));
    assert_eq!(extraction.dataset.events[0].date.value, "2023-11-20");
    assert!(
        extraction
            .warnings
            .iter()
            .any(|w| w.message.contains("is not a Tuesday")),
        "{:?}",
        extraction.warnings
    );
}

#[test]
fn a_month_between_a_determiner_and_an_event_word_dates_that_event() {
    let text = "A damning report by the watchdog in February judged Ashby Council's services to be inadequate.\n\n\
                During the December inspection, inspectors found too many children were waiting.\n";
    assert_eq!(
        dated_grades(text, "2024-07"),
        vec![("2023-12".to_string(), vec![OE_INADEQUATE])]
    );
    let text = "Ashby Council's services were judged to be inadequate in 2023.\n\n\
                Its March monitoring visit found progress.\n";
    let data = one_article(text, Some("2024-07")).dataset;
    assert_eq!(
        grades_by_event(&data),
        vec![
            (
                EventKind::Inspection,
                "2023".to_string(),
                vec![OE_INADEQUATE]
            ),
            (EventKind::MonitoringVisit, "2024-03".to_string(), vec![]),
        ]
    );
    // Before another noun, the month names no date: the report's month stands.
    let text = "A damning report by the watchdog in February judged Ashby Council's services to be inadequate.\n\n\
                During the December meeting, councillors agreed a plan.\n";
    assert_eq!(
        dated_grades(text, "2024-07"),
        vec![("2024-02".to_string(), vec![OE_INADEQUATE])]
    );
}

#[test]
fn an_undated_last_inspection_takes_an_inspecting_date_told_just_after_it() {
    let text = "Ashby Council's children's services have taken important strides since they were last inspected, according to a government watchdog.\n\n\
                Officials from Ofsted said areas of the service needed to improve after running the rule over them early in January 2018.\n\n\
                Ofsted inspectors returned to conduct a focused visit between 9 and 10 January 2019.\n";
    let data = one_article(text, Some("2019-02-04")).dataset;
    assert_eq!(
        grades_by_event(&data),
        vec![
            (EventKind::Inspection, "2018-01".to_string(), vec![]),
            (EventKind::FocusedVisit, "2019-01-09".to_string(), vec![]),
        ]
    );
    // Not from a sentence that does not tell of inspecting, nor from one further on.
    let kinds = |text: &str| -> Vec<EventKind> {
        let data = one_article(text, Some("2019-02-04")).dataset;
        data.events.iter().map(|e| e.kind).collect()
    };
    let not_inspecting = text.replace(
        "Officials from Ofsted said areas of the service needed to improve after running the rule over them",
        "The council hired new social workers",
    );
    assert_eq!(kinds(&not_inspecting), vec![EventKind::FocusedVisit]);
    let further = text.replace(
        "government watchdog.\n\n",
        "government watchdog.\n\nThe council is pleased. Its staff are proud.\n\n",
    );
    assert_eq!(kinds(&further), vec![EventKind::FocusedVisit]);
}

#[test]
fn a_date_opening_its_sentence_dates_the_grade_in_its_first_clause() {
    let text = "Ashby Council's children's services have been rated good by Ofsted.\n\n\
                Nine years ago the council's children's services were judged to be inadequate, and children were let down.\n";
    assert_eq!(
        dated_grades(text, "2021"),
        vec![
            ("2012".to_string(), vec![OE_INADEQUATE]),
            ("2021".to_string(), vec![OE_GOOD]),
        ]
    );
    // A grade past the first clause is not that date's.
    let text = "Ashby Council's children's services have been rated good by Ofsted.\n\n\
                Nine years ago the council appointed a new director, and its services are now judged to be outstanding for care leavers.\n";
    assert_eq!(
        dated_grades(text, "2021"),
        vec![(
            "2021".to_string(),
            vec![OE_GOOD, (Judgement::CareLeavers, Grade::Outstanding)]
        )]
    );
}

#[test]
fn plural_inspections_of_two_years_are_one_in_each_and_a_date_before_a_comma_is_not_the_next_words()
{
    let kinds_and_dates = |text: &str| -> Vec<(EventKind, String)> {
        grades_by_event(&one_article(text, Some("2016-02-17")).dataset)
            .into_iter()
            .map(|(kind, date, _)| (kind, date))
            .collect()
    };
    // "2013, the report states": the date is the inspections', not the report's.
    let text = "Leaders have not achieved enough improvement since the previous Ofsted inspections in 2011 and 2013, the report states. Ashby Council was rated inadequate.\n";
    assert_eq!(
        kinds_and_dates(text),
        vec![
            (EventKind::Inspection, "2011".to_string()),
            (EventKind::Inspection, "2013".to_string()),
            (EventKind::Inspection, "2016-02-17".to_string()),
        ]
    );
    // Of one year, plural inspections name no event of it.
    let text = text.replace("2011 and 2013", "2013");
    assert_eq!(
        kinds_and_dates(&text),
        vec![(EventKind::Inspection, "2016-02-17".to_string())]
    );
    // Nor do visits by inspectors in two months of one year: the days of one inspection.
    let text = "After visits by inspectors in April and May, the watchdog rated Ashby Council inadequate.\n";
    assert_eq!(
        kinds_and_dates(text),
        vec![(EventKind::Inspection, "2015-04".to_string())]
    );
}

#[test]
fn a_date_does_not_go_to_an_event_word_after_it_that_has_a_date_of_its_own() {
    let kinds_and_dates = |text: &str| -> Vec<String> {
        grades_by_event(&one_article(text, Some("2016-02-17")).dataset)
            .into_iter()
            .map(|(_, date, _)| date)
            .collect()
    };
    let text = "Ashby Council was told by the Department for Education in July 2014 that its services would be run by a trust following an Ofsted inspection in November 2013 that found serious weaknesses. Ashby was rated inadequate in 2015.\n";
    assert_eq!(kinds_and_dates(text), vec!["2013-11", "2015"]);
    // With no date of its own, the word after the date still takes it.
    let text = text.replace(" in November 2013", "");
    assert_eq!(kinds_and_dates(&text), vec!["2014-07", "2015"]);
}

#[test]
fn a_date_past_another_grade_does_not_unbind_the_current_grade() {
    // "after being rated as good ... in 2017": the year is the later grade's, and the
    // current grade stays the reported inspection's.
    let text = "The inspectorate rated Ashby Council as outstanding in March, after being rated as \"good\" by the inspectorate in 2017.\n";
    let dated = dated_grades(text, "2022-06-01");
    assert_eq!(dated.len(), 2, "{dated:?}");
    assert_eq!(dated[0], ("2017".to_string(), vec![OE_GOOD]));
    assert!(dated[1].0.starts_with("2022"), "{dated:?}");
    assert_eq!(dated[1].1, vec![OE_OUTSTANDING]);
    // With no other grade between them, a date of another year still leaves the grade
    // out rather than on the wrong event.
    let text = "The inspectorate rated Ashby Council as outstanding, after a review of its care by the inspectorate in 2017.\n";
    assert_eq!(dated_grades(text, "2022-06-01"), vec![]);
}

#[test]
fn a_clause_that_at_which_point_or_where_opens_after_a_date_is_that_dates() {
    let lead = "Ashby Council's children's services have been rated outstanding by Ofsted. ";
    for clause in [
        "at which point the service was graded 'good'",
        "where the service was graded 'good'",
        "after which the service was graded 'good'",
    ] {
        let text = format!(
            "{lead}The service has improved since the watchdog's last review in 2019, {clause}.\n"
        );
        assert_eq!(
            dated_grades(&text, "2024-04-01"),
            vec![
                ("2019".to_string(), vec![OE_GOOD]),
                ("2024-04-01".to_string(), vec![OE_OUTSTANDING]),
            ],
            "{clause}"
        );
    }
    // A clause that no such word opens tells of the present.
    let text = format!(
        "{lead}The service has improved since the watchdog's last review in 2019, and the service is graded 'good' for care leavers.\n"
    );
    assert_eq!(
        dated_grades(&text, "2024-04-01"),
        vec![(
            "2024-04-01".to_string(),
            vec![OE_OUTSTANDING, (Judgement::CareLeavers, Grade::Good)]
        )]
    );
}

#[test]
fn a_grade_after_a_since_clause_is_the_current_one_unless_it_goes_on_that_clause() {
    let lead = "Ashby Council's children's services were inspected by Ofsted. ";
    let text = format!(
        "{lead}Since the department was last inspected in 2015 its rating has fallen from good to requiring improvement.\n"
    );
    assert_eq!(
        dated_grades(&text, "2019-06-01"),
        vec![
            ("2015".to_string(), vec![OE_GOOD]),
            ("2019-06-01".to_string(), vec![OE_RI]),
        ]
    );
    // "... and deemed 'good'": the grade goes on the since-clause, and is its event's.
    let text = format!(
        "{lead}Ofsted said that since services were last inspected, in 2015, and deemed 'good' overall, there has been widespread deterioration.\n"
    );
    assert_eq!(
        dated_grades(&text, "2019-06-01"),
        vec![
            ("2015".to_string(), vec![OE_GOOD]),
            ("2019-06-01".to_string(), vec![])
        ]
    );
}

#[test]
fn a_count_of_years_prior_counts_back_from_the_article() {
    let text = "Ashby Council has been awarded 'outstanding' for its children's services after it was given an \"inadequate\" rating six years prior.\n";
    assert_eq!(
        dated_grades(text, "2019-12-01"),
        vec![
            ("2013".to_string(), vec![OE_INADEQUATE]),
            ("2019-12-01".to_string(), vec![OE_OUTSTANDING]),
        ]
    );
    // "six years after a visit" is no date: the grades stay on the one event.
    let text = text.replace("six years prior", "six years after a visit");
    let dated = dated_grades(&text, "2019-12-01");
    assert_eq!(dated.len(), 1, "{dated:?}");
    assert_eq!(dated[0].0, "2019-12-01");
}

#[test]
fn a_grade_its_clause_tells_as_previous_is_the_earlier_inspections() {
    let text = "A restructure led to a decline in standards within a children's services department previously rated as \"good\", an Ofsted inspection has found. The last full inspection of Ashby Council in 2013 was positive.\n";
    assert_eq!(
        dated_grades(text, "2019-09-20"),
        vec![
            ("2013".to_string(), vec![OE_GOOD]),
            ("2019-09-20".to_string(), vec![]),
        ]
    );
    // "now" between them keeps the grade the current one.
    let text = text.replace(
        "previously rated as",
        "previously struggling and now rated as",
    );
    assert_eq!(
        dated_grades(&text, "2019-09-20"),
        vec![
            ("2013".to_string(), vec![]),
            ("2019-09-20".to_string(), vec![OE_GOOD]),
        ]
    );
    // An earlier grade is an earlier inspection's, not a visit's of no stated kind.
    let text = "Ashby Council's children's services have been rated inadequate by Ofsted. They were previously rated as \"requires improvement\" but that has since been downgraded. Ofsted said a visit in February 2020 found \"priority action\" was needed.\n";
    let data = one_article(text, Some("2022-07-20")).dataset;
    let kinds: Vec<(EventKind, String, usize)> = grades_by_event(&data)
        .into_iter()
        .map(|(kind, date, grades)| (kind, date, grades.len()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (EventKind::FocusedVisit, "2020-02".to_string(), 0),
            (EventKind::Inspection, "2022-07-20".to_string(), 1),
            (EventKind::Inspection, "before 2022-07-20".to_string(), 1),
        ]
    );
    let text = text.replace("a visit in February 2020", "an inspection in February 2018");
    assert_eq!(
        dated_grades(&text, "2022-07-20"),
        vec![
            ("2018-02".to_string(), vec![OE_RI]),
            ("2022-07-20".to_string(), vec![OE_INADEQUATE]),
        ]
    );
}

#[test]
fn a_grade_told_as_kept_is_also_the_inspection_befores() {
    let lead = "In the first full inspection since their last report in 2016, Ofsted has praised the work at Ashby. ";
    let text = format!("{lead}Ashby Council has retained its \"good\" rating by Ofsted.\n");
    assert_eq!(
        dated_grades(&text, "2019-10-16"),
        vec![
            ("2016".to_string(), vec![OE_GOOD]),
            ("2019-10-16".to_string(), vec![OE_GOOD]),
        ]
    );
    // Kept, as retained.
    let kept = text.replace("has retained its", "has kept its");
    assert_eq!(
        dated_grades(&kept, "2019-10-16"),
        vec![
            ("2016".to_string(), vec![OE_GOOD]),
            ("2019-10-16".to_string(), vec![OE_GOOD]),
        ]
    );
    // Rated, not retained: the reported inspection's alone (and not the earlier event
    // that only starts the period the sentence before tells of).
    let text = format!("{lead}Ashby Council has been rated \"good\" by Ofsted.\n");
    assert_eq!(
        dated_grades(&text, "2019-10-16"),
        vec![
            ("2016".to_string(), vec![]),
            ("2019-10-16".to_string(), vec![OE_GOOD]),
        ]
    );
    // "the same during the last inspection in 2019": the current grade is that one's too.
    let text = "In July 2023, Ashby Council was subject to a standard inspection. The overall judgement of the inspection was that the services for children required improvement which was the same during the last inspection in 2019.\n";
    assert_eq!(
        dated_grades(text, "2023-09-01"),
        vec![
            ("2019".to_string(), vec![OE_RI]),
            ("2023-07".to_string(), vec![OE_RI]),
        ]
    );
    // "the same grading for the service overall" tells of no other time.
    let text = text.replace(
        "which was the same during the last inspection in 2019",
        "resulting in the same grading for the service overall. The last inspection in 2019 found weaknesses",
    );
    assert_eq!(
        dated_grades(&text, "2023-09-01"),
        vec![
            ("2019".to_string(), vec![]),
            ("2023-07".to_string(), vec![OE_RI]),
        ]
    );
}

#[test]
fn a_date_right_after_an_earlier_grade_or_after_since_before_a_grade_is_no_later_events() {
    // "from an Inadequate rating in 2019 to ... 'Good' in its latest full inspection":
    // 2019 is the earlier grade's, not the latest inspection's.
    let text = "Inspectors praised the transformation of Ashby Council's service which has moved from an Inadequate rating in 2019 to achieve a judgment of 'Good' in its latest full inspection which took place between 11 and 21 July.\n";
    assert_eq!(
        dated_grades(text, "2023-09-04"),
        vec![
            ("2019".to_string(), vec![OE_INADEQUATE]),
            ("2023-07-11".to_string(), vec![OE_GOOD]),
        ]
    );
    // "since 2019 to achieve ... 'Good'": a period's start before the grade is not its date.
    let text = "Inspectors praised the transformation of Ashby Council's service which has moved on since 2019 to achieve a judgment of 'Good' in its latest full inspection.\n";
    assert_eq!(
        dated_grades(text, "2023-09-04"),
        vec![("2023-09-04".to_string(), vec![OE_GOOD])]
    );
    // Unless a clause about it holds the grade, with or without a comma.
    for text in [
        "Ashby Council's services have improved since 2018 when services were found to require improvement, and are now good.\n",
        "Ashby Council's services have improved since 2018, when services were found to require improvement, and are now good.\n",
    ] {
        let dated = dated_grades(text, "2023-09-04");
        assert_eq!(dated[0], ("2018".to_string(), vec![OE_RI]), "{text}");
    }
}

#[test]
fn a_date_of_plural_inspections_dates_the_reported_one() {
    let text = "Report of the Director of Children's Services.\n\nFurther to the two inspections that had commenced on 4 July 2016, both areas had been found to be 'inadequate' overall.\n";
    assert_eq!(
        dated_grades(text, "2016-09-20"),
        vec![("2016-07-04".to_string(), vec![OE_INADEQUATE])]
    );
    // Not the previous inspections' date.
    let text = text.replace(
        "Further to the two inspections that had commenced on 4 July 2016, both",
        "Since the previous inspections in March 2016, both",
    );
    assert_eq!(
        dated_grades(&text, "2016-09-20"),
        vec![("2016-09-20".to_string(), vec![OE_INADEQUATE])]
    );
}

#[test]
fn a_month_after_last_is_the_last_such_month_before_the_article() {
    let dates = |text: &str, published: &str| -> Vec<String> {
        grades_by_event(&one_article(text, Some(published)).dataset)
            .into_iter()
            .map(|(_, date, _)| date)
            .collect()
    };
    let text = "Ashby Council was rated inadequate. The report followed a four-week inspection of services last November and December.\n";
    // Against an article of a year alone, or of a later month: the year before.
    assert_eq!(dates(text, "2017"), vec!["2016-11"]);
    assert_eq!(dates(text, "2017-03-01"), vec!["2016-11"]);
    // "last March" in November: this year's.
    let text = text.replace("last November and December", "last March");
    assert_eq!(dates(&text, "2017-11-20"), vec!["2017-03"]);
}

#[test]
fn a_date_in_a_since_clause_dates_no_event_and_one_opening_a_sentence_dates_its_report() {
    let kinds_and_dates = |text: &str, published: &str| -> Vec<(EventKind, String)> {
        grades_by_event(&one_article(text, Some(published)).dataset)
            .into_iter()
            .map(|(kind, date, _)| (kind, date))
            .collect()
    };
    let lead = "Ofsted inspectors have told Ashby Council that progress is too slow. The inspectors gave their findings in the third monitoring report into Ashby's services";
    let text = format!("{lead} since they were put into special measures last December.\n");
    assert_eq!(
        kinds_and_dates(&text, "2017-10-19"),
        vec![(EventKind::MonitoringVisit, "2017-10-19".to_string())]
    );
    let text = format!("{lead}, which they visited last December.\n");
    assert_eq!(
        kinds_and_dates(&text, "2017-10-19"),
        vec![(EventKind::MonitoringVisit, "2016-12".to_string())]
    );
    // "Last July, a DfE-commissioned report found": the report came out then, and does
    // not move the monitoring visit of that year.
    let lead = "One such monitoring report, in February last year, was followed by a resignation.";
    let text =
        format!("{lead} Last July, a DfE-commissioned report found that staff were concerned.\n");
    assert_eq!(
        kinds_and_dates(&text, "2019-03-04"),
        vec![(EventKind::MonitoringVisit, "2018-02".to_string())]
    );
    // But a visit told first, and the report after it: the date is when it happened.
    let text = format!(
        "{lead} Last July inspectors visited, and a report found that staff were concerned.\n"
    );
    assert_eq!(
        kinds_and_dates(&text, "2019-03-04"),
        vec![(EventKind::MonitoringVisit, "2018-07".to_string())]
    );
}

#[test]
fn a_grades_own_date_makes_its_event_more_precise_and_an_after_clause_keeps_its_date() {
    // "last year" and "in February 2016" are one event: the month is kept.
    let text = "A council where children's services were rated \"inadequate\" by Ofsted last year is making steady progress.\n\nAshby's children's services department was rated inadequate in February 2016 after a serious decline.\n";
    assert_eq!(
        dated_grades(text, "2017-04-06"),
        vec![("2016-02".to_string(), vec![OE_INADEQUATE])]
    );
    // An event known only from the article's date takes its grade's month.
    let text = "The inspectorate rated Ashby Council as outstanding in March.\n";
    assert_eq!(
        dated_grades(text, "2022-06-01"),
        vec![("2022-03".to_string(), vec![OE_OUTSTANDING])]
    );
    // So does one known only from its report's publication that year; but not from a
    // grade's date that is itself the publication's.
    let text = "It was the sixth monitoring visit since Ashby Council was rated 'inadequate' in March 2017.\n\nAn inspection report published in 2017 said leaders had not improved services.\n";
    assert_eq!(
        dated_grades(text, "2019-05-01"),
        vec![
            ("2017-03".to_string(), vec![OE_INADEQUATE]),
            ("2019-05-01".to_string(), vec![])
        ]
    );
    // Or one told of with its year alone.
    let text = "Inspectors visited Ashby Council in June and saw progress since its previous inspection three years ago.\n\nThey concluded that its rating had gone from \"inadequate\" in September 2015 to \"requires improvement\".\n";
    assert_eq!(
        dated_grades(text, "2018-08-01"),
        vec![
            ("2015-09".to_string(), vec![OE_INADEQUATE]),
            ("2018-06".to_string(), vec![OE_RI])
        ]
    );
    let text = "Ashby Council. Inspection date: 20 January 2015 – 11 February 2015. Report published: 27 March 2015. The overall judgement is that children’s services are inadequate.\n";
    assert_eq!(
        dated_grades(text, "2015-03-27"),
        vec![("2015-01-20".to_string(), vec![OE_INADEQUATE])]
    );
    // So does a date after a grade in a "following" clause.
    let text = "Ofsted published a letter following a second focused visit to Ashby Council's children's services following the inadequate judgement received in March last year.\n";
    assert_eq!(
        dated_grades(text, "2021-05-01"),
        vec![
            ("2020-03".to_string(), vec![OE_INADEQUATE]),
            ("2021-05-01".to_string(), vec![])
        ]
    );
    // An earlier grade read before any earlier event was dated goes to the one a later
    // grade's date makes, if that one grades its judgement alike or not at all.
    let text = "Strong practice has helped Ashby Council rise from ‘good’ to ‘outstanding’ after an inspection in April.\n\nThis helped Ashby retain the outstanding grade for leadership it earned in 2017.\n";
    assert_eq!(
        dated_grades(text, "2022-05-01"),
        vec![
            (
                "2017".to_string(),
                vec![OE_GOOD, (Judgement::ImpactOfLeaders, Grade::Outstanding)]
            ),
            (
                "2022-04".to_string(),
                vec![
                    OE_OUTSTANDING,
                    (Judgement::ImpactOfLeaders, Grade::Outstanding)
                ]
            )
        ]
    );
    let text = "For over a decade Ashby Council's children's services were rated inadequate, but this year they have been rated good.\n\nThey have improved since 2022, when services were rated requires improvement.\n";
    let grades = dated_grades(text, "2025-05-01");
    assert!(
        grades.iter().any(|(d, g)| d == "2022" && g == &vec![OE_RI]),
        "{grades:?}"
    );
    // A "when" clause after a date dates its grade, with a judgement's whole title in it.
    let text = "Ashby Council was visited by Ofsted. Since the previous inspection in September 2023, when the experience and progress of children in care was judged good, Ofsted said leaders have improved services.\n";
    assert_eq!(
        dated_grades(text, "2025-01-10"),
        vec![
            (
                "2023-09".to_string(),
                vec![(Judgement::ChildrenInCare, Grade::Good)]
            ),
            ("2025-01-10".to_string(), vec![])
        ]
    );
    // An inspection told of only by its year keeps it, though a report of that year
    // (perhaps the council's own) is dated to the month.
    let text = "The inspection in 2016 rated Ashby Council inadequate. The council's own improvement report, published in October 2016, set out its plans.\n";
    assert_eq!(
        dated_grades(text, "2019-01-10"),
        vec![("2016".to_string(), vec![OE_INADEQUATE])]
    );
    // "visited in March after being rated as 'good' ... in 2017": each date keeps to its
    // own clause.
    let text = "Ashby Council was rated outstanding. It was visited by Ofsted in March after being rated as \"good\" by the inspectorate in 2017.\n";
    assert_eq!(
        dated_grades(text, "2022-06-01"),
        vec![
            ("2017".to_string(), vec![OE_GOOD]),
            ("2022-03".to_string(), vec![OE_OUTSTANDING]),
        ]
    );
    // Without "after", the grade is the visit's.
    let text = "It was visited by Ofsted in March and rated as \"good\" by the inspectorate.\n";
    assert_eq!(
        dated_grades(text, "2022-06-01"),
        vec![("2022-03".to_string(), vec![OE_GOOD])]
    );
}

#[test]
fn the_inspection_process_is_no_event() {
    let lead = "Minutes\n\nThis report considers the Ofsted inspection of Ashby Council's children's services between 29th October 2018 and 9th November 2018.\n\nThe services required improvement to be good.\n\n";
    let text = format!("{lead}Regarding the inspection process, the Committee was informed that, following a presentation to the Ofsted inspectors on the 29th November, the inspectors observed staff.\n");
    assert_eq!(
        dated_grades(&text, "2018"),
        vec![("2018-10-29".to_string(), vec![OE_RI])]
    );
    // An inspection named in that sentence is one, with that date.
    let text = format!("{lead}Regarding the inspection, the Committee was informed that a presentation was given on the 29th November.\n");
    let dated = dated_grades(&text, "2018");
    assert!(
        dated.iter().any(|(date, _)| date == "2017-11-29"),
        "{dated:?}"
    );
}

#[test]
fn a_grade_achieved_since_an_inspection_is_not_that_inspections() {
    let text = "Minutes\n\nNotes the progress made by Ashby Children Services since its Ofsted inspection in March 2015 to achieve a 'good' judgement in the inspection undertaken in May in 2017.\n";
    assert_eq!(
        dated_grades(text, "2017"),
        vec![
            ("2015-03".to_string(), vec![]),
            ("2017-05".to_string(), vec![OE_GOOD]),
        ]
    );
    // "Since the 2018 inspection deemed the service inadequate": the grade is that
    // inspection's.
    let text = "Ashby Council's children's services have been rated as requires improvement by Ofsted. Since the 2018 inspection deemed the service inadequate, the team has worked hard.\n";
    assert_eq!(
        dated_grades(text, "2023-01-20"),
        vec![
            ("2018".to_string(), vec![OE_INADEQUATE]),
            ("2023-01-20".to_string(), vec![OE_RI]),
        ]
    );
}

#[test]
fn a_plural_inspection_word_leaves_its_date_to_the_singular_word_before_it() {
    let kinds_and_dates = |text: &str| -> Vec<String> {
        grades_by_event(&one_article(text, Some("2024-03-05")).dataset)
            .into_iter()
            .map(|(_, date, _)| date)
            .collect()
    };
    let text = "Ashby County Council was rated good. The council was inspected by Ofsted under the framework for Inspections of Local Authority Children's Services (ILACS) from 11 – 15 December 2023. The report was published in February.\n";
    assert_eq!(kinds_and_dates(text), vec!["2023-12-11"]);
    // Not where the plural names earlier inspections.
    let text = "Ashby County Council was rated good. The report highlighted improvements since the last inspections of its services in 2012 and 2011.\n";
    assert_eq!(kinds_and_dates(text), vec!["2011", "2012", "2024-03-05"]);
}

/// "a focused inspection" is a focused visit, as "a focused visit" is; an inspection
/// that is only "focused on" something stays an inspection.
#[test]
fn a_focused_inspection_is_a_focused_visit() {
    let text = "Ofsted praises Ashby's child protection work\n\n\
         The regulator looked at the council's arrangements for children in need, as part of a focused inspection in July.\n";
    let data = one_article(text, Some("2025-08-20")).dataset;
    let kinds: Vec<(EventKind, String)> = grades_by_event(&data)
        .into_iter()
        .map(|(kind, date, _)| (kind, date))
        .collect();
    assert_eq!(kinds, [(EventKind::FocusedVisit, "2025-07".to_string())]);

    let text = "Ashby Council's children's services have been rated good\n\n\
         The inspection in July focused on children in care, and Ofsted rated the council good.\n";
    let data = one_article(text, Some("2025-08-20")).dataset;
    let kinds: Vec<EventKind> = grades_by_event(&data)
        .into_iter()
        .map(|(kind, _, _)| kind)
        .collect();
    assert_eq!(kinds, [EventKind::Inspection]);
}

#[test]
fn a_date_in_the_grades_clause_dates_it_further_away_unless_it_starts_a_period() {
    let current = "Ofsted has rated Ashby Council's children's services good.";
    for (sentence, year, grade) in [
        (
            "The council first achieved an 'outstanding' rating for its children's services in 2018.",
            "2018",
            OE_OUTSTANDING,
        ),
        (
            "In 2022 the service was able to retain its 'outstanding' grading.",
            "2022",
            OE_OUTSTANDING,
        ),
        (
            "In 2017, the service was judged as requiring improvement.",
            "2017",
            OE_RI,
        ),
        (
            "The visit was the fourth since the department was judged 'inadequate' for the second time in 2018.",
            "2018",
            OE_INADEQUATE,
        ),
    ] {
        let text = format!("{current} {sentence}\n");
        assert_eq!(
            dated_grades(&text, "2025-03-10"),
            vec![
                (year.to_string(), vec![grade]),
                ("2025-03-10".to_string(), vec![OE_GOOD]),
            ],
            "{sentence}"
        );
    }
    // A date after "since" starts a period: not the grade's date, however near.
    let text = "Ashby Council's children's services department has received a \"Good\" Ofsted report following its first inspection since 2020.\n";
    assert_eq!(
        dated_grades(text, "2024-06-01"),
        vec![
            ("2020".to_string(), vec![]),
            ("2024-06-01".to_string(), vec![OE_GOOD])
        ]
    );
}

#[test]
fn a_date_before_to_and_a_verb_does_not_date_the_event_word_after_them() {
    let inspected = "Ofsted inspected Ashby Council's children's services during March and concluded that overall, they continue to 'require improvement to be good'.";
    let text = format!("{inspected}\n\nThe council's executive agreed at its meeting on October 21 to note the Ofsted report.\n");
    assert_eq!(
        dated_grades(&text, "2020-10-25"),
        vec![("2020-03".to_string(), vec![OE_RI])]
    );
    // A date that opens the sentence dates all of it.
    let text = "On 26 March 2025 Ashby Council welcomed Ofsted inspectors to undertake their second monitoring visit.\n";
    let events = one_article(text, Some("2025-04-10")).dataset.events;
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].date.value, "2025-03-26");
}

#[test]
fn the_inspection_compared_with_is_the_earlier_one() {
    let text = "Ashby Council's children's services were inspected by Ofsted in June 2025. However, compared to its 2021 inspection, the council was downgraded from Outstanding to Good in the category assessing the impact of leaders on social work practice with children and families.\n";
    assert_eq!(
        dated_grades(text, "2025-07-29"),
        vec![
            (
                "2021".to_string(),
                vec![(Judgement::ImpactOfLeaders, Grade::Outstanding)]
            ),
            (
                "2025-06".to_string(),
                vec![(Judgement::ImpactOfLeaders, Grade::Good)]
            ),
        ]
    );
}

#[test]
fn the_first_time_rated_since_a_year_is_not_dated_by_that_year() {
    for sentence in [
        "It is the first time the council has been rated good since 2010.",
        "Ashby Council has been rated good for the first time since 2010.",
    ] {
        assert_eq!(
            dated_grades(&format!("{sentence}\n"), "2024-05-10"),
            vec![("2024-05-10".to_string(), vec![OE_GOOD])],
            "{sentence}"
        );
    }
}

#[test]
fn a_chain_of_grades_each_in_its_year_dates_each_grade() {
    let text = "Ashby Council's children's services were rated good in May. The council was previously rated inadequate in 2016, requires improvement in 2018 and good in 2021.\n";
    assert_eq!(
        dated_grades(text, "2024-06-10"),
        vec![
            ("2016".to_string(), vec![OE_INADEQUATE]),
            ("2018".to_string(), vec![OE_RI]),
            ("2021".to_string(), vec![OE_GOOD]),
            ("2024-05".to_string(), vec![OE_GOOD]),
        ]
    );
}

#[test]
fn a_visit_focused_on_something_or_a_focused_assurance_visit_is_a_focused_visit() {
    let kinds = |text: &str| -> Vec<(EventKind, String)> {
        grades_by_event(&one_article(text, Some("2023-06-20")).dataset)
            .into_iter()
            .map(|(kind, date, _)| (kind, date))
            .collect()
    };
    assert_eq!(
        kinds("Ofsted letter for Ashby\n\nAshby Council was rated good in 2021. The visit took place on 23 May 2023 and was focused on the arrangements for children in need.\n"),
        [
            (EventKind::Inspection, "2021".to_string()),
            (EventKind::FocusedVisit, "2023-05-23".to_string())
        ]
    );
    assert_eq!(
        kinds("Ofsted letter for Ashby\n\nThe board considered the outcome of the Ofsted focused assurance visit, held on 12th and 13th May 2023.\n"),
        [(EventKind::FocusedVisit, "2023-05-12".to_string())]
    );
    // A visit word with nothing about focus, in an article that grades, is the
    // inspection.
    assert_eq!(
        kinds("Ofsted letter for Ashby\n\nThe visit took place on 23 May 2023 and inspectors met social workers. Ashby Council was rated good.\n"),
        [(EventKind::Inspection, "2023-05-23".to_string())]
    );
}

#[test]
fn a_possessive_relative_date_dates_the_event_after_it() {
    // "last month's inspection" is the one reported, dated the month before the
    // article; "last year's inspection" is an earlier one, with its own grade.
    let text = "Ashby Council was rated 'good'. Following last month’s inspection, Ofsted \
                praised the council.\n";
    let data = one_article(text, Some("2025-07-29")).dataset;
    let events = grades_by_event(&data);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].1, "2025-06", "{events:?}");
    assert_eq!(
        events[0].2,
        vec![(Judgement::OverallEffectiveness, Grade::Good)]
    );
    // Counter-cases: "last year's inspection" names the earlier event, whose grade is
    // its own, and the current grade stays on the article's date.
    for text in [
        "Ashby Council was rated 'good' by Ofsted. Last year’s inspection rated it \
         'inadequate'.\n",
        "Ashby Council was rated 'good', up from the 'inadequate' rating of last year’s \
         inspection.\n",
    ] {
        let data = one_article(text, Some("2025-07-29")).dataset;
        let events = grades_by_event(&data);
        assert_eq!(
            events,
            vec![
                (
                    EventKind::Inspection,
                    "2024".to_string(),
                    vec![OE_INADEQUATE]
                ),
                (
                    EventKind::Inspection,
                    "2025-07-29".to_string(),
                    vec![(Judgement::OverallEffectiveness, Grade::Good)]
                ),
            ],
            "{text}"
        );
    }
}

#[test]
fn an_earlier_inspection_named_with_its_year_takes_its_grades_month() {
    // "since the last inspection in 2017" names the event to the year; the grade's own
    // date ("in November 2017") gives its month.
    let text = "Ashby Council was rated 'requires improvement to be good'. Services have \
                declined since the last inspection in 2017. The trust had been judged ‘good’ \
                by the inspectorate in November 2017.\n";
    let data = one_article(text, Some("2022-03-01")).dataset;
    let events = grades_by_event(&data);
    assert_eq!(
        events[0],
        (
            EventKind::Inspection,
            "2017-11".to_string(),
            vec![(Judgement::OverallEffectiveness, Grade::Good)]
        ),
        "{events:?}"
    );
    // Counter-cases: a grade dated to the year alone leaves the year, and a monitoring
    // visit of that year takes no grade's month.
    let text = text.replace("in November 2017", "in 2017");
    let events = grades_by_event(&one_article(&text, Some("2022-03-01")).dataset);
    assert_eq!(events[0].1, "2017", "{events:?}");
    let text = "Ashby Council was rated 'requires improvement to be good'. Services have \
                declined since a monitoring visit in 2017. The trust had been judged ‘good’ \
                by the inspectorate in November 2017.\n";
    let events = grades_by_event(&one_article(text, Some("2022-03-01")).dataset);
    let visit = events
        .iter()
        .find(|e| e.0 == EventKind::MonitoringVisit)
        .expect("the visit");
    assert_eq!((visit.1.as_str(), visit.2.len()), ("2017", 0), "{events:?}");
}

#[test]
fn what_the_text_says_is_not_an_inspection_names_none() {
    // "While not a formal inspection, Ofsted visited ...": the visit's words name the
    // event, an ungraded visit, so a focused one.
    let text = "Ofsted has praised Ashby Council. While not a formal inspection, Ofsted visited \
                Ashby for two days in November last year. Its focus was on children in need.\n";
    let events = grades_by_event(&one_article(text, Some("2024-01-12")).dataset);
    assert_eq!(
        events,
        vec![(EventKind::FocusedVisit, "2023-11".to_string(), vec![])]
    );
    // Counter-cases: "not" before other words, or before another event word, denies
    // no inspection.
    for text in [
        "Ashby Council was rated 'good'. Inspectors found not a single child at risk during \
         the inspection in November last year.\n",
        "Ashby Council was rated 'good'. It was not a focused visit but a full inspection, in \
         November last year.\n",
    ] {
        let events = grades_by_event(&one_article(text, Some("2024-01-12")).dataset);
        assert_eq!(
            events,
            vec![(
                EventKind::Inspection,
                "2023-11".to_string(),
                vec![(Judgement::OverallEffectiveness, Grade::Good)]
            )],
            "{text}"
        );
    }
}

#[test]
fn a_day_a_speaker_names_dates_the_event_word_of_their_quotation() {
    // The day (its year the article's) dates the re-inspection in the quotation, not
    // the report the speaker spoke in, outside it.
    let text = "Wednesday, 24th November 2021\n\nAshby Council was rated 'inadequate' in 2018. \
                Confirming the news in a report, the cabinet member, Jane Smith, said: \"We \
                welcomed Ofsted inspectors back on Monday November 8 for a full re-inspection \
                of our services.\"\n";
    let events = grades_by_event(&one_article(text, Some("2021-11-24")).dataset);
    assert_eq!(
        events,
        vec![
            (
                EventKind::Inspection,
                "2018".to_string(),
                vec![OE_INADEQUATE]
            ),
            (EventKind::Inspection, "2021-11-08".to_string(), vec![]),
        ]
    );
    // Counter-case: a time the speaker's words only imply ("Today's report") still
    // dates no event word.
    let text = "Wednesday, 24th November 2021\n\nAshby Council was rated 'inadequate' in 2018. \
                Jane Smith said: \"Today's report shows a full re-inspection of our services \
                is needed.\"\n";
    let events = grades_by_event(&one_article(text, Some("2021-11-24")).dataset);
    assert_eq!(
        events,
        vec![(
            EventKind::Inspection,
            "2018".to_string(),
            vec![OE_INADEQUATE]
        )]
    );
}

#[test]
fn a_date_opening_what_the_inspectorate_said_then_names_that_years_inspection() {
    let text = "Ashby Council was rated 'inadequate' again. In 2013, Ofsted had said the \
                arrangements for the protection of children were poor.\n";
    let events = grades_by_event(&one_article(text, Some("2015-07-20")).dataset);
    assert_eq!(
        events,
        vec![
            (EventKind::Inspection, "2013".to_string(), vec![]),
            (
                EventKind::Inspection,
                "2015-07-20".to_string(),
                vec![OE_INADEQUATE]
            ),
        ]
    );
    // Counter-cases: what the council said then, or a date not opening the sentence,
    // names no inspection.
    for text in [
        "Ashby Council was rated 'inadequate' again. In 2013, the council said the \
         arrangements for the protection of children were poor.\n",
        "Ashby Council was rated 'inadequate' again. Back in 2013, Ofsted said the \
         arrangements for the protection of children were poor.\n",
    ] {
        let events = grades_by_event(&one_article(text, Some("2015-07-20")).dataset);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
    }
}

#[test]
fn an_older_frameworks_grade_with_a_date_tells_of_an_ungraded_inspection_then() {
    for (sentence, date) in [
        (
            "The authority had previously been rated as 'adequate' for the protection of \
             children in August 2013.",
            "2013-08",
        ),
        (
            "Most aspects of the service have improved since 2012 when it was only adequate.",
            "2012",
        ),
        ("It was given the lowest 'poor' rating in 2009.", "2009"),
    ] {
        let text = format!("Ashby Council was rated 'requires improvement'. {sentence}\n");
        let events = grades_by_event(&one_article(&text, Some("2017-09-01")).dataset);
        assert_eq!(
            events.first(),
            Some(&(EventKind::Inspection, date.to_string(), vec![])),
            "{sentence}: {events:?}"
        );
        assert_eq!(events.len(), 2, "{sentence}: {events:?}");
    }
    // Counter-cases: the words used of something else, neither quoted nor after "as",
    // "only" or "be", tell of no inspection.
    for sentence in [
        "Staffing levels were adequate in August 2013.",
        "Poor housing in August 2013 hurt families.",
    ] {
        let text = format!("Ashby Council was rated 'requires improvement'. {sentence}\n");
        let events = grades_by_event(&one_article(&text, Some("2017-09-01")).dataset);
        assert_eq!(events.len(), 1, "{sentence}: {events:?}");
    }
}

#[test]
fn visits_over_two_months_date_the_inspection_by_their_span() {
    let text = "Ashby Council was rated 'good' following visits by the inspectorate over January \
                and February.\n";
    let data = one_article(text, Some("2017-03-10")).dataset;
    assert_eq!(data.events.len(), 1, "{:?}", data.events);
    let date = &data.events[0].date;
    assert_eq!(
        (date.value.as_str(), date.end.as_deref()),
        ("2017-01", Some("2017-02-28"))
    );
    // Counter-case: "over" before no month dates nothing ("over the summer"), and the
    // inspection keeps the article's date.
    let text = "Ashby Council was rated 'good' following visits by the inspectorate over the \
                summer.\n";
    let data = one_article(text, Some("2017-03-10")).dataset;
    assert_eq!(data.events[0].date.value, "2017-03-10");
}

#[test]
fn a_date_that_opens_the_sentence_before_a_comma_dates_the_grade_in_its_first_clause() {
    let current = "Ofsted has rated Ashby Council's children's services good.";
    for sentence in [
        "Four years ago, Ofsted said the council's children's services were inadequate.",
        "In 2020, Ofsted said the council's children's services were inadequate.",
        "Back in 2020, Ofsted said the council's children's services were inadequate.",
        "Way back in 2020, the council's children's services were rated inadequate.",
    ] {
        assert_eq!(
            dated_grades(&format!("{current} {sentence}\n"), "2024-05-10"),
            vec![
                ("2020".to_string(), vec![OE_INADEQUATE]),
                ("2024-05-10".to_string(), vec![OE_GOOD]),
            ],
            "{sentence}"
        );
    }
}

#[test]
fn only_back_or_way_may_lead_the_word_before_an_opening_date() {
    // "Only in 2020, ..." is no opening date: the grade is the sentence's own, and
    // told beside another year's date it is left out.
    let text = "Ofsted has rated Ashby Council's children's services good. Only in 2020, the council's children's services were rated inadequate.\n";
    assert_eq!(
        dated_grades(text, "2024-05-10"),
        vec![("2024-05-10".to_string(), vec![OE_GOOD])]
    );
}

#[test]
fn the_same_grade_as_at_the_last_inspection_is_both_inspections() {
    let text = "Ashby Council's children's services have been rated 'requires improvement to be good' by Ofsted, the same grade as at its last inspection in 2021.\n";
    assert_eq!(
        dated_grades(text, "2024-05-10"),
        vec![
            ("2021".to_string(), vec![OE_RI]),
            ("2024-05-10".to_string(), vec![OE_RI]),
        ]
    );
    // "the same grading for the service" tells no other time.
    let text = "Ashby Council's children's services have been rated 'requires improvement to be good' by Ofsted, the same grade for the service as a whole. Its last inspection was in 2021.\n";
    assert_eq!(
        dated_grades(text, "2024-05-10"),
        vec![
            ("2021".to_string(), vec![]),
            ("2024-05-10".to_string(), vec![OE_RI]),
        ]
    );
}

#[test]
fn an_earlier_grade_undated_in_one_article_and_dated_in_another_is_one_inspection() {
    use rating_timeline::extract::{extract, Article};
    use rating_timeline::model::Date;
    let both = |first: &str| {
        let mut a = Article::new("a", first);
        a.published = Some(Date::stated("2019-05-01"));
        let mut b = Article::new(
            "b",
            "Ashby Council's children's services, once inadequate, are now rated 'good', Ofsted said.\n",
        );
        b.published = Some(Date::stated("2022-03-01"));
        let data = extract(&[a, b]).dataset;
        assert_eq!(data.validate(), Ok(()));
        grades_by_event(&data)
            .into_iter()
            .map(|(_, date, grades)| (date, grades))
            .collect::<Vec<_>>()
    };
    // The other article dates it, with the same grade: the dated one stands alone.
    assert_eq!(
        both(
            "Ashby Council's children's services were rated inadequate by Ofsted in April 2019.\n"
        ),
        vec![
            ("2019-04".to_string(), vec![OE_INADEQUATE]),
            ("2022-03-01".to_string(), vec![OE_GOOD]),
        ]
    );
    // With another grade there, it may be another inspection: both are kept.
    assert_eq!(
        both("Ashby Council's children's services were rated 'requires improvement' by Ofsted in April 2019.\n"),
        vec![
            ("2019-04".to_string(), vec![OE_RI]),
            ("2022-03-01".to_string(), vec![OE_GOOD]),
            ("before 2022-03-01".to_string(), vec![OE_INADEQUATE]),
        ]
    );
}

#[test]
fn a_year_counted_back_joins_the_inspection_a_year_away_dated_otherwise() {
    // Two years back from January 2018 is 2016; the inspection is dated November 2015
    // elsewhere: one event, not two.
    let text = "Standards at Ashby Children's Trust have been rated \"good\" following a re-inspection by Ofsted, just two years after receiving the lowest rating.\n\n\
                Provision was rated \"inadequate\" in November 2015 following an inspection by Ofsted.\n";
    let dates: Vec<String> = dated_grades(text, "2018-01-19")
        .into_iter()
        .map(|(date, _)| date)
        .collect();
    assert!(dates.contains(&"2015-11".to_string()), "{dates:?}");
    assert!(!dates.iter().any(|d| d.starts_with("2016")), "{dates:?}");
}

#[test]
fn a_year_counted_back_is_never_the_reported_inspections() {
    let text = "Inspectors who visited Ashby Council in November rated the council good. Two years ago it was rated inadequate.\n";
    assert_eq!(
        dated_grades(text, "2018-01-19"),
        vec![
            ("2016".to_string(), vec![OE_INADEQUATE]),
            ("2017-11".to_string(), vec![OE_GOOD]),
        ]
    );
}

#[test]
fn two_months_joined_by_a_slash_or_with_their_own_early_and_late_date_by_the_first() {
    let lead = "Ashby Council's children's services rated good\n\n";
    for (span, value) in [
        ("during October/November 2014", "2014-10"),
        ("in late October and early November 2014", "2014-10"),
        ("in October and November 2014", "2014-10"),
        // Counter-cases: one month, and a number after a slash, are not a month pair.
        ("during November 2014", "2014-11"),
        ("in November 2014/15", "2014-11"),
    ] {
        let text =
            format!("{lead}Ashby Council was rated good after an inspection carried out {span}.\n");
        assert_eq!(
            dated_grades_of(&text, Some("2015-01-20")),
            vec![(
                value.to_string(),
                vec![(Judgement::OverallEffectiveness, Grade::Good)]
            )],
            "{span}"
        );
    }
}

#[test]
fn a_year_and_a_colon_opening_a_line_date_its_grades() {
    // A history's items, each its own line.
    let text = "The county has received variable Ofsted assessments since 2008:\n\n• 2008: Services for children in care were rated as 'good'.\n\n• 2015: Overall, the county was rated 'good', with positive comments.\n\n• June 2018: Ofsted commented on its progress.\n";
    assert_eq!(
        dated_grades(text, "2019-06-01"),
        vec![
            (
                "2008".to_string(),
                vec![(Judgement::ChildrenInCare, Grade::Good)],
            ),
            ("2015".to_string(), vec![OE_GOOD]),
            ("2018-06".to_string(), vec![]),
        ]
    );
}

#[test]
fn an_inspection_before_christmas_is_the_last_december_in_the_first_half_of_the_year() {
    let text = "Ofsted inspectors rated Ashby Council's children's services as good in their latest full inspection of the department before Christmas.\n";
    assert_eq!(
        dated_grades(text, "2022-01-06"),
        vec![("2021-12".to_string(), vec![OE_GOOD])]
    );
    // From July, the coming Christmas: no inspection is dated by it.
    let text = "Ofsted inspectors rated Ashby Council's children's services as good. The council hopes to finish its plan before Christmas.\n";
    assert_eq!(
        dated_grades(text, "2022-09-06"),
        vec![("2022-09-06".to_string(), vec![OE_GOOD])]
    );
}

#[test]
fn a_grade_in_a_with_clause_after_since_the_last_inspection_is_the_periods_end() {
    // The earlier inspection is named plainly in another sentence too.
    let text = "Ashby Council's children's services are now rated 'Good' by Ofsted after a full inspection in March.\n\nIn 2017, a further inspection judged that services 'Requires Improvement'.\n\nInspectors found that services have improved since the last inspection in 2017, with the overall effectiveness of services rated 'Good'.\n";
    assert_eq!(
        dated_grades(text, "2022-05-19"),
        vec![
            ("2017".to_string(), vec![OE_RI]),
            ("2022-03".to_string(), vec![OE_GOOD]),
        ]
    );
    // With no "with" clause, the inspection named is the one that graded.
    let text = "Ashby Council's children's services are now rated 'Good' by Ofsted after a full inspection in March.\n\nSince the 2018 inspection deemed the service inadequate, the council has invested heavily.\n";
    assert_eq!(
        dated_grades(text, "2022-05-19"),
        vec![
            ("2018".to_string(), vec![OE_INADEQUATE]),
            ("2022-03".to_string(), vec![OE_GOOD]),
        ]
    );
}

#[test]
fn the_date_of_an_opening_the_last_time_clause_dates_the_main_clauses_grade() {
    let text = "Ashby Council's children's services \"require improvement\", according to regulators. The last time the department was assessed by Ofsted in 2015, it was given the lowest rating of \"inadequate\".\n";
    assert_eq!(
        dated_grades(text, "2018-08-01"),
        vec![
            ("2015".to_string(), vec![OE_INADEQUATE]),
            ("2018-08-01".to_string(), vec![OE_RI]),
        ]
    );
    // A comma inside the clause: the date is no longer the opening clause's alone.
    let text = "Ashby Council's children's services \"require improvement\", according to regulators. The last time the department, which was assessed in 2015, was reviewed, it was given the lowest rating of \"inadequate\".\n";
    assert!(
        !dated_grades(text, "2018-08-01")
            .iter()
            .any(|(date, grades)| date == "2015" && !grades.is_empty()),
        "{:?}",
        dated_grades(text, "2018-08-01")
    );
}

#[test]
fn a_grade_given_for_the_second_time_in_a_row_is_the_inspection_befores_too() {
    let text = "Ashby Council's children's services have been judged 'Outstanding' by Ofsted inspectors for the second time in a row.\n";
    assert_eq!(
        dated_grades(text, "2025-03-10"),
        vec![
            ("2025-03-10".to_string(), vec![OE_OUTSTANDING]),
            ("before 2025-03-10".to_string(), vec![OE_OUTSTANDING]),
        ]
    );
    // "a row" alone, or "in a row" past another grade, is no run.
    let text = "Ashby Council's children's services have been judged 'Outstanding' by Ofsted after a row over funding.\n";
    assert_eq!(
        dated_grades(text, "2025-03-10"),
        vec![("2025-03-10".to_string(), vec![OE_OUTSTANDING])]
    );
}

#[test]
fn a_when_clause_binds_to_its_date_without_a_comma_and_a_rating_at_the_last_inspection_is_earlier()
{
    let text = "Ashby Council's children's services were rated inadequate. Standards have dropped significantly since the last inspection in 2012 when the local authority's performance was judged to be 'good'.\n";
    assert_eq!(
        dated_grades(text, "2015-07-20"),
        vec![
            ("2012".to_string(), vec![OE_GOOD]),
            ("2015-07-20".to_string(), vec![OE_INADEQUATE]),
        ]
    );
    let text = "Ashby Council's children's services have been rated good. The council received an 'Inadequate' rating at the last inspection.\n";
    assert_eq!(
        dated_grades(text, "2022-03-21"),
        vec![
            ("2022-03-21".to_string(), vec![OE_GOOD]),
            ("before 2022-03-21".to_string(), vec![OE_INADEQUATE]),
        ]
    );
}

#[test]
fn a_month_or_this_ending_the_text_is_read_without_looking_past_it() {
    // The readers look a word or two ahead of a month ("July this year"): at the text's
    // end there is none.
    for text in [
        "Ashby Council's children's services were rated inadequate after an inspection in July",
        "Ashby Council's children's services were rated inadequate. The inspection was this",
        "Ashby Council's children's services were rated inadequate on 12",
    ] {
        let graded = dated_grades(&format!("{text}\n"), "2019-09-20");
        assert!(
            graded
                .iter()
                .any(|(_, grades)| grades.contains(&OE_INADEQUATE)),
            "{text}: {graded:?}"
        );
    }
    assert_eq!(
        dated_grades(
            "Ashby Council's children's services were rated inadequate after an inspection in July\n",
            "2019-09-20"
        ),
        vec![("2019-07".to_string(), vec![OE_INADEQUATE])]
    );
}

#[test]
fn a_monitoring_inspection_is_a_monitoring_visit_and_a_focused_ofsted_inspection_a_focused_visit() {
    let data = one_article(
        "Ashby Council's children's services were rated inadequate in 2023.\n\n\
         A monitoring inspection took place in March 2025, and children are no longer deemed at risk of harm.\n",
        Some("2025-04-20"),
    )
    .dataset;
    assert!(
        grades_by_event(&data)
            .iter()
            .any(|(kind, date, _)| *kind == EventKind::MonitoringVisit && date == "2025-03"),
        "{:?}",
        grades_by_event(&data)
    );
    let data = one_article(
        "Ashby Council's work with care leavers has been praised after a focused Ofsted inspection in June.\n",
        Some("2024-08-20"),
    )
    .dataset;
    assert!(
        grades_by_event(&data)
            .iter()
            .any(|(kind, date, _)| *kind == EventKind::FocusedVisit && date == "2024-06"),
        "{:?}",
        grades_by_event(&data)
    );
}

#[test]
fn a_when_clause_without_a_comma_ends_where_and_joins_another_clause_on() {
    let text = "Ashby Council's children's services have been transformed since 2016 when a new director arrived and Ofsted has rated them good.\n";
    assert_eq!(
        dated_grades(text, "2019-05-01"),
        vec![("2019-05-01".to_string(), vec![OE_GOOD])]
    );
}

#[test]
fn an_evaluation_by_the_department_is_no_inspection_to_date_a_grade_by() {
    let text = "Ashby Council's children's services were rated good in all categories in a report published last week.\n\n\
                The chief executive highlighted an implementation evaluation by the Department for Education, published in July last year.\n";
    assert_eq!(
        grades_by_event(&one_article(text, Some("2018-01-20")).dataset)
            .into_iter()
            .filter(|(_, _, grades)| !grades.is_empty())
            .map(|(_, date, _)| date)
            .collect::<Vec<_>>(),
        vec!["2018-01-20".to_string()]
    );
}

#[test]
fn at_the_time_dates_a_grade_by_the_sentence_befores_date() {
    let text = "In a letter to Ashby Council following a focused visit on 7 and 8 December, Ofsted said there had been little progress since its last inspection in March 2020.\n\
                At the time, the inspectorate judged its children's services as \"requires improvement to be good\".\n";
    assert!(
        dated_grades(text, "2022-01-20")
            .iter()
            .any(|(date, grades)| date == "2020-03" && grades == &vec![OE_RI]),
        "{:?}",
        dated_grades(text, "2022-01-20")
    );
    // "At the time" with no comma is no pointer back.
    let text = "Ashby Council was inspected in March 2020.\n\
                At the time of writing the council's children's services are rated \"requires improvement to be good\".\n";
    assert!(
        !dated_grades(text, "2022-01-20")
            .iter()
            .any(|(date, grades)| date == "2020-03" && !grades.is_empty()),
        "{:?}",
        dated_grades(text, "2022-01-20")
    );
}

#[test]
fn made_public_dates_a_report_not_another_inspection() {
    let text = "In October and November 2016 Ofsted undertook an inspection of Ashby Council's children's services. The outcome of this inspection was made public at the end of January 2017.\n\n\
                In all areas the services were found to be inadequate.\n";
    assert_eq!(
        dated_grades(text, "2017-02-10"),
        vec![("2016-10".to_string(), vec![OE_INADEQUATE])]
    );
}

/// Dates a review of round 12's readings found misread.
#[test]
fn round_12_review_counter_cases_keep_their_dates() {
    // A date after the main clause's verb is not the "following" clause's grade's.
    let text = "Ashby Council was rated inadequate. The first monitoring visit following the inadequate judgement was carried out in June 2019.\n";
    let events = grades_by_event(&one_article(text, Some("2021-05-01")).dataset);
    assert!(
        events
            .iter()
            .any(|e| e.0 == EventKind::MonitoringVisit && e.1 == "2019-06"),
        "{events:?}"
    );
    // An undated earlier grade is not given to an inspection ten years before.
    let text = "Ofsted rated Ashby Council outstanding in March 2020, up from good. The council had been rated inadequate for leadership back in 2010.\n";
    let dated = dated_grades(text, "2020-06-01");
    assert!(
        dated
            .iter()
            .all(|(date, grades)| date != "2010" || !grades.contains(&OE_GOOD)),
        "{dated:?}"
    );
}
