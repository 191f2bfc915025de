#![cfg(not(target_arch = "wasm32"))]
//! Speaker rules of round 9 (issue 17), through the whole extractor, on short texts
//! written for these tests about made-up councils and people. Each rule has a case it
//! reads and a counter-case it must leave alone.

mod extract_common;

use extract_common::{one_article, quote_starting, speaker_of};
use rating_timeline::model::Dataset;

/// The name of the person the quote starting with `start` is given to.
fn speaker(data: &Dataset, start: &str) -> String {
    speaker_of(data, start).0
}

#[test]
fn an_untitled_subject_before_an_auxiliary_and_a_reporting_verb_is_who_she_is_next() {
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Ashby Council was rated good by Ofsted, said council leader Tim Walsh.\n\n\
         The inspectorate's national director, Yvette Marlow, has described the result as a \
         'significant achievement'.\n\n\
         She said: \"You should all be proud of the difference you have made.\"\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(speaker(&data, "You should all"), "Yvette Marlow");
    // Counter-case: with no auxiliary the same subject was read already; with a name
    // that is not the subject ("described the letter from X"), the pronoun keeps to the
    // last subject.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Ashby Council was rated good by Ofsted, said council leader Tim Walsh.\n\n\
         Yesterday the letter from Yvette Marlow was described as kind.\n\n\
         He said: \"You should all be proud of the difference you have made.\"\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(speaker(&data, "You should all"), "Tim Walsh");
}

#[test]
fn a_person_written_to_is_not_the_subject_of_the_sentence() {
    let data = one_article(
        "Ashby children's services rated good\n\n\
         In a letter to council leader Tim Walsh, the minister, Nadia Zaman, described the \
         'good' judgement as a very positive outcome.\n\n\
         She said: \"The report shows high aspirations for children in care.\"\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(speaker(&data, "The report shows"), "Nadia Zaman");
    // Counter-case: the same sentence with the leader as its subject.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Council leader Tim Walsh described the 'good' judgement as a very positive outcome \
         in a letter to the minister.\n\n\
         He said: \"The report shows high aspirations for children in care.\"\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(speaker(&data, "The report shows"), "Tim Walsh");
}

#[test]
fn an_honour_after_an_untitled_name_is_no_role_that_unmakes_the_name() {
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Nadia Zaman MP said: \"This is a very positive outcome for Ashby.\"\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(speaker(&data, "This is a very"), "Nadia Zaman");
    // Counter-case: "MP" as a role before a name still reads as the role.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Local MP Nadia Zaman said: \"This is a very positive outcome for Ashby.\"\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(speaker(&data, "This is a very"), "Nadia Zaman");
    let quote = quote_starting(&data, "This is a very");
    assert_eq!(quote.role.as_deref(), Some("Local MP"));
}

#[test]
fn coun_is_a_councillor_s_title() {
    let data = one_article(
        "Ashby children's services rated good\n\n\
         The service is stable, said Ms Jenkins.\n\n\
         Coun Walsh (Lab, Eastfield) said the response was positive.\n\n\
         \"Our ultimate aim is to achieve an outstanding judgement,\" he said.\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Our ultimate aim"), "Coun Walsh");
}

#[test]
fn a_person_after_with_and_before_a_participle_of_saying_speaks_the_quotation() {
    let data = one_article(
        "Ashby children's services rated outstanding\n\n\
         This was felt by inspectors, with Tanya Marlow, the council's executive director, noting it was \
         \"particularly heart-warming to hear that inspectors could see the love we have brought back.\"\n",
        Some("2025"),
    )
    .dataset;
    assert_eq!(speaker(&data, "particularly heart-warming"), "Tanya Marlow");
    // Counter-case: with no person after "with", the sentence's source keeps it.
    let data = one_article(
        "Ashby children's services rated outstanding\n\n\
         Inspectors praised the service, with the report noting that \
         \"children are safe and well cared for by staff who know them well.\"\n",
        Some("2025"),
    )
    .dataset;
    assert_eq!(speaker(&data, "children are safe"), "Ofsted");
}

