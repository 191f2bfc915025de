#![cfg(not(target_arch = "wasm32"))]
//! Quotation and speaker rules of round 5 (issue 17), through the whole extractor, on
//! short texts written for these tests about made-up councils and people. Each rule
//! has a case it reads and a counter-case it must leave alone.

mod extract_common;

use extract_common::{one_article, quote_starting, speaker_of as speaker};
use rating_timeline::extract::{extract, Article};
use rating_timeline::model::{Date, SpeakerKind};

#[test]
fn a_speech_verb_that_ends_a_sentence_introduces_no_quotation_after_it() {
    let data = one_article(
        "Ashby children's services rated good\n\n\
         In her report lead inspector Jane Marlow said staff were now stable.\n\n\
         \"As a result, practice helps children,\" she said.\n\n\
         \"Nine years ago we were letting our children down,\" said Tim Walsh, who oversees the service.\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(speaker(&data, "As a result"), ("Jane Marlow".into(), false));
    assert_eq!(
        speaker(&data, "Nine years ago"),
        ("Tim Walsh".into(), false)
    );
}

#[test]
fn a_speech_verb_right_before_an_unmarked_statement_still_introduces_it() {
    // Counter-case: with nothing between the verb and the mark, the verb introduces.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Ofsted's director, Yvette Marsh, said \"it is a rare achievement for a council\".\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(
        speaker(&data, "it is a rare"),
        ("Yvette Marsh".into(), false)
    );
}

#[test]
fn a_reporting_verb_before_a_colon_introduces_a_statement_over_paragraphs() {
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         Lead inspector Rosa Penhale reported: “For example, the response to homeless children remains underdeveloped.\n\
         “Transition planning for children in care is not always effective.\n\
         “Decision-making is sometimes too adult focused.”\n",
        Some("2024"),
    )
    .dataset;
    for start in ["For example", "Transition planning", "Decision-making"] {
        assert_eq!(speaker(&data, start), ("Rosa Penhale".into(), false));
    }
}

#[test]
fn a_reporting_verb_before_a_phrase_in_marks_tags_it_as_a_fragment() {
    // Counter-case: with no colon, "reported" tags a phrase, not a statement.
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         Lead inspector Rosa Penhale reported “steady progress” in the service.\n",
        Some("2024"),
    )
    .dataset;
    assert_eq!(
        speaker(&data, "steady progress"),
        ("Rosa Penhale".into(), true)
    );
}

#[test]
fn a_phrase_saying_where_it_was_said_may_stand_between_the_verb_and_the_colon() {
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Ofsted said in their report which has just been published: \"Since the last inspection, children have received more timely help.\n\n\
         \"Multi-agency arrangements are stronger and highly effective.\"\n",
        Some("2018"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Since the last"), ("Ofsted".into(), false));
    assert_eq!(speaker(&data, "Multi-agency"), ("Ofsted".into(), false));
}

#[test]
fn a_clause_of_what_was_said_after_the_verb_is_no_setting() {
    // Counter-case: "said in May that ...:" tells what was said; the quotation after
    // the colon is not introduced by "said".
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Cllr Jo Penrose said in May that the plan had three parts: \"staffing, training and oversight of every case\".\n",
        Some("2018"),
    )
    .dataset;
    assert_eq!(speaker(&data, "staffing"), ("Jo Penrose".into(), true));
}

#[test]
fn a_phrase_is_given_to_an_untitled_person_the_sentence_names_as_saying_it() {
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         Whilst accepting the judgements, Ashby’s Director of Children’s Services, Nia Trevelyan, described the report as “harsh” stating that “it did not fully take into account the progress the service has made since 2019”.\n",
        Some("2024"),
    )
    .dataset;
    assert_eq!(speaker(&data, "harsh"), ("Nia Trevelyan".into(), true));
    assert_eq!(speaker(&data, "it did not"), ("Nia Trevelyan".into(), true));
}

#[test]
fn a_name_in_brackets_after_a_titled_speaker_is_not_the_speaker() {
    // Counter-case: the titled name opening the sentence is its subject; the party in
    // brackets and the group in the relative clause are not.
    let data = one_article(
        "Ashby children's services rated inadequate\n\n\
         Cllr Julian Moor (Liberal Democrat, Kingsbridge), who leads Ashby’s Lib Dems, said the outcome “obviously makes us even more determined to improve”.\n",
        Some("2025"),
    )
    .dataset;
    assert_eq!(speaker(&data, "obviously"), ("Julian Moor".into(), true));
}

