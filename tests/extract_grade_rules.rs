#![cfg(not(target_arch = "wasm32"))]
//! The grade rules added for issue 17, through the whole extractor, on short texts
//! written for these tests about made-up councils and trusts: judgement lists by long
//! names, older wording, trusts as the subject, current against earlier grades, and the
//! combined judgement of children in care and care leavers; and the dating and naming
//! fixes the corpus of real articles called for.

mod extract_common;

use extract_common::{dated_grades_of, grades_by_event, one_article, quote_starting, Graded};
use rating_timeline::model::{Grade, Judgement};

use Grade::{Good, Inadequate, Outstanding, RequiresImprovement as Ri};
use Judgement::{
    CareLeavers as Cl, ChildrenInCare as Cic, HelpAndProtection as Hp, ImpactOfLeaders as Il,
    OverallEffectiveness as Oe,
};

fn sorted(mut grades: Vec<(Judgement, Grade)>) -> Vec<(Judgement, Grade)> {
    grades.sort();
    grades
}

#[test]
fn judgements_listed_by_long_names_before_the_grade_all_get_it() {
    let data = one_article(
        "Ashby Council's children's services rated good\n\n\
         Inspectors visited Ashby Council in May 2024.\n\n\
         The impact of leaders on social work practice with children and families, the experiences and progress of children who need help and protection, and the overall effectiveness of services all merited the 'good' grade.\n",
        None,
    )
    .dataset;
    let events = grades_by_event(&data);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].2,
        sorted(vec![(Oe, Good), (Il, Good), (Hp, Good)])
    );
}

#[test]
fn a_grade_for_counted_areas_goes_to_the_judgements_listed_after_a_dash() {
    let data = one_article(
        "Ashby Council rated inadequate\n\n\
         An inspection of Ashby Council in May 2024 found its services inadequate overall.\n\n\
         The council was also rated as requiring improvement in three out of five inspected areas – children being looked after and achieving permanence, the experiences of care leavers and the council's leadership, management and governance.\n",
        None,
    )
    .dataset;
    let events = grades_by_event(&data);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].2,
        sorted(vec![(Oe, Inadequate), (Il, Ri), (Cic, Ri), (Cl, Ri)])
    );
}

#[test]
fn the_combined_judgement_grades_children_in_care_and_care_leavers_each() {
    let data = one_article(
        "Ashby Council's children's services inadequate\n\n\
         After an inspection in December 2021, Ofsted rated Ashby Council requires improvement to be good for the experiences and progress of children in care and care leavers, with overall effectiveness as inadequate.\n",
        None,
    )
    .dataset;
    let events = grades_by_event(&data);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].2,
        sorted(vec![(Oe, Inadequate), (Cic, Ri), (Cl, Ri)])
    );
    // Each with its own span: both hold the combined phrase.
    let text = &data.sources[0].text;
    for rating in data.events[0].ratings.iter().filter(|r| r.judgement != Oe) {
        let span = &text[rating.span.start..rating.span.end];
        assert!(span.contains("children in care and care leavers"), "{span}");
    }
}

#[test]
fn a_trust_running_the_services_is_the_subject_and_another_trust_is_not() {
    let data = one_article(
        "Ashby Children's Services Trust rated good\n\n\
         Ashby Children's Services Trust has been rated good after an inspection in May 2024.\n\n\
         Ashby Children's Services Trust is pleased.\n\n\
         Of the other trusts, only Moreton Children's Trust, rated 'outstanding' two years ago, has done better.\n",
        None,
    )
    .dataset;
    assert_eq!(
        data.subject.as_deref(),
        Some("Ashby Children's Services Trust")
    );
    let events = grades_by_event(&data);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].2, vec![(Oe, Good)]);
}

#[test]
fn older_wording_gives_the_grade_it_names() {
    for (text, expected) in [
        (
            "A re-inspection of Ashby Council's children's services in January 2018 found they remain 'inadequate'.\n",
            vec![(Oe, Inadequate)],
        ),
        (
            "After an inspection in May 2017, Ashby Council's children's services still requires improvement.\n",
            vec![(Oe, Ri)],
        ),
        (
            "After an inspection in May 2016, inspectors judged services as requiring improvement in order to be good.\n",
            vec![(Oe, Ri)],
        ),
    ] {
        let data = one_article(text, None).dataset;
        let events = grades_by_event(&data);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].2, expected, "{text}");
    }
}

#[test]
fn a_current_grade_is_not_an_earlier_only_inspections() {
    // The article names only a visit and an earlier inspection: its grade is of the
    // inspection it reports, dated by the article.
    let data = one_article(
        "Ashby Council rated requires improvement\n\n\
         Ashby Council's children's services have been given a \"requires improvement\" rating by Ofsted.\n\n\
         The report follows a focused visit in February.\n\n\
         Inspectors said since the last visit in 2016 - when the service was rated \"good\" - there had been a decline.\n",
        Some("2019-06"),
    )
    .dataset;
    let events = grades_by_event(&data);
    let graded: Vec<(String, Vec<(Judgement, Grade)>)> = events
        .into_iter()
        .filter(|(_, _, grades)| !grades.is_empty())
        .map(|(_, date, grades)| (date, grades))
        .collect();
    assert_eq!(
        graded,
        [
            ("2016".to_string(), vec![(Oe, Good)]),
            ("2019-06".to_string(), vec![(Oe, Ri)]),
        ]
    );
}

#[test]
fn once_and_since_and_years_as_make_a_grade_an_earlier_events() {
    for text in [
        "Ashby Council, once inadequate, is now 'requires improvement to be good' after an inspection in May 2024.\n",
        "Ashby Council has improved its rating after an inspection in May 2024, having spent seven years as \"inadequate\". It is now rated 'requires improvement'.\n",
    ] {
        let data = one_article(text, None).dataset;
        let grades = |before: bool| -> Vec<_> {
            data.events
                .iter()
                .filter(|e| e.date.value.starts_with("2024") && e.date.before == before)
                .flat_map(|e| e.ratings.iter().map(|r| (r.judgement, r.grade)))
                .collect()
        };
        let events = grades_by_event(&data);
        assert_eq!(grades(false), [(Oe, Ri)], "{text}: {events:?}");
        // The earlier grade, undated, is an inspection's dated only as before May 2024.
        assert_eq!(grades(true), [(Oe, Inadequate)], "{text}: {events:?}");
    }
}

#[test]
fn two_months_and_a_year_date_an_inspection_from_the_first() {
    let data = one_article(
        "Ashby Council statement\n\n\
         Ofsted have published their report after visiting us in September and October 2016.\n\n\
         Ofsted have given Ashby Council an overall rating of inadequate.\n",
        Some("2016-11-25"),
    )
    .dataset;
    let events = grades_by_event(&data);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].1, "2016-09");
    assert_eq!(events[0].2, vec![(Oe, Inadequate)]);
}

#[test]
fn aims_are_no_ratings_and_a_grade_lost_is_an_earlier_inspections() {
    let data = one_article(
        "Ashby Council rated requires improvement\n\n\
         Ashby Council's children's services have moved out of their inadequate rating after an inspection in May 2024 and are now rated requires improvement.\n\n\
         The council has a target of achieving a good rating by 2026.\n",
        None,
    )
    .dataset;
    assert_eq!(
        grades_by_event(&data)
            .into_iter()
            .map(|(_, date, grades)| (date, grades))
            .collect::<Vec<_>>(),
        [
            ("2024-05".to_string(), vec![(Oe, Ri)]),
            ("before 2024-05".to_string(), vec![(Oe, Inadequate)]),
        ]
    );
}

