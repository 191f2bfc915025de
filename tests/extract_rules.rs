#![cfg(not(target_arch = "wasm32"))]
//! The extractor's rules on short texts written for these tests, none of them a seed:
//! another council, another inspector and councillor, a 'requires improvement' grade
//! and a monitoring visit, and each hard case of quotation, attribution and dating.

use rating_timeline::extract::{extract, Article, Extraction};
use rating_timeline::model::{Dataset, Date, EventKind, Grade, Judgement, Quote};

/// An inspection report story about another council, dated only by a weekday.
const WESTBURY_INSPECTION: &str = "\
Westbury children's services 'require improvement', says Ofsted

Westbury Council's children's services are no longer failing, the education watchdog has said.

The inspection took place between 6 and 17 March and the report was published on Friday (April 21).

Overall effectiveness was judged to 'require improvement to be good'. Inspectors rated the experiences and progress of children in care as 'good', and the impact of leaders on social work practice with children and families as 'requires improvement to be good'.

The council's previous inspection, in 2019, rated it 'inadequate'.

Since then, Ofsted has made four monitoring visits.

Lead inspector Priya Shah said: “Children in Westbury are safer than they were.

“Leaders know what they need to do next.”

Inspectors also found care leavers \"too often wait for suitable homes\".

Cllr Tom O’Brien MBE, portfolio holder for children and families, said: \"We accept the findings in full.

\"We will publish an action plan within weeks,\" he added.

Mr O’Brien also thanked social workers.
";

/// A monitoring visit story about the same council, with a stated publication date.
const WESTBURY_VISIT: &str = "\
Ofsted sees early progress in Westbury

Published: 12 Jan 2021

Inspectors found \"early signs of progress\" in Westbury Council's children's services during a monitoring visit in December.

Dr Amara Okafor, director of children's services at Westbury Council, says: “We are pleased that inspectors recognised the work of our staff.”

“There is more to do,” she said.
";

fn run(texts: &[(&str, &str)]) -> Extraction {
    let articles: Vec<Article> = texts
        .iter()
        .map(|(id, text)| Article::new(*id, *text))
        .collect();
    let extraction = extract(&articles);
    assert_eq!(extraction.dataset.validate(), Ok(()));
    extraction
}

fn westbury() -> Dataset {
    run(&[
        ("inspection", WESTBURY_INSPECTION),
        ("visit", WESTBURY_VISIT),
    ])
    .dataset
}

fn quotes_by<'d>(data: &'d Dataset, speaker: &str) -> Vec<&'d Quote> {
    data.quotes
        .iter()
        .filter(|q| q.speaker == speaker)
        .collect()
}

#[test]
fn another_councils_inspection_gets_its_grades_and_dates() {
    let data = westbury();
    let inspection = data
        .events
        .iter()
        .find(|e| e.kind == EventKind::Inspection && e.date.year() == Some(2023))
        .unwrap_or_else(|| panic!("{:#?}", data.events));
    assert_eq!(inspection.date.value, "2023-03-06");
    assert_eq!(inspection.date.end.as_deref(), Some("2023-03-17"));
    assert!(inspection.date.inferred);
    assert_eq!(
        inspection.published.as_ref().map(|d| d.value.as_str()),
        Some("2023-04-21"),
        "April 21 is a Friday in 2023, the first such year from 2019"
    );
    assert_eq!(
        inspection.grade(Judgement::OverallEffectiveness),
        Some(Grade::RequiresImprovement)
    );
    assert_eq!(
        inspection.grade(Judgement::ImpactOfLeaders),
        Some(Grade::RequiresImprovement)
    );
    assert_eq!(
        inspection.grade(Judgement::ChildrenInCare),
        Some(Grade::Good)
    );
    assert_eq!(
        inspection.grade(Judgement::CareLeavers),
        None,
        "not stated, not guessed"
    );
    assert_eq!(inspection.grade(Judgement::HelpAndProtection), None);

    let earlier = data
        .events
        .iter()
        .find(|e| e.date.year() == Some(2019))
        .expect("the previous inspection");
    assert_eq!(
        earlier.grade(Judgement::OverallEffectiveness),
        Some(Grade::Inadequate)
    );
    assert_eq!(data.subject.as_deref(), Some("Westbury Council"));
}

#[test]
fn a_monitoring_visit_is_ungraded_and_dated_against_the_stated_publication() {
    let data = westbury();
    let visit = data
        .events
        .iter()
        .find(|e| e.kind == EventKind::MonitoringVisit)
        .unwrap_or_else(|| panic!("{:#?}", data.events));
    assert!(visit.ratings.is_empty());
    assert_eq!(
        visit.date.value, "2020-12",
        "December before a January publication"
    );
    assert!(visit.date.inferred);
    assert_eq!(visit.sources, ["visit"]);
    assert_eq!(
        data.events.len(),
        3,
        "plural 'monitoring visits' name no event"
    );
}

#[test]
fn another_inspector_and_councillor_keep_their_roles_and_names() {
    let data = westbury();
    let shah = quotes_by(&data, "priya-shah");
    assert_eq!(shah.len(), 2, "two paragraphs, one statement");
    assert!(shah
        .iter()
        .all(|q| q.role.as_deref() == Some("Lead inspector") && !q.fragment));
    assert_eq!(shah[1].text, "Leaders know what they need to do next.");

    let obrien = quotes_by(&data, "tom-obrien");
    assert_eq!(obrien.len(), 2, "{:#?}", data.quotes);
    assert_eq!(
        obrien[1].text,
        "We will publish an action plan within weeks"
    );
    assert!(obrien
        .iter()
        .all(|q| q.role.as_deref() == Some("portfolio holder for children and families")));
    let person = data.person("tom-obrien").expect("Tom O’Brien");
    assert_eq!(person.name, "Tom O’Brien");
    assert!(person.aliases.contains(&"Cllr Tom O’Brien MBE".to_string()));

    let okafor = quotes_by(&data, "amara-okafor");
    assert_eq!(okafor.len(), 2, "'says:' and then '…,” she said'");
    assert!(okafor.iter().all(|q| {
        q.role.as_deref() == Some("director of children's services at Westbury Council")
    }));

    let found = quotes_by(&data, "ofsted");
    let texts: Vec<&str> = found.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "too often wait for suitable homes",
            "early signs of progress"
        ]
    );
    assert!(found.iter().all(|q| q.fragment));
}

fn one_article(text: &str) -> Extraction {
    run(&[("a", text)])
}

/// Who said the quote starting with `start`, and in what role.
fn speaker_and_role<'d>(data: &'d Dataset, start: &str) -> Option<(&'d str, Option<&'d str>)> {
    let quote = data.quotes.iter().find(|q| q.text.starts_with(start))?;
    Some((quote.speaker.as_str(), quote.role.as_deref()))
}

fn texts(data: &Dataset) -> Vec<&str> {
    data.quotes.iter().map(|q| q.text.as_str()).collect()
}

#[test]
fn straight_and_curly_marks_mix_within_one_quote() {
    let data =
        one_article("Jo Bloggs, leader of the council, said: \"Good news for every child.”\n")
            .dataset;
    assert_eq!(texts(&data), ["Good news for every child."]);
    assert_eq!(data.quotes[0].speaker, "jo-bloggs");
    assert_eq!(
        data.quotes[0].role.as_deref(),
        Some("leader of the council")
    );
}

#[test]
fn a_hard_line_break_stays_inside_its_quote() {
    let text = "Ms Ann Lee said: “We will help every child,\nwhatever it takes.”\n";
    let data = one_article(text).dataset;
    assert_eq!(
        texts(&data),
        ["We will help every child,\nwhatever it takes."]
    );
}

#[test]
fn a_quote_that_never_closes_runs_to_its_paragraph_end_with_a_warning() {
    let text = "The report says: “Children are safe.\nIt goes on: “Leaders are strong.”\n";
    let extraction = one_article(text);
    assert_eq!(
        texts(&extraction.dataset),
        ["Children are safe.", "Leaders are strong."]
    );
    assert!(extraction
        .dataset
        .quotes
        .iter()
        .all(|q| q.speaker == "ofsted"));
    assert_eq!(extraction.warnings.len(), 1, "{:?}", extraction.warnings);
    assert!(extraction.warnings[0].message.contains("never closes"));
    assert_eq!(extraction.warnings[0].offset, text.find('“'));
}

#[test]
fn quoted_grade_words_are_ratings_not_quotes() {
    let data =
        one_article("The 2024 inspection rated the service 'outstanding', up from \"good\".\n")
            .dataset;
    assert!(data.quotes.is_empty(), "{:?}", data.quotes);
    assert_eq!(
        overall_grades_by_year(&data),
        [
            (None, Some(Grade::Good)),
            (Some(2024), Some(Grade::Outstanding))
        ]
    );
}

/// The grades each year's events of `data` were given overall, oldest first.
/// An event's year; none for an inspection dated only as before another ("once
/// 'inadequate'"), whose year the text does not give.
fn year_of(event: &rating_timeline::model::Event) -> Option<i32> {
    event.date.year().filter(|_| !event.date.before)
}