#[test]
fn an_unnamed_spokesperson_speaks_as_their_role_and_adding_shares_the_subject() {
    let data = one_article(
        "Ashby Borough Council's children's services require improvement\n\n\
         A council spokesperson said the borough “acknowledges and accepts” the findings, adding: “This provides clear direction for the service.\n\n\
         “We are already implementing a robust improvement plan.”\n\n\
         “Like many councils, we’ve been operating with severe placement shortages,” a Conservative Group spokesperson said.\n",
        Some("2025"),
    )
    .dataset;
    for start in ["This provides", "We are already"] {
        assert_eq!(
            speaker(&data, start),
            ("Ashby Borough Council spokesperson".into(), false)
        );
    }
    assert_eq!(
        speaker(&data, "Like many councils"),
        ("Conservative Group spokesperson".into(), false)
    );
}

#[test]
fn an_inspectorate_spokesperson_is_the_inspectorate_and_adding_needs_a_speech_verb() {
    // Counter-cases: "an Ofsted spokesperson" is Ofsted; and a participle after a
    // sentence with no speech verb has no speaker from it.
    let data = one_article(
        "Ashby Borough Council's children's services require improvement\n\n\
         “The council must act quickly,” an Ofsted spokesperson said.\n\n\
         The council published its plan on Monday, adding: “We will recruit forty social workers.”\n",
        Some("2025"),
    )
    .dataset;
    assert_eq!(speaker(&data, "The council must"), ("Ofsted".into(), false));
    assert!(data
        .people
        .iter()
        .all(|p| !p.name.to_lowercase().contains("spokesperson")));
    assert!(!data
        .quotes
        .iter()
        .any(|q| q.text.starts_with("We will recruit") && !q.fragment));
}

#[test]
fn a_person_introduced_by_what_they_are_is_who_she_or_he_is_next() {
    let data = one_article(
        "Ashby children's services rated good\n\n\
         \"Nine years ago we were letting our children down,\" said Tom Walsh, who oversees the service.\n\n\
         Kinship carers Dana Hollis has received help from the authority to look after a grandchild.\n\n\
         \"Keeping children with their families is the most important thing,\" she said.\n\n\
         \"It's what we should be doing anyway, we are family.\"\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Nine years"), ("Tom Walsh".into(), false));
    assert_eq!(
        speaker(&data, "Keeping children"),
        ("Dana Hollis".into(), false)
    );
    assert_eq!(speaker(&data, "It's what"), ("Dana Hollis".into(), false));
}

#[test]
fn a_place_opening_a_sentence_is_no_person_a_pronoun_can_stand_for() {
    // Counter-case: no noun for a person before "Central Ashby", so "she" stays the
    // last person named.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Director of children's services Nia Trevelyan said the service had improved.\n\n\
         Neighbouring Central Ashby has also received help from the authority.\n\n\
         \"Keeping children with their families is the most important thing,\" she said.\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(
        speaker(&data, "Keeping children"),
        ("Nia Trevelyan".into(), false)
    );
}

#[test]
fn a_statement_opening_the_sentence_after_a_tagged_phrase_is_its_speakers() {
    let data = one_article(
        "Ashby children's services rated good\n\n\
         In general, senior managers at Ashby “know their services well”, Ofsted said. “Strong political support has enabled leaders to manage increasing demand.”\n",
        Some("2019"),
    )
    .dataset;
    assert_eq!(speaker(&data, "know their"), ("Ofsted".into(), true));
    assert_eq!(speaker(&data, "Strong political"), ("Ofsted".into(), false));
}

#[test]
fn a_tagged_phrase_lends_its_speaker_only_to_the_very_next_sentence() {
    // Counter-case: a sentence in between breaks the link.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Managers at Ashby “know their services well”, Ofsted said. The council's leader disagreed with parts of the report. “We will appeal against two findings.”\n",
        Some("2019"),
    )
    .dataset;
    assert!(!data
        .quotes
        .iter()
        .any(|q| q.text.starts_with("We will appeal") && q.speaker == "ofsted"));
}

#[test]
fn a_quotation_right_after_a_participle_of_saying_is_its_sentences_subjects() {
    let data = one_article(
        "Ashby children's services rated inadequate\n\n\
         Ofsted inspected Ashby in December.\n\n\
         They published their findings in February, writing that “poor management and oversight have led to widespread drift and delay”.\n",
        Some("2024"),
    )
    .dataset;
    assert_eq!(speaker(&data, "poor management"), ("Ofsted".into(), true));
}