#[test]
fn since_then_been_is_afterwards_and_the_cost_of_losing_a_grade_is_no_grade_lost() {
    // "since been graded": the grade came after, and is the one reported.
    let text = "Ashby Council was rated inadequate in 2019, but its children's services have since been graded as 'requires improvement'.\n";
    assert_eq!(
        dated_grades_of(text, Some("2025-01-10")),
        [
            ("2019".to_string(), vec![(Oe, Inadequate)]),
            ("2025-01-10".to_string(), vec![(Oe, Ri)]),
        ]
    );
    // A grade that might be lost is none held: no earlier inspection is made of it.
    let text = "Ashby Council's children's services were rated good by Ofsted in March. A councillor noted the cost of losing a good judgement.\n";
    let events = dated_grades_of(text, Some("2023-05-15"));
    assert!(
        events.iter().all(|(date, _)| !date.starts_with("before")),
        "{events:?}"
    );
}

#[test]
fn a_date_told_of_inspectors_dates_the_inspection_the_article_reports() {
    for (text, expected) in [
        (
            "Ashby Council rated good\n\n\
             Ofsted inspectors were in Ashby for three weeks in July. Ashby Council's children's services have been rated 'good'.\n",
            "2024-07",
        ),
        (
            "Ashby Council rated outstanding\n\n\
             Ashby Council's children's services have been rated outstanding.\n\n\
             Inspectors, who reviewed the services from April 8 to April 12, praised leaders.\n",
            "2024-04-08",
        ),
    ] {
        let data = one_article(text, Some("2024-09-06")).dataset;
        let events = grades_by_event(&data);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].1, expected, "{text}");
    }
}

#[test]
fn a_report_on_send_provision_is_no_event_of_childrens_services() {
    let data = one_article(
        "Ashby Council rated outstanding\n\n\
         Ashby Council's children's services have been rated outstanding after an inspection in April 2019.\n\n\
         They are different from its special educational needs and disability (SEND) provision, which received a damning report in March.\n",
        Some("2019-05-02"),
    )
    .dataset;
    let events = grades_by_event(&data);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].1, "2019-04");
}

#[test]
fn mid_month_and_two_months_last_year_are_dates() {
    for (text, expected) in [
        (
            "Ashby Council was handed a \"requires improvement\" rating following a visit by the inspectorate in mid-January.\n",
            "2019-01",
        ),
        (
            "Ashby Council's services are still \"inadequate\" after an inspection in September and October last year.\n",
            "2018-09",
        ),
    ] {
        let data = one_article(text, Some("2019-03-04")).dataset;
        let events = grades_by_event(&data);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].1, expected, "{text}");
    }
}

#[test]
fn a_surname_alone_is_the_untitled_full_name_given_before_it() {
    let data = one_article(
        "Ashby Council's children's services improving\n\n\
         A two-day visit in December 2018 by inspectors Rachel Holden and Matt Reed found progress at Ashby Council.\n\n\
         Ms Holden wrote: \"There has been a significant improvement since the last visit.\"\n",
        Some("2019-01-10"),
    )
    .dataset;
    let quote = quote_starting(&data, "There has been");
    let speaker = data.people.iter().find(|p| p.id == quote.speaker).unwrap();
    assert_eq!(speaker.name, "Rachel Holden");
    assert!(
        speaker.aliases.iter().any(|a| a == "Ms Holden"),
        "{speaker:?}"
    );
}

#[test]
fn told_and_whom_tags_a_statement() {
    let data = one_article(
        "Ashby Council apologises\n\n\
         Jo Hale, Ashby Council's director of children's services, told the Ashby Echo: \"None of us would want to put children at risk.\"\n",
        Some("2022-02-01"),
    )
    .dataset;
    let quote = quote_starting(&data, "None of us");
    assert_eq!(quote.speaker, "jo-hale");
}

#[test]
fn a_statement_laid_out_line_by_line_is_one_statement_per_line() {
    let text = "Ashby Council improves\n\n\
         Jo Hale, director of children's services, said:\n\n\
         \u{201c}This is excellent news.\n\
         These improvements are down to strong leadership.\n\
         We will keep going.\u{201d}\n\n\
         Other news follows.\n";
    let extraction = one_article(text, Some("2019-08-05"));
    let data = extraction.dataset;
    let lines: Vec<(&str, &str)> = data
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.speaker.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            ("This is excellent news.", "jo-hale"),
            (
                "These improvements are down to strong leadership.",
                "jo-hale"
            ),
            ("We will keep going.", "jo-hale"),
        ]
    );
    assert!(extraction.warnings.is_empty(), "{:?}", extraction.warnings);
}

#[test]
fn a_role_written_first_and_a_comma_leave_the_name_to_speak() {
    let data = one_article(
        "Ashby praised\n\n\
         Interim Director of Children's Services for Ashby, James Thomas said: \"I am very proud of our social workers.\"\n",
        Some("2019-05-09"),
    )
    .dataset;
    let quote = quote_starting(&data, "I am very proud");
    assert_eq!(quote.speaker, "james-thomas");
}

#[test]
fn report_tags_and_a_closing_style_opening_mark_give_ofsteds_statements() {
    let text = "Ashby Council rated good\n\n\
         Ashby Council was rated good after an inspection in March 2023.\n\n\
         \u{201c}Since the last inspection in 2018, much progress has been made,\u{201d} inspectors said in the report.\n\n\
         It also adds: \u{201d}The cross-council work is the best illustration of the approach.\u{201d}\n";
    let data = one_article(text, Some("2023-04-19")).dataset;
    for start in ["Since the last inspection", "The cross-council work"] {
        let quote = quote_starting(&data, start);
        assert_eq!(quote.speaker, "ofsted", "{start}");
    }
}

#[test]
fn an_inverted_tag_naming_ofsted_first_gives_ofsteds_statement() {
    let text = "Ashby Council moves out of inadequate\n\n\
         An inspection of Ashby Council in June 2017 found it requires improvement.\n\n\
         \"Services for children have improved significantly since the last inspection,\" states Ofsted in its inspection report following their visit in June and July.\n";
    let data = one_article(text, Some("2017-09-05")).dataset;
    let quote = quote_starting(&data, "Services for children");
    assert_eq!(quote.speaker, "ofsted");
}