fn overall_grades_by_year(data: &Dataset) -> Vec<(Option<i32>, Option<Grade>)> {
    let mut grades: Vec<_> = data
        .events
        .iter()
        .map(|e| (year_of(e), e.grade(Judgement::OverallEffectiveness)))
        .collect();
    grades.sort();
    grades
}

#[test]
fn an_earlier_or_someone_elses_grade_is_not_given_to_the_latest_inspection() {
    let latest =
        "Ofsted rated Westbury's children's services good after an inspection in September 2023.";
    for (earlier, expected) in [
        // An inspection named by its verb, with its own date and grade.
        (
            "Westbury was last inspected in January 2019, when it was judged inadequate overall.",
            vec![(Some(2019), Some(Grade::Inadequate)), (Some(2023), Some(Grade::Good))],
        ),
        // A grade the words before it put in the past: an inspection's the text
        // dates only as before the one reported.
        (
            "Once branded \"inadequate\" by Ofsted, Westbury has now been rated good.",
            vec![(None, Some(Grade::Inadequate)), (Some(2023), Some(Grade::Good))],
        ),
        // A grade dated to a year with no event named: that year's inspection.
        (
            "Its \"inadequate\" rating came in 2014.",
            vec![(Some(2014), Some(Grade::Inadequate)), (Some(2023), Some(Grade::Good))],
        ),
        // An earlier grade, when only a visit (which gives none) came before: not the
        // visit's, but an inspection's dated only as before the one reported.
        (
            "A monitoring visit in June 2021 found progress since the council was once branded \"inadequate\".",
            vec![
                (None, Some(Grade::Inadequate)),
                (Some(2021), None),
                (Some(2023), Some(Grade::Good)),
            ],
        ),
        // A quoted word far from any rating word, beside a grade right next to one.
        (
            "Unions called the staffing position \"inadequate\" and said the council's good rating would not last.",
            vec![(Some(2023), Some(Grade::Good))],
        ),
    ] {
        for text in [
            format!("{latest}\n\n{earlier}\n"),
            format!("{earlier}\n\n{latest}\n"),
        ] {
            let data = one_article(&text).dataset;
            assert_eq!(overall_grades_by_year(&data), expected, "{text}");
        }
    }
}

#[test]
fn a_date_dates_only_the_grade_in_its_own_clause() {
    let data = one_article(
        "After an inspection in May 2024, Ofsted, which rated the council \"inadequate\" in 2019, has now rated it \"good\".\n",
    )
    .dataset;
    assert_eq!(
        overall_grades_by_year(&data),
        [
            (Some(2019), Some(Grade::Inadequate)),
            (Some(2024), Some(Grade::Good))
        ]
    );
}

#[test]
fn a_press_releases_list_of_judgements_gives_each_its_grade() {
    let data = one_article(
        "The inspection took place from 4 to 15 September 2023.\n\nJudgements\n\n\
         Overall effectiveness: Good\n\
         The impact of leaders on social work practice with children and families: Outstanding\n\
         The experiences and progress of children who need help and protection: Good\n\
         The experiences and progress of children in care: Good\n\
         The experiences and progress of care leavers: Requires improvement to be good\n\n\
         Leaders said the council had shown good leadership: the list above is not a sentence about it.\n",
    )
    .dataset;
    let grades: Vec<_> = Judgement::ALL
        .iter()
        .map(|&judgement| data.events[0].grade(judgement))
        .collect();
    assert_eq!(
        grades,
        [
            Some(Grade::Good),
            Some(Grade::Outstanding),
            Some(Grade::Good),
            Some(Grade::Good),
            Some(Grade::RequiresImprovement)
        ]
    );
}

#[test]
fn speakers_named_without_a_title_or_before_the_statements_paragraph_are_credited() {
    let data = one_article(
        "Council leader Peter Doyle said: \"It has taken five years.\"\n\n\
         Tom Reilly, who was in care in Westbury as a teenager, said young people had noticed the difference.\n\n\
         \"My social worker stayed the same for three years,\" he said.\n\n\
         Sam Patel told the meeting that staff were proud.\n\n\
         \"We are proud,\" she said.\n\n\
         Opposition leader Cllr Simon Pryce warned: \"A rating is a floor, not a ceiling.\"\n\n\
         Mark Fenwick, who joined in 2020, said: \"We have a plan.\"\n\n\
         Yvette Marsh, Ofsted's Regional Director, said:\n\n\
         \"This is a remarkable turnaround.\n\n\
         \"Children are safer.\"\n",
    )
    .dataset;
    let speaker_of = |start: &str| speaker_and_role(&data, start).map(|(speaker, _)| speaker);
    let role_of = |start: &str| speaker_and_role(&data, start).and_then(|(_, role)| role);
    assert_eq!(speaker_of("It has taken"), Some("peter-doyle"));
    assert_eq!(speaker_of("My social worker"), Some("tom-reilly"));
    assert_eq!(speaker_of("We are proud"), Some("sam-patel"));
    assert_eq!(speaker_of("A rating is a floor"), Some("simon-pryce"));
    // Not the council's leader, and a relative clause is no role.
    assert_eq!(role_of("A rating is a floor"), Some("Opposition leader"));
    assert_eq!(speaker_of("We have a plan"), Some("mark-fenwick"));
    assert_eq!(role_of("We have a plan"), None);
    // Introduced at the end of the paragraph before, and carried on in the next.
    assert_eq!(speaker_of("This is a remarkable"), Some("yvette-marsh"));
    assert_eq!(speaker_of("Children are safer"), Some("yvette-marsh"));
}

#[test]
fn last_month_is_the_month_before_the_articles_even_across_a_new_year() {
    for (published, expected) in [("12 Apr 2024", "2024-03"), ("9 Jan 2024", "2023-12")] {
        let data = one_article(&format!(
            "Published: {published}\n\nThe inspection last month rated the council 'good'.\n"
        ))
        .dataset;
        let date = &data.events[0].date;
        assert_eq!(date.value, expected);
        assert!(date.inferred);
        assert!(
            date.basis
                .as_deref()
                .is_some_and(|b| b.contains("last month")),
            "{date:?}"
        );
    }
}

#[test]
fn a_quoted_finding_belongs_to_the_event_its_sentence_names() {
    let data = one_article(
        "Ofsted rated Westbury good after an inspection in September 2023.\n\n\
         A monitoring visit in June 2021 found \"steady progress\" in the council's work.\n\n\
         Inspectors praised \"a culture of high aspiration\".\n\n\
         Jo Bloggs, leader of the council, said: \"The 2021 visit was a turning point.\"\n",
    )
    .dataset;
    let event_of = |start: &str| {
        let quote = data.quotes.iter().find(|q| q.text.starts_with(start));
        let event =
            quote.and_then(|q| data.events.iter().find(|e| Some(&e.id) == q.event.as_ref()));
        event.map(|e| (e.kind, e.date.year()))
    };
    assert_eq!(
        event_of("steady progress"),
        Some((EventKind::MonitoringVisit, Some(2021)))
    );
    assert_eq!(
        event_of("a culture"),
        Some((EventKind::Inspection, Some(2023)))
    );
    // A statement is about the article's event, whatever it mentions.
    assert_eq!(
        event_of("The 2021 visit"),
        Some((EventKind::Inspection, Some(2023)))
    );
}

#[test]
fn a_month_without_a_year_takes_it_from_a_full_date_in_its_sentence() {
    let data = one_article(
        "The inspection took place in January, and the report was published on 2 February 2023.\n",
    )
    .dataset;
    let event = &data.events[0];
    assert_eq!(event.date.value, "2023-01");
    assert!(event.date.inferred);
    assert!(
        event
            .date
            .basis
            .as_deref()
            .is_some_and(|b| b.contains("the date in the same sentence")),
        "{:?}",
        event.date
    );
    assert_eq!(
        event.published.as_ref().map(|d| d.value.as_str()),
        Some("2023-02-02")
    );
}

/// An event's kind and year, and the grades it was given.
type GradedEvent = (EventKind, Option<i32>, Vec<(Judgement, Grade)>);

/// The grades given to each event of `data`, by kind and year, oldest first; each
/// event's in the order of `Judgement`.
fn grades_by_event(data: &Dataset) -> Vec<GradedEvent> {
    let mut events: Vec<_> = data
        .events
        .iter()
        .map(|e| {
            let mut grades: Vec<_> = e.ratings.iter().map(|r| (r.judgement, r.grade)).collect();
            grades.sort();
            (e.kind, year_of(e), grades)
        })
        .collect();
    events.sort_by_key(|(kind, year, _)| (*year, *kind));
    events
}