#[test]
fn a_participle_of_saying_far_from_the_quotation_gives_it_no_speaker() {
    // Counter-case: "writing to them about ..." does not introduce the phrase.
    let data = one_article(
        "Ashby children's services rated inadequate\n\n\
         Ofsted inspected Ashby in December.\n\n\
         They met parents in February, writing to them about the “slow pace of change in the service”.\n",
        Some("2024"),
    )
    .dataset;
    assert!(!data.quotes.iter().any(|q| q.text.starts_with("slow pace")));
}

#[test]
fn a_tag_with_a_name_between_commas_reaches_back_over_a_phrase_saying_where() {
    let data = one_article(
        "Ashby children's services: second monitoring visit\n\n\
         \"Some children experience neglect for too long,\" Alison Penhale, an inspector, said in a letter to the council.\n\n\
         \"Most children are seen regularly,\" inspectors said in a letter to the council.\n",
        Some("2023"),
    )
    .dataset;
    assert_eq!(
        speaker(&data, "Some children"),
        ("Alison Penhale".into(), false)
    );
    // Counter-case: with no name, the letter's writers are the inspectorate.
    assert_eq!(speaker(&data, "Most children"), ("Ofsted".into(), false));
}

#[test]
fn a_statement_carried_on_without_its_opening_mark_is_still_read() {
    let data = one_article(
        "Ashby children's services rated good\n\n\
         \"As a result, some children are matched within days,\" Ofsted's inspection report for Ashby states.\n\n\
         The local authority is very successful in finding adopters within children's timescales.\"\n",
        Some("2017"),
    )
    .dataset;
    assert_eq!(
        speaker(&data, "The local authority"),
        ("Ofsted".into(), false)
    );
}

#[test]
fn a_closing_mark_after_narrative_carries_nothing_on() {
    // Counter-case: the paragraph before is narrative, not a statement, so a stray
    // closing mark makes no quotation of the paragraph.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Ofsted's inspection report for Ashby was published on Monday.\n\n\
         The local authority is very successful in finding adopters within children's timescales.\"\n",
        Some("2017"),
    )
    .dataset;
    assert!(!data.quotes.iter().any(|q| q.text.starts_with("The local")));
}

#[test]
fn a_council_named_as_the_whole_clause_before_the_verb_speaks_as_a_body() {
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         In a report, to be discussed at next week’s meeting, Ashby Borough Council wrote of its recent inspection:\n\
         “It is a wide grade judgement, ranging from close to inadequate to on the cusp of good.”\n",
        Some("2019"),
    )
    .dataset;
    assert_eq!(
        speaker(&data, "It is a wide"),
        ("Ashby Borough Council".into(), false)
    );
    let council = data
        .people
        .iter()
        .find(|p| p.name == "Ashby Borough Council")
        .expect("the council speaks");
    assert_eq!(council.kind, SpeakerKind::Organisation);
}

#[test]
fn a_council_inside_a_longer_phrase_is_not_the_speaker() {
    // Counter-cases: the chief executive of a council is not the council, and a report
    // to a council is the inspectorate's.
    let data = one_article(
        "Ashby children's services rated inadequate\n\n\
         The chief executive of Ashby County Council today said \"I'm sorry\" after inspectors gave her authority the lowest rating.\n\n\
         \"Children wait too long for help,\" a report to Ashby County Council said.\n",
        Some("2017"),
    )
    .dataset;
    assert!(data.people.iter().all(|p| !p.name.ends_with("Council")));
    assert_eq!(speaker(&data, "Children wait"), ("Ofsted".into(), false));
}

#[test]
fn adding_takes_the_subject_of_the_nearest_speech_verb_before_it() {
    // Counter-case to the spokesperson's "said ..., adding:": an earlier speech verb of
    // another subject in the sentence does not lend its speaker.
    let data = one_article(
        "Ashby children's services rated inadequate\n\n\
         After Ofsted said the service was poor, Cllr Tom Hale said it was unfair, adding: “We will appeal against the findings.”\n",
        Some("2024"),
    )
    .dataset;
    assert_eq!(speaker(&data, "We will appeal"), ("Tom Hale".into(), false));
}

#[test]
fn a_statement_in_single_marks_after_said_may_close_before_its_full_stop() {
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         In the press release Council Leader Councillor Steve Ambler said, ‘I am very pleased that inspectors recognised our commitment. The changes we have made will deliver the improvements needed’.\n",
        Some("2019"),
    )
    .dataset;
    let quote = quote_starting(&data, "I am very pleased");
    assert!(quote.text.ends_with("improvements needed"));
    assert_eq!(
        speaker(&data, "I am very pleased"),
        ("Steve Ambler".into(), false)
    );
}