#[test]
fn a_grade_in_a_year_and_again_in_another_grades_an_inspection_in_each() {
    for text in [
        "Ashby Council's services were rated requires improvement after an inspection in May 2024. They were previously rated 'inadequate' in 2013 and again in 2019.\n",
        "Ashby Council's services were rated requires improvement after an inspection in May 2024. This followed inadequate Ofsted ratings in 2013 and 2019.\n",
    ] {
        let data = one_article(text, None).dataset;
        let graded: Vec<(String, Vec<(Judgement, Grade)>)> = grades_by_event(&data)
            .into_iter()
            .map(|(_, date, grades)| (date, grades))
            .collect();
        assert_eq!(
            graded,
            [
                ("2013".to_string(), vec![(Oe, Inadequate)]),
                ("2019".to_string(), vec![(Oe, Inadequate)]),
                ("2024-05".to_string(), vec![(Oe, Ri)]),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_date_opening_the_sentence_dates_its_grade() {
    let text = "Ashby Council cabinet, April 2024\n\n\
         In January 2020, children's services at Ashby Council were judged to be 'Outstanding' by inspectors.\n";
    let data = one_article(text, Some("2024-04-29")).dataset;
    let graded: Vec<Graded> = grades_by_event(&data)
        .into_iter()
        .filter(|(_, _, grades)| !grades.is_empty())
        .collect();
    assert_eq!(graded.len(), 1, "{graded:?}");
    assert_eq!(graded[0].1, "2020-01");
    assert_eq!(graded[0].2, vec![(Oe, Grade::Outstanding)]);
}

#[test]
fn a_grade_for_a_list_of_judgements_and_from_one_grade_to_another() {
    let data = one_article(
        "Ashby Council's services\n\n\
         After an inspection in December 2021, Ofsted rated the local authority's children's services as inadequate for the impact of leaders on social work practice with children and families, and the experiences and progress of children who need help and protection.\n",
        None,
    )
    .dataset;
    let events = grades_by_event(&data);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].2,
        sorted(vec![(Il, Inadequate), (Hp, Inadequate)])
    );

    // The scale set out with "from ... to" grades nothing.
    let data = one_article(
        "Ashby Council rated good after an inspection in May 2024.\n\n\
         Ofsted ratings go from inadequate, to requires improvement, to good and then outstanding.\n",
        None,
    )
    .dataset;
    let all: Vec<_> = grades_by_event(&data)
        .into_iter()
        .flat_map(|(_, _, grades)| grades)
        .collect();
    assert_eq!(all, [(Oe, Good)]);
}

#[test]
fn child_protection_adoption_and_an_earlier_event_across_but() {
    let data = one_article(
        "Ashby Children's Trust rated inadequate\n\n\
         Ofsted rated Ashby Children's Trust inadequate after an inspection in November 2015.\n\n\
         The disabled children's service has improved since its last inspection in 2012, but the trust's overall judgement was affected because an 'inadequate' child protection rating means the whole service is judged inadequate.\n\n\
         Adoption and fostering services were rated 'good', while services for children in care had also improved.\n",
        None,
    )
    .dataset;
    let graded: Vec<Graded> = grades_by_event(&data)
        .into_iter()
        .filter(|(_, _, grades)| !grades.is_empty())
        .collect();
    assert_eq!(graded.len(), 1, "{graded:?}");
    assert_eq!(graded[0].1, "2015-11");
    assert_eq!(
        graded[0].2,
        sorted(vec![(Oe, Inadequate), (Hp, Inadequate)])
    );
}

#[test]
fn a_when_clause_after_a_date_and_a_judgement_said_to_be_a_grade() {
    let text = "Ashby Children's Trust rated good\n\n\
         Ashby Children's Trust has been rated good after an inspection in October 2025, the first rise since 2022, when services were rated \"requires improvement\".\n\n\
         Inspectors noted that the leadership of children's services is good.\n";
    let data = one_article(text, None).dataset;
    let graded: Vec<(String, Vec<(Judgement, Grade)>)> = grades_by_event(&data)
        .into_iter()
        .map(|(_, date, grades)| (date, grades))
        .collect();
    assert_eq!(
        graded,
        [
            ("2022".to_string(), vec![(Oe, Ri)]),
            ("2025-10".to_string(), sorted(vec![(Oe, Good), (Il, Good)])),
        ]
    );
}

/// A grade inside the inspectorate's own quoted words is a finding, read as narrative;
/// the same words quoted from a councillor are not.
#[test]
fn a_grade_in_the_inspectorates_quoted_words_counts_and_not_in_a_councillors() {
    let report = "Ashby Council was inspected in September 2015.\n\n\
         \"Children's services in Ashby require improvement to be good,\" the report states.\n";
    let data = one_article(report, Some("2015-10-01")).dataset;
    let graded: Vec<Graded> = grades_by_event(&data)
        .into_iter()
        .filter(|(_, _, grades)| !grades.is_empty())
        .collect();
    assert_eq!(graded.len(), 1, "{graded:?}");
    assert_eq!(graded[0].2, vec![(Oe, Ri)]);

    let councillor = "Ashby Council was inspected in September 2015.\n\n\
         \"Children's services in Ashby require improvement to be good,\" said Cllr Jo Bloggs.\n";
    let data = one_article(councillor, Some("2015-10-01")).dataset;
    assert!(
        grades_by_event(&data)
            .iter()
            .all(|(_, _, grades)| grades.is_empty()),
        "{:?}",
        grades_by_event(&data)
    );
}

/// "lifted X's rating to G" raises the rating to the grade now held; "lifted its 'G'
/// rating" takes one away.
#[test]
fn a_rating_lifted_to_a_grade_is_the_current_one() {
    let text = "Ashby Council was inspected in January 2015.\n\n\
         Now the latest Ofsted inspection has lifted Ashby's rating to \"requires improvement\".\n";
    let data = one_article(text, Some("2015-02-10")).dataset;
    let graded: Vec<Graded> = grades_by_event(&data)
        .into_iter()
        .filter(|(_, _, grades)| !grades.is_empty())
        .collect();
    assert_eq!(graded.len(), 1, "{graded:?}");
    assert_eq!(graded[0].1, "2015-01");
    assert_eq!(graded[0].2, vec![(Oe, Ri)]);
}

#[test]
fn areas_listed_before_and_pointed_back_to_share_the_grade_with_a_judgement_named_beside_it() {
    let text = "Ashby Council's children's services rated good\n\n\
         The inspection in May 2024 focussed on the experiences and progress of children who need help and protection, those of children in care, and those of care leavers, as well as the impact of leaders on social work practice with children and families. Each of these focus areas were also judged to be 'good', alongside the overall effectiveness.\n";
    let events = grades_by_event(&one_article(text, None).dataset);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].2,
        sorted(vec![
            (Oe, Good),
            (Il, Good),
            (Hp, Good),
            (Cic, Good),
            (Cl, Good)
        ])
    );
    // Without pointing back ("these"), only the judgement named beside the grade.
    let text = text.replace(
        "Each of these focus areas were",
        "Leaders said services were",
    );
    let events = grades_by_event(&one_article(&text, None).dataset);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].2, vec![(Oe, Good)]);
}

#[test]
fn a_rating_verb_with_its_own_object_after_a_comma_does_not_grade_the_judgements_before_it() {
    let graded = |sentence: &str| {
        let text =
            format!("Ashby Council inspected\n\nInspectors visited in May 2024. {sentence}\n");
        let events = grades_by_event(&one_article(&text, None).dataset);
        assert_eq!(events.len(), 1, "{sentence}: {events:?}");
        events[0].2.clone()
    };
    assert_eq!(
        graded("Following an inspection of the services the council provides for children in need of help and protection, children in care and care leavers, Ofsted inspectors rated Ashby as 'Good' overall."),
        vec![(Oe, Good)]
    );
    // The judgements' own clause after the comma still grades them.
    assert_eq!(
        graded("The report looked at the experiences of children in care, also judged to require improvement."),
        vec![(Cic, Ri)]
    );
    assert_eq!(
        graded(
            "The department, as well as its leadership, has been rated as 'requires improvement'."
        ),
        vec![(Il, Ri)]
    );
}

#[test]
fn needing_improvement_is_the_grade_when_a_rating_word_cues_it() {
    let text = "Ashby Council rated good\n\nOfsted rated Ashby Council's children's services good in May 2024. Members noted that the last inspection in 2013 had rated the service as needing improvement.\n";
    assert_eq!(
        dated_grades_of(text, None),
        vec![
            ("2013".to_string(), vec![(Oe, Ri)]),
            ("2024-05".to_string(), vec![(Oe, Good)]),
        ]
    );
    // Uncued, it is no grade: "the plan needs improvement in places".
    let text = "Ashby Council rated good\n\nOfsted rated Ashby Council's children's services good in May 2024. Leaders said their plan for children who need help needs improvement in places.\n";
    let events = grades_by_event(&one_article(text, None).dataset);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].2, vec![(Oe, Good)]);
}

#[test]
fn a_quoted_grade_after_concluded_to_be_is_a_finding_and_after_aims_to_be_is_not() {
    let graded = |sentence: &str| {
        let text = format!("Ofsted visit to Ashby\n\nOfsted carried out a focused visit to Ashby Council in May 2024. {sentence}\n");
        dated_grades_of(&text, None)
            .into_iter()
            .filter(|(_, grades)| !grades.is_empty())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        graded("Inspectors said areas identified at the previous inspection in 2022, where services were concluded to be 'Good', have been advanced."),
        vec![("2022".to_string(), vec![(Oe, Good)])]
    );
    assert_eq!(
        graded("Inspectors said areas identified at the previous inspection in 2022, where the council aims to be 'Good', have been advanced."),
        vec![]
    );
}