#[test]
fn grades_go_to_the_inspection_the_story_is_telling_of() {
    use EventKind::{Inspection, MonitoringVisit};
    use Grade::{Good, Outstanding, RequiresImprovement};
    use Judgement::{ImpactOfLeaders, OverallEffectiveness};
    for (text, expected) in [
        // The sentence before names the event; this one only grades it.
        (
            "The re-inspection came in July 2019. The impact of leaders was rated good.\n\n\
             The inspection in January 2024 rated the council outstanding.\n",
            vec![
                (Inspection, Some(2019), vec![(ImpactOfLeaders, Good)]),
                (Inspection, Some(2024), vec![(OverallEffectiveness, Outstanding)]),
            ],
        ),
        // A verdict the sentence does not date is that of the event it dates.
        (
            "When Ofsted arrived in February 2014 under its new single inspection framework, the verdict was that care leavers \"require improvement\".\n\n\
             The inspection in January 2024 rated the council outstanding.\n",
            vec![
                (Inspection, Some(2014), vec![(Judgement::CareLeavers, RequiresImprovement)]),
                (Inspection, Some(2024), vec![(OverallEffectiveness, Outstanding)]),
            ],
        ),
        // ... unless it says the grade is now.
        (
            "The council was last inspected in 2019. Now it has been rated outstanding after an inspection in January 2024.\n",
            vec![
                (Inspection, Some(2019), vec![]),
                (Inspection, Some(2024), vec![(OverallEffectiveness, Outstanding)]),
            ],
        ),
        // A visit gives no grades, even when it is the only event named.
        (
            "A monitoring visit in March 2024 had noted progress.\n\nWestbury was rated good.\n",
            vec![(MonitoringVisit, Some(2024), vec![])],
        ),
        // A downgrade: 'from good' is the old grade (of an inspection dated only as
        // before this one), and 'below good' is none.
        (
            "Children's services in Brackley have been downgraded from good to \"requires improvement to be good\" after an inspection in January 2024.\n\n\
             It is the first time since 2016 that the county's social care has been rated below good.\n",
            vec![
                (Inspection, None, vec![(OverallEffectiveness, Good)]),
                (Inspection, Some(2024), vec![(OverallEffectiveness, RequiresImprovement)]),
            ],
        ),
        // An inspection of something else is no event of the council's children's services.
        (
            "Children's services were rated good after an inspection in January 2024.\n\n\
             An area SEND inspection in October 2023 found \"widespread and systemic failings\".\n",
            vec![(Inspection, Some(2024), vec![(OverallEffectiveness, Good)])],
        ),
    ] {
        let data = one_article(text).dataset;
        assert_eq!(grades_by_event(&data), expected, "{text}");
    }
}

#[test]
fn grades_are_read_however_the_judgements_are_written() {
    use EventKind::Inspection;
    use Grade::{Good, Outstanding, RequiresImprovement};
    use Judgement::{CareLeavers, ChildrenInCare, OverallEffectiveness};
    for (text, expected) in [
        // Ofsted's full title of a judgement between a grade and the group it is for.
        (
            "The inspection took place in January 2024. The report rated the council outstanding for overall effectiveness and outstanding for the experiences and progress of care leavers.\n",
            vec![(Inspection, Some(2024), vec![(OverallEffectiveness, Outstanding), (CareLeavers, Outstanding)])],
        ),
        // The grade's own name, in the past tense, needs no rating word.
        (
            "When we were last inspected, in March 2019, we were told that our services required improvement to be good.\n",
            vec![(Inspection, Some(2019), vec![(OverallEffectiveness, RequiresImprovement)])],
        ),
        // Another name for children in care.
        (
            "The inspection in May 2023 rated services for children looked after as good.\n",
            vec![(Inspection, Some(2023), vec![(ChildrenInCare, Good)])],
        ),
        // The grading scale set out is no grade.
        (
            "The inspection in May 2023 rated the council good.\n\n\
             Grades are Outstanding, Good, Requires improvement to be good, and Inadequate.\n",
            vec![(Inspection, Some(2023), vec![(OverallEffectiveness, Good)])],
        ),
    ] {
        let data = one_article(text).dataset;
        assert_eq!(grades_by_event(&data), expected, "{text}");
    }
}

#[test]
fn speakers_are_found_however_their_office_and_verb_are_written() {
    let data = one_article(
        "The inspection in May 2017 rated the council inadequate. The leader, Cllr Brian Hardcastle, resigned.\n\n\
         Sandra Okafor, the interim director, recalls the atmosphere. \"People were frightened to make decisions,\" she said.\n\n\
         Director of children's services Alan Beaumont said a new team would be in place. \"We accept every recommendation,\" he said.\n\n\
         Graham Lister, then director of children's services, said at the time: \"We accept the findings in full.\"\n\n\
         Our Director of Children's Services, Ruth Kavanagh, said: \"I am so proud of our staff.\"\n",
    )
    .dataset;
    let speaker_of = |start: &str| {
        let quote = data.quotes.iter().find(|q| q.text.starts_with(start));
        quote.map(|q| q.speaker.as_str())
    };
    assert_eq!(speaker_of("People were frightened"), Some("sandra-okafor"));
    assert_eq!(speaker_of("We accept every"), Some("alan-beaumont"));
    assert_eq!(speaker_of("We accept the findings"), Some("graham-lister"));
    assert_eq!(speaker_of("I am so proud"), Some("ruth-kavanagh"));
}

#[test]
fn the_subject_is_the_council_named_most_with_its_kind() {
    for (text, expected) in [
        (
            "Kestrelford County Council's children's services were rated good.\n",
            Some("Kestrelford County Council"),
        ),
        (
            "Newham Council was rated outstanding.\n",
            Some("Newham Council"),
        ),
        (
            "Children's services at Harlow Vale District Council were rated good. Yesterday Harlow Vale District Council said so.\n",
            Some("Harlow Vale District Council"),
        ),
        (
            "Staff Reporter\n\nRavensworth Metropolitan Borough Council was rated outstanding.\n",
            Some("Ravensworth Metropolitan Borough Council"),
        ),
        ("The council was rated good.\n", None),
    ] {
        let data = one_article(text).dataset;
        assert_eq!(data.subject.as_deref(), expected, "{text}");
    }
}

#[test]
fn a_council_that_is_one_of_the_councils_rated_keeps_its_grade() {
    let data = one_article(
        "Ashby Council is now one of only six councils rated outstanding, after an inspection in May 2025.\n",
    )
    .dataset;
    assert_eq!(
        overall_grades_by_year(&data),
        [(Some(2025), Some(Grade::Outstanding))]
    );
}

#[test]
fn grades_of_other_councils_and_of_councils_at_large_are_not_the_subjects() {
    for text in [
        "Ashby Council was rated good after an inspection in May 2024. It now trails Leeds and Kirklees, which are rated outstanding overall.\n",
        "Ashby Council was rated good after an inspection in May 2024.\n\nNationally, 12% of councils inspected in 2024/25 were judged inadequate.\n",
        "Northby District Council was rated good after an inspection in September 2024, while neighbouring Southmere Borough Council remained inadequate.\n\n\
         Southmere was rated inadequate overall for the second time. Inspectors said help and protection was judged inadequate there.\n\n\
         Northby District Council's leader said she was proud.\n\n\
         Southmere\n\n\
         There were signs of progress there, and children in care were judged requires improvement to be good.\n",
    ] {
        let data = one_article(text).dataset;
        let grades: Vec<_> = grades_by_event(&data)
            .into_iter()
            .map(|(_, year, grades)| (year, grades))
            .collect();
        assert_eq!(
            grades[grades.len() - 1..],
            [(Some(2024), vec![(Judgement::OverallEffectiveness, Grade::Good)])],
            "{text}"
        );
        assert_eq!(grades.len(), 1, "{text}: {grades:?}");
    }
}