#[test]
fn a_plural_possessive_before_a_full_stop_closes_no_statement_without_a_speech_verb() {
    // Counter-case: with no speech verb before the mark, "workers’." is an apostrophe.
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         Inspectors praised the ‘Family Help’ teams, and the work of the social workers’.\n",
        Some("2019"),
    )
    .dataset;
    assert!(!data
        .quotes
        .iter()
        .any(|q| q.text.starts_with("Family Help")));
}

// Round 6: sets 8 to 11.

#[test]
fn a_title_and_surname_refer_back_to_the_full_name_given_first() {
    let data = one_article(
        "Ashby children's services improve\n\n\
         Clr Colin Baines, Cabinet member for children's services, insists the work will go on.\n\n\
         “Historically we have been very poor,” said Clr Baines. “But this is a step forward.”\n\n\
         “We accept the verdict,” said Clr Dunmore.\n",
        Some("2015"),
    )
    .dataset;
    assert_eq!(
        speaker(&data, "Historically"),
        ("Colin Baines".into(), false)
    );
    // Counter-case: a surname no full name gives stays as written.
    assert_eq!(speaker(&data, "We accept"), ("Clr Dunmore".into(), false));
}

#[test]
fn a_name_in_a_scene_set_before_the_subject_is_not_the_speaker() {
    let data = one_article(
        "Ashby children's services stay good\n\n\
         In a letter to the council's Executive Director of Families Ella Barton, Ofsted's Yvonne Stead said: \"I am writing to congratulate you on the outcome.\"\n\n\
         However Cllr Tom Pike, lead member, said: \"We will not rest.\"\n\n\
         In a statement, Cllr Ann Roe said: \"The staff deserve this.\"\n",
        Some("2022"),
    )
    .dataset;
    assert_eq!(
        speaker(&data, "I am writing"),
        ("Yvonne Stead".into(), false)
    );
    // Counter-cases: with no name after the comma, the name before it speaks; a scene
    // with no name in it changes nothing.
    assert_eq!(speaker(&data, "We will not"), ("Tom Pike".into(), false));
    assert_eq!(
        speaker(&data, "The staff deserve"),
        ("Ann Roe".into(), false)
    );
}

#[test]
fn a_quotation_nested_in_a_statement_is_part_of_its_words() {
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         Ewan Ward, Director of People at Ashby Council said:\n\n\
         “We are pleased that two areas were both rated as “Good”.”\n\n\
         “The work goes on. “We start again” is our motto, she said.\n",
        Some("2017"),
    )
    .dataset;
    assert_eq!(
        quote_starting(&data, "We are pleased").text,
        "We are pleased that two areas were both rated as “Good”."
    );
    // Counter-case: an opening mark while one is open, with no second closing mark
    // after it, still ends the open one there.
    assert_eq!(
        quote_starting(&data, "The work goes on").text,
        "The work goes on."
    );
    assert!(data
        .quotes
        .iter()
        .any(|q| q.text.starts_with("We start again")));
}

#[test]
fn one_word_in_marks_that_no_one_is_said_to_say_is_no_statement() {
    let data = one_article(
        "Ashby children's services improve\n\n\
         Ofsted inspectors lifted Ashby’s rating, effectively a “satisfactory” verdict.\n\n\
         The report was “harsh”, Cllr Jo Sands said.\n",
        Some("2015"),
    )
    .dataset;
    assert!(
        data.quotes.iter().all(|q| q.text != "satisfactory"),
        "{:?}",
        data.quotes
    );
    // Counter-case: one word tagged with its speaker is theirs.
    assert_eq!(speaker(&data, "harsh"), ("Jo Sands".into(), true));
}

#[test]
fn two_councils_spokespersons_in_one_dataset_are_two_people() {
    let article = |id: &str, council: &str| {
        let text = format!(
            "{council} children's services require improvement\n\n\
             {council} was inspected in May.\n\n\
             “We accept the findings in full,” a council spokesperson said.\n"
        );
        let mut article = Article::new(id, text);
        article.published = Some(Date::stated("2024"));
        article
    };
    let data = extract(&[
        article("a", "Ashby Borough Council"),
        article("b", "Corby Town Council"),
    ])
    .dataset;
    assert_eq!(data.validate(), Ok(()));
    let mut names: Vec<(&str, &[String])> = data
        .quotes
        .iter()
        .map(|q| {
            let p = data.people.iter().find(|p| p.id == q.speaker).unwrap();
            (p.name.as_str(), p.aliases.as_slice())
        })
        .collect();
    names.sort();
    let written = ["Council spokesperson".to_string()];
    assert_eq!(
        names,
        [
            ("Ashby Borough Council spokesperson", &written[..]),
            ("Corby Town Council spokesperson", &written[..]),
        ]
    );
}