#[test]
fn judged_to_be_ends_the_clause_of_its_rating_word_as_as_does() {
    for sentence in [
        "Ofsted has judged Ashby Council's children's services to be good.",
        "Ofsted has judged Ashby Council's children's services as good.",
    ] {
        let text = format!("Ashby inspected\n\nInspectors visited in May 2024. {sentence}\n");
        let events = grades_by_event(&one_article(&text, None).dataset);
        assert_eq!(events.len(), 1, "{sentence}: {events:?}");
        assert_eq!(events[0].2, vec![(Oe, Good)], "{sentence}");
    }
    // Too far from the rating word, and not quoted: no grade.
    let text = "Ashby inspected\n\nInspectors visited in May 2024. Ofsted has judged that the many staff who support families across the borough want to be good.\n";
    let events = grades_by_event(&one_article(text, None).dataset);
    assert!(
        events.iter().all(|(_, _, grades)| grades.is_empty()),
        "{events:?}"
    );
}

#[test]
fn the_other_areas_are_the_judgements_not_yet_graded_when_their_count_fits() {
    let graded = |last: &str| {
        let text = format!(
            "Ashby rated inadequate\n\nOfsted inspected Ashby Council in March 2024 and judged the overall effectiveness of its children's services as inadequate.\n\nOfsted rated the experiences and progress of care leavers as inadequate.\n\n{last}\n"
        );
        let events = grades_by_event(&one_article(&text, None).dataset);
        assert_eq!(events.len(), 1, "{events:?}");
        events[0].2.clone()
    };
    assert_eq!(
        graded("The inspectors rated the other three areas of inspection as requiring improvement to be good."),
        sorted(vec![(Oe, Inadequate), (Il, Ri), (Hp, Ri), (Cic, Ri), (Cl, Inadequate)])
    );
    // A count that is not theirs: left out.
    assert_eq!(
        graded("The inspectors rated the other two areas of inspection as requiring improvement to be good."),
        sorted(vec![(Oe, Inadequate), (Cl, Inadequate)])
    );
}

#[test]
fn a_stray_mark_that_never_closes_does_not_hide_the_grades_after_it() {
    let graded = |sentence: &str| {
        let text = format!("Ashby rated outstanding\n\nOfsted rated Ashby Council outstanding in April 2022. {sentence}\n");
        let events = grades_by_event(&one_article(&text, Some("2022-05-01")).dataset);
        assert_eq!(events.len(), 1, "{events:?}");
        events[0].2.clone()
    };
    assert_eq!(
        graded("The council received a \"good' rating for the experiences and progress of children who need help and protection."),
        sorted(vec![(Oe, Outstanding), (Hp, Good)])
    );
    // A statement that opens its paragraph and runs on stays a statement.
    let text = "Ashby rated outstanding\n\nOfsted rated Ashby Council outstanding in April 2022.\n\nThe leader said: \"We are proud.\n\n\"We want our help and protection to be rated good next time.\"\n";
    let events = grades_by_event(&one_article(text, Some("2022-05-01")).dataset);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].2, vec![(Oe, Outstanding)]);
}

/// A statement that names a rating ("which rated the service as good", "our 'Good'
/// Ofsted rating") tells the subject's grade, as the corpus's annotators read it; one
/// that names none ("Children's services in Ashby require improvement to be good,"
/// said Cllr Jo Bloggs) is the speaker's view (see the test above).
#[test]
fn a_statement_that_names_a_rating_tells_the_subjects_grade() {
    let text = "Ashby rated outstanding\n\nOfsted rated Ashby Council outstanding in April 2022. The council leader said: \"Since the last inspection in 2018, which rated the service as good, we have worked hard.\n";
    let graded: Vec<Graded> = grades_by_event(&one_article(text, Some("2022-05-01")).dataset)
        .into_iter()
        .filter(|(_, _, grades)| !grades.is_empty())
        .collect();
    assert_eq!(graded.len(), 2, "{graded:?}");
    assert_eq!(graded[0].1, "2018");
    assert_eq!(graded[0].2, vec![(Oe, Good)]);
    assert_eq!(graded[1].2, vec![(Oe, Outstanding)]);
}

#[test]
fn the_name_of_the_2014_to_2018_inspection_is_the_whole_service() {
    let text = "Ashby rated inadequate\n\nThe review of Ashby County Council’s ‘services for children in need of help and protection, children looked after and care leavers’ labelled them as ‘inadequate’ and questioned “the integrity of the current senior leadership team”.\n";
    let events = grades_by_event(&one_article(text, Some("2017-06-28")).dataset);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].2, vec![(Oe, Inadequate)]);
}

#[test]
fn a_grade_in_brackets_after_a_graded_judgement_is_the_same_judgements() {
    let text = "Ashby rated good\n\nOfsted inspected Ashby Council in January 2017. Leadership, management and governance has been rated good (rated inadequate in 2014).\n";
    assert_eq!(
        dated_grades_of(text, Some("2017-03-10")),
        vec![
            ("2014".to_string(), vec![(Il, Inadequate)]),
            ("2017-01".to_string(), vec![(Oe, Good), (Il, Good)]),
        ]
    );
    // Not without the bracket: then it is the overall grade of 2014.
    let text = "Ashby rated good\n\nOfsted inspected Ashby Council in January 2017. Leadership, management and governance has been rated good. It was rated inadequate in 2014.\n";
    assert_eq!(
        dated_grades_of(text, Some("2017-03-10")),
        vec![
            ("2014".to_string(), vec![(Oe, Inadequate)]),
            ("2017-01".to_string(), vec![(Oe, Good), (Il, Good)]),
        ]
    );
}

#[test]
fn another_councils_grades_do_not_count_as_areas_already_graded() {
    let text = "Ashby rated inadequate\n\nNeighbouring Southmere Council was rated outstanding for leadership last year.\n\nAt Ashby, Ofsted rated the experiences and progress of care leavers as inadequate in March 2024. The inspectors rated the other three areas of inspection as requiring improvement to be good.\n";
    let graded: Vec<Graded> = grades_by_event(&one_article(text, Some("2024-05-01")).dataset)
        .into_iter()
        .filter(|(_, date, _)| date.starts_with("2024"))
        .collect();
    assert_eq!(graded.len(), 1, "{graded:?}");
    assert_eq!(
        graded[0].2,
        sorted(vec![
            (Oe, Inadequate),
            (Il, Ri),
            (Hp, Ri),
            (Cic, Ri),
            (Cl, Inadequate)
        ])
    );
}

#[test]
fn a_bracket_far_from_the_graded_judgement_does_not_carry_its_judgement() {
    let text = "Ashby rated good\n\nOfsted rated leadership as good in May 2024 (the fostering service, which inspectors visited separately, was judged inadequate).\n";
    let events = grades_by_event(&one_article(text, Some("2024-06-01")).dataset);
    assert!(
        events
            .iter()
            .all(|(_, _, grades)| !grades.contains(&(Il, Inadequate))),
        "{events:?}"
    );
}

#[test]
fn judgements_named_in_other_words_than_their_titles_take_their_grades() {
    for (sentence, expected) in [
        (
            "Ofsted said services for children needing help and protection are 'inadequate'.",
            (Hp, Inadequate),
        ),
        (
            "Ofsted rated support for children living in care as inadequate.",
            (Cic, Inadequate),
        ),
        (
            "Ofsted rated care leaver provision as inadequate.",
            (Cl, Inadequate),
        ),
        (
            "Ofsted rated services for cared for children as good.",
            (Cic, Good),
        ),
    ] {
        let text = format!("Ashby Council was inspected by Ofsted. {sentence}\n");
        assert_eq!(
            dated_grades_of(&text, Some("2020-01-10")),
            [("2020-01-10".to_string(), vec![expected])],
            "{sentence}"
        );
    }
}