#[test]
fn judgements_and_earlier_grades_are_linked_as_written() {
    use EventKind::Inspection;
    use Grade::{Good, Inadequate, Outstanding, RequiresImprovement};
    use Judgement::{
        CareLeavers, ChildrenInCare, HelpAndProtection, ImpactOfLeaders, OverallEffectiveness,
    };
    for (text, expected) in [
        // Each judgement to the grade written after it, across 'and'.
        (
            "The inspection in May 2024 rated children in care as 'Outstanding' and the help and protection of children as 'Good'.\n",
            vec![(Inspection, Some(2024), vec![(HelpAndProtection, Good), (ChildrenInCare, Outstanding)])],
        ),
        // A judgement's shorter title, and 'was judged to be'.
        (
            "The inspection in May 2024 rated the council good overall. The impact of leaders on social work practice was judged to be 'Outstanding'.\n",
            vec![(Inspection, Some(2024), vec![(OverallEffectiveness, Good), (ImpactOfLeaders, Outstanding)])],
        ),
        // A council's own list, with dashes.
        (
            "Ofsted inspected our services in June 2025.\n\n\
             • Overall effectiveness – Outstanding\n\
             • The impact of leaders on social work practice with children and families – Outstanding\n\
             • The experiences and progress of children who need help and protection – Good\n\
             • The experiences and progress of children in care – Outstanding\n\
             • The experiences and progress of care leavers – Requires improvement to be good\n",
            vec![(
                Inspection,
                Some(2025),
                vec![
                    (OverallEffectiveness, Outstanding),
                    (ImpactOfLeaders, Outstanding),
                    (HelpAndProtection, Good),
                    (ChildrenInCare, Outstanding),
                    (CareLeavers, RequiresImprovement),
                ],
            )],
        ),
        // A grade dated to a year the article names no event in is that year's inspection.
        (
            "The inspection in May 2024 rated the council good. It had been rated inadequate in 2017, when inspectors found \"serious and widespread failures\".\n",
            vec![
                (Inspection, Some(2017), vec![(OverallEffectiveness, Inadequate)]),
                (Inspection, Some(2024), vec![(OverallEffectiveness, Good)]),
            ],
        ),
        // The inspection named after the grade, in its clause.
        (
            "Services were rated 'Requires Improvement' when they were last inspected in 2021. The inspection in May 2024 rated them good.\n",
            vec![
                (Inspection, Some(2021), vec![(OverallEffectiveness, RequiresImprovement)]),
                (Inspection, Some(2024), vec![(OverallEffectiveness, Good)]),
            ],
        ),
    ] {
        let data = one_article(text).dataset;
        let got = grades_by_event(&data);
        let mut expected = expected;
        for (_, _, grades) in &mut expected {
            grades.sort();
        }
        assert_eq!(got, expected, "{text}");
    }
    // The finding told with the 2017 grade is the 2017 inspection's.
    let data = one_article(
        "The inspection in May 2024 rated the council good. It had been rated inadequate in 2017, when inspectors found \"serious and widespread failures\".\n",
    )
    .dataset;
    let quote = &data.quotes[0];
    let event = data
        .events
        .iter()
        .find(|e| Some(&e.id) == quote.event.as_ref());
    assert_eq!(event.and_then(|e| e.date.year()), Some(2017));
}

#[test]
fn roles_before_names_days_after_verbs_letters_and_single_marks() {
    let extraction = one_article(
        "The inspection in May 2024 rated the council good.\n\n\
         The council's chief executive, Mark Ellison, added: \"We are proud.\"\n\n\
         Cllr Jo Bloggs, leader of the council, said on Friday: \"It is a good day.\"\n\n\
         The letter also said that some children \"wait too long\".\n\n\
         'We are thrilled,' said council leader Cllr Gary Molloy. 'The councils' staff earned this.'\n\n\
         'It was hard to read, even if it is fair\n",
    );
    let data = &extraction.dataset;
    let quote = |start: &str| data.quotes.iter().find(|q| q.text.starts_with(start));
    let said =
        |start: &str| quote(start).map(|q| (q.speaker.as_str(), q.role.as_deref(), q.fragment));
    assert_eq!(
        said("We are proud"),
        Some(("mark-ellison", Some("The council's chief executive"), false))
    );
    assert_eq!(
        said("It is a good day"),
        Some(("jo-bloggs", Some("leader of the council"), false))
    );
    assert_eq!(said("wait too long"), Some(("ofsted", None, true)));
    // Statements in single marks, as tabloids write them, closed after their
    // punctuation: "councils'" is an apostrophe, not the end.
    assert_eq!(
        said("We are thrilled"),
        Some(("gary-molloy", Some("council leader"), false))
    );
    assert_eq!(
        said("The councils' staff earned this."),
        Some(("gary-molloy", Some("council leader"), false))
    );
    // One that never closes is left out, and the loss is not silent.
    assert_eq!(said("It was hard"), None);
    assert!(
        extraction
            .warnings
            .iter()
            .any(|w| w.message.contains("single quotation marks")),
        "{:?}",
        extraction.warnings
    );
}

#[test]
fn years_ago_count_back_from_the_articles_date() {
    let data = one_article(
        "Published: 12 Jun 2025\n\nThe inspection last month rated the council good. It was rated requires improvement two years ago.\n",
    )
    .dataset;
    assert_eq!(
        overall_grades_by_year(&data),
        [
            (Some(2023), Some(Grade::RequiresImprovement)),
            (Some(2025), Some(Grade::Good))
        ]
    );
    let earlier = data.events.iter().find(|e| e.date.year() == Some(2023));
    assert!(earlier.is_some_and(|e| e.date.inferred), "{earlier:?}");
}

#[test]
fn a_second_sentence_after_a_tagged_quote_and_inverted_tags_keep_their_speaker() {
    let data = one_article(
        "Oakby Council's children's services have been rated good by Ofsted after an inspection in May 2025.\n\n\
         Councillor Ann Hussain, cabinet member for children, welcomed the report.\n\n\
         \"We made a choice,\" Cllr Hussain said. \"It paid off.\"\n\n\
         \"People used to leave after a year,\" said social worker Tom Nowak.\n\n\
         \"Too many children wait too long,\" said inspectors.\n\n\
         Jade Moss, 19, who grew up in care, said: \"Nobody listened to us.\"\n\n\
         The DCS, Paul Okonjo, said: \"We will keep going.\"\n",
    )
    .dataset;
    let said = |start: &str| speaker_and_role(&data, start);
    assert_eq!(
        said("It paid off"),
        Some(("ann-hussain", Some("cabinet member for children")))
    );
    assert_eq!(
        said("People used to leave"),
        Some(("tom-nowak", Some("social worker")))
    );
    assert_eq!(said("Nobody listened"), Some(("jade-moss", None)));
    assert_eq!(said("Too many children"), Some(("ofsted", None)));
    assert_eq!(
        said("We will keep going"),
        Some(("paul-okonjo", Some("The DCS")))
    );
}

#[test]
fn tables_visits_acronyms_and_other_organisations_grades() {
    use EventKind::Inspection;
    use Grade::{Good, Outstanding, RequiresImprovement};
    use Judgement::{CareLeavers, ChildrenInCare, HelpAndProtection, OverallEffectiveness};
    let table = |separator: &str| {
        format!(
            "Inspectors visited between 28 April and 9 May 2025.\n\nThe judgements are:\n\n\
             Overall effectiveness{separator}Good\n\
             The experiences and progress of children who need help and protection{separator}Good\n\
             The experiences and progress of children in care{separator}Outstanding\n\
             The experiences and progress of care leavers{separator}Requires improvement to be good\n"
        )
    };
    let all = vec![(
        Inspection,
        Some(2025),
        vec![
            (OverallEffectiveness, Good),
            (HelpAndProtection, Good),
            (ChildrenInCare, Outstanding),
            (CareLeavers, RequiresImprovement),
        ],
    )];
    for (text, expected) in [
        (table(" | "), all.clone()),
        (table("\n"), all),
        (
            "Ofsted rates Oakby Council's children's services RI after an inspection in March 2025.\n".to_string(),
            vec![(Inspection, Some(2025), vec![(OverallEffectiveness, RequiresImprovement)])],
        ),
        (
            "The hospital's overall rating fell from good to requires improvement in 2025. Its children's services were rated outstanding.\n\n\
             Oakby Council's children's services were rated good after an inspection in May 2025.\n\n\
             Ridgemoor Primary Academy has been rated outstanding by Ofsted following an inspection in January 2024.\n\n\
             The town's hospital trust was rated requires improvement by the CQC in February 2024.\n\n\
             St Bride's Hospital in Oakby has been rated requires improvement by the Care Quality Commission (CQC) following an inspection in March 2024.\n\n\
             A joint targeted area inspection in November 2024 looked at neglect.\n"
                .to_string(),
            vec![(Inspection, Some(2025), vec![(OverallEffectiveness, Good)])],
        ),
    ] {
        let extraction = one_article(&text);
        // Other bodies' grades are not even candidates that clash with the council's.
        let clashes: Vec<_> = extraction.warnings.iter().filter(|w| w.message.contains(" gives ")).collect();
        assert!(clashes.is_empty(), "{text}: {clashes:?}");
        let data = extraction.dataset;
        let got = grades_by_event(&data);
        assert_eq!(got, expected, "{text}");
    }
}

#[test]
fn a_date_before_a_report_told_of_later_is_when_the_inspection_was() {
    let data = one_article(
        "Published: 4 Mar 2025\n\nInspectors spent three weeks in the borough in January and their report praised social workers.\n\n\
         Councillor Amy Shaw said: \"Today's report shows we have kept our promise.\"\n",
    )
    .dataset;
    let event = &data.events[0];
    assert_eq!(event.date.value, "2025-01");
    assert_eq!(event.published, None, "{event:?}");
}

#[test]
fn an_inspection_recalled_by_its_grade_is_the_one_another_article_reports() {
    let data = run(&[
        (
            "bbc-2023",
            "The inspection took place between 5 and 23 June 2023 and rated the council inadequate.\n",
        ),
        (
            "local-2025",
            "The inspection in May 2025 rated the council good. In July 2023 the council was rated inadequate.\n",
        ),
    ])
    .dataset;
    assert_eq!(
        overall_grades_by_year(&data),
        [
            (Some(2023), Some(Grade::Inadequate)),
            (Some(2025), Some(Grade::Good))
        ]
    );
    assert_eq!(data.events[0].date.value, "2023-06-05");
    assert_eq!(data.events[0].sources, ["bbc-2023", "local-2025"]);
}