#[test]
fn a_council_spokesperson_with_no_council_named_stays_as_written() {
    // Counter-case: an article naming no council keeps the role as written, and a
    // spokesperson whose body is named is left alone.
    let data = one_article(
        "Children's services require improvement\n\n\
         “We accept the findings in full,” a council spokesperson said.\n\n\
         “The service has failed,” a Labour Group spokesperson said.\n",
        Some("2024"),
    )
    .dataset;
    assert_eq!(
        speaker(&data, "We accept"),
        ("Council spokesperson".into(), false)
    );
    assert_eq!(
        speaker(&data, "The service has"),
        ("Labour Group spokesperson".into(), false)
    );
}

#[test]
fn a_paragraph_after_said_and_a_colon_closing_with_a_mark_is_the_statement() {
    let data = one_article(
        "Ashby children's services outstanding\n\n\
         Cllr Sonia Tate, the council’s lead member for children, said:\n\n\
         To be rated outstanding is testament to the dedication of all our staff.”\n\n\
         The findings were listed:\n\n\
         Staff are stable and well supported.”\n",
        Some("2018"),
    )
    .dataset;
    let quote = quote_starting(&data, "To be rated");
    assert_eq!(
        quote.text,
        "To be rated outstanding is testament to the dedication of all our staff."
    );
    assert_eq!(speaker(&data, "To be rated"), ("Sonia Tate".into(), false));
    // Counter-case: a colon after no speech verb introduces no statement.
    assert!(data.quotes.iter().all(|q| !q.text.starts_with("Staff are")));
}