#[test]
fn a_place_named_as_a_neighbour_is_another_council_in_its_later_clauses() {
    let text = "Children's services in Westmoor require improvement to be good, Ofsted has said.\n\n\
                The council shares a director of children's services with neighbouring Ashby, whose services were rated outstanding last year.\n";
    assert_eq!(
        dated_grades_of(text, Some("2023-02-16")),
        [("2023-02-16".to_string(), vec![(Oe, Ri)])]
    );
}

#[test]
fn an_earlier_grade_word_does_not_reach_across_a_comma() {
    let text = "Children's services in Ashby, run by Ashby Children's Trust since 2018, require improvement to be good, Ofsted says.\n";
    assert_eq!(
        dated_grades_of(text, Some("2020-01-09")),
        [("2020-01-09".to_string(), vec![(Oe, Ri)])]
    );
}

#[test]
fn a_grade_does_not_reach_a_judgement_in_a_with_clause_after_a_comma() {
    let text = "Ashby Borough Council's children's services have been judged inadequate, with inspectors saying children in care had been let down.\n";
    assert_eq!(
        dated_grades_of(text, Some("2024-12-12")),
        [("2024-12-12".to_string(), vec![(Oe, Inadequate)])]
    );
}

#[test]
fn the_grade_a_change_is_for_after_to_is_an_aim() {
    // A monitoring visit: the council is still inadequate; "good" is where it aims.
    let text = "Ofsted's monitoring visit to Ashby Council in April found progress.\n\n\
                \"We have set a high bar to move from an inadequate rating to good in just over two years,\" the council's leader said.\n";
    let all: Vec<Grade> = dated_grades_of(text, Some("2019-05-01"))
        .into_iter()
        .flat_map(|(_, grades)| grades.into_iter().map(|(_, grade)| grade))
        .collect();
    assert!(!all.contains(&Good), "{all:?}");
}

#[test]
fn a_place_across_the_border_is_another_council_and_a_rating_at_risk_is_none() {
    let text = "Statement from the MP on today's Ofsted report into Westmoor children's services\n\n\
                Today's report rating Westmoor's children's services as inadequate is deeply troubling.\n\n\
                Families in Westmoor deserve services that are at least good, as they are just across the border in Ashby, which was rated outstanding last year.\n";
    assert_eq!(
        dated_grades_of(text, Some("2020-01-30")),
        [("2020-01-30".to_string(), vec![(Oe, Inadequate)])]
    );
    let text = "Eastfield children's services at risk of 'inadequate' rating, report warns\n\n\
                The services were rated good in the autumn of 2021, but caseloads have since risen sharply.\n";
    let all: Vec<Grade> = dated_grades_of(text, Some("2024-05-02"))
        .into_iter()
        .flat_map(|(_, grades)| grades.into_iter().map(|(_, grade)| grade))
        .collect();
    assert_eq!(all, [Good]);
}

#[test]
fn a_neighbour_word_ending_a_sentence_names_no_place() {
    // "nearby. The council ..." once made "The" another council's place.
    let text = "Ashby Council's children's services were inspected in November.\n\n\
                Children were placed in foster homes nearby. The council was rated inadequate by Ofsted.\n";
    assert_eq!(
        dated_grades_of(text, Some("2020-01-01")),
        [("2019-11".to_string(), vec![(Oe, Inadequate)])]
    );
}

/// The grades of a one-article text about Ashby Council, in one list, sorted.
fn all_grades(text: &str) -> Vec<(Judgement, Grade)> {
    let data = one_article(text, Some("2023-06-01")).dataset;
    sorted(
        grades_by_event(&data)
            .into_iter()
            .flat_map(|event| event.2)
            .collect(),
    )
}

#[test]
fn what_a_review_of_round_8_found_reads_as_it_should() {
    let lead = "Ashby Council's children's services\n\n";
    // "found" is a verdict only in the passive: inspectors finding things is not.
    for text in [
        "In Ashby, inspectors found good and bad practice across the teams.",
        "Inspectors found inadequate, and in some cases unsafe, practice.",
        "Inspectors found good, timely work with families.",
    ] {
        assert_eq!(all_grades(&format!("{lead}{text}\n")), vec![], "{text}");
    }
    // Areas named over a list count only when counted.
    let aims = format!(
        "{lead}The areas it must improve to become good:\n\n\
         - The experiences and progress of children who need help and protection\n\n\
         - The experiences and progress of care leavers\n\nThe council agreed.\n"
    );
    assert_eq!(all_grades(&aims), vec![]);
    // A child protected at home is no children's home.
    assert_eq!(
        all_grades(&format!(
            "{lead}Ashby Council's services for children who need help and protection at home were rated inadequate.\n"
        )),
        vec![(Hp, Inadequate)]
    );
    // An intensified grade is an opinion, in the pattern rules too.
    assert_eq!(
        all_grades(&format!(
            "{lead}Parents said the council was totally inadequate in help and protection.\n"
        )),
        vec![]
    );
    // "in its care of" names no judgement.
    assert_eq!(
        all_grades(&format!(
            "{lead}Ofsted rated Ashby Council inadequate in its care of vulnerable children.\n"
        )),
        vec![(Oe, Inadequate)]
    );
}

#[test]
fn a_grade_given_to_all_leaves_out_the_judgements_excepted() {
    let text = "Ashby Council's children's services\n\n\
                At the last inspection in 2015, Ashby was judged to be good across all service areas, except for care leavers.\n";
    assert_eq!(
        all_grades(text),
        sorted(vec![(Oe, Good), (Il, Good), (Hp, Good), (Cic, Good)])
    );
    // Named with its own grade after the exception, the judgement keeps that one.
    let own = text.replace(
        "except for care leavers.",
        "except for care leavers, rated inadequate.",
    );
    assert_eq!(
        all_grades(&own),
        sorted(vec![
            (Oe, Good),
            (Il, Good),
            (Hp, Good),
            (Cic, Good),
            (Cl, Inadequate)
        ])
    );
}

#[test]
fn a_judgement_before_when_does_not_take_the_grade_of_the_when_clause() {
    let lead = "Ashby Council's children's services rated good by Ofsted\n\n";
    let text = format!(
        "{lead}The council was told it was leaving vulnerable children in its care at risk when the service was rated inadequate in 2018.\n"
    );
    assert_eq!(
        dated_grades_of(&text, Some("2022-01-20")),
        vec![
            ("2018".to_string(), vec![(Oe, Inadequate)]),
            ("2022-01-20".to_string(), vec![(Oe, Good)]),
        ]
    );
    // The same judgement as the subject of the rating is graded.
    let text = format!("{lead}Services for children in its care were rated inadequate in 2018.\n");
    assert_eq!(
        dated_grades_of(&text, Some("2022-01-20")),
        vec![
            ("2018".to_string(), vec![(Cic, Inadequate)]),
            ("2022-01-20".to_string(), vec![(Oe, Good)]),
        ]
    );
}
#[test]
fn a_grade_before_while_stays_out_of_the_clause_after_it_and_two_more_titles_read() {
    let lead = "Ashby County Council's children's services inspected\n\n";
    assert_eq!(
        all_grades(&format!(
            "{lead}Adoption and leadership were rated as 'good' while children in need of protection, looked-after children and care leavers were rated as 'requiring improvement to be good'.\n"
        )),
        sorted(vec![(Il, Good), (Hp, Ri), (Cic, Ri), (Cl, Ri)])
    );
    assert_eq!(
        all_grades(&format!(
            "{lead}The impact of senior leaders on social work was rated as requires improvement.\n"
        )),
        vec![(Il, Ri)]
    );
}