#[test]
fn a_table_goes_to_the_inspection_its_caption_names() {
    let data = one_article(
        "Inspectors visited between 28 April and 9 May 2025.\n\nThe judgements are:\n\n\
         Overall effectiveness | Good\n\
         The experiences and progress of children who need help and protection | Good\n\n\
         At the council's previous inspection in 2022, the judgements were:\n\n\
         Overall effectiveness\nRequires improvement to be good\n\n\
         The experiences and progress of children who need help and protection\nInadequate\n",
    )
    .dataset;
    use Grade::{Good, Inadequate, RequiresImprovement};
    use Judgement::{HelpAndProtection, OverallEffectiveness};
    let got = grades_by_event(&data);
    assert_eq!(
        got,
        [
            (
                EventKind::Inspection,
                Some(2022),
                vec![
                    (OverallEffectiveness, RequiresImprovement),
                    (HelpAndProtection, Inadequate)
                ]
            ),
            (
                EventKind::Inspection,
                Some(2025),
                vec![(OverallEffectiveness, Good), (HelpAndProtection, Good)]
            ),
        ]
    );
}

#[test]
fn grades_listed_before_their_judgements_and_judgements_rated_together() {
    use EventKind::Inspection;
    use Grade::{Good, Inadequate, Outstanding, RequiresImprovement};
    use Judgement::{
        CareLeavers, ChildrenInCare, HelpAndProtection, ImpactOfLeaders, OverallEffectiveness,
    };
    for (text, expected) in [
        (
            "Ashby Council's children's services have been rated Good by Ofsted after an inspection in March 2025.\n\n\
             Inspectors rated the council Outstanding for the impact of leaders, Good for the experiences and progress of children in care and Requires Improvement for the experiences and progress of care leavers.\n",
            vec![(OverallEffectiveness, Good), (ImpactOfLeaders, Outstanding), (ChildrenInCare, Good), (CareLeavers, RequiresImprovement)],
        ),
        (
            "Ashby Council's children's services have been rated inadequate by Ofsted after an inspection in September 2024.\n\n\
             The impact of leaders and the help and protection of children were both rated inadequate.\n",
            vec![(OverallEffectiveness, Inadequate), (ImpactOfLeaders, Inadequate), (HelpAndProtection, Inadequate)],
        ),
        // "for" that does not lead to a judgement.
        (
            "Ashby Council's children's services have been rated good after an inspection in May 2025.\n\n\
             Children in care were judged good for the first time.\n",
            vec![(OverallEffectiveness, Good), (ChildrenInCare, Good)],
        ),
    ] {
        let data = one_article(text).dataset;
        let got = grades_by_event(&data);
        let mut expected = expected;
        expected.sort();
        let year = data.events[0].date.year();
        assert_eq!(got, [(Inspection, year, expected)], "{text}");
    }
}

#[test]
fn speakers_with_their_organisation_office_or_role_after_an_inverted_tag() {
    let data = one_article(
        "Ashby Council's children's services have been rated good by Ofsted after an inspection in March 2025.\n\n\
         Unison's Ashby branch secretary, Karen Doyle, said: \"Staff are exhausted.\"\n\n\
         Local MP Helen Marchbank said: \"I will keep pressing ministers.\"\n\n\
         Director of children's services Neil Chaudhry said: \"We are proud.\"\n\n\
         \"We are disappointed not to have moved up,\" said Cllr Dawn Pryce, the council's cabinet member for children.\n\n\
         Council leader Cllr Raj Sethi said: \"Great news.\"\n\n\
         Opposition leader Cllr Ben Akers said: \"Long overdue.\"\n",
    )
    .dataset;
    let said = |start: &str| speaker_and_role(&data, start);
    assert_eq!(
        said("Staff are exhausted"),
        Some(("karen-doyle", Some("Unison's Ashby branch secretary")))
    );
    assert_eq!(
        said("I will keep"),
        Some(("helen-marchbank", Some("Local MP")))
    );
    assert_eq!(
        said("We are proud"),
        Some(("neil-chaudhry", Some("Director of children's services")))
    );
    assert_eq!(
        said("We are disappointed"),
        Some((
            "dawn-pryce",
            Some("the council's cabinet member for children")
        ))
    );
    assert_eq!(
        said("Great news"),
        Some(("raj-sethi", Some("Council leader")))
    );
    assert_eq!(
        said("Long overdue"),
        Some(("ben-akers", Some("Opposition leader")))
    );
}

#[test]
fn a_letter_after_a_visit_is_when_it_was_published() {
    let data = one_article(
        "In a letter published on 12 June 2024 following a monitoring visit to Ashby Council on 14 and 15 May, inspectors said the local authority had \"strengthened its oversight\" of children in care.\n",
    )
    .dataset;
    let visit = &data.events[0];
    assert_eq!(visit.kind, EventKind::MonitoringVisit);
    assert_eq!(visit.date.value, "2024-05-14");
    assert_eq!(
        visit.published.as_ref().map(|d| d.value.as_str()),
        Some("2024-06-12")
    );
}

#[test]
fn a_guess_from_last_year_yields_to_the_manifests_year() {
    let text = "A focused visit on 3 and 4 September looked at children in need. \
                A mother whose son left care last year said services had improved since 2022.\n";
    let mut article = Article::new("a", text);
    article.published = Some(Date::stated("2024-11-05"));
    let data = extract(&[article]).dataset;
    assert_eq!(data.events[0].date.value, "2024-09-03");
}

#[test]
fn a_report_published_after_an_inspection_is_that_inspections() {
    for text in [
        "Ashby's children's services were judged good in a report published on 15 January 2025, following an inspection in November 2024.\n",
        "Ashby's children's services were judged good in a report published on 15 January 2025. The inspection took place in November 2024.\n",
    ] {
        let data = one_article(text).dataset;
        assert_eq!(overall_grades_by_year(&data), [(Some(2024), Some(Grade::Good))], "{text}");
        let event = &data.events[0];
        assert_eq!(event.date.value, "2024-11");
        assert_eq!(event.published.as_ref().map(|d| d.value.as_str()), Some("2025-01-15"));
    }
}

#[test]
fn an_unknown_grade_is_a_warning_and_no_rating() {
    let extraction = one_article("The 2024 inspection rated the service 'excellent'.\n");
    assert!(extraction
        .dataset
        .events
        .iter()
        .all(|e| e.ratings.is_empty()));
    assert!(
        extraction
            .warnings
            .iter()
            .any(|w| w.message.contains("'excellent' is not a grade")),
        "{:?}",
        extraction.warnings
    );
}

#[test]
fn pronouns_and_continuations_take_the_last_named_speaker() {
    let text = "\
Council leader Sam Patel praised staff.

She said: \"We are proud.

\"We will keep going.\"

Inspectors wrote: \"Practice is improving.\"

It adds: \"Morale is high.\"
";
    let data = one_article(text).dataset;
    let speakers: Vec<&str> = data.quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["sam-patel", "sam-patel", "ofsted", "ofsted"]);
    // The whole office, which tells the council's leader from the opposition's.
    assert_eq!(data.quotes[0].role.as_deref(), Some("Council leader"));
}

#[test]
fn a_date_without_a_year_is_placed_by_its_weekday_and_marked_inferred() {
    let text = "After the 2019 inspection, a new report published on Tuesday (October 19) praised the council.\n";
    let data = one_article(text).dataset;
    let published = data
        .events
        .iter()
        .find_map(|e| e.published.clone())
        .expect("a publication date");
    assert_eq!(published.value, "2021-10-19");
    assert!(published.inferred);
    assert!(published
        .basis
        .as_deref()
        .unwrap_or("")
        .contains("Tuesday in 2021"));
    let span = published.span.expect("the date traces to its words");
    assert_eq!(&text[span.start..span.end], "Tuesday (October 19)");
}

#[test]
fn a_manifest_date_fills_in_only_where_the_text_is_silent() {
    let mut stated = Article::new("stated", "Headline\n\nPublished: 3 May 2024\n");
    stated.published = Some(Date::stated("2020"));
    let mut silent = Article::new("silent", "Headline\n");
    silent.published = Some(Date::stated("2020-06"));
    let data = extract(&[stated, silent]).dataset;
    let published: Vec<Option<&str>> = data
        .sources
        .iter()
        .map(|s| s.published.as_ref().map(|d| d.value.as_str()))
        .collect();
    assert_eq!(published, [Some("2024-05-03"), Some("2020-06")]);
}

#[test]
fn a_speaker_that_cannot_be_told_leaves_the_quote_out_with_a_warning() {
    let extraction = one_article("The council said: “We disagree.”\n");
    assert!(extraction.dataset.quotes.is_empty());
    assert!(extraction.warnings[0].message.contains("no speaker"));
}