#[test]
fn said_and_a_semicolon_closing_a_paragraph_introduces_the_next() {
    let data = one_article(
        "Ashby children's services inadequate\n\n\
         Responding to the report, Ashby Council’s Director of Children’s Services, Sara Bell, said;\n\n\
         “Whilst I am disappointed, I accept the findings.”\n\n\
         Cllr Ann Hay spoke about the budget;\n\n\
         “The money is not there.”\n",
        Some("2019"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Whilst I am"), ("Sara Bell".into(), false));
    // Counter-case: a semicolon after no speech verb introduces nothing.
    assert!(data.quotes.iter().all(|q| !q.text.starts_with("The money")));
}

#[test]
fn a_quoted_paragraph_after_a_phrase_someone_said_is_theirs() {
    let data = one_article(
        "Ashby children's services inadequate\n\n\
         Carol Lane, the authority's chief executive, said she was \"very disappointed\" with the report.\n\n\
         \"We succeed in many areas however we apologise for our failings.\"\n\n\
         Inspectors said caseloads were “too high” in the assessment team.\n\n\
         “Backlogs” in writing up assessments also meant staff had no time to train.\n",
        Some("2020"),
    )
    .dataset;
    assert_eq!(speaker(&data, "We succeed"), ("Carol Lane".into(), false));
    // Counter-case: a paragraph that only opens with a word in marks quotes no one.
    assert!(data.quotes.iter().all(|q| q.text != "Backlogs"));
}

#[test]
fn a_statement_left_open_runs_on_into_a_paragraph_that_only_closes_it() {
    let data = one_article(
        "Ashby children's services good\n\n\
         “We’re delighted inspectors found us among the best,” said Cllr Sue Fox. “It shows what we do.\n\n\
         We’re not resting on our laurels and will keep improving.”\n\n\
         Ashby was last inspected in 2012.\n\n\
         Staff turnover has fallen.”\n",
        Some("2016"),
    )
    .dataset;
    assert_eq!(
        speaker(&data, "We’re not resting"),
        ("Sue Fox".into(), false)
    );
    assert_eq!(
        quote_starting(&data, "We’re not resting").text,
        "We’re not resting on our laurels and will keep improving."
    );
    // Counter-case: after a paragraph of narrative, a closing mark opens nothing.
    assert!(data
        .quotes
        .iter()
        .all(|q| !q.text.starts_with("Staff turnover")));
}

#[test]
fn according_to_a_role_and_a_name_without_a_comma_names_a_speaker() {
    let data = one_article(
        "Ashby children's services improving\n\n\
         The town hall is improving, according to director James Wainwright.\n\n\
         He said: “This feedback will help us improve.”\n\n\
         Staff are happier, according to figures Karen Doyle collected.\n\n\
         She said: “Morale is up.”\n",
        Some("2019"),
    )
    .dataset;
    assert_eq!(
        speaker(&data, "This feedback"),
        ("James Wainwright".into(), false)
    );
    // Counter-case: words before the name that name no role introduce no one.
    assert!(data
        .quotes
        .iter()
        .filter(|q| q.text.starts_with("Morale"))
        .all(|q| q.speaker != "karen-doyle"));
}

#[test]
fn a_statement_in_single_marks_a_paragraph_introduces_may_be_cut_short() {
    let data = one_article(
        "Ashby children's services good\n\n\
         The inspection report states:\n\n\
         ‘Across Early Help we have seen good work. Staff know children well. …\n\n\
         Council leaders welcomed it.\n\n\
         ‘Across the county staff are stable. Plans are clear. …\n",
        Some("2017"),
    )
    .dataset;
    let quote = quote_starting(&data, "Across Early Help");
    assert_eq!(
        quote.text,
        "Across Early Help we have seen good work. Staff know children well."
    );
    assert_eq!(quote.speaker, "ofsted");
    // Counter-case: with no introduction, a single mark that never closes quotes nothing.
    assert!(data
        .quotes
        .iter()
        .all(|q| !q.text.starts_with("Across the county")));
}

#[test]
fn a_person_given_only_by_what_they_are_is_someone_else_in_each_article() {
    let article = |id: &str| {
        let mut article = Article::new(
            id,
            "Ashby children's services good\n\n\
             One 20-year-old care leaver told inspectors: “The workers are awesome.”\n\n\
             Foster carers told inspectors: “We feel supported.”\n",
        );
        article.published = Some(Date::stated("2016"));
        article
    };
    let data = extract(&[article("a"), article("b")]).dataset;
    assert_eq!(data.validate(), Ok(()));
    let speakers: Vec<&str> = data
        .quotes
        .iter()
        .filter(|q| q.text.starts_with("The workers"))
        .map(|q| q.speaker.as_str())
        .collect();
    assert_eq!(speakers.len(), 2);
    assert_ne!(speakers[0], speakers[1]);
    for id in speakers {
        let person = data.people.iter().find(|p| p.id == id).unwrap();
        assert_eq!(person.name, "Care leaver");
    }
    // Counter-case: a plural noun with no "one" or article names no one person.
    assert!(data.quotes.iter().all(|q| !q.text.starts_with("We feel")));
}

#[test]
fn paragraphs_with_no_marks_after_a_speaker_line_are_their_statements() {
    // Block quotations whose marks a council page's layout dropped: each paragraph in
    // the first person after "X, role, said:" is X's, up to the next speaker's line.
    let data = one_article(
        "Ashby children's services rated outstanding\n\n\
         Ofsted rated the service outstanding in March.\n\n\
         Councillor Jo Pratt, Cabinet Member for Children, said:\n\n\
         This rating is a testament to our staff and I thank every one of them.\n\n\
         We are not complacent and will keep improving.\n\n\
         Councillor Sam Reid, Ashby Council Leader, added:\n\n\
         An incredible amount of work has gone into this and we are proud.\n\n\
         The full report is on the Ofsted website.\n",
        Some("2023-05-01"),
    )
    .dataset;
    assert_eq!(speaker(&data, "This rating is"), ("Jo Pratt".into(), false));
    assert_eq!(
        speaker(&data, "We are not complacent"),
        ("Jo Pratt".into(), false)
    );
    assert_eq!(
        speaker(&data, "An incredible amount"),
        ("Sam Reid".into(), false)
    );
    // The narrative after the statements, in the third person, is no quotation.
    assert!(
        data.quotes
            .iter()
            .all(|q| !q.text.starts_with("The full report")),
        "{:?}",
        data.quotes
    );
}

#[test]
fn findings_listed_after_a_report_says_colon_are_no_statement() {
    // Counter-case: "The report also says:" and findings that do not speak in the first
    // person, with no marks, are no quotation.
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         The report also says:\n\n\
         Some children are not receiving good help and protection.\n\n\
         Caseloads remain too high in some teams.\n",
        Some("2019-07-01"),
    )
    .dataset;
    assert!(data.quotes.is_empty(), "{:?}", data.quotes);
}

#[test]
fn a_statement_left_open_at_its_paragraphs_end_runs_on_into_one_that_closes_it() {
    // The second paragraph opens with no mark and closes the statement: the speaker's
    // too. And "Chief Executive Ashby Council" names the body her office is of, not a
    // person "Chief Executive Ashby".
    let data = one_article(
        "Ashby focused visit published\n\n\
         Councillor Cora Lane, Cabinet Member for Children said, \"I am pleased that Ofsted has seen our progress.\n\n\
         Ashby Council remains committed to every child in our care.\"\n\n\
         Anne-Marie Bole, Chief Executive Ashby Council said, \"I congratulate everyone who worked on this.\"\n",
        Some("2021-05-01"),
    )
    .dataset;
    assert_eq!(speaker(&data, "I am pleased"), ("Cora Lane".into(), false));
    assert_eq!(
        speaker(&data, "Ashby Council remains"),
        ("Cora Lane".into(), false)
    );
    assert_eq!(
        speaker(&data, "I congratulate"),
        ("Anne-Marie Bole".into(), false)
    );
}

#[test]
fn a_paragraph_after_one_closed_in_its_own_marks_is_not_carried_on() {
    // Counter-case: a statement closed in its paragraph leaves the next one, ending in a
    // phrase in marks, as narrative.
    let data = one_article(
        "Ashby focused visit published\n\n\
         Councillor Cora Lane said, \"I am pleased that Ofsted has seen our progress.\"\n\n\
         Inspectors said the service was \"improving steadily.\"\n",
        Some("2021-05-01"),
    )
    .dataset;
    assert!(
        data.quotes
            .iter()
            .all(|q| !q.text.starts_with("Inspectors said")),
        "{:?}",
        data.quotes
    );
}

#[test]
fn a_paragraph_quoted_whole_after_one_on_the_report_is_the_reports() {
    // No speech verb: the paragraph before tells of the report, and the quoted
    // paragraphs after it are its words, one after another.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Amongst the council's key strengths highlighted in the report are:\n\n\
         \u{201c}Children are at the heart of the city's growth strategy.\u{201d}\n\n\
         \u{201c}Safeguarding is a key priority within this strategy.\u{201d}\n",
        Some("2015-03-27"),
    )
    .dataset;
    for start in ["Children are at the heart", "Safeguarding is a key"] {
        assert_eq!(quote_starting(&data, start).speaker, "ofsted");
    }
}