#[test]
fn a_grade_held_for_a_stretch_of_years_is_an_earlier_events_but_not_a_first_in_a_decade() {
    // Opening the sentence, the stretch needs a rating word before the grade: an aim
    // is no grade held.
    let text = "Ashby Council's children's services were rated good in March. For the past two years the council has been working hard to become good.\n";
    assert_eq!(
        dated_grades_of(text, Some("2025-12-05")),
        vec![("2025-03".to_string(), vec![(Oe, Good)])]
    );
    let text = "For over a decade children's services in Ashby were rated inadequate, but this year for the first time they have been rated 'Good'.\n";
    assert_eq!(
        dated_grades_of(text, Some("2025-12-05")),
        vec![
            ("2025-12-05".to_string(), vec![(Oe, Good)]),
            ("before 2025-12-05".to_string(), vec![(Oe, Inadequate)]),
        ]
    );
    // The first good rating in a decade, and a grade held two years running, are the
    // event's own.
    for text in [
        "Children's services in Ashby have been rated good for the first time in more than a decade.\n",
        "Ashby Council's children's services have been rated good for two years running.\n",
        "Ashby Council's children's services have been rated good for three years straight.\n",
        // A stretch past a pause, or of work, tells of no grade held.
        "Ashby Council's children's services were judged good; for the past two years the council has recruited more social workers.\n",
        "Ofsted's report on Ashby Council rates its children's services as good for the past two years of work.\n",
    ] {
        assert_eq!(
            dated_grades_of(text, Some("2025-12-05")),
            vec![("2025-12-05".to_string(), vec![(Oe, Good)])],
            "{text}"
        );
    }
}

#[test]
fn a_judgements_title_before_a_failure_noun_names_no_judgement() {
    let text = "Children's services in a town dogged by years of child protection failures have been rated good.\n";
    assert_eq!(
        dated_grades_of(text, Some("2018-01-20")),
        vec![("2018-01-20".to_string(), vec![(Oe, Good)])]
    );
    // The title alone still names it; so does the title before the service's own
    // parts, or before a failure noun past a pause.
    for text in [
        "Ashby Council's child protection was rated good by Ofsted.\n",
        "Ofsted judged Ashby Council's child protection procedures good.\n",
        "Ofsted rated Ashby Council good for child protection, failures having been put right.\n",
    ] {
        assert_eq!(
            dated_grades_of(text, Some("2018-01-20")),
            vec![("2018-01-20".to_string(), vec![(Hp, Good)])],
            "{text}"
        );
    }
}

#[test]
fn safeguarding_services_and_children_and_young_people_in_care_name_judgements() {
    let text = "Ofsted rated Ashby Council's safeguarding services and services for looked after children as 'inadequate'.\n";
    assert_eq!(
        sorted(
            dated_grades_of(text, Some("2016-04-20"))
                .into_iter()
                .flat_map(|(_, grades)| grades)
                .collect()
        ),
        sorted(vec![(Hp, Inadequate), (Cic, Inadequate)])
    );
    let text = "Ofsted said the experiences and progress of children and young people in care in Ashby were 'good'.\n";
    assert_eq!(
        dated_grades_of(text, Some("2023-11-20")),
        vec![("2023-11-20".to_string(), vec![(Cic, Good)])]
    );
}

#[test]
fn a_grades_tag_removed_in_the_passive_was_held_before_but_not_one_that_could_be() {
    let text = "Ashby Council's children's services now require improvement. The 'inadequate' tag will be removed with an overall judgement of 'requires improvement'.\n";
    assert_eq!(
        dated_grades_of(text, Some("2017-03-20")),
        vec![
            ("2017-03-20".to_string(), vec![(Oe, Ri)]),
            ("before 2017-03-20".to_string(), vec![(Oe, Inadequate)]),
        ]
    );
    let text = "Ashby Council's children's services were rated good. The 'good' rating could be removed if standards slip.\n";
    assert_eq!(
        dated_grades_of(text, Some("2017-03-20")),
        vec![("2017-03-20".to_string(), vec![(Oe, Good)])]
    );
}

#[test]
fn as_were_judgements_hold_over_a_sub_services_void_and_keep_the_judgement_linked_before() {
    let text = "Ofsted rated Ashby Council's children's services good. Adoption services were rated good, as was support for young people leaving care.\n";
    assert_eq!(
        dated_grades_of(text, Some("2018-01-20")),
        vec![("2018-01-20".to_string(), vec![(Oe, Good), (Cl, Good)])]
    );
    // The judgement the grade was linked to before "as were" keeps it.
    let text = "Children in care were well supported and their services were rated good, as were those for care leavers.\n";
    assert_eq!(
        dated_grades_of(text, Some("2018-01-20")),
        vec![("2018-01-20".to_string(), vec![(Cic, Good), (Cl, Good)])]
    );
}

#[test]
fn help_protection_and_care_found_good_and_a_second_finding_after_and_that() {
    let text = "A recent Ofsted inspection of Ashby Council's children's services has found the help, protection and care that children and young people are receiving to be good, and that the impact of leaders on social work practice with children and families to be outstanding.\n";
    assert_eq!(
        sorted(
            dated_grades_of(text, Some("2024-05-20"))
                .into_iter()
                .flat_map(|(_, grades)| grades)
                .collect()
        ),
        sorted(vec![(Il, Outstanding), (Hp, Good), (Cic, Good)])
    );
    // "and ... to be" with no finding before it is an aim, not a grade.
    let text = "Ashby Council's children's services were rated good. The council wants more staff and the help and protection of children to be outstanding.\n";
    assert_eq!(
        dated_grades_of(text, Some("2024-05-20")),
        vec![("2024-05-20".to_string(), vec![(Oe, Good)])]
    );
}

#[test]
fn all_elements_are_every_judgement_and_areas_that_still_need_improvement_are_none() {
    let text = "Ofsted judged Ashby Council's children's services as 'Requires improvement to be good'. All elements were judged as 'Requires improvement to be good'.\n";
    assert_eq!(
        sorted(
            dated_grades_of(text, Some("2022-03-01"))
                .into_iter()
                .flat_map(|(_, grades)| grades)
                .collect()
        ),
        sorted(vec![(Oe, Ri), (Il, Ri), (Hp, Ri), (Cic, Ri), (Cl, Ri)])
    );
    let text = "In a focused visit to Ashby, inspectors said senior managers understand the service's strengths and areas that still require improvement.\n";
    assert!(
        dated_grades_of(text, Some("2018-12-01"))
            .iter()
            .all(|(_, grades)| grades.is_empty()),
        "{:?}",
        dated_grades_of(text, Some("2018-12-01"))
    );
}

#[test]
fn consistently_good_is_a_degree_of_quality_not_a_grade() {
    let text = "Ofsted rated Ashby Council's children's services good. Inspectors wrote: \"Arrangements to deliver consistently good services for children in care are firmly in place.\"\n";
    assert_eq!(
        dated_grades_of(text, Some("2019-07-20")),
        vec![("2019-07-20".to_string(), vec![(Oe, Good)])]
    );
}

#[test]
fn a_grade_told_longer_and_a_move_to_the_much_better_grade() {
    let text = "Ashby Council's children's services were inspected in September, after being found to require improvement to reach a \"good\" rating back in 2016.\n";
    assert_eq!(
        dated_grades_of(text, Some("2018-09-20"))
            .into_iter()
            .filter(|(_, grades)| !grades.is_empty())
            .collect::<Vec<_>>(),
        vec![("2016".to_string(), vec![(Oe, Ri)])]
    );
    let text = "Turning around Ashby Council's Ofsted judgement on its services for children, from a verdict of 'inadequate' to the much better 'requires improvement', has been our focus.\n";
    assert_eq!(
        dated_grades_of(text, Some("2017-09-01")),
        vec![
            ("2017-09-01".to_string(), vec![(Oe, Ri)]),
            ("before 2017-09-01".to_string(), vec![(Oe, Inadequate)]),
        ]
    );
}