#[test]
fn a_which_clause_after_a_tag_is_no_part_of_it() {
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         \"Some children continue to experience the impact of changes of social worker,\" the report states, \
         which Ofsted acknowledges is an issue affecting councils across the country.\n",
        Some("2022"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Some children continue"), "Ofsted");
}

#[test]
fn it_after_a_council_spokesperson_is_the_council_speaking_again() {
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         Ofsted said the service had declined.\n\n\
         A council spokesperson said the borough accepts the findings, adding: \"This provides clear direction.\"\n\n\
         \"We are already implementing a robust improvement plan,\" it continued.\n",
        Some("2025"),
    )
    .dataset;
    assert_eq!(speaker(&data, "We are already"), "Council spokesperson");
    // With no body speaking between, "it" is still the inspectorate.
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         Ofsted said the service had declined.\n\n\
         \"Leaders know the service well,\" it continued.\n",
        Some("2025"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Leaders know"), "Ofsted");
}

#[test]
fn quotations_listed_after_bullets_take_the_introduction_before_the_list() {
    let data = one_article(
        "Ashby children's services rated good\n\n\
         In their report inspectors say that:\n\
         - \u{2018}Since the last inspection, the senior leadership team has systematically developed services.\u{2019}\n\
         - \u{2018}Adoption is a strength. Children who need adoption are matched well.\u{2019}\n",
        Some("2017"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Since the last inspection"), "Ofsted");
    assert_eq!(speaker(&data, "Adoption is a strength"), "Ofsted");
    // A phrase quoted inside an item is no statement of the list's speaker.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         Ofsted specifically noted:\n\n\
         \u{2022} \u{201c}Huge improvement\u{201d} in prioritising children in need via multi-agency reviews\n",
        Some("2019"),
    )
    .dataset;
    assert!(
        data.quotes.iter().all(|q| !q.text.starts_with("Huge")),
        "{:?}",
        data.quotes
    );
}

#[test]
fn it_in_its_report_is_the_inspectorate_and_a_which_clause_with_no_tag_before_is_the_tag() {
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         \"Children wait too long,\" Ofsted said.\n\n\
         A council spokesperson said the borough accepts the findings, adding: \"This provides clear direction.\"\n\n\
         \"Leaders have failed to act on known weaknesses,\" it said in its report.\n",
        Some("2025"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Leaders have failed"), "Ofsted");
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         \"We have let children down\", which council leader Jane Smith admitted at a meeting on Tuesday.\n",
        Some("2025"),
    )
    .dataset;
    assert_eq!(speaker(&data, "We have let"), "Jane Smith");
}

#[test]
fn a_plural_speech_verb_in_lower_case_introduces_a_statement_over_paragraphs() {
    let data = one_article(
        "Ashby children's services require improvement\n\n\
         In the report, Ofsted state: \u{201c}Although supervision takes place, it is not yet effective enough.\n\n\
         \u{201c}Families in need of help benefit from a wide range of well-coordinated support.\u{201d}\n",
        Some("2017"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Although supervision"), "Ofsted");
    assert_eq!(speaker(&data, "Families in need"), "Ofsted");
    // "State" in a title is no verb.
    let data = one_article(
        "Ashby children's services rated good\n\n\
         In a letter to council leader Daniel Yates, the Parliamentary Under-Secretary of State for Children and Families, Nadhim Zahawi MP, described the 'good' Ofsted judgement as a 'very positive outcome'.\n\n\
         He said: \u{201c}The report also demonstrates the high aspirations the council has for children in care.\u{201d}\n",
        Some("2018"),
    )
    .dataset;
    assert_eq!(speaker(&data, "The report also"), "Nadhim Zahawi");
}

#[test]
fn a_tag_of_the_report_after_its_verb_and_a_source_line_under_a_quotation_name_the_speaker() {
    // "said the report of the focused visit to ... which ...": a long inverted tag.
    let data = one_article(
        "Ashby Council was visited by Ofsted.\n\n\
         \"Senior leaders have received significant support from councillors,\" said the report of the focused visit to Ashby which concentrated on the local authority’s arrangements for children in need and those subject to a child protection plan.\n",
        Some("2019"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Senior leaders"), "Ofsted");
    // A quotation set apart with its source on the line under it.
    let data = one_article(
        "Ashby Council has been rated good by Ofsted.\n\n\
         \u{201c}The majority of children and families in Ashby receive the help they need.\u{201d}\n\n\
         Ofsted\n\n\
         \u{201c}We are proud of our staff.\u{201d}\n\n\
         Marian James, Ashby\n",
        Some("2025"),
    )
    .dataset;
    assert_eq!(speaker(&data, "The majority"), "Ofsted");
    assert_eq!(speaker(&data, "We are proud"), "Marian James");
    // Not a line that is a sentence of its own.
    let data = one_article(
        "Ashby Council held a meeting for its staff.\n\n\
         \u{201c}The majority of children and families in Ashby receive the help they need.\u{201d}\n\n\
         Ofsted visited in May.\n",
        Some("2025"),
    )
    .dataset;
    assert!(
        !data
            .quotes
            .iter()
            .any(|q| q.text.starts_with("The majority")),
        "{:?}",
        data.quotes
    );
}

#[test]
fn a_report_that_read_introduces_a_statement_over_paragraphs() {
    let data = one_article(
        "Ashby Council was rated inadequate.\n\n\
         The Ofsted report read: \u{2018}Children in Ashby are not getting the help they need at the right time.\n\n\
         'When there is a concern that a child is at risk of harm the response is too slow.\n\n\
         'A delay in response had led to some children experiencing significant harm.'\n",
        Some("2023"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Children in Ashby"), "Ofsted");
    assert_eq!(speaker(&data, "When there is"), "Ofsted");
    assert_eq!(speaker(&data, "A delay in"), "Ofsted");
    // "read" after no report word introduces no statement (at most a phrase).
    let data = one_article(
        "Ashby Council was rated inadequate.\n\n\
         Inspectors read case notes. Councillor Jo Bell read: \u{201c}We will do better.\u{201d}\n",
        Some("2023"),
    )
    .dataset;
    assert!(
        data.quotes
            .iter()
            .all(|q| !q.text.starts_with("We will") || q.fragment),
        "{:?}",
        data.quotes
    );
}

#[test]
fn a_statement_in_single_marks_after_verb_and_that_may_end_before_its_full_stop() {
    let data = one_article(
        "Ashby Council was rated good. The report states that 'Leaders and managers have made purposeful progress, at pace, to establish a child-focused service that is delivering good outcomes'.\n",
        Some("2019"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Leaders and managers"), "Ofsted");
    // Without "that" after the verb, a mark before the full stop closes nothing.
    let data = one_article(
        "Ashby Council was rated good. The report states the 'Leaders and managers' group has made progress in the councils'.\n",
        Some("2019"),
    )
    .dataset;
    assert!(data.quotes.is_empty(), "{:?}", data.quotes);
}

#[test]
fn the_sentence_after_a_statement_may_point_back_to_it_as_the_inspectorates() {
    let data = one_article(
        "\"Children living in Ashby benefit from high-quality services that make a positive difference to their lives.\" That's the verdict of Ofsted as they released their latest report this morning.\n",
        Some("2023"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Children living"), "Ofsted");
    // Not a sentence pointing back that names someone else's words.
    let data = one_article(
        "\"Children living in Ashby benefit from high-quality services that make a positive difference to their lives.\" The council leader welcomed it.\n",
        Some("2023"),
    )
    .dataset;
    assert!(data.quotes.is_empty(), "{:?}", data.quotes);
}

#[test]
fn a_participle_of_saying_after_the_inspectorate_introduces_a_statement() {
    let data = one_article(
        "Ashby Council was rated good. The challenges of the pandemic were noted, with inspectors saying: \u{201c}COVID-19 has placed huge pressures on children and families in Ashby.\n\n\
         \u{201c}Many staff have been personally affected by the virus.\u{201d}\n",
        Some("2021"),
    )
    .dataset;
    assert_eq!(speaker(&data, "COVID-19 has"), "Ofsted");
    assert_eq!(speaker(&data, "Many staff"), "Ofsted");
    // After other words, the participle's subject is the sentence's: "It" (the report).
    let data = one_article(
        "Ofsted rated Ashby Council good.\n\n\
         \u{201c}Children are safe,\u{201d} said the report.\n\n\
         It also criticised the running of the department, stating: \u{201c}Audits focus too heavily on compliance.\u{201d}\n",
        Some("2016"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Audits focus"), "Ofsted");
}

/// Speakers a review of round 12's readings found misread.
#[test]
fn round_12_review_counter_cases_keep_their_speakers() {
    // A name after "said the Ofsted inspector" is the speaker.
    let data = one_article(
        "Ashby Council was visited by Ofsted.\n\n\"Children are safe and well supported,\" said the Ofsted inspector Jane Smith.\n",
        Some("2019"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Children are safe"), "Jane Smith");
    // A heading under a quotation is no source line; a sentence pointing back names
    // no source from a clause further on.
    for text in [
        "Ashby Council held a meeting.\n\n\u{201c}The council has turned a corner.\u{201d}\n\nOfsted findings\n\nThe report was good.\n",
        "\u{201c}The council has turned a corner.\u{201d} That is the view of many parents, who said services had improved after the Ofsted report.\n",
    ] {
        let data = one_article(text, Some("2023")).dataset;
        assert!(data.quotes.is_empty(), "{text}: {:?}", data.quotes);
    }
    // A quotation after "found that" closes at its own mark, not at the next one's.
    let data = one_article(
        "Ashby Council was rated good. Inspectors found that \u{2018}Leaders are effective\u{2019}, while council leader John Smith said: \u{2018}We\u{2019}re proud of our staff\u{2019}.\n",
        Some("2019"),
    )
    .dataset;
    assert_eq!(speaker(&data, "Leaders are effective"), "Ofsted");
    assert_eq!(speaker(&data, "We\u{2019}re proud"), "John Smith");
}