#[test]
fn a_paragraph_quoted_whole_in_the_first_person_or_after_a_person_is_not_the_reports() {
    // Counter-cases: a quoted paragraph in the first person is someone's own statement,
    // and one after a paragraph naming a person is not given to the report either.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         The report recognises the progress made in Ashby.\n\n\
         \u{201c}We are proud of our staff and of this result.\u{201d}\n\n\
         Councillor Dee Hart welcomed the report.\n\n\
         \u{201c}Services are improving quickly across the county.\u{201d}\n",
        Some("2021-05-01"),
    )
    .dataset;
    assert!(
        data.quotes.iter().all(|q| q.speaker != "ofsted"),
        "{:?}",
        data.quotes
    );
}

#[test]
fn a_role_after_a_comma_and_said_names_the_speaker_a_pronoun_stands_for() {
    // No name is ever given: the role after ", said" is the person, and "he said" and
    // the statement carried on over the lines after it are theirs. The line ending in a
    // comma before the first quotation carries its sentence on.
    let data = one_article(
        "Ashby children's services rated good\n\
         Things had changed a great deal, said Ashby Council cabinet member for Children and Young People's Services.\n\
         He added that support had helped,\n\
         \u{201c}We are really proud of our rating,\u{201d} he said.\n\
         \u{201c}We want all Ashby children to have the best start in life.\n\
         \u{201c}The feedback is also helping us.\u{201d}\n",
        Some("2024-05-01"),
    )
    .dataset;
    let role = "Ashby Council cabinet member for Children and Young People's Services";
    for start in ["We are really proud", "We want all", "The feedback"] {
        assert_eq!(speaker(&data, start).0, role);
    }
}