#[test]
fn the_safeguarding_boards_grade_is_not_the_councils_but_one_shared_with_services_is() {
    let text = "Ashby Council's children's services require improvement, Ofsted says. Inspectors also judge the Ashby Local Safeguarding Children Board to be 'good'.\n";
    assert_eq!(
        dated_grades_of(text, Some("2017-02-13")),
        vec![("2017-02-13".to_string(), vec![(Oe, Ri)])]
    );
    let text = "Ofsted rated Ashby Council and its LSCB inadequate.\n";
    assert_eq!(
        dated_grades_of(text, Some("2016-05-01")),
        vec![("2016-05-01".to_string(), vec![(Oe, Inadequate)])]
    );
    let text = "Ashby Council's services were inspected by Ofsted. The report, which found the LSCB and children's services 'requires improvement', was published today.\n";
    assert_eq!(
        dated_grades_of(text, Some("2015-03-03")),
        vec![("2015-03-03".to_string(), vec![(Oe, Ri)])]
    );
    let text = "Ashby Council's children's services were inspected. Ofsted have given an overall assessment of inadequate.\n";
    assert_eq!(
        dated_grades_of(text, Some("2016-09-20")),
        vec![("2016-09-20".to_string(), vec![(Oe, Inadequate)])]
    );
}

#[test]
fn a_clause_past_a_dash_about_councils_at_large_leaves_the_grade_before_it() {
    let text = "Ashby Council has announced improvements. The inspection was the council's first under the new framework and says that it 'requires improvement' overall – around half of all councils inspected have this rating.\n";
    assert_eq!(
        dated_grades_of(text, Some("2017-02-13")),
        vec![("2017-02-13".to_string(), vec![(Oe, Ri)])]
    );
    // The clause about councils at large still grades none of the subject's.
    let text = "Ashby Council has announced improvements to its children's services. Nationally – around half of all councils inspected were rated 'requires improvement'.\n";
    assert!(
        dated_grades_of(text, Some("2017-02-13"))
            .iter()
            .all(|(_, grades)| grades.is_empty()),
        "{:?}",
        dated_grades_of(text, Some("2017-02-13"))
    );
}

#[test]
fn services_a_council_has_been_told_of_are_graded_but_not_those_parents_tell_of() {
    let text = "Ashby Council has been told its children's services are 'inadequate'.\n";
    assert_eq!(
        dated_grades_of(text, Some("2019-03-01")),
        vec![("2019-03-01".to_string(), vec![(Oe, Inadequate)])]
    );
    let text = "Parents in Ashby have told reporters the children's services are 'inadequate'.\n";
    assert!(
        dated_grades_of(text, Some("2019-03-01"))
            .iter()
            .all(|(_, grades)| grades.is_empty()),
        "{:?}",
        dated_grades_of(text, Some("2019-03-01"))
    );
}

#[test]
fn words_around_the_new_readings_that_are_not_grades_of_the_subject() {
    // A council named before a pair of dashes is still the clause's subject after them.
    let text = "Ofsted rated Ashby Council's children's services good. Neighbouring Bexley Council - inspected at the same time - was rated outstanding for care leavers.\n";
    assert_eq!(
        dated_grades_of(text, Some("2019-05-01")),
        vec![("2019-05-01".to_string(), vec![(Oe, Good)])]
    );
    // "care leavers" is not cut short by "help, protection and care".
    let text = "Ashby Council's children's services require improvement overall, with help, protection and care leavers all judged good.\n";
    let grades: Vec<_> = dated_grades_of(text, Some("2019-05-01"))
        .into_iter()
        .flat_map(|(_, grades)| grades)
        .collect();
    assert!(
        grades.contains(&(Cl, Good)) && !grades.contains(&(Cic, Good)),
        "{grades:?}"
    );
    // A degree before a grade after "to" is no move to that grade.
    let text = "Ofsted said Ashby Council's children's services had slipped from good to the brink of inadequate.\n";
    assert!(
        !dated_grades_of(text, Some("2019-05-01"))
            .iter()
            .any(|(date, grades)| date == "2019-05-01" && grades.contains(&(Oe, Inadequate))),
        "{:?}",
        dated_grades_of(text, Some("2019-05-01"))
    );
    // A relative clause with a verb of saying is no object of the finding.
    let text = "Ofsted found that care leavers who they met said it was good. Ashby Council was rated requires improvement overall.\n";
    assert_eq!(
        dated_grades_of(text, Some("2019-05-01")),
        vec![("2019-05-01".to_string(), vec![(Oe, Ri)])]
    );
    // "consistently" before a grade with no noun after it is no degree.
    let text =
        "Ashby Council's children's services have been judged consistently good by Ofsted.\n";
    assert_eq!(
        dated_grades_of(text, Some("2019-05-01")),
        vec![("2019-05-01".to_string(), vec![(Oe, Good)])]
    );
}

#[test]
fn key_areas_counted_above_bulleted_lines_grade_each_line_past_a_sub_judgement() {
    let text = "Ashby County Council's services remain inadequate, Ofsted said.\n\n\
                In its report, Ofsted inspectors concluded that three key areas require improvement:\n\n\
                - children who need help and protection\n\n\
                - adoption performance\n\n\
                - and experiences and progress of care leavers;\n\n\
                Two key areas were described as inadequate:\n\n\
                - looked-after children and achieving permanence\n\n\
                - and leadership, management and governance.\n";
    assert_eq!(
        sorted(
            dated_grades_of(text, Some("2015-06-01"))
                .into_iter()
                .flat_map(|(_, grades)| grades)
                .collect()
        ),
        sorted(vec![
            (Oe, Inadequate),
            (Hp, Ri),
            (Cl, Ri),
            (Cic, Inadequate),
            (Il, Inadequate)
        ])
    );
}

#[test]
fn services_protecting_children_are_help_and_protection() {
    let text = "Ashby Council's children's services were rated good. An Ofsted inspection in 2015 identified some improvement, but found services protecting children remained 'inadequate'.\n";
    assert!(
        dated_grades_of(text, Some("2018-01-20"))
            .iter()
            .any(|(date, grades)| date == "2015" && grades.contains(&(Hp, Inadequate))),
        "{:?}",
        dated_grades_of(text, Some("2018-01-20"))
    );
}

#[test]
fn a_table_row_run_into_one_line_grades_its_judgement() {
    let text = "Ashby Council received a 'good' rating from Ofsted.\n\n\
                The experience and progress of children who need help and protection Good: The quality of partnership working is a real strength.\n";
    assert_eq!(
        dated_grades_of(text, Some("2019-01-02")),
        vec![("2019-01-02".to_string(), vec![(Oe, Good), (Hp, Good)])]
    );
    // Not a grade in lower case before the colon.
    let text = "Ashby Council received a 'good' rating from Ofsted.\n\n\
                Work with children who need help and protection good: leaders say so.\n";
    assert_eq!(
        dated_grades_of(text, Some("2019-01-02")),
        vec![("2019-01-02".to_string(), vec![(Oe, Good)])]
    );
}

#[test]
fn a_rating_word_with_its_own_grade_cues_no_grade_before_it() {
    // "good" is no grade of "rated": that one's is "inadequate".
    let text = "DfE good practice council rated 'inadequate' for children's services\n\nAshby Council has been rated inadequate by Ofsted.\n";
    assert_eq!(
        dated_grades_of(text, Some("2020-03-17")),
        vec![("2020-03-17".to_string(), vec![(Oe, Inadequate)])]
    );
    // A grade right before its rating word keeps it.
    let text = "Ashby Council's good rating was upgraded to outstanding by Ofsted.\n";
    assert!(
        dated_grades_of(text, Some("2020-03-17"))
            .iter()
            .any(|(_, grades)| grades.contains(&(Oe, Good))),
        "{:?}",
        dated_grades_of(text, Some("2020-03-17"))
    );
}

#[test]
fn children_requiring_permanence_are_children_in_care() {
    let text = "An inspection of Ashby Council rated leadership, management and governance as outstanding while child protection, children requiring permanence and care leavers services were rated as good.\n";
    let grades = dated_grades_of(text, Some("2017-06-01"));
    assert_eq!(grades.len(), 1, "{grades:?}");
    assert_eq!(
        sorted(grades[0].1.clone()),
        sorted(vec![(Il, Outstanding), (Hp, Good), (Cic, Good), (Cl, Good)])
    );
}