#[test]
fn a_dash_opens_a_list_of_judgements_and_a_quoted_grade_by_a_judgement_is_a_rating() {
    use EventKind::Inspection;
    use Grade::{Good, Outstanding};
    use Judgement::{
        CareLeavers, ChildrenInCare, HelpAndProtection, ImpactOfLeaders, OverallEffectiveness,
    };
    for (text, expected) in [
        (
            "Ashby Council's children's services were inspected in March 2025.\n\n\
             Inspectors rated the council 'good' in all areas – overall effectiveness, the impact of leaders, and the experiences and progress of children who need help and protection, children in care and those leaving care.\n",
            vec![(OverallEffectiveness, Good), (ImpactOfLeaders, Good), (HelpAndProtection, Good), (ChildrenInCare, Good), (CareLeavers, Good)],
        ),
        // No rating word: the quoted grades stand by their judgements; one by no
        // judgement ("adoption") is no grade.
        (
            "Ashby Council's children's services have been rated good by Ofsted after an inspection in March 2025.\n\n\
             The inspection concluded that the council is 'outstanding' for leadership, and 'outstanding' for adoption.\n\n\
             It is 'good' for the experiences of children leaving care.\n",
            vec![(OverallEffectiveness, Good), (ImpactOfLeaders, Outstanding), (CareLeavers, Good)],
        ),
    ] {
        let extraction = one_article(text);
        let got = grades_by_event(&extraction.dataset);
        let mut expected = expected;
        expected.sort();
        assert_eq!(got, [(Inspection, Some(2025), expected)], "{text}");
        assert!(extraction.warnings.is_empty(), "{:?}", extraction.warnings);
    }
}

#[test]
fn a_council_named_for_two_places_joined_by_and_is_one_council() {
    for (text, expected) in [
        (
            "Ashby East and Moreton Council's children's services were rated good. Children in Ashby East and Moreton are safe.\n",
            Some("Ashby East and Moreton Council"),
        ),
        (
            "Children in Ashby and Moreton are well served, and Ashby and Moreton City Council was rated good.\n",
            Some("Ashby and Moreton City Council"),
        ),
        // Named together once, as two bodies: not one place.
        (
            "Talks between Ofsted and Westbury Council went well. Westbury Council was rated good.\n",
            Some("Westbury Council"),
        ),
    ] {
        let data = one_article(text).dataset;
        assert_eq!(data.subject.as_deref(), expected, "{text}");
    }
}

#[test]
fn a_range_of_days_across_months_and_a_press_releases_today_in_brackets() {
    for (text, value, end) in [
        (
            "Ofsted inspected Ashby Council's children's services between 26 February 2024 and 8 March 2024.\n",
            "2024-02-26",
            Some("2024-03-08"),
        ),
        (
            "Ofsted inspected Ashby Council's children's services between 26 February and 8 March 2024.\n",
            "2024-02-26",
            Some("2024-03-08"),
        ),
        (
            "The inspection ran from 28 November to 9 December 2022.\n",
            "2022-11-28",
            Some("2022-12-09"),
        ),
        (
            "Ofsted inspected Ashby Council's children's services between 11 November and 29 November 2019.\n",
            "2019-11-11",
            Some("2019-11-29"),
        ),
        (
            "Ofsted inspected Ashby Council's children's services between 26 February 2024 and 8 March.\n",
            "2024-02-26",
            Some("2024-03-08"),
        ),
        // Across a new year, with the year given at one end or at both.
        (
            "Ofsted inspected Ashby Council's children's services between 28 December 2019 and 8 January 2020.\n",
            "2019-12-28",
            Some("2020-01-08"),
        ),
        (
            "Ofsted inspected Ashby Council's children's services between 28 December and 8 January 2020.\n",
            "2019-12-28",
            Some("2020-01-08"),
        ),
        // Joined by "and" without "between": two dates, the first the event's.
        (
            "The inspection took place on 26 February 2024 and 8 March 2024 was its last day.\n",
            "2024-02-26",
            None,
        ),
    ] {
        let data = one_article(text).dataset;
        let date = &data.events[0].date;
        assert_eq!((date.value.as_str(), date.end.as_deref()), (value, end), "{text}");
    }
    // "today (Friday, 19 February 2016)" dates the article, and so "in November".
    let data = one_article(
        "The report published today (Friday, 19 February 2016) rates Ashby Council good.\n\n\
         The inspection took place in November.\n",
    )
    .dataset;
    assert_eq!(
        data.sources[0].published.as_ref().map(|d| d.value.as_str()),
        Some("2016-02-19")
    );
    assert_eq!(data.events[0].date.value, "2015-11");
    // A dateline under the headline dates the article too.
    let data = one_article(
        "Ashby Council rated good\n\n9 January 2020\n\nThe inspection took place in November.\n",
    )
    .dataset;
    assert_eq!(
        data.sources[0].published.as_ref().map(|d| d.value.as_str()),
        Some("2020-01-09")
    );
    assert_eq!(data.events[0].date.value, "2019-11");
    // A dateline that is no calendar date does not date the article (found by
    // extract_props: the dataset then failed to validate).
    let data = one_article("Ashby Council rated good\n\n29 February 2019\n\nRated good.\n").dataset;
    assert_eq!(data.sources[0].published, None);
}

#[test]
fn a_person_cited_with_according_to_and_words_a_sentence_gives_to_others() {
    let extraction = one_article(
        "Ashby Council's children's services were rated inadequate after an inspection in March 2025.\n\n\
         A commissioner will be appointed, according to cabinet member for children's services, Dana Kell.\n\n\
         She said: \"We accept the findings.\"\n\n\
         Council bosses say they are \"saddened\" after services were branded inadequate by Ofsted, and vowed to \"put things right\" at a meeting where the damning report was revealed.\n",
    );
    let data = &extraction.dataset;
    assert_eq!(
        speaker_and_role(data, "We accept"),
        Some(("dana-kell", Some("cabinet member for children's services")))
    );
    // The council's words, with no one to give them to: not Ofsted's.
    assert_eq!(texts(data), ["We accept the findings."]);
    // One warning for the kind of problem, counting both quotations.
    let unattributed: usize = extraction
        .warnings
        .iter()
        .filter(|w| w.message.contains("no speaker found"))
        .map(|w| w.count)
        .sum();
    assert_eq!(unattributed, 2, "{:?}", extraction.warnings);
}

#[test]
fn an_earlier_inspections_year_dates_neither_the_reported_one_nor_its_grade() {
    let text = "Ashby Council's children's services have been rated inadequate again.\n\n\
                The inspection, which took place in November, found \"too slow progress\" since the last inspection in 2019.\n\n\
                The previous inspection, in 2019, had found \"serious failings\".\n";
    // Undated: the grade and the November date are left out, not given to 2019.
    let extraction = one_article(text);
    assert_eq!(
        grades_by_event(&extraction.dataset),
        [(EventKind::Inspection, Some(2019), vec![])]
    );
    assert!(extraction
        .warnings
        .iter()
        .any(|w| w.message.contains("no year can be worked out")));
    // With the newsroom's date, the reported inspection is November's.
    let mut article = Article::new("a", text);
    article.published = Some(Date::stated("2024-01-10"));
    let data = extract(&[article]).dataset;
    assert_eq!(
        grades_by_event(&data),
        [
            (EventKind::Inspection, Some(2019), vec![]),
            (
                EventKind::Inspection,
                Some(2023),
                vec![(Judgement::OverallEffectiveness, Grade::Inadequate)]
            ),
        ]
    );
    let november = data.events.iter().find(|e| e.date.year() == Some(2023));
    assert_eq!(november.map(|e| e.date.value.as_str()), Some("2023-11"));
}

#[test]
fn a_grade_after_as_ends_a_long_rating_clause_and_requiring_improvement_is_a_grade() {
    let data = one_article(
        "Ashby Council was inspected in May 2024.\n\n\
         The report has judged the overall effectiveness of Ashby Council's children's services as inadequate.\n\n\
         Inspectors judged help and protection as requiring improvement to be good.\n",
    )
    .dataset;
    assert_eq!(
        grades_by_event(&data),
        [(
            EventKind::Inspection,
            Some(2024),
            vec![
                (Judgement::OverallEffectiveness, Grade::Inadequate),
                (Judgement::HelpAndProtection, Grade::RequiresImprovement),
            ]
        )]
    );
}

#[test]
fn no_other_council_and_outstanding_features_grade_nothing() {
    assert_only_overall_grade_of_2024(
        "Ashby Council's children's services have been rated 'good' with 'outstanding' features after an inspection in May 2024.\n\n\
         No authority in the region has been judged 'outstanding' overall, and only one other council achieved two 'outstanding' judgements.\n\n\
         No local authority in England was rated outstanding that year.\n",
        Grade::Good,
    );
}

/// Asserts that `text` gives one inspection, of 2024, one grade, `overall`, and no warning.
fn assert_only_overall_grade_of_2024(text: &str, overall: Grade) {
    let extraction = one_article(text);
    assert_eq!(
        grades_by_event(&extraction.dataset),
        [(
            EventKind::Inspection,
            Some(2024),
            vec![(Judgement::OverallEffectiveness, overall)]
        )]
    );
    assert!(extraction.warnings.is_empty(), "{:?}", extraction.warnings);
}