#[test]
fn a_role_with_a_setting_after_it_or_a_name_in_it_names_no_speaker() {
    // Counter-cases: "the council leader in a statement on Friday" is no role alone, and
    // a role with a name in it is no nameless speaker.
    for narrative in [
        "Things had changed a great deal, said the council leader in a statement on Friday.",
        "Things had changed a great deal, said cabinet member for Children Jo Pratt.",
    ] {
        let data = one_article(
            &format!(
                "Ashby children's services rated good\n\n{narrative}\n\n\
                 \u{201c}We are really proud of our rating,\u{201d} he said.\n"
            ),
            Some("2024-05-01"),
        )
        .dataset;
        assert!(
            data.people
                .iter()
                .all(|p| !p.name.to_lowercase().contains("leader in")
                    && !p.name.to_lowercase().starts_with("cabinet member")),
            "{:?}",
            data.people
        );
    }
    // And the plain role is read: the counter-case can tell the two apart.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Things had changed a great deal, said the council leader.\n\n\
         \u{201c}We are really proud of our rating,\u{201d} he said.\n",
        Some("2024-05-01"),
    )
    .dataset;
    assert_eq!(speaker(&data, "We are really proud").0, "Council leader");
}

#[test]
fn a_paragraph_quoted_whole_is_the_reports_when_the_next_sentence_points_back_to_it() {
    let data = one_article(
        "Ashby children's services rated good\n\n\
         It also comes with a first 'Outstanding' grade for children in care.\n\n\
         \"Children in care receive an outstanding service.\"\n\n\
         That is the verdict by Ofsted of Ashby's children's services in a new report.\n",
        Some("2023-11-03"),
    )
    .dataset;
    assert_eq!(
        quote_starting(&data, "Children in care receive").speaker,
        "ofsted"
    );
}

#[test]
fn a_next_sentence_pointing_back_with_a_person_in_it_gives_the_report_nothing() {
    // Counter-case: the sentence pointing back names a person, whose view it was.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         It also comes with a first 'Outstanding' grade for children in care.\n\n\
         \"Children in care receive an outstanding service.\"\n\n\
         That was the view of Councillor Jo Pratt after the report.\n",
        Some("2023-11-03"),
    )
    .dataset;
    assert!(
        data.quotes.iter().all(|q| q.speaker != "ofsted"),
        "{:?}",
        data.quotes
    );
}

#[test]
fn a_participle_of_saying_with_a_comma_gives_its_subjects_words_not_the_report_they_answer() {
    // "by saying," introduces the words of the sentence's subject: people no name is
    // read for here, so the quotation is left out rather than given to the report they
    // responded to.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Two of the practitioners, Nazir and Dionne, responded to the report by saying, \
         \u{201c}It was great to showcase our work.\u{201d}\n",
        Some("2023-05-01"),
    )
    .dataset;
    assert!(
        data.quotes.iter().all(|q| q.speaker != "ofsted"),
        "{:?}",
        data.quotes
    );
}

#[test]
fn a_participle_of_saying_with_a_comma_after_a_named_subject_gives_them_the_words() {
    // Counter-cases: a subject that is a source keeps the words.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Cllr Jo Pratt welcomed the findings, saying, \u{201c}We are proud of our staff.\u{201d}\n\n\
         Inspectors praised the service, saying: \u{201c}Children are safe and well cared for.\u{201d}\n",
        Some("2023-05-01"),
    )
    .dataset;
    assert_eq!(speaker(&data, "We are proud").0, "Jo Pratt");
    assert_eq!(quote_starting(&data, "Children are safe").speaker, "ofsted");
}

#[test]
fn a_tag_opening_with_its_verb_may_give_a_long_role() {
    let text = "\"We are making a real difference where it matters,\" said Mark Sutton, Ashby County Council's lead member for children and young people.\n";
    let data = one_article(text, Some("2017-01-01")).dataset;
    assert_eq!(speaker(&data, "We are making").0, "Mark Sutton");
    assert_eq!(
        quote_starting(&data, "We are making").role.as_deref(),
        Some("Ashby County Council's lead member for children and young people")
    );
}

#[test]
fn a_name_read_before_its_possessive_is_the_possessor() {
    let text = "Cllr Peter Robinson’s role as Executive Member at Ashby Council means he leads on children's services.\n\n\
                He said: \"When I took on the role I knew there was work to do.\"\n";
    let data = one_article(text, Some("2016-09-26")).dataset;
    assert_eq!(speaker(&data, "When I took").0, "Peter Robinson");
    // Capitalised words of a title before a possessive are no one's name: the
    // statement is the unnamed cabinet member's, as the council's.
    let text = "Things had changed a great deal, said Ashby Council cabinet member for Children and Young People’s Services.\n\
                He added the support of all parties had helped,\n\
                “We are really proud of our ‘Good’ Ofsted rating,” he said.\n";
    let data = one_article(text, Some("2024-01-01")).dataset;
    let (name, _) = speaker(&data, "We are really proud");
    assert!(name.starts_with("Ashby Council cabinet member"), "{name}");
}