#[test]
fn the_top_mark_is_outstanding() {
    let text = "The Ofsted report awarded Ashby Council the top mark in all areas judged.\n";
    assert_eq!(
        sorted(dated_grades_of(text, Some("2025-04-17"))[0].1.clone()),
        sorted(vec![
            (Oe, Outstanding),
            (Il, Outstanding),
            (Hp, Outstanding),
            (Cic, Outstanding),
            (Cl, Outstanding)
        ])
    );
}

#[test]
fn a_grade_right_before_a_judgement_word_is_its_own() {
    // "good overall": not "overall and leadership as outstanding".
    let text = "Ofsted rated Ashby Council as good overall and leadership as outstanding.\n";
    assert_eq!(
        sorted(dated_grades_of(text, Some("2017-08-01"))[0].1.clone()),
        sorted(vec![(Oe, Good), (Il, Outstanding)])
    );
}

#[test]
fn a_list_with_a_grade_of_its_own_is_not_the_grade_befores() {
    for text in [
        "The inspectorate rated Ashby Council's children’s services as ‘Good’ overall with some aspects, including ‘Leadership and Management’, rated as ‘Outstanding’.\n",
        "Ofsted rated Ashby Council's services as good overall with some aspects, including leadership, rated as outstanding.\n",
    ] {
        assert_eq!(
            sorted(dated_grades_of(text, Some("2017-08-01"))[0].1.clone()),
            sorted(vec![(Oe, Good), (Il, Outstanding)]),
            "{text}"
        );
    }
    // A grade after "and" is the next item's, not the list's own.
    let text = "The report gave Ashby Council the highest possible rating in three of the four categories (impact of leadership, experiences and progress of children in care and care leavers, and overall effectiveness) and ‘Good’ in the fourth (experiences of children who need help and protection).\n";
    assert_eq!(
        sorted(dated_grades_of(text, Some("2022-07-01"))[0].1.clone()),
        sorted(vec![
            (Oe, Outstanding),
            (Il, Outstanding),
            (Cic, Outstanding),
            (Cl, Outstanding),
            (Hp, Good)
        ])
    );
}

#[test]
fn all_but_one_area_is_not_all_areas() {
    let text = "All but one area of Ashby Council's children's services were rated good.\n";
    assert!(
        dated_grades_of(text, Some("2019-01-10"))
            .iter()
            .all(|(_, grades)| !grades.contains(&(Hp, Good))),
        "{:?}",
        dated_grades_of(text, Some("2019-01-10"))
    );
    // "all other benchmarks" gives the grade to those the sentence has not graded.
    let text = "Ashby Council was rated outstanding for leadership and a ‘good’ rating for all other benchmarks in children’s services, including overall effectiveness.\n";
    assert_eq!(
        sorted(dated_grades_of(text, Some("2019-01-10"))[0].1.clone()),
        sorted(vec![
            (Oe, Good),
            (Il, Outstanding),
            (Hp, Good),
            (Cic, Good),
            (Cl, Good)
        ])
    );
}

#[test]
fn a_service_graded_apart_first_is_passed_over_but_not_read_as_a_judgement() {
    // Adoption leads the list and is no judgement of the five.
    let text = "Ofsted found Ashby Council to be 'good' in adoption performance and the 'experiences and progress of care leavers'.\n";
    assert_eq!(
        dated_grades_of(text, Some("2015-05-01"))[0].1,
        vec![(Cl, Good)]
    );
}

#[test]
fn a_grade_rating_for_a_judgement_pairs_within_a_coordination() {
    for (text, expected) in [
        (
            "Ashby Council received an outstanding rating for the impact of leaders and a good rating for help and protection.\n",
            vec![(Il, Outstanding), (Hp, Good)],
        ),
        (
            "Ashby Council received a good rating for help and protection and an outstanding rating for care leavers.\n",
            vec![(Hp, Good), (Cl, Outstanding)],
        ),
    ] {
        assert_eq!(
            sorted(dated_grades_of(text, Some("2019-01-10"))[0].1.clone()),
            sorted(expected),
            "{text}"
        );
    }
}

#[test]
fn a_judgement_in_a_clause_with_its_own_verb_is_not_the_grades() {
    for text in [
        "Ashby Council's children's services were elevated from \"inadequate\" to \"requires improvement\" with inspectors praising the council's leadership.\n",
        "Rating Ashby Council's children’s services as ‘requires improvement to be good’, inspectors highlighted strong leadership.\n",
    ] {
        let grades = dated_grades_of(text, Some("2018-05-01"));
        assert!(
            grades
                .iter()
                .all(|(_, g)| !g.iter().any(|(j, _)| *j == Il)),
            "{text}: {grades:?}"
        );
    }
    // A rating noun ending in "-ing" opens no such clause.
    let text = "Ashby Council received an outstanding rating for the impact of leaders.\n";
    assert_eq!(
        dated_grades_of(text, Some("2018-05-01"))[0].1,
        vec![(Il, Outstanding)]
    );
}

#[test]
fn the_top_score_and_a_judgement_named_before_its_clause() {
    let text = "Ashby Council's service has received the top score across all areas including overall effectiveness.\n";
    assert_eq!(
        dated_grades_of(text, Some("2019-06-01"))[0].1.len(),
        5,
        "{:?}",
        dated_grades_of(text, Some("2019-06-01"))
    );
    // Not a judgement named before a clause whose grade another judgement takes.
    let text = "Ashby Council was inspected. In respect of child protection, the report said leadership was good.\n";
    let grades = dated_grades_of(text, Some("2019-06-01"));
    assert!(
        grades.iter().all(|(_, g)| !g.contains(&(Hp, Good))),
        "{grades:?}"
    );
}

/// Sentences a review of round 12's readings found misread, each with what it states.
#[test]
fn round_12_review_counter_cases_keep_their_grades() {
    let cases: &[(&str, Vec<(Judgement, Grade)>)] = &[
        // The list guard: a grade after another clause's words is not the list's own.
        (
            "Inspectors judged Ashby Council's services outstanding in three areas: leadership, children in care and care leavers, compared with good at the last inspection.\n",
            vec![(Il, Outstanding), (Cic, Outstanding), (Cl, Outstanding)],
        ),
        (
            "Ashby Council was rated good in two areas - children in care and care leavers - with leadership requiring improvement.\n",
            vec![(Il, Ri), (Cic, Good), (Cl, Good)],
        ),
        // "no areas for improvement" voids no grade after "and".
        (
            "Inspectors identified no areas for improvement and rated Ashby Council's service outstanding.\n",
            vec![(Oe, Outstanding)],
        ),
        // A rating noun after a grade cues it still.
        (
            "Ashby Council has gone from inadequate to a rating of good.\n",
            vec![(Oe, Good)],
        ),
        // "-ing" words that are no reporting verb's open no clause.
        (
            "Ashby Council was rated good this morning for children in care and care leavers.\n",
            vec![(Cic, Good), (Cl, Good)],
        ),
        (
            "Ofsted rated Ashby Council good in keeping children in care safe.\n",
            vec![(Cic, Good)],
        ),
        // "could be proud of receiving the highest grade possible" is no aim.
        (
            "The director of Ashby Council said staff could be proud of receiving the highest grade possible.\n",
            vec![(Oe, Outstanding)],
        ),
    ];
    for (text, expected) in cases {
        let grades = dated_grades_of(text, Some("2019-01-10"));
        let current: Vec<(Judgement, Grade)> = grades
            .iter()
            .filter(|(date, _)| !date.starts_with("before"))
            .flat_map(|(_, g)| g.clone())
            .collect();
        assert_eq!(sorted(current), sorted(expected.clone()), "{text}");
    }
}