#[test]
fn a_grade_for_some_unnamed_areas_is_not_the_overall_grade() {
    assert_only_overall_grade_of_2024(
        "Ashby Council's children's services have been rated inadequate after an inspection in May 2024.\n\n\
         Two areas were judged to be inadequate, and inspectors rated the other three areas as requiring improvement to be good.\n",
        Grade::Inadequate,
    );
}

#[test]
fn a_council_written_as_mbc_is_another_council() {
    let data = one_article(
        "Ashby Council's children's services have been rated good after an inspection in May 2024.\n\n\
         Ashby Council is pleased.\n\n\
         Moreton MBC was rated inadequate in 2023.\n",
    )
    .dataset;
    assert_eq!(data.subject.as_deref(), Some("Ashby Council"));
    assert_eq!(
        grades_by_event(&data),
        [(
            EventKind::Inspection,
            Some(2024),
            vec![(Judgement::OverallEffectiveness, Grade::Good)]
        )]
    );
}

/// The inspection's date in one article published in `published`.
fn inspection_date(text: &str, published: &str) -> Option<String> {
    let mut article = Article::new("story", text);
    article.published = Some(Date::stated(published));
    let data = extract(&[article]).dataset;
    data.events
        .iter()
        .find(|e| e.kind == EventKind::Inspection)
        .map(|e| e.date.value.clone())
}

#[test]
fn a_late_month_read_against_a_publication_year_alone_is_the_year_before() {
    let story = |month: &str| {
        format!(
            "Ashby Council rated good\n\nAshby Council's children's services have been rated good by Ofsted following an inspection in {month}.\n"
        )
    };
    // Reports come out weeks after the inspection: December's is reported the next year.
    assert_eq!(
        inspection_date(&story("December"), "2021").as_deref(),
        Some("2020-12")
    );
    assert_eq!(
        inspection_date(&story("November"), "2021").as_deref(),
        Some("2020-11")
    );
    // An earlier month is the year's own, and a full publication date decides either way.
    assert_eq!(
        inspection_date(&story("March"), "2021").as_deref(),
        Some("2021-03")
    );
    assert_eq!(
        inspection_date(&story("December"), "2021-12-20").as_deref(),
        Some("2021-12")
    );
    // What is still to come is not moved back.
    let ahead = "Ashby Council rated good\n\nAshby Council's children's services were rated good. The next inspection is due in December.\n";
    assert_ne!(inspection_date(ahead, "2021").as_deref(), Some("2020-12"));
}

#[test]
fn a_council_named_once_in_passing_is_not_the_subject() {
    let text = "Company improves services in its second borough\n\n\
        An independent children's services company has been rated good by Ofsted in the borough it took over two years ago, inspectors said.\n\n\
        Staff turnover remains high, and some plans for children in care are out of date, the report says.\n\n\
        The company was set up by two neighbouring boroughs to share their social workers, and a third joined it later after a long search for a partner that could steady its services.\n\n\
        Managers say the work of the last two years has been hard, and that the families they serve have noticed the change in the way their cases are handled.\n\n\
        Other trusts set up at struggling councils run services in one area only. Of those, only Moreton Children's Services Trust, rated good three years ago, has improved since.\n";
    let data = one_article(text).dataset;
    assert_eq!(data.subject, None);
    // The other trust's grade is not the article's.
    assert!(
        data.events
            .iter()
            .flat_map(|e| &e.ratings)
            .all(|r| r.span.start < text.find("Other trusts").unwrap()),
        "{:?}",
        data.events
    );
    // Named once but up front, a council is the subject.
    let up_front = one_article(
        "Moreton Council rated good\n\nInspectors were impressed by the services for children, and rated them good.\n",
    )
    .dataset;
    assert_eq!(up_front.subject.as_deref(), Some("Moreton Council"));
}

#[test]
fn monitoring_reports_and_one_such_report_are_monitoring_visits() {
    let text = "Ashby Council rated good\n\nAshby Council's children's services have been rated good by Ofsted after an inspection in May 2024.\n\n\
        Before that, the council had critical monitoring reports from Ofsted.\n\n\
        One such report, in March 2023, led the director to resign.\n";
    let data = one_article(text).dataset;
    let kinds: Vec<(EventKind, String)> = data
        .events
        .iter()
        .map(|e| (e.kind, e.date.value.clone()))
        .collect();
    assert!(
        kinds.contains(&(EventKind::MonitoringVisit, "2023-03".to_string())),
        "{kinds:?}"
    );
    assert!(
        !kinds.contains(&(EventKind::Inspection, "2023-03".to_string())),
        "{kinds:?}"
    );
}

#[test]
fn an_earlier_grade_is_dropped_when_its_pairs_current_grade_clashes() {
    // The undated "full inspection" is read as the reported one, where its current
    // grade clashes with the reported grade: the earlier grade's event, found from it,
    // is not known either, so it goes to no event (not to the 2019 one).
    let text = "Ashby services rated good\n\n\
        Children's services in Ashby have been rated 'good' by Ofsted after an inspection in May 2024.\n\n\
        Monitoring visits through 2018 found steady progress, and a full Ofsted inspection saw services upgraded from 'inadequate' to 'requires improvement'.\n\n\
        \"Since the last inspection in 2019, much progress has been made by Ashby Council,\" inspectors said.\n";
    let data = one_article(text).dataset;
    let graded: Vec<(Option<i32>, Grade)> = data
        .events
        .iter()
        .flat_map(|e| e.ratings.iter().map(move |r| (e.date.year(), r.grade)))
        .collect();
    assert!(graded.contains(&(Some(2024), Grade::Good)), "{graded:?}");
    assert!(
        !graded.contains(&(Some(2019), Grade::Inadequate)),
        "{graded:?}"
    );
}

#[test]
fn a_judgement_title_in_quotation_marks_is_a_term_not_a_quote() {
    let text = "Ashby trust inadequate\n\n\
        Ashby Children's Trust was rated 'inadequate' by Ofsted after an inspection in May 2024.\n\n\
        Inspectors said the trust was ‘inadequate’ for the services it provides to children who need “help and protection”.\n";
    let extraction = one_article(text);
    let graded: Vec<(Judgement, Grade)> = extraction
        .dataset
        .events
        .iter()
        .flat_map(|e| e.ratings.iter().map(|r| (r.judgement, r.grade)))
        .collect();
    assert!(
        graded.contains(&(Judgement::HelpAndProtection, Grade::Inadequate)),
        "{graded:?}"
    );
    assert!(texts(&extraction.dataset)
        .iter()
        .all(|t| !t.contains("help and protection")));
}

#[test]
fn a_lost_grade_is_the_earlier_inspections() {
    let data = one_article(
        "Ashby out of inadequate\n\n\
         Inspectors have removed Ashby Council's 'inadequate' rating after an inspection in May 2024.\n\n\
         Ashby Council's children's services now 'require improvement to be good', and inspectors praised work on problems found at its last inspection in 2019.\n",
    )
    .dataset;
    let graded = overall_grades_by_year(&data);
    assert!(
        graded.contains(&(Some(2019), Some(Grade::Inadequate))),
        "{graded:?}"
    );
    assert!(
        graded.contains(&(Some(2024), Some(Grade::RequiresImprovement))),
        "{graded:?}"
    );
    assert!(
        !graded.contains(&(Some(2024), Some(Grade::Inadequate))),
        "{graded:?}"
    );
}

#[test]
fn services_for_one_judgement_requiring_improvement_are_not_the_overall_grade() {
    let data = one_article(
        "Ashby Council inspected\n\n\
         Ashby Council's children's services were inspected by Ofsted in May 2024. Ofsted said services for care leavers required improvement.\n",
    )
    .dataset;
    assert_eq!(
        grades_by_event(&data),
        [(
            EventKind::Inspection,
            Some(2024),
            vec![(Judgement::CareLeavers, Grade::RequiresImprovement)]
        )]
    );
}

#[test]
fn a_date_just_after_published_dates_the_report_not_the_inspection() {
    let data = one_article(
        "Ashby Council rated good\n\n\
         Published: 2 March 2023\n\n\
         The judgement published today (Thursday, 2 March 2023) follows an unannounced examination carried out by inspectors over three weeks in November and December 2022.\n\n\
         The inspection found that Ashby Council's children's services are 'good'.\n",
    )
    .dataset;
    let dated: Vec<(String, Option<String>)> = data
        .events
        .iter()
        .map(|e| {
            (
                e.date.value.clone(),
                e.published.as_ref().map(|p| p.value.clone()),
            )
        })
        .collect();
    assert_eq!(
        dated,
        [("2022-11".to_string(), Some("2023-03-02".to_string()))]
    );
    assert_eq!(
        overall_grades_by_year(&data),
        [(Some(2022), Some(Grade::Good))]
    );
}

#[test]
fn a_grade_told_beside_another_years_date_is_not_the_articles_own_events() {
    let data = one_article(
        "Scrutiny board minutes\n\n\
         Published: 10 June 2020\n\n\
         The outcome published on 13 June 2017 indicated that Ashby Council's children's services were judged as 'requires improvement to be good'.\n\n\
         The board will review the next inspection.\n",
    )
    .dataset;
    let graded: Vec<_> = overall_grades_by_year(&data)
        .into_iter()
        .filter(|(_, grade)| grade.is_some())
        .collect();
    assert!(
        !graded.contains(&(Some(2020), Some(Grade::RequiresImprovement))),
        "{graded:?}"
    );
}

#[test]
fn re_inspected_dates_the_inspection_whose_outcome_follows() {
    let data = one_article(
        "Scrutiny board minutes\n\n\
         Published: 10 June 2020\n\n\
         Ofsted re-inspected Ashby Council's children's services on 6th to 30th March 2017. The outcome published on 13 June 2017 indicated that children's services were judged as 'requires improvement to be good'.\n",
    )
    .dataset;
    let graded: Vec<_> = overall_grades_by_year(&data)
        .into_iter()
        .filter(|(_, grade)| grade.is_some())
        .collect();
    assert_eq!(graded, [(Some(2017), Some(Grade::RequiresImprovement))]);
}

#[test]
fn a_current_grade_compared_with_an_earlier_one_is_not_the_earlier_inspections() {
    let data = one_article(
        "Ashby Council rated good\n\n\
         Published: 1 December 2023\n\n\
         Children's services provided by Ashby Council have been rated as 'good' overall by Ofsted.\n\n\
         The rating follows a four-week inspection in September and October this year.\n\n\
         The 'good' rating is an improvement from the 'adequate' rating that was awarded following the last Ofsted inspection in March 2011.\n",
    )
    .dataset;
    let graded: Vec<_> = overall_grades_by_year(&data)
        .into_iter()
        .filter(|(_, grade)| grade.is_some())
        .collect();
    assert_eq!(graded, [(Some(2023), Some(Grade::Good))]);
}

#[test]
fn an_evaluation_is_an_inspection() {
    let data = one_article(
        "Ashby Council downgraded\n\n\
         Published: 4 March 2025\n\n\
         Ashby Council's children's services have been rated 'requires improvement to be good' by Ofsted after an inspection in January 2025.\n\n\
         The service had previously had an 'outstanding' rating after its last evaluation in 2019.\n",
    )
    .dataset;
    assert_eq!(
        overall_grades_by_year(&data),
        [
            (Some(2019), Some(Grade::Outstanding)),
            (Some(2025), Some(Grade::RequiresImprovement))
        ]
    );
}

#[test]
fn that_inspection_is_the_one_named_before_and_of_joins_month_and_year() {
    let data = one_article(
        "Cabinet minutes\n\n\
         Published: 17 May 2023\n\n\
         Ashby Council's children's services were last the subject of a full inspection in February and March of 2019. The judgement from that inspection was one of 'Requires Improvement'.\n\n\
         The next inspection is due this year.\n",
    )
    .dataset;
    let graded: Vec<(String, Option<Grade>)> = data
        .events
        .iter()
        .filter_map(|e| {
            let grade = e.grade(Judgement::OverallEffectiveness)?;
            Some((e.date.value.clone(), Some(grade)))
        })
        .collect();
    assert_eq!(
        graded,
        [("2019-02".to_string(), Some(Grade::RequiresImprovement))]
    );
}

#[test]
fn a_grade_told_as_now_after_a_date_is_not_that_dates() {
    let data = one_article(
        "Ashby services improved\n\n\
         Published: 5 March 2019\n\n\
         Ashby Council's children's services - rated inadequate in 2016 - now \"require improvement to be good\", Ofsted said.\n",
    )
    .dataset;
    assert_eq!(
        overall_grades_by_year(&data),
        [
            (Some(2016), Some(Grade::Inadequate)),
            (Some(2019), Some(Grade::RequiresImprovement))
        ]
    );
}

#[test]
fn a_sentence_opener_is_not_part_of_a_councils_name() {
    let data = one_article(
        "Two councils require improvement\n\n\
         Both Ashby Borough Council and Westbury City Council were given a 'requires improvement' grading after being inspected in November 2014.\n\n\
         Ashby Borough Council said it would act on the findings.\n",
    )
    .dataset;
    assert_eq!(data.subject.as_deref(), Some("Ashby Borough Council"));
}

#[test]
fn ofsted_assessed_dates_the_inspection() {
    let data = one_article(
        "Ashby City Council children's services rated inadequate\n\n\
         Published: 2 November 2022\n\n\
         A city council's children's services have been rated inadequate, with serious failures identified by inspectors.\n\n\
         Ofsted assessed Ashby City Council's children's services between 4 and 22 July.\n",
    )
    .dataset;
    let graded: Vec<(String, Option<Grade>)> = data
        .events
        .iter()
        .map(|e| {
            (
                e.date.value.clone(),
                e.grade(Judgement::OverallEffectiveness),
            )
        })
        .collect();
    assert_eq!(graded.len(), 1, "{graded:?}");
    assert!(graded[0].0.starts_with("2022-07"), "{graded:?}");
    assert_eq!(graded[0].1, Some(Grade::Inadequate));
}

#[test]
fn a_statement_right_after_said_with_no_colon_has_its_speaker_but_a_phrase_does_not() {
    let text = "Westbury's children's services were rated outstanding by Ofsted.\n\n\
                Ofsted national director Yvette Stanley said “it is a rare achievement to move to outstanding”.\n\n\
                Inspectors said “stable and aspirational leadership” had made the difference.\n";
    let data = one_article(text).dataset;
    assert_eq!(
        speaker_and_role(&data, "it is a rare achievement").map(|(s, _)| s),
        Some("yvette-stanley")
    );
    // A phrase taken from the report is at most a fragment, never a statement.
    let phrase = data.quotes.iter().find(|q| q.text.starts_with("stable"));
    assert!(phrase.is_none_or(|q| q.fragment), "{phrase:?}");
}

#[test]
fn a_titled_name_after_a_role_with_capitalised_words_is_the_speaker() {
    let text = "Westbury's children's services were rated good by Ofsted.\n\n\
                Deputy Leader and Cabinet Member for Children, Young People & Families, Councillor Teresa Heritage said: “I am delighted that Ofsted has recognised our staff.”\n";
    let data = one_article(text).dataset;
    assert_eq!(
        speaker_and_role(&data, "I am delighted"),
        Some((
            "teresa-heritage",
            Some("Deputy Leader and Cabinet Member for Children, Young People & Families")
        ))
    );
}

#[test]
fn a_role_then_a_name_between_commas_after_a_quote_and_adding_give_both_quotes_their_speaker() {
    let text = "Westbury's children's services were rated outstanding by Ofsted.\n\n\
                “Today’s report highlights how children are at the centre of practice,” Ofsted’s National Director for Regulation and Social Care, Yvette Stanley, said, adding: “I was particularly pleased to read it.”\n";
    let data = one_article(text).dataset;
    let expected = Some((
        "yvette-stanley",
        Some("Ofsted’s National Director for Regulation and Social Care"),
    ));
    assert_eq!(speaker_and_role(&data, "Today’s report"), expected);
    assert_eq!(speaker_and_role(&data, "I was particularly"), expected);
}

#[test]
fn a_statement_over_two_paragraphs_takes_the_tag_that_closes_it() {
    let text = "Westbury was rated outstanding by Ofsted.\n\n\
                \"Children in care benefit from high-quality support.\n\n\
                \"Management oversight of practice is clear,\" the report concludes.\n";
    let data = one_article(text).dataset;
    assert_eq!(
        speaker_and_role(&data, "Children in care benefit").map(|(s, _)| s),
        Some("ofsted")
    );
    assert_eq!(
        speaker_and_role(&data, "Management oversight").map(|(s, _)| s),
        Some("ofsted")
    );
}

#[test]
fn a_phrase_setting_the_scene_is_no_part_of_the_speakers_role() {
    let text = "Westbury was rated good by Ofsted.\n\n\
                In a statement, director of children's services Anna Green said: \"This is fantastic news.\"\n";
    let data = one_article(text).dataset;
    assert_eq!(
        speaker_and_role(&data, "This is fantastic"),
        Some(("anna-green", Some("director of children's services")))
    );
}

#[test]
fn a_phrase_right_after_a_named_speakers_verb_is_their_fragment() {
    let text = "Westbury's children's services were rated good by Ofsted.\n\n\
                The interim executive director, Sue Myers, said \"meaningful and sustainable change takes time\" and the council still had work to do.\n";
    let data = one_article(text).dataset;
    let quote = data
        .quotes
        .iter()
        .find(|q| q.text.starts_with("meaningful"))
        .expect("the phrase is a quote");
    assert_eq!(quote.speaker, "sue-myers");
    assert!(quote.fragment);
}
