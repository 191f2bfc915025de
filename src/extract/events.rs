//! Inspections and visits: found in each article, then merged across articles.
//!
//! In one article, each event word ("inspection", "monitoring visit", "report",
//! "verdict") takes the date next to it in its sentence; dated words of the same year
//! and kind are one event, and a report known only by its publication date joins the
//! event it reports. The article's main event is the latest; undated words and
//! statements are about it (or the event their sentence dated), words like "previous"
//! are about the one before. Grades go to the previous inspection if words before them
//! say so ("from 'inadequate'"), else to the event named before them in their sentence,
//! their table's caption, the sentence before, or after them in their clause, else to
//! the main one; a date right by a grade overrides all of these, and visits take none
//! (docs/extractor.md has the whole order). Across articles, events of one kind, year
//! and month are one event, reported by every article that mentions it.

use super::dates::{is_counted_back, ArticleDates};
use super::grades::RatingMention;
use super::layout::Layout;
use super::lexicon::{
    ABSOLUTE_OPENERS, AND_ALSO, BACK_TO_THAT_TIME, BEFORE_WHICH, CLAUSE_BREAK, CLAUSE_OPENING,
    DATE_OPENER_LEADS, EARLIER_ADVERBS, EARLIER_GRADE, GRADE_NOUN_FORMS, IN_A_ROW, KEPT, NOW,
    OTHER_EVALUATORS, SAME, SAME_LINKS, TIME_CLAUSE_OPENERS, WHERE,
};
use super::lexicon::{AFTER_WHAT, OLD_GRADES, OLD_GRADE_CUES, TOOK_PLACE};
use super::lexicon::{
    ARTICLES, AUXILIARIES, COMPARED, DATE_OPENERS, DEADLINE, DENIED, DENIED_REACH, DETERMINERS,
    EARLIER, FIRST, FIRST_AFTER, FIRST_TIME, FOCUSED, FOCUSED_ON, FUTURE, IMPROVEMENT_VERBS,
    INSPECTING_SUBJECTS, INSPECTING_VERBS, INSPECTION_NOUNS, INSPECTION_PLURALS,
    INSPECTION_REPORT_NOUNS, INSPECTORATE_WORDS, INSPECTORS, LATER, LOOKING_VERBS, MADE_PUBLIC,
    MONITORING, MONTHS, NOT_AN_INSPECTION, NOT_THE_GRADES_EVENT, OCCURRING_VERBS,
    OTHER_INSPECTIONS, PASSIVE_AUXILIARIES, PERIOD_BOUND, PERSON_RELATIVES, POINTING_BACK, PRESENT,
    PUBLISHING, RECENT_UNITS, RELATIVE_PRONOUNS, REPORTING_VERBS, REPORT_NOUNS, REPORT_PLURALS,
    SEND_ACRONYMS, SHORT, SINCE, SPEECH_VERBS, THAT_ONE, TO_AIM, UPCOMING, VISIT_NOUNS,
    VISIT_PLURALS, WHEN,
};
use super::pattern::read_grade_at;
use super::scope::Scope;
use super::text::{is_key_of, opens_with, Word};
use super::token::tokens;
use super::{Diagnostics, Problem};
use crate::model::{Date, DateParts, Event, EventKind, Grade, Judgement, Rating, Span};
use std::cell::Cell;
use std::ops::Range;

/// Most words from "SEND" (special educational needs and disabilities) to an event
/// word that makes it an inspection or report of SEND provision.
const SEND_REACH: usize = 6;

/// How many words before a date a publishing word may come and make it a publication
/// date: "published today (Friday, 19 February 2016)", "published on 3 May".
const PUBLISHED_REACH: usize = 4;

/// A word naming an inspection, visit or report.
#[derive(Debug, Clone)]
struct EventWord {
    range: Range<usize>,
    /// None for words that do not say which kind: "report", "verdict", "visit".
    kind: Option<EventKind>,
    /// "report" and "verdict": dates next to them are publication dates.
    is_report: bool,
    plural: bool,
    earlier: bool,
    short: bool,
    in_quote: bool,
    /// "from that inspection", "one such report": the event named before it.
    points_back: bool,
}

impl EventWord {
    /// A word standing for an event the narrative tells of without an event noun of
    /// its own ("In 2013, Ofsted had said ...", "rated as 'adequate' in August 2013"):
    /// singular, not short, not quoted, pointing back to nothing.
    fn told(range: Range<usize>, kind: Option<EventKind>, is_report: bool, earlier: bool) -> Self {
        EventWord {
            range,
            kind,
            is_report,
            plural: false,
            earlier,
            short: false,
            in_quote: false,
            points_back: false,
        }
    }
}

/// Whether a date says when an event happened or when its report came out.
#[derive(Debug, Clone, Copy, PartialEq)]
enum DateRole {
    Occurred,
    Published,
}

/// One event as one article reports it.
#[derive(Debug, Clone)]
pub(crate) struct ArticleEvent {
    year: i32,
    kind: Option<EventKind>,
    occurred: Vec<Date>,
    published: Vec<Date>,
    ratings: Vec<RatingMention>,
    short: bool,
    /// The article's own date, for an event it dates no other way.
    fallback: Option<Date>,
    /// Known only from a date given with a grade ("rated inadequate in July 2023"),
    /// which may be the report's month rather than the visit's: it joins an event of
    /// its year reported more precisely elsewhere, whatever the month.
    loose: bool,
    /// Named in the narrative as an earlier one ("the last inspection in 2014"), and
    /// otherwise only in quotations at most: not the event the article reports.
    earlier_only: bool,
    /// Named by a word outside quotations.
    named_in_narrative: bool,
    /// Named by a visit word that does not say which kind ("a second visit").
    visit: bool,
    /// Dated after the article itself ("not due to have a further inspection until
    /// 2019" in an article of 2018): still to come, never the one reported, never
    /// graded, and left out of the timeline.
    future: bool,
    /// Known only from grades told as earlier ones ("once 'inadequate', now good") that
    /// no date is given for: an inspection before the one reported, dated only so.
    before: bool,
}

impl ArticleEvent {
    /// An event of `year` that nothing else is known of yet.
    fn of_year(year: i32) -> ArticleEvent {
        ArticleEvent {
            year,
            kind: None,
            occurred: Vec::new(),
            published: Vec::new(),
            ratings: Vec::new(),
            short: false,
            fallback: None,
            loose: false,
            earlier_only: false,
            named_in_narrative: false,
            visit: false,
            future: false,
            before: false,
        }
    }
}

/// The events of one article, and which of them it is about.
pub(crate) struct ArticleEvents {
    events: Vec<ArticleEvent>,
    main: Option<usize>,
    /// Each narrative word naming one of `events`, and which, in text order.
    named: Vec<(Range<usize>, usize)>,
}

impl ArticleEvents {
    /// The event a quoted finding at `at` is about: the one last named before it in its
    /// sentence ("a monitoring visit in June 2021, which found \"steady progress\""),
    /// else the article's main event.
    pub(crate) fn of_finding_at(&self, layout: &Layout, at: usize) -> Option<usize> {
        named_before(layout, &self.named, at).or(self.main)
    }

    /// The article's main event.
    pub(crate) fn main(&self) -> Option<usize> {
        self.main
    }
}

/// Whether the event may be graded: an inspection, or an event of no stated kind.
fn is_graded(event: &ArticleEvent) -> bool {
    event.kind.is_none_or(|kind| kind == EventKind::Inspection)
}

/// Whether an earlier grade may be the event's: a graded one not named only by a visit
/// word of no kind.
fn takes_earlier_grade(event: &ArticleEvent) -> bool {
    is_graded(event) && !(event.kind.is_none() && event.visit)
}

/// For a grade in a table (lines with no full stop), the event its caption names: the
/// paragraph ending in a colon above it ("At the previous inspection in 2022, the
/// judgements were:").
fn captioned_by(layout: &Layout, named: &[(Range<usize>, usize)], at: usize) -> Option<usize> {
    let index = layout.paragraph_index_at(at)?;
    let caption = &layout.paragraphs[layout.caption_above(index)?];
    named_before(layout, named, caption.end.checked_sub(1)?)
}

/// For a grade in a sentence that names no event, the event the sentence just before
/// it, in its paragraph, told of without grading it ("The re-inspection came in July
/// 2019. The impact of leaders was rated good."), unless the grade's sentence puts it
/// in the present ("Now it is rated outstanding").
/// `in_present` holds the last sentence asked about and whether it is in the present:
/// a sentence of many grades is read once, not once a grade.
fn told_of_just_before(
    layout: &Layout,
    named: &[(Range<usize>, usize)],
    graded_at: &[usize],
    at: usize,
    earlier_only: impl Fn(usize) -> bool,
    in_present: &Cell<Option<(usize, bool)>>,
) -> Option<usize> {
    let index = layout.sentence_index_at(at)?;
    let previous = layout.sentences.get(index.checked_sub(1)?)?;
    let same_paragraph = layout
        .paragraph_index_at(at)
        .is_some_and(|p| layout.paragraph_index_at(previous.start) == Some(p));
    // `graded_at` is in the text's order.
    let graded_there = graded_at
        .get(graded_at.partition_point(|&g| g < previous.start))
        .is_some_and(|g| previous.contains(g));
    if !same_paragraph || graded_there {
        return None;
    }
    let present = match in_present.get() {
        Some((sentence, present)) if sentence == index => present,
        _ => {
            let present = layout
                .words_in(layout.sentences[index].clone())
                .iter()
                .any(|w| w.is_any(&PRESENT));
            in_present.set(Some((index, present)));
            present
        }
    };
    if present {
        return None;
    }
    let last = previous.end.checked_sub(1)?;
    // "In the first full inspection since their last report in 2016, Ofsted has praised
    // the work. Ashby has been rated good.": not an earlier event that only bounds a
    // period.
    named_before(layout, named, last)
        .filter(|&event| !(earlier_only(event) && named_as_period_start(layout, named, last)))
}

/// Whether a clause of its own ("but", "while", ...) stands between `at` and the event
/// word named last before it: "since the last inspection in 2012, but the trust's
/// overall judgement was affected because an 'inadequate' child protection rating".
fn earlier_event_in_other_clause(
    layout: &Layout,
    named: &[(Range<usize>, usize)],
    at: usize,
) -> bool {
    let ended = named.partition_point(|(range, _)| range.end <= at);
    ended.checked_sub(1).is_some_and(|last| {
        layout
            .words_in(named[last].0.end..at)
            .iter()
            .rev()
            .take(CLAUSE_BREAK_REACH)
            .any(|w| w.is_any(CLAUSE_BREAK.bases))
    })
}

/// Whether the event word named last before `at` is the one compared with: "compared
/// to its 2021 inspection, the council was downgraded from Outstanding to Good".
fn named_as_compared(layout: &Layout, named: &[(Range<usize>, usize)], at: usize) -> bool {
    named_word_before(named, at).is_some_and(|range| {
        let sentence = layout.sentence_at(range.start);
        layout
            .words_in(sentence.start..range.start)
            .iter()
            .rev()
            .take(COMPARED_REACH)
            .any(|w| w.is_any(&COMPARED))
    })
}

/// Whether the event word named last before `at` starts a period that `at` ends: "the
/// hard work since the last inspection to achieve the Good rating overall" (but not
/// through a clause about that event: "since the last inspection in 2019, when services
/// were rated ...", "in 2015, which achieved ...").
fn named_as_period_start(layout: &Layout, named: &[(Range<usize>, usize)], at: usize) -> bool {
    let ended = named.partition_point(|(range, _)| range.end <= at);
    ended.checked_sub(1).is_some_and(|last| {
        let range = &named[last].0;
        let sentence = layout.sentence_at(range.start);
        let since_right_before = layout
            .words_in(sentence.start..range.start)
            .iter()
            .rev()
            .take(BOUND_REACH)
            .any(|w| w.is_any(&SINCE));
        // "Since the department was last inspected in 2017 its rating has
        // 'deteriorated' from good to requiring improvement": "since" further back in
        // the event word's clause, unless the grade goes on that clause ("since services
        // were last inspected, in 2015, and deemed 'good'").
        let clause = layout.clause_at(range.start);
        let after = layout.words_in(range.end..at);
        let after = &after[..after.len().min(CLAUSE_BREAK_REACH)];
        let since_opening = layout
            .words_in(clause.start..range.start)
            .iter()
            .rev()
            .take(CLAUSE_OF_DATE_WORDS)
            .any(|w| w.is_any(&SINCE))
            && !after.iter().any(|w| w.is_any(&AND_ALSO));
        // A relative pronoun opens a clause about it after a comma ("in 2019, which
        // rated it ..."), not inside a title ("children who need help and protection").
        let about_it = after_commas(layout, range.end, after).any(|(after_comma, w)| {
            (w.is_any(&RELATIVE_PRONOUNS) && after_comma) || w.is_any(&WHEN) || w.is_any(&WHERE)
        });
        let since = since_right_before || since_opening;
        since && !about_it
    })
}

/// Each of `words` (which follow byte `from`), with whether a comma stands between it
/// and the word before it (or `from`).
fn after_commas<'w, 'a>(
    layout: &'w Layout,
    from: usize,
    words: &'w [Word<'a>],
) -> impl Iterator<Item = (bool, &'w Word<'a>)> + 'w {
    let mut previous_end = from;
    words.iter().map(move |w| {
        let after_comma = layout.slice(previous_end..w.start).contains(',');
        previous_end = w.end();
        (after_comma, w)
    })
}

/// Most words before a grade read for a clause break (a bound that keeps run-on text
/// linear; prose breaks its clauses far sooner).
const CLAUSE_BREAK_REACH: usize = 40;

/// The word last named before `at`, in any sentence.
fn named_word_before(named: &[(Range<usize>, usize)], at: usize) -> Option<Range<usize>> {
    let ended = named.partition_point(|(range, _)| range.end <= at);
    Some(named.get(ended.checked_sub(1)?)?.0.clone())
}

/// The event last named before `at` in its sentence.
fn named_before(layout: &Layout, named: &[(Range<usize>, usize)], at: usize) -> Option<usize> {
    let sentence = layout.sentence_at(at);
    // `named` is in the text's order and its words do not overlap: the last ending by
    // `at` is the only one to check.
    let ended = named.partition_point(|(range, _)| range.end <= at);
    let (range, event) = named.get(ended.checked_sub(1)?)?;
    sentence.contains(&range.start).then_some(*event)
}

/// Most event words after an undated one read for a dated one of its kind in its
/// sentence (a bound that keeps run-on text linear).
const NEXT_WORDS_READ: usize = 3;

/// Finds the events one article reports.
pub(crate) fn article_events(
    layout: &Layout,
    dates: &ArticleDates,
    ratings: Vec<RatingMention>,
    source: &str,
    scope: &Scope,
    diagnostics: &mut Diagnostics,
) -> ArticleEvents {
    let ratings = told_as_earlier(layout, ratings);
    let words = event_words(layout, scope);
    let mut events: Vec<ArticleEvent> = Vec::new();
    let mut event_of_word: Vec<Option<usize>> = vec![None; words.len()];
    let grade_marks = grade_marks(&ratings);
    let dates_by_word = dates_by_word(layout, &words, dates, &grade_marks);
    for (index, word) in words.iter().enumerate() {
        let bound = dates_of(layout, &words, index, dates, dates_by_word.of(index));
        if word.plural {
            inspections_of_years(&mut events, word, bound, dates);
            continue;
        }
        if bound.is_empty() {
            continue;
        }
        event_of_word[index] = Some(join_or_add(&mut events, word, bound, dates));
    }
    for (word, date) in first_since(layout, &words, dates) {
        join_or_add(&mut events, &word, vec![(date, DateRole::Occurred)], dates);
    }
    for (word, date) in old_grades_dated(layout, dates, &grade_marks) {
        join_or_add(&mut events, &word, vec![(date, DateRole::Occurred)], dates);
    }
    let taken = dates_by_word.taken_by(|_| true);
    for (word, date) in told_by_inspectorate_then(layout, dates, &taken) {
        join_or_add(&mut events, &word, vec![(date, DateRole::Occurred)], dates);
    }
    fold_in_publications(&mut events, &mut event_of_word);
    let undated: Vec<&EventWord> = words
        .iter()
        .zip(&event_of_word)
        .filter(|(w, e)| e.is_none() && !w.plural && !w.in_quote)
        .map(|(w, _)| w)
        .collect();
    let has_undated = !undated.is_empty();
    let has_undated_current = undated.iter().any(|w| !w.earlier);
    let main = main_event(
        &mut events,
        dates,
        source,
        has_undated || !ratings.is_empty(),
        has_undated_current || !ratings.is_empty(),
    );
    // "After visits by inspectors in April": plural words of an inspection (or of no
    // kind) make no event, and leave their dates to the ones the article reports.
    let bound = dates_by_word.taken_by(|w| {
        let word = &words[w];
        !(word.plural && word.kind.is_none_or(|k| k == EventKind::Inspection))
    });
    let graded_at: Vec<usize> = ratings.iter().map(|r| r.grade_at).collect();
    if let Some(m) = main {
        date_by_inspectors(layout, dates, &bound, &mut events[m]);
        date_across_article(layout, dates, &bound, &graded_at, &mut events[m]);
        date_earlier_by_inspecting(layout, dates, &bound, &graded_at, &mut events, m);
    }
    let mut previous = main.and_then(|m| previous_event(&events, events[m].year, |_| true));
    // Visits give no grades: an earlier grade is an earlier inspection's (nor one named
    // only by a visit word of no kind: "a visit in February 2020 found ...").
    let mut previous_graded =
        main.and_then(|m| previous_event(&events, events[m].year, takes_earlier_grade));
    // The dates that may tell when an earlier event named by an undated word was, read
    // once when first needed.
    let mut earlier_dates: Option<Vec<Date>> = None;
    // The last word so far, in the narrative and singular, that has an event: the
    // words before this one no longer change, so it is kept, not looked for.
    let mut last_with_event: Option<usize> = None;
    for (index, word) in words.iter().enumerate() {
        let counts = !word.plural && !word.in_quote;
        if event_of_word[index].is_none() && counts {
            // "In February 2014 under its new inspection framework, the verdict was
            // ...": an undated word is the event named before it in its sentence, if any.
            let sentence = layout.sentence_at(word.range.start);
            let named_earlier_in_sentence = last_with_event
                .filter(|&i| sentence.contains(&words[i].range.start))
                .and_then(|i| event_of_word[i]);
            if word.earlier && previous.is_none() {
                let candidates = earlier_dates.get_or_insert_with(|| {
                    let before = main.and_then(|m| date_parts_of(&events[m], dates));
                    before.map_or_else(Vec::new, |before| {
                        inspecting_dates(layout, dates, &bound, &graded_at, move |parts| {
                            (parts.year, parts.month) < (before.year, before.month)
                        })
                        .cloned()
                        .collect()
                    })
                });
                if let Some(date) = told_just_after(layout, candidates, &word.range) {
                    let event =
                        join_or_add(&mut events, word, vec![(date, DateRole::Occurred)], dates);
                    previous = Some(event);
                    if takes_earlier_grade(&events[event]) {
                        previous_graded = Some(event);
                    }
                }
            }
            let target = if word.earlier {
                previous
            } else if word.points_back {
                // "inspected in February 2019. The judgement from that inspection ...".
                // With none named before it, "until that inspection" points back to one
                // told without an event word ("rated inadequate in 2020"), not the main.
                last_with_event.and_then(|i| event_of_word[i])
            } else {
                // "a full OFSTED Inspection of Local Authority Children's Services
                // (ILACS) inspection in February and March of 2019": else the dated
                // word of its kind next after it in its sentence.
                let dated_next_in_sentence = words[index + 1..]
                    .iter()
                    .zip(&event_of_word[index + 1..])
                    .take(NEXT_WORDS_READ)
                    .take_while(|(w, _)| sentence.contains(&w.range.start))
                    .find(|(w, e)| e.is_some() && !w.earlier && w.kind == word.kind)
                    .and_then(|(_, e)| *e);
                named_earlier_in_sentence
                    .or(dated_next_in_sentence)
                    .or(main)
            };
            if let Some(target) = target {
                absorb(&mut events[target], word);
                event_of_word[index] = Some(target);
            }
        }
        if counts && event_of_word[index].is_some() {
            last_with_event = Some(index);
        }
    }
    let mut named: Vec<(Range<usize>, usize)> = words
        .iter()
        .zip(&event_of_word)
        .filter(|(w, _)| !w.plural && !w.in_quote)
        .filter_map(|(w, event)| event.map(|event| (w.range.clone(), event)))
        // What is still to come takes no grades or findings.
        .filter(|(_, event)| !events[*event].future)
        .collect();
    // Events known only from a date by a grade, and that date's span: findings told
    // beside it are theirs, but other grades still go by the event words.
    let mut dated_by_grades: Vec<(Range<usize>, usize)> = Vec::new();
    let mut reported_unnamed: Option<usize> = None;
    let mut placed: Vec<(RatingMention, Option<usize>)> = Vec::with_capacity(ratings.len());
    let sentence_in_present: Cell<Option<(usize, bool)>> = Cell::new(None);
    for rating in ratings {
        let mut target = if rating.earlier {
            // Earlier than the event its sentence tells of ("a full inspection saw
            // services upgraded from 'inadequate'"), else than the main one.
            let told_of = named_before(layout, &named, rating.grade_at)
                .filter(|&t| Some(t) != main && is_graded(&events[t]) && !events[t].earlier_only);
            match told_of {
                Some(told_of) => previous_event(&events, events[told_of].year, takes_earlier_grade)
                    .or(previous_graded),
                None => previous_graded,
            }
        } else {
            named_before(layout, &named, rating.grade_at)
                .filter(|&event| {
                    // "since its Ofsted inspection in March 2015 to achieve a 'good'
                    // judgement": an event that starts the period is an earlier one.
                    // Not "Since the 2018 inspection deemed the service inadequate".
                    let period_start = named_as_period_start(layout, &named, rating.grade_at);
                    let word_before = named_word_before(&named, rating.grade_at);
                    let to_aim = || {
                        word_before.as_ref().is_some_and(|word| {
                            layout
                                .words_in(word.end..rating.grade_at)
                                .iter()
                                .any(|w| w.is_any(&TO_AIM))
                        })
                    };
                    // "improved since the last inspection in 2017, with three of the
                    // four main areas rated 'Good'": a grade in an absolute clause
                    // ("with") after the period's start is its end's, though the
                    // earlier event is named plainly elsewhere.
                    let in_absolute_clause = || {
                        word_before.as_ref().is_some_and(|word| {
                            let after = layout.words_in(word.end..rating.grade_at);
                            let after = &after[..after.len().min(CLAUSE_BREAK_REACH)];
                            after_commas(layout, word.end, after)
                                .any(|(after_comma, w)| after_comma && w.is_any(&ABSOLUTE_OPENERS))
                        })
                    };
                    !((period_start && Some(event) != main && (to_aim() || in_absolute_clause()))
                        || named_as_compared(layout, &named, rating.grade_at)
                        || (events[event].earlier_only
                            && (period_start
                                || earlier_event_in_other_clause(layout, &named, rating.grade_at))))
                })
                .or_else(|| captioned_by(layout, &named, rating.grade_at))
                .or_else(|| {
                    told_of_just_before(
                        layout,
                        &named,
                        &graded_at,
                        rating.grade_at,
                        |e| events[e].earlier_only,
                        &sentence_in_present,
                    )
                })
                // "The 'good' rating is an improvement from the 'adequate' rating awarded
                // after the last inspection in 2012": a current grade is not that of an
                // event named after it only as an earlier one, with the earlier grade
                // ("from", "once", ...) told between them.
                .or_else(|| {
                    named_after_in_clause(layout, &named, rating.grade_at).filter(|&event| {
                        !(events[event].earlier_only
                            && earlier_grade_between(layout, &named, rating.grade_at))
                    })
                })
                .or(main)
        };
        // A year the grade's own words give ("in 2013 and again in 2019") is its date
        // whatever other grades are around; else the date by the grade word that no
        // other grade word is nearer.
        let by_grade = match rating.dated_at {
            Some(dated_at) => date_by_grade(layout, dates, dated_at, &[]),
            None => date_by_grade(layout, dates, rating.grade_at, &grade_marks),
        };
        if let Some((span, date, year)) =
            by_grade.filter(|(_, date, _)| !after_article(dates, date))
        {
            // "The inspectorate rated Derby as outstanding in March": an event of the
            // grade's year known only from the article's date takes the grade's month.
            // So does one known only from its report's publication ("rated 'inadequate'
            // in March 2017 ... An inspection report published in 2017") or told of
            // with its year alone ("its previous inspection three years ago ... its
            // rating had gone from 'inadequate' in September 2015").
            // (Not by a date told as the report's: "Report published: 27 March 2015".)
            if let Some(t) = target.filter(|&t| {
                events[t].year == year
                    && is_graded(&events[t])
                    && no_month_of_taking_place(&events[t])
                    && date.parts().is_some_and(|p| p.month.is_some())
                    && !told_as_published(lead_of(layout, &span))
            }) {
                keep(&mut events[t].occurred, date.clone());
                events[t].fallback = None;
            }
            if target.is_none_or(|t| events[t].year != year) {
                // "rated inadequate in 2017": an inspection that year, named or not.
                // Else one whose report came out that year, at the turn of the year
                // ("rated inadequate three years ago", in 2020, of the inspection of
                // November 2019 reported "in January 2020").
                let graded_then = |event: &ArticleEvent, of_year: bool| {
                    is_graded(event)
                        && !event.future
                        && if of_year {
                            event.year == year
                        } else {
                            event.year + 1 == year
                                && event.published.iter().any(|d| d.year() == Some(year))
                        }
                };
                // "just two years after receiving the lowest rating", of an inspection in
                // November 2015 told in an article of January 2018: a year counted back
                // may be one out.
                let counted_back = is_counted_back(&date);
                let existing = events
                    .iter()
                    .rposition(|event| graded_then(event, true))
                    .or_else(|| events.iter().rposition(|event| graded_then(event, false)))
                    .or_else(|| {
                        counted_back
                            .then(|| {
                                // Not the inspection reported: "two years ago it was
                                // rated inadequate" is of another.
                                (0..events.len()).rev().find(|&e| {
                                    let event = &events[e];
                                    Some(e) != main
                                        && is_graded(event)
                                        && !event.future
                                        && (event.year - year).abs() == 1
                                        && !event.occurred.is_empty()
                                })
                            })
                            .flatten()
                    });
                // "rated 'inadequate' by Ofsted last year ... rated inadequate in
                // February 2016": an event known only from grades' dates, or only to the
                // year, takes the more precise one.
                if let Some(e) = existing {
                    let event = &mut events[e];
                    // (Also one named with its year alone: "since the last inspection
                    // in 2017 ... judged 'good' by the inspectorate in November 2017".)
                    let to_year = only_to_its_year(event)
                        || (event.occurred.is_empty() && event.published.is_empty());
                    if to_year && date.parts().is_some_and(|p| p.month.is_some()) {
                        keep(&mut event.occurred, date.clone());
                        event.fallback = None;
                    }
                }
                target = Some(existing.unwrap_or_else(|| {
                    events.push(dated_only(year, date));
                    dated_by_grades.push((span, events.len() - 1));
                    events.len() - 1
                }));
            }
        }
        placed.push((rating, target));
    }
    // Once every grade's own date has made its event: visits give no grades, so one that
    // would go to a visit is the latest inspection's (one a later grade's date made
    // included: "a council rated 'inadequate' by Ofsted ... Its services were rated
    // 'inadequate' in June 2015. The ninth monitoring visit ..."),
    // unless that one is only named as an earlier one ("since the last inspection in
    // 2016") and the grade is a current one: then it is the inspection the article
    // reports without naming, dated by the article.
    // Grades told as kept from the inspection before, and the event each went to.
    let mut kept: Vec<(RatingMention, usize)> = Vec::new();
    // The year of the event reported, and the inspection the article tells of only as
    // before it, once one of its grades is read.
    let year_reported = main
        .map(|m| events[m].year)
        .or(dates.anchor.as_ref().map(|a| a.parts.year));
    let mut before_reported: Option<usize> = None;
    // Earlier grades with no event dated when they were read.
    let mut undated: Vec<RatingMention> = Vec::new();
    for (rating, mut target) in placed {
        if target.is_some_and(|t| !is_graded(&events[t])) {
            target = previous_event(&events, i32::MAX, is_graded);
            let only_earlier = target.is_none_or(|t| events[t].earlier_only);
            if only_earlier && !rating.earlier {
                if let Some(anchor) = dates.anchor.as_ref() {
                    let unnamed = *reported_unnamed.get_or_insert_with(|| {
                        events.push(ArticleEvent {
                            kind: Some(EventKind::Inspection),
                            fallback: Some(
                                anchor.date(source, "known only from the article reporting it"),
                            ),
                            ..ArticleEvent::of_year(anchor.parts.year)
                        });
                        events.len() - 1
                    });
                    target = Some(unnamed);
                }
            }
        }
        // "The outcome published on 13th June 2017 indicated that services were judged
        // as 'requires improvement'", in an article of 2020: a grade that would go to an
        // event known only from the article's date, told beside a date of another year,
        // may well be that year's event: left out rather than put on the wrong one.
        // Not one told as kept ("the same grading as 2019"): the other year is the
        // inspection before's.
        if target.is_some_and(|t| {
            known_only_from_article(&events[t])
                && other_year_in_sentence(
                    layout,
                    dates,
                    &grade_marks,
                    rating.grade_at,
                    events[t].year,
                )
                && !told_as_kept(layout, &grade_marks, rating.grade_at)
        }) {
            diagnostics.warn(
                Problem::UndatedGrade,
                rating.grade_at,
                "grade told beside a date of another year than the article's; left out",
            );
            continue;
        }
        match target {
            Some(target) => {
                // Not the judgements a later sentence gives the grade to ("The rating
                // was for A, B and C"): the kept one is the sentence's own.
                let own = layout.sentence_at(rating.grade_at);
                if !rating.earlier
                    && own.contains(&rating.span.start)
                    && rating.span.end <= own.end
                    && told_as_kept(layout, &grade_marks, rating.grade_at)
                {
                    kept.push((rating.clone(), target));
                }
                events[target].ratings.push(rating)
            }
            // "once 'inadequate', now 'requires improvement to be good'": an earlier
            // grade the article gives no date for is an inspection's it dates only as
            // before the one reported.
            None if rating.earlier && year_reported.is_some() => undated.push(rating),
            None => diagnostics.warn(
                Problem::UndatedGrade,
                rating.grade_at,
                "grade for an event the article does not date; left out",
            ),
        }
    }
    // "once 'inadequate', now 'requires improvement to be good'": earlier grades the
    // article gives no date for are an inspection's it dates only as before the one
    // reported; but "rise from 'good' to 'outstanding' ... retain the outstanding grade
    // for leadership it earned in 2017": an inspection before the reported one that a
    // later grade's date made is theirs, unless it grades one of their judgements
    // otherwise.
    if !undated.is_empty() {
        // (Not one years before the last cycle could have begun: "up from good ... rated
        // inadequate for leadership back in 2010", in an article of 2020.)
        let dated = main
            .and_then(|m| {
                previous_event(&events, events[m].year, takes_earlier_grade)
                    .filter(|&e| events[m].year - events[e].year <= INSPECTION_CYCLE_YEARS)
            })
            .filter(|&e| {
                undated.iter().all(|u| {
                    !events[e]
                        .ratings
                        .iter()
                        .any(|r| r.judgement == u.judgement && r.grade != u.grade)
                })
            });
        let before = dated
            .unwrap_or_else(|| undated_earlier(&mut events, &mut before_reported, year_reported));
        events[before].ratings.append(&mut undated);
    }
    // "Hammersmith and Fulham has retained its 'good' rating", "'Good' remained the
    // same as at the last report in 2018": a grade told as kept is both the reported
    // inspection's and the one before's, where that one has none for its judgement.
    if let Some(m) = main.filter(|&m| is_graded(&events[m])) {
        let before = previous_event(&events, events[m].year, takes_earlier_grade);
        for (rating, target) in kept {
            let other = if target == m {
                // "maintaining its 'Outstanding' judgement", with the one before undated.
                before.or_else(|| {
                    year_reported
                        .map(|_| undated_earlier(&mut events, &mut before_reported, year_reported))
                })
            } else if events[target].year < events[m].year {
                Some(m)
            } else {
                None
            };
            if let Some(other) = other.filter(|&o| o != target) {
                if !events[other]
                    .ratings
                    .iter()
                    .any(|r| r.judgement == rating.judgement)
                {
                    events[other].ratings.push(rating);
                }
            }
        }
    }
    // "In visits to Enfield council during January and February, inspectors found ...
    // Concerns were raised during a focused visit by Ofsted in September 2018": the
    // inspection the article reports without naming, its grades taken from the visit
    // it names last, is dated as a main event known only from the article would be.
    if let Some(unnamed) = reported_unnamed {
        date_by_inspectors(layout, dates, &bound, &mut events[unnamed]);
        date_across_article(layout, dates, &bound, &graded_at, &mut events[unnamed]);
    }
    if let Some(before) = before_reported {
        date_as_before(layout, &mut events, before, main, dates, source);
    }
    drop_earlier_grades_of_clashing_pairs(layout, &mut events);
    visits_after_inadequate_are_monitoring(&mut events);
    if let Some(m) = main {
        kind_from_plural_visits(layout, &words, &mut events[m]);
    }
    named.append(&mut dated_by_grades);
    // In place (a stable sort would take a buffer): two entries of one key are alike.
    named.sort_unstable_by_key(|(range, event)| (range.start, range.end, *event));
    ArticleEvents {
        events,
        main,
        named,
    }
}

/// Most words before a grade that a [`KEPT`] word may stand ("retained its 'good'
/// rating"), and after it that a [`SAME`] word may ("'Good' remained the same as at the
/// last report").
const KEPT_REACH: usize = 4;

/// Most words after a grade, before any other, read for [`IN_A_ROW`]'s: "judged
/// 'Outstanding' by Ofsted inspectors for the second time in a row".
const IN_A_ROW_REACH: usize = 10;

/// Whether the grade at `grade_at` is told as kept from the inspection before: a
/// [`KEPT`] word a few words before it in its clause, or a [`SAME`] word a few words
/// after it in its sentence, with no other grade between.
fn told_as_kept(layout: &Layout, grade_marks: &[GradeMark], grade_at: usize) -> bool {
    let clause = layout.clause_at(grade_at);
    let lead = layout.words_in(clause.start..grade_at);
    let kept_before = lead.iter().rev().take(KEPT_REACH).any(|w| w.is_any(&KEPT));
    let sentence = layout.sentence_at(grade_at);
    let end = grade_end(layout, grade_at);
    let next_grade = grade_marks
        .get(grade_marks.partition_point(|(at, _)| *at <= grade_at))
        .map_or(sentence.end, |(at, _)| (*at).clamp(end, sentence.end));
    // "the same as at", "the same during", "the same grade as at": not "the same
    // grading for the service".
    let following = layout.words_in(end..next_grade);
    let after = &following[..following.len().min(KEPT_REACH + 2)];
    let same_after = after.iter().enumerate().any(|(at, same)| {
        let link = |i: usize| after.get(i).is_some_and(|w| w.is_any(&SAME_LINKS));
        let noun = after
            .get(at + 1)
            .is_some_and(|w| w.is_any(&GRADE_NOUN_FORMS));
        at < KEPT_REACH && same.is_any(&SAME) && (link(at + 1) || (noun && link(at + 2)))
    });
    // "by Ofsted inspectors for the second time in a row": given again, so the
    // inspection before's too.
    let run = &following[..following.len().min(IN_A_ROW_REACH)];
    let in_a_row =
        (0..run.len()).any(|at| IN_A_ROW.iter().any(|phrase| opens_with(&run[at..], phrase)));
    kept_before || same_after || in_a_row
}

/// Most words before a grade, in its clause, that an [`EARLIER_ADVERBS`] word may stand
/// and make it an earlier event's: "previously rated as 'good'".
const EARLIER_ADVERB_REACH: usize = 4;

/// "a children's services department previously rated as 'good'", "formerly judged to
/// be": a grade that its own clause, a few words before it, tells as an earlier one is
/// an earlier event's, as one right after "previously" is ("now" between them keeps it
/// the current one: "previously inadequate, it is now rated good").
fn told_as_earlier(layout: &Layout, mut ratings: Vec<RatingMention>) -> Vec<RatingMention> {
    for rating in ratings.iter_mut().filter(|r| !r.earlier) {
        let clause = layout.clause_at(rating.grade_at);
        let lead = layout.words_in(clause.start..rating.grade_at);
        let lead = &lead[lead.len().saturating_sub(EARLIER_ADVERB_REACH)..];
        if let Some(at) = lead.iter().rposition(|w| w.is_any(&EARLIER_ADVERBS)) {
            rating.earlier = !lead[at..].iter().any(|w| w.is_any(NOW.bases));
        }
        // "having been rated 'good' at their previous inspection".
        let end = grade_end(layout, rating.grade_at);
        let tail = layout.words_in(end..clause.end);
        if at_an_earlier_inspection(&tail[..tail.len().min(AT_EARLIER_REACH)]) {
            rating.earlier = true;
        }
    }
    ratings
}

/// Most words after a grade that "(rating) at its previous inspection" may take, with a
/// word between ("at its previous full inspection").
const AT_EARLIER_REACH: usize = 6;

/// Whether `words` (those right after a grade) open with "at", "in" or "during", a
/// possessive or "the", an [`EARLIER`] word and an inspection noun: "at their previous
/// inspection", "in the last full inspection"; or with a grade noun first ("an
/// 'Inadequate' rating at the last inspection").
fn at_an_earlier_inspection(words: &[Word]) -> bool {
    let words = match words {
        [noun, rest @ ..] if noun.is_any(&GRADE_NOUN_FORMS) => rest,
        _ => words,
    };
    let [at, whose, earlier, rest @ ..] = words else {
        return false;
    };
    at.is_any(&["at", "in", "during"])
        && whose.is_any(&["its", "their", "the"])
        // "last" only after "at": "rated 'requires improvement' at its last full
        // inspection" (before the visit reported), but "rated good in the last
        // inspection" is as often the latest.
        && earlier.is_any(&EARLIER)
        && (!earlier.is("last") || at.is("at"))
        && rest.iter().take(2).any(|w| w.is_any(&INSPECTION_NOUNS))
}

/// "rated inadequate ... following an inspection in July last year. A second visit
/// carried out on 28 and 29 June found progress": an ungraded visit of no stated kind,
/// no earlier than an inspection the article grades inadequate overall, or than a
/// monitoring visit it names, is a monitoring visit, Ofsted's visit to a council judged
/// inadequate, not an inspection (nor, if two days long, a focused visit).
fn visits_after_inadequate_are_monitoring(events: &mut [ArticleEvent]) {
    let inadequate_in: Vec<i32> = events
        .iter()
        .filter(|e| {
            e.ratings.iter().any(|r| {
                r.judgement == Judgement::OverallEffectiveness && r.grade == Grade::Inadequate
            })
        })
        .map(|e| e.year)
        // "a two-day visit in December 2018 ... since the last monitoring visit in
        // November 2017": monitoring visits come in series.
        .chain(
            events
                .iter()
                .filter(|e| e.kind == Some(EventKind::MonitoringVisit))
                .map(|e| e.year),
        )
        .collect();
    for event in events.iter_mut() {
        let after_inadequate = inadequate_in.iter().any(|&year| year <= event.year);
        if event.kind.is_none() && event.visit && event.ratings.is_empty() && after_inadequate {
            event.kind = Some(EventKind::MonitoringVisit);
        }
    }
}

/// Most words in scare quotes ("the first 'focused' visits"), not a statement.
const SCARE_QUOTE_WORDS: usize = 2;

/// "Inspectors have praised Leeds ... following the first two-day 'focused' visits":
/// an ungraded main event that no word gives a kind takes the kind of the visits the
/// narrative names in the plural (a word of the kind in scare quotes counts), where they
/// are all of one kind.
fn kind_from_plural_visits(layout: &Layout, words: &[EventWord], event: &mut ArticleEvent) {
    if event.kind.is_some() || !event.ratings.is_empty() {
        return;
    }
    let in_statement = |w: &EventWord| {
        layout
            .quote_at(w.range.start)
            .is_some_and(|q| layout.words_in(q.inner.clone()).len() > SCARE_QUOTE_WORDS)
    };
    let mut kinds = words
        .iter()
        .filter(|w| w.plural && !w.is_report && !in_statement(w))
        .filter_map(|w| w.kind.filter(|&k| k != EventKind::Inspection));
    let Some(kind) = kinds.next() else {
        return;
    };
    if kinds.all(|k| k == kind) {
        event.kind = Some(kind);
    }
}

/// How many words before a date a [`SINCE`] or [`EARLIER`] word makes it an earlier
/// event's.
const EARLIER_DATE_REACH: usize = 4;

/// Whether an event's only date is the article's own.
fn known_only_from_article(event: &ArticleEvent) -> bool {
    event.fallback.is_some() && event.occurred.is_empty() && event.published.is_empty()
}

/// Whether no date of an event's taking place has a month (it may have none).
fn no_month_of_taking_place(event: &ArticleEvent) -> bool {
    event
        .occurred
        .iter()
        .all(|d| d.parts().is_some_and(|p| p.month.is_none()))
}

/// Whether an event is dated, when it took place, only to its year, and not published.
fn only_to_its_year(event: &ArticleEvent) -> bool {
    event.published.is_empty() && !event.occurred.is_empty() && no_month_of_taking_place(event)
}

/// How many sentences after an undated word naming an earlier event ("since they were
/// last inspected") may tell when that was.
const EARLIER_TOLD_SENTENCES: usize = 2;

/// "Children's services in Rochdale have taken important strides since they were last
/// inspected ... Officials from Ofsted said areas of the service needed to improve after
/// running the rule over them early in January 2018": for an undated word naming an
/// earlier event when the article dates none, the first of `candidates` (dates no event
/// word took, in sentences about inspecting, before the reported event's date; in the
/// text's order) in that word's sentence or one of the next few.
fn told_just_after(layout: &Layout, candidates: &[Date], word: &Range<usize>) -> Option<Date> {
    let first = layout.sentence_index_at(word.start)?;
    let last = (first + EARLIER_TOLD_SENTENCES).min(layout.sentences.len() - 1);
    let reach = layout.sentences[first].start..layout.sentences[last].end;
    let start_of = |date: &Date| date.span.map_or(0, |span| span.start);
    let from = candidates.partition_point(|date| start_of(date) < reach.start);
    candidates
        .get(from)
        .filter(|date| start_of(date) < reach.end)
        .cloned()
}

/// The parts of an event's first date: when it took place, else when its report came
/// out, else the article's own.
fn date_parts_of(event: &ArticleEvent, dates: &ArticleDates) -> Option<DateParts> {
    match event.occurred.first().or(event.published.first()) {
        Some(date) => date.parts(),
        None => event
            .fallback
            .as_ref()
            .and_then(Date::parts)
            .or_else(|| dates.anchor.as_ref().map(|anchor| anchor.parts)),
    }
}

/// Whether an event has no date of its own but the article's, or its report's
/// publication ("an 'Outstanding' Ofsted report released on Monday 20 November 2023"):
/// a visit by inspectors told elsewhere may date it.
fn undated_but_by_article_or_report(event: &ArticleEvent) -> bool {
    event.occurred.is_empty() && (event.fallback.is_some() || !event.published.is_empty())
}

/// Whether the sentence at `at` states a date of a year other than `year`.
fn other_year_in_sentence(
    layout: &Layout,
    dates: &ArticleDates,
    grade_marks: &[GradeMark],
    at: usize,
    year: i32,
) -> bool {
    let sentence = layout.sentence_at(at);
    let from = dates
        .dates
        .partition_point(|(span, _)| span.start < sentence.start);
    dates.dates[from..]
        .iter()
        .take_while(|(span, _)| span.start < sentence.end)
        // "upgraded it to 'good' from the 'requires improvement' it gave it in 2014": the
        // date of an earlier grade after this one.
        .filter(|(span, _)| {
            !(span.start > at && dates_earlier_grade(layout, grade_marks, at + 1, span))
        })
        // "..., four years after the council was rated good": the date of what the
        // clause it opens tells, not of what stands outside it.
        .filter(|(span, _)| opened_clause(layout, span).is_none_or(|c| c.contains(&at)))
        // "rated Derby as outstanding in March, after being rated as 'good' by the
        // inspectorate in 2017": a date after this grade with another grade between
        // them is that grade's.
        .filter(|(span, _)| {
            !(span.start > at && nearer_another_grade(layout, grade_marks, at, span))
        })
        // "A council rated inadequate three years ago has been upgraded to 'requires
        // improvement'": the date of another grade, nearer it, before this one.
        .filter(|(span, _)| {
            !(span.end <= at && nearer_another_grade(layout, grade_marks, at, span))
        })
        // "its first inspection since 2017", "since the last inspection in 2019", "its
        // first inspection since it was rated inadequate in 2017": an earlier event's
        // date, told as such.
        .filter(|(span, _)| {
            let earlier = |w: &Word| w.is_any(&SINCE) || w.is_any(&EARLIER);
            let between = if span.start > at {
                at..span.start
            } else {
                span.end..at
            };
            // "rated inadequate in 2016 - now 'requires improvement'": the grade is told
            // as the present one, apart from the date.
            let now = |w: &Word| w.is_any(NOW.bases);
            let between = layout.words_in(between);
            // "judged 'requires improvement', a step forward from its first inspection
            // in 2019": what the grade is told against comes after "from".
            let compared_from = span.start > at && between.iter().any(|w| w.is("from"));
            !(layout
                .words_in(sentence.start..span.start)
                .iter()
                .rev()
                .take(EARLIER_DATE_REACH)
                .any(earlier)
                || compared_from
                || between.iter().any(earlier)
                || (span.start < at && between.iter().any(now)))
        })
        .any(|(_, date)| date.year().is_some_and(|y| y != year))
}

/// "upgraded from 'inadequate' to 'requires improvement'": the earlier grade's event is
/// found from the current grade's. When the current grade clashes with another grade of
/// its event for the same judgement, and loses to it (as the merge will choose: a named
/// judgement first, then a cued grade, then the first), the current grade was put on
/// the wrong event, so the earlier grade's event is wrong too: it is dropped, a grade
/// left out rather than given to the wrong inspection.
fn drop_earlier_grades_of_clashing_pairs(layout: &Layout, events: &mut [ArticleEvent]) {
    let mut misplaced: Vec<Range<usize>> = Vec::new();
    for event in events.iter() {
        // The grade the merge chooses for each judgement, found in one pass (an event
        // may hold thousands of grades).
        let mut chosen: [Option<&RatingMention>; Judgement::ALL.len()] = Default::default();
        for rating in &event.ratings {
            let slot = &mut chosen[rating.judgement.index()];
            let rank = |r: &RatingMention| (!r.explicit, !r.cued);
            if slot.is_none_or(|kept| rank(rating) < rank(kept)) {
                *slot = Some(rating);
            }
        }
        for rating in event.ratings.iter().filter(|r| !r.earlier) {
            let chosen = chosen[rating.judgement.index()];
            if chosen.is_some_and(|chosen| chosen.grade != rating.grade) {
                misplaced.push(layout.sentence_at(rating.grade_at));
            }
        }
    }
    if misplaced.is_empty() {
        return;
    }
    // Sentences do not overlap: sorted, each grade's is found by binary search.
    misplaced.sort_by_key(|sentence| sentence.start);
    misplaced.dedup();
    let in_misplaced = |at: usize| {
        misplaced
            .get(misplaced.partition_point(|s| s.end <= at))
            .is_some_and(|sentence| sentence.contains(&at))
    };
    for event in events.iter_mut() {
        event
            .ratings
            .retain(|r| !(r.earlier && in_misplaced(r.grade_at)));
    }
}

/// For a main event known only from the article's own date: a date no event word took,
/// in a narrative sentence about inspectors ("Ofsted inspectors were in Kirklees for
/// three weeks in July", "Inspectors, who reviewed the services from April 8 to April
/// 12, said ..."), of the event's year, dates it instead.
fn date_by_inspectors(
    layout: &Layout,
    dates: &ArticleDates,
    bound: &[usize],
    event: &mut ArticleEvent,
) {
    if !undated_but_by_article_or_report(event) {
        return;
    }
    // Whether a sentence names inspectors, read once per sentence (dates are in order).
    let mut last_sentence: Option<(usize, bool)> = None;
    let mut names_inspectors = |sentence: Range<usize>| match last_sentence {
        Some((start, answer)) if start == sentence.start => answer,
        _ => {
            let answer = layout
                .words_in(sentence.clone())
                .iter()
                .any(|w| w.is_any(&INSPECTORS));
            last_sentence = Some((sentence.start, answer));
            answer
        }
    };
    let found = dates
        .dates
        .iter()
        .enumerate()
        .find(|(index, (span, date))| {
            if bound.binary_search(index).is_ok()
                || layout.quote_at(span.start).is_some()
                || date.year() != Some(event.year)
                || is_the_articles_own(dates, date)
            {
                return false;
            }
            let sentence = layout.sentence_at(span.start);
            let before = layout.words_in(sentence.start..span.start);
            let earlier = before
                .iter()
                .rev()
                .take(4)
                .any(|w| w.is_any(&EARLIER) || w.is_any(&PERIOD_BOUND));
            !earlier && !in_since_clause(layout, before, span) && names_inspectors(sentence)
        });
    if let Some((_, (_, date))) = found {
        keep(&mut event.occurred, date.clone());
        event.fallback = None;
    }
}

/// Whether a date is the article's own, read from a word like "today" or "this week"
/// ("The chief executive today said ... after inspectors gave ..."): when a statement
/// was made, not when the inspectors were there.
fn is_the_articles_own(dates: &ArticleDates, date: &Date) -> bool {
    date.inferred
        && dates.anchor.as_ref().is_some_and(|anchor| {
            let own = anchor.date("", "").value;
            own.starts_with(&date.value)
        })
}

/// How many words before a date a [`FUTURE`] word puts it still to come.
const FUTURE_REACH: usize = 6;

/// Most months from an inspection the article reports to the article's own date.
const MONTHS_REPORTED_AFTER: i32 = 12;

/// How many words before a date a word that makes it another time's reaches
/// ("since", "last", "until", "will", "due", "published").
const OTHER_TIME_REACH: usize = 4;

/// For a main event dated only by the article's own date, or by a year alone: a date
/// elsewhere in the article's narrative, to the month, that no event word took, in a
/// sentence about inspecting ("inspectors visited in May", "the inspection took place
/// between ...", "Ofsted, who looked at the services between November and December
/// last year", "Ofsted says it found failures during an investigation which took place
/// in October"), dates it instead: the first such date up to a year before the article's
/// date (of the event's year, for one dated by a year), and not told as an earlier, a
/// later or a publication date.
fn date_across_article(
    layout: &Layout,
    dates: &ArticleDates,
    bound: &[usize],
    graded_at: &[usize],
    event: &mut ArticleEvent,
) {
    let Some(anchor) = dates.anchor.as_ref() else {
        return;
    };
    let month_of = |p: &DateParts| p.year * 12 + p.month.map_or(11, |m| m as i32 - 1);
    let only_from_article = undated_but_by_article_or_report(event);
    let year_only = !event.occurred.is_empty()
        && event
            .occurred
            .iter()
            .all(|d| d.parts().is_some_and(|p| p.month.is_none()));
    if !(only_from_article || year_only) {
        return;
    }
    let latest = month_of(&anchor.parts);
    let year = event.year;
    let found = inspecting_dates(layout, dates, bound, graded_at, move |parts| {
        (0..=MONTHS_REPORTED_AFTER).contains(&(latest - month_of(parts)))
            && (only_from_article || parts.year == year)
    })
    .next();
    if let Some(date) = found {
        keep(&mut event.occurred, date.clone());
        event.fallback = None;
    }
}

/// "In November 2019, the watchdog found the service had 'deteriorated'", beside "the
/// last full Ofsted inspection in 2019": an event other than the main one, dated by a
/// year alone, takes the first month of that year that [`inspecting_dates`] gives, where
/// no other event is of that year. One pass over the dates for all such events.
fn date_earlier_by_inspecting(
    layout: &Layout,
    dates: &ArticleDates,
    bound: &[usize],
    graded_at: &[usize],
    events: &mut [ArticleEvent],
    main: usize,
) {
    // Events of each year, to find those alone in theirs: (year, event), sorted.
    let mut by_year: Vec<(i32, usize)> = (0..events.len())
        .filter(|&i| !events[i].future)
        .map(|i| (events[i].year, i))
        .collect();
    by_year.sort_unstable();
    let alone = |year: i32| {
        let from = by_year.partition_point(|&(y, _)| y < year);
        let to = by_year.partition_point(|&(y, _)| y <= year);
        (to == from + 1).then(|| by_year[from].1)
    };
    // The events to date, by year (sorted), each with the date found so far.
    let mut wanted: Vec<(i32, usize, Option<Date>)> = by_year
        .iter()
        .filter_map(|&(year, index)| {
            let event = &events[index];
            let year_only = !event.occurred.is_empty()
                && event
                    .occurred
                    .iter()
                    .all(|d| d.parts().is_some_and(|p| p.month.is_none()));
            (index != main && is_graded(event) && year_only && alone(year) == Some(index))
                .then_some((year, index, None))
        })
        .collect();
    if wanted.is_empty() {
        return;
    }
    let years: Vec<i32> = wanted.iter().map(|&(year, _, _)| year).collect();
    let accept = move |parts: &DateParts| {
        years.binary_search(&parts.year).is_ok() && !parts_after_article(dates, parts)
    };
    for date in inspecting_dates(layout, dates, bound, graded_at, accept) {
        let Some(year) = date.year() else {
            continue;
        };
        if let Ok(at) = wanted.binary_search_by_key(&year, |&(year, _, _)| year) {
            wanted[at].2.get_or_insert_with(|| date.clone());
        }
    }
    for (_, index, date) in wanted {
        if let Some(date) = date {
            keep(&mut events[index].occurred, date);
        }
    }
}

/// The article's dates to the month that `accept`s, that no event word took (`bound`,
/// sorted), in the narrative, in a sentence about inspecting, and not told as an
/// earlier, a later or a publication date, nor as the article's own; in the text's order.
fn inspecting_dates<'d>(
    layout: &'d Layout,
    dates: &'d ArticleDates,
    bound: &'d [usize],
    graded_at: &'d [usize],
    accept: impl Fn(&DateParts) -> bool + 'd,
) -> impl Iterator<Item = &'d Date> + 'd {
    // Whether a sentence tells of inspecting, read once per sentence (dates are in
    // order). One that names only the inspectorate does unless it grades ("Ofsted rated
    // it inadequate in March 2016" dates that grade's event).
    let mut last_sentence: Option<(usize, bool)> = None;
    let mut tells_of_inspecting = move |sentence: Range<usize>| match last_sentence {
        Some((start, answer)) if start == sentence.start => answer,
        _ => {
            let words = layout.words_in(sentence.clone());
            let graded = graded_at
                .get(graded_at.partition_point(|&g| g < sentence.start))
                .is_some_and(|g| sentence.contains(g));
            let answer = about_inspecting(words)
                || (!graded && words.iter().any(|w| w.is_any(&INSPECTING_SUBJECTS)));
            last_sentence = Some((sentence.start, answer));
            answer
        }
    };
    dates
        .dates
        .iter()
        .enumerate()
        .filter(move |(index, (span, date))| {
            let Some(parts) = date.parts() else {
                return false;
            };
            if parts.month.is_none()
                || !accept(&parts)
                || bound.binary_search(index).is_ok()
                || layout.quote_at(span.start).is_some()
                || is_the_articles_own(dates, date)
            {
                return false;
            }
            let sentence = layout.plain_sentence_at(span.start);
            let before = layout.words_in(sentence.start..span.start);
            let other_time = before.iter().rev().take(OTHER_TIME_REACH).any(|w| {
                w.is_any(&EARLIER)
                    || w.is_any(&PERIOD_BOUND)
                    || w.is_any(&FUTURE)
                    || w.is_any(&PUBLISHING)
            });
            let other_time = other_time || in_since_clause(layout, before, span);
            // "after the 16th February 2017 cyber-attack": another thing's date.
            let premodifies =
                date.end.is_none() && premodifies_another_noun(layout, &sentence, span);
            !other_time && !premodifies && tells_of_inspecting(sentence)
        })
        .map(|(_, (_, date))| date)
}

/// Whether the date at `span` ends a clause that "since" opens a few words before it,
/// with no comma between (`before` are the sentence's words before the date): "since
/// they were put into special measures last December" tells when a period began.
fn in_since_clause(layout: &Layout, before: &[Word], span: &Range<usize>) -> bool {
    before
        .iter()
        .rev()
        .take(CLAUSE_OF_DATE_WORDS)
        .find(|w| w.is_any(&SINCE))
        .is_some_and(|since| {
            !layout
                .slice(since.end()..span.start)
                .contains([',', ';', ':'])
        })
}

/// Whether a sentence tells of inspecting: it names the inspectors, inspections, or the inspectorate with a verb of looking ("Ofsted, who looked at").
fn about_inspecting(words: &[Word]) -> bool {
    let inspectorate = words.iter().any(|w| w.is_any(&INSPECTING_SUBJECTS));
    words.iter().any(|w| {
        w.is_any(&INSPECTORS)
            || w.is_any(&INSPECTION_NOUNS)
            // "the two inspections that had commenced on 4 July 2016": plural words of
            // an inspection make no event, and leave their dates to the one reported.
            || w.is_any(&INSPECTION_PLURALS)
            || (inspectorate && w.is_any(&LOOKING_VERBS))
    })
}

/// Most words from a grade to a date that dates it ("rated 'inadequate' in 2019", "its
/// 'inadequate' rating came in 2014"), the grade's own word included.
const DATE_BY_GRADE_WORDS: usize = 5;

/// Most words from a grade to a date whose "when" or "which" clause holds it: "its
/// conclusion in 2015, when the service was judged to be 'inadequate'". The clause,
/// with no comma of its own, binds them; this only bounds the reading.
const CLAUSE_OF_DATE_WORDS: usize = 10;

/// Most words from a date to a grade in the "when" or "which" clause right after it,
/// which may name a judgement by its whole title: "Since the previous inspection in
/// September 2023, when the experience and progress of children in care was judged
/// good".
const WHEN_CLAUSE_WORDS: usize = 16;

/// The date nearest the grade at `grade_at`, with its span and year, if one is in its
/// clause and right by it: the grade is that year's, whatever event words are around.
///
/// A date on the far side of another grade word is not this grade's, nor one right
/// after an earlier grade before this one ("The upgrade from 'good' in 2020 to
/// 'outstanding'"), nor one nearer another grade before it: `grade_marks` are the
/// article's grade words (none where the grade's own words give its date).
fn date_by_grade(
    layout: &Layout,
    dates: &ArticleDates,
    grade_at: usize,
    grade_marks: &[GradeMark],
) -> Option<(Range<usize>, Date, i32)> {
    let sentence = layout.sentence_at(grade_at);
    // The dates are in the text's order: those of the sentence are a run of them.
    let from = dates
        .dates
        .partition_point(|(span, _)| span.start < sentence.start);
    let to = dates
        .dates
        .partition_point(|(span, _)| span.start < sentence.end);
    let in_sentence = &dates.dates[from..to.max(from)];
    let between = |span: &Range<usize>| {
        if span.end <= grade_at {
            span.end..grade_at
        } else {
            grade_at..span.start
        }
    };
    let words_between = |span: &Range<usize>| words_from_grade(layout, grade_at, span);
    // Only dates a few words from the grade count, and the words between only grow
    // away from it: read outwards from the grade while they are near enough.
    let split = in_sentence.partition_point(|(span, _)| span.end <= grade_at);
    let mut near = split..split;
    while near.start > 0 && words_between(&in_sentence[near.start - 1].0) <= WHEN_CLAUSE_WORDS {
        near.start -= 1;
    }
    while near.end < in_sentence.len()
        && words_between(&in_sentence[near.end].0) <= CLAUSE_OF_DATE_WORDS
    {
        near.end += 1;
    }
    in_sentence[near]
        .iter()
        .filter(|(span, _)| sentence.contains(&span.start))
        // "the first 'good' rating since 2013": the date a period of other grades
        // starts, not the grade's (but "judged 'inadequate' since 2019" is).
        .filter(|(span, _)| {
            let before = layout.words_in(sentence.start..span.start);
            let after_since = before.last().is_some_and(|w| w.is_any(&SINCE));
            let grade_words = layout.words_in(sentence.start..grade_at);
            // Or "the first time the council has been rated good since 2010" (read a
            // few words back, so that many dates of many grades stay linear).
            let first = grade_words[grade_words.len().saturating_sub(2)..]
                .iter()
                .any(|w| w.is_any(&FIRST))
                || grade_words[grade_words.len().saturating_sub(FIRST_TIME_REACH)..]
                    .windows(2)
                    .any(|w| w[0].is_any(&FIRST) && w[1].is(FIRST_TIME));
            // "has moved on since 2019 to achieve a judgment of 'Good'": a period's start
            // before the grade is not its date either, unless a clause about it holds
            // the grade ("since 2022, when services were rated ...").
            // So is a date in a clause "since" opens ("since its Ofsted inspection in
            // March 2015 to achieve a 'good' judgement").
            let gap = layout.words_in(span.end..grade_at);
            let to_aim = gap.iter().any(|w| w.is_any(&TO_AIM));
            let start_before = span.end <= grade_at
                && (after_since || (to_aim && in_since_clause(layout, before, span)))
                && !opens_clause_about_it(gap);
            !((after_since && first) || start_before)
        })
        .filter(|(span, _)| !nearer_another_grade(layout, grade_marks, grade_at, span))
        // "rated inadequate in all areas, just four years after the council was rated
        // good": a date that opens a clause dates only what that clause tells.
        .filter(|(span, _)| opened_clause(layout, span).is_none_or(|c| c.contains(&grade_at)))
        .filter_map(|(span, date)| {
            let between = between(span);
            let words = words_from_grade(layout, grade_at, span);
            let gap = layout.slice(between.clone());
            // "since 2022, when services were rated 'requires improvement'", "since the
            // last inspection in February 2019', when services were found to be
            // inadequate", "in 2013, which rated the service as good": a clause that
            // "when" or "which" opens right after the date is the date's.
            // So is one that "at which point", "after which" or "where" opens.
            let clause_of_date = span.end <= grade_at
                && (opens_clause_in(layout, span.end..grade_at, Comma::Needed, |w| {
                    w.is_any(&WHEN) || w.is_any(&RELATIVE_PRONOUNS) || w.is_any(&WHERE)
                }) || opens_clause_in(layout, span.end..grade_at, Comma::Optional, |w| {
                    w.is_any(&WHEN)
                }));
            // "raised the rating from 'good', which was awarded in 2017": so is a clause
            // that "which" opens right after the grade.
            let which_clause = span.start > grade_at
                && opens_clause_in(
                    layout,
                    grade_end(layout, grade_at)..span.start,
                    Comma::Needed,
                    |w| w.is_any(&RELATIVE_PRONOUNS),
                );
            // "Current position: Requires Improvement (ILACS, June 2022)": a bracket
            // opened right after the grade and holding the date is the grade's; so is
            // "were last rated requires improvement, in 2019" (only "in" after the comma).
            let after_grade = (span.start > grade_at).then(|| {
                layout
                    .slice(grade_end(layout, grade_at)..span.start)
                    .trim_start_matches(|c: char| c.is_whitespace() || QUOTE_MARKS.contains(&c))
            });
            let bracket_after = after_grade.is_some_and(|after| {
                after
                    .strip_prefix('(')
                    .is_some_and(|inside| !inside.contains([')', '(']))
            });
            let comma_in = after_grade.is_some_and(|after| {
                // "(Inadequate, 2015)": a grade and its date alone in a bracket. (Read
                // from the word before the grade: a long sentence is not read again for
                // each grade.)
                let sentence = layout.sentence_at(grade_at);
                let from = layout
                    .words_in(sentence.start..grade_at)
                    .last()
                    .map_or(sentence.start, |w| w.end());
                let bracketed = layout
                    .slice(from..grade_at)
                    .trim_end_matches(|c: char| c.is_whitespace() || QUOTE_MARKS.contains(&c))
                    .ends_with('(');
                after.strip_prefix(',').is_some_and(|rest| {
                    matches!(rest.trim(), "in" | "In") || (bracketed && rest.trim().is_empty())
                })
            });
            let in_clause = clause_of_date || which_clause || bracket_after || comma_in;
            let same_clause = !gap.contains([',', ';', ':']) || in_clause;
            // "rated inadequate in 2016 - now 'require improvement to be good'": a grade
            // told as the present one after a date is not that date's; nor one in an
            // "after" clause ("visited in March after being rated as 'good'").
            let words_between = layout.words_in(between);
            let now_between = words_between.iter().any(|w| {
                w.is_any(NOW.bases)
                    || (span.end <= grade_at && !in_clause && w.is_any(&FIRST_AFTER))
            });
            // "first achieved an 'outstanding' rating for its children's services in
            // 2018", "in 2022 the service was able to retain its 'outstanding' grading":
            // a grade and a date in one clause go together further apart (no other
            // grade nearer the date: see `nearer_another_grade`), unless the date starts
            // a period ("its first inspection since 2020", "having progressed from
            // 'good' to 'outstanding' since they were last inspected nearly five years
            // ago"), or "since" or "after" opens another clause between them ("a visit
            // in June 2021 found progress since the council was once branded
            // 'inadequate'", "removed its 'inadequate' rating after an inspection in May").
            let before = layout.words_in(sentence.start..span.start);
            let alone = !in_since_clause(layout, before, span)
                && !words_between
                    .iter()
                    .any(|w| w.is_any(&SINCE) || w.is_any(&FIRST_AFTER));
            let reach = if clause_of_date {
                WHEN_CLAUSE_WORDS
            } else if in_clause || alone {
                CLAUSE_OF_DATE_WORDS
            } else {
                DATE_BY_GRADE_WORDS
            };
            (same_clause && !now_between && words <= reach).then_some((
                words,
                span,
                date,
                clause_of_date,
            ))
        })
        .fold(None, |best, next| nearer_date(best, next, grade_at))
        .map(|(words, span, date, _)| (words, span, date))
        .or_else(|| opening_date(layout, in_sentence, &sentence, grade_at))
        .or_else(|| {
            in_sentence
                .first()
                .is_none_or(|(span, _)| span.start > grade_at)
                .then(|| date_of_the_time_before(layout, dates, &sentence, grade_at))
                .flatten()
        })
        .and_then(|(_, span, date)| Some((span.clone(), date.clone(), date.year()?)))
}

/// Of two dates that may be the grade's at `grade_at` (in the text's order), the one
/// fewer words from it; but a date before the grade whose clause holds it wins over one
/// after the grade: "since 2009, when Ofsted identified the service as 'inadequate' and
/// then in 2015 as 'requires improvement'".
fn nearer_date<'d>(
    best: Option<(usize, &'d Range<usize>, &'d Date, bool)>,
    next: (usize, &'d Range<usize>, &'d Date, bool),
    grade_at: usize,
) -> Option<(usize, &'d Range<usize>, &'d Date, bool)> {
    let Some(best) = best else {
        return Some(next);
    };
    let (_, best_span, _, clause_of_date) = best;
    if clause_of_date && best_span.end <= grade_at && next.1.start > grade_at {
        return Some(best);
    }
    Some(if next.0 < best.0 { next } else { best })
}

/// Whether `words` (those right after a date) open a clause about it: "when", "where",
/// "which", or "at which point".
fn opens_clause_about_it(words: &[Word]) -> bool {
    let relative = match words {
        [preposition, which, ..] if preposition.is_any(&BEFORE_WHICH) => which,
        [first, ..] => first,
        [] => return false,
    };
    relative.is_any(&WHEN) || relative.is_any(&RELATIVE_PRONOUNS) || relative.is_any(&WHERE)
}

/// Marks that may close a quoted grade before the punctuation after it.
const QUOTE_MARKS: [char; 4] = ['"', '\'', '”', '’'];

/// How a clause about a date or grade may open after it.
#[derive(Clone, Copy, PartialEq)]
enum Comma {
    /// After a comma only: ", which was awarded in 2017".
    Needed,
    /// With a comma or without one: "in 2012 when the local authority's performance was
    /// judged to be 'good'" (a "when" clause binds to the date before it either way).
    Optional,
}

/// Whether the text at `gap` opens a clause that a word `opener` accepts, with no comma,
/// semicolon or colon of its own before the gap ends: after a comma (and any closing
/// quotation mark), ", when services were rated", "', which was awarded"; or, where the
/// comma is `Optional`, right away, so long as no "and" or "but" joins another clause on
/// ("since 2016 when a new director arrived and Ofsted has rated them good").
fn opens_clause_in(
    layout: &Layout,
    gap: Range<usize>,
    comma: Comma,
    opener: impl Fn(&Word) -> bool,
) -> bool {
    let text = layout
        .slice(gap.clone())
        .trim_start_matches(|c: char| c.is_whitespace() || QUOTE_MARKS.contains(&c));
    let (rest, after_comma) = match text.strip_prefix(',') {
        Some(rest) => (rest, true),
        None if comma == Comma::Optional => (text, false),
        None => return false,
    };
    let rest_start = gap.end - rest.len();
    let words = layout.words_in(rest_start..gap.end);
    // "at which point", "after which": the relative word after a preposition.
    let relative = match words {
        [preposition, which, ..] if preposition.is_any(&BEFORE_WHICH) => which,
        [first, ..] => first,
        [] => return false,
    };
    let joined_on = !after_comma && words.iter().any(|w| w.is_any(&["and", "but"]));
    !rest.contains([',', ';', ':']) && !joined_on && opener(relative)
}

/// The last date of the sentence before, for a grade in a sentence that opens "At the
/// time," (or "At that time,") with no date of its own before the grade: "... since its
/// last inspection in March 2020. At the time, the inspectorate handed down its second
/// lowest rating".
fn date_of_the_time_before<'d>(
    layout: &Layout,
    dates: &'d ArticleDates,
    sentence: &Range<usize>,
    grade_at: usize,
) -> Option<(usize, &'d Range<usize>, &'d Date)> {
    let opening = layout.words_in(sentence.start..grade_at);
    let phrase = BACK_TO_THAT_TIME
        .iter()
        .find(|phrase| opens_with(opening, phrase))?;
    let last = &opening[phrase.len() - 1];
    let after = layout.text.get(last.end()..sentence.end)?;
    if !after.trim_start().starts_with(',') {
        return None;
    }
    let index = layout.sentence_index_at(sentence.start)?;
    let previous = layout.sentences.get(index.checked_sub(1)?)?;
    let before = dates
        .dates
        .partition_point(|(span, _)| span.start < sentence.start);
    let (span, date) = dates.dates.get(before.checked_sub(1)?)?;
    previous.contains(&span.start).then_some((0, span, date))
}

/// A date that opens the grade's sentence as "In January 2020," and so dates all it
/// tells, when no other date stands between it and the grade: "In January 2020,
/// children's services were judged to be 'Outstanding'".
fn opening_date<'d>(
    layout: &Layout,
    in_sentence: &'d [(Range<usize>, Date)],
    sentence: &Range<usize>,
    grade_at: usize,
) -> Option<(usize, &'d Range<usize>, &'d Date)> {
    let (span, date) = in_sentence.first()?;
    // "Two years after the team were branded inadequate, ...": the clause it opens.
    if let Some(clause) = opened_clause(layout, span) {
        let opens = layout.words_in(sentence.start..span.start).is_empty();
        return (opens && span.end <= grade_at && grade_at < clause.end).then_some((0, span, date));
    }
    let opening = layout.words_in(sentence.start..span.start);
    // "Nine years ago the council's services were judged to be inadequate": a date that
    // opens the sentence, with no comma after it, dates the grade in its first clause.
    let gap = layout.slice(span.end..grade_at);
    let plain_opening = opening.is_empty()
        && span.end <= grade_at
        && !gap.contains([',', ';', ':'])
        && layout.words_in(span.end..grade_at).len() <= CLAUSE_OF_DATE_WORDS
        && in_sentence
            .get(1)
            .is_none_or(|(next, _)| next.start > grade_at);
    if plain_opening {
        return Some((0, span, date));
    }
    // "In 2017, the service was judged ..." ("Back in 2017, ..."), and a date that is
    // the sentence's first words ("Four years ago, Ofsted said the council's services
    // were inadequate").
    let opens = match opening.split_last() {
        None => true,
        Some((opener, leads)) => {
            opener.is_any(&DATE_OPENERS)
                && leads.len() <= DATE_OPENER_LEADS.len()
                && leads.iter().all(|w| w.is_any(&DATE_OPENER_LEADS))
        }
    };
    // Or a clause of time that opens the sentence, holding the date and no comma: "The
    // last time the department was assessed by Ofsted in 2015, it was given ...".
    let time_clause = TIME_CLAUSE_OPENERS
        .iter()
        .any(|phrase| opening.len() > phrase.len() && opens_with(opening, phrase))
        && !layout
            .slice(sentence.start..span.start)
            .contains([',', ';', ':']);
    let opens = opens || time_clause;
    // Or a colon: "• 2015: Overall, the County was rated 'good'" (a history's item).
    let then_comma = layout
        .slice(span.end..grade_at)
        .trim_start()
        .starts_with([',', ':']);
    let alone = in_sentence
        .get(1)
        .is_none_or(|(next, _)| next.start > grade_at);
    (opens && then_comma && alone && span.end <= grade_at).then_some((0, span, date))
}

/// For a date whose words end in one that opens a clause ("Two years after", "Six years
/// on from"), that clause: from the date to the first comma, semicolon or colon after it.
fn opened_clause(layout: &Layout, date: &Range<usize>) -> Option<Range<usize>> {
    let last = *layout.words_in(date.clone()).last()?;
    if !last.is_any(&CLAUSE_OPENING) {
        return None;
    }
    let sentence = layout.sentence_at(date.start);
    let rest = layout.slice(date.end..sentence.end);
    let end = rest
        .find([',', ';', ':'])
        .map_or(sentence.end, |at| date.end + at);
    Some(date.start..end)
}

/// A grade word of the article: where it starts, and whether it is an earlier grade
/// ("from 'inadequate'").
type GradeMark = (usize, bool);

/// The article's grade words, in the text's order, each once.
fn grade_marks(ratings: &[RatingMention]) -> Vec<GradeMark> {
    let mut marks: Vec<GradeMark> = ratings.iter().map(|r| (r.grade_at, r.earlier)).collect();
    marks.sort_unstable();
    marks.dedup_by(|later, first| {
        let same = later.0 == first.0;
        first.1 |= same && later.1;
        same
    });
    marks
}

/// Where the grade phrase at `grade_at` ends: "requires improvement (to be good)" is one
/// grade, as "good" is.
fn grade_end(layout: &Layout, grade_at: usize) -> usize {
    let words = layout.words_in(grade_at..layout.sentence_at(grade_at).end);
    let Some(first) = words.first() else {
        return grade_at;
    };
    // Only "requires improvement" and its kin take more than one word here: any other
    // grade ends with its word, with no tokens made.
    if !(first.is_any(&IMPROVEMENT_VERBS) || first.is_any(&["need", "needs", "needed", "needing"]))
    {
        return first.end();
    }
    // The grade's words as the grade reader takes them ("requires further improvement
    // to be good"): read from a few tokens, so a long sentence is not made tokens again.
    let head = &words[..words.len().min(GRADE_MOST_WORDS)];
    let tokens = tokens(layout.text, head, Some(layout));
    match read_grade_at(&tokens, 0) {
        Some((_, length)) => head[length - 1].end(),
        None => first.end(),
    }
}

/// Most words a grade phrase takes: "requiring further improvement in order to be good".
const GRADE_MOST_WORDS: usize = 8;

/// Words from the grade at `grade_at` to the date at `span`, the grade phrase counted
/// as one word where the date follows it.
fn words_from_grade(layout: &Layout, grade_at: usize, span: &Range<usize>) -> usize {
    if span.contains(&grade_at) {
        // A grade's own year ("ratings in 2011, 2013 and 2015").
        0
    } else if span.end <= grade_at {
        layout.words_in(span.end..grade_at).len()
    } else {
        let end = grade_end(layout, grade_at).min(span.start);
        1 + layout.words_in(end..span.start).len()
    }
}

/// Whether the date at `span` is another grade word's rather than that of the grade at
/// `grade_at`: another grade stands between them, or the date comes right after
/// another grade before it in its sentence, one told as an earlier grade or nearer
/// than this one.
fn nearer_another_grade(
    layout: &Layout,
    grade_marks: &[GradeMark],
    grade_at: usize,
    span: &Range<usize>,
) -> bool {
    let (from, to) = if span.start > grade_at {
        (grade_at + 1, span.start)
    } else {
        (span.end, grade_at)
    };
    let first = grade_marks.partition_point(|(at, _)| *at < from);
    if grade_marks.get(first).is_some_and(|(at, _)| *at < to) {
        return true;
    }
    if span.start <= grade_at {
        return grade_marks[..grade_marks.partition_point(|(at, _)| *at < span.start)]
            .last()
            .filter(|&&(other, _)| layout.sentence_at(span.start).contains(&other))
            .is_some_and(|&(other, earlier)| {
                let gap = words_from_grade(layout, other, span);
                let clause = !layout
                    .slice(grade_end(layout, other)..span.start)
                    .contains([',', ';', ':']);
                clause
                    && gap <= DATE_BY_GRADE_WORDS
                    && (earlier || gap < words_from_grade(layout, grade_at, span))
            });
    }
    false
}

/// Whether the date at `date` comes right after an earlier grade ("from 'requires
/// improvement' ... in 2014") that is the last grade word before it, after `from`.
fn dates_earlier_grade(
    layout: &Layout,
    grade_marks: &[GradeMark],
    from: usize,
    date: &Range<usize>,
) -> bool {
    grade_marks[..grade_marks.partition_point(|(at, _)| *at < date.start)]
        .last()
        .is_some_and(|&(at, earlier)| {
            let clause = !layout
                .slice(grade_end(layout, at)..date.start)
                .contains([',', ';', ':']);
            earlier
                && at >= from
                && clause
                && words_from_grade(layout, at, date) <= DATE_BY_GRADE_WORDS
        })
}

/// The inspection the article tells of only as before the one reported: `before`, or a
/// new one of `year` (the reported one's) made now.
fn undated_earlier(
    events: &mut Vec<ArticleEvent>,
    before: &mut Option<usize>,
    year: Option<i32>,
) -> usize {
    *before.get_or_insert_with(|| {
        events.push(ArticleEvent {
            kind: Some(EventKind::Inspection),
            earlier_only: true,
            before: true,
            ..ArticleEvent::of_year(year.unwrap_or_default())
        });
        events.len() - 1
    })
}

/// Most years between an inspection and the one before it that an earlier grade with no
/// date of its own may be given to: the longest cycle of full inspections.
const INSPECTION_CYCLE_YEARS: i32 = 6;

/// Most words before an earlier grade that the date of its inspection quotes: "once
/// rated inadequate", "no longer judged to be inadequate".
const BEFORE_WORDS: usize = 4;

/// Dates the inspection told of only as earlier, `before`, as before the event the
/// article reports (or the article itself), with the words of its first grade and the
/// few before it in its clause that tell it as earlier.
fn date_as_before(
    layout: &Layout,
    events: &mut [ArticleEvent],
    before: usize,
    main: Option<usize>,
    dates: &ArticleDates,
    source: &str,
) {
    let reported = main.and_then(|m| {
        let event = &events[m];
        best(&event.occurred)
            .or_else(|| best(&event.published))
            .or(event.fallback.as_ref())
            .cloned()
    });
    let Some(bound) = reported.or_else(|| dates.anchor.as_ref().map(|a| a.date(source, ""))) else {
        return;
    };
    let words = events[before].ratings.first().map(|r| {
        let lead = layout.words_in(layout.clause_at(r.grade_at).start..r.span.start);
        let start = lead
            .len()
            .checked_sub(BEFORE_WORDS)
            .map_or(lead.first(), |at| lead.get(at))
            .map_or(r.span.start, |w| w.start.min(r.span.start));
        start..r.span.end
    });
    let event = &mut events[before];
    event.year = bound.year().unwrap_or(event.year);
    event.occurred = vec![Date {
        value: bound.value,
        end: None,
        inferred: true,
        before: true,
        basis: Some("no date is given: told as earlier than the event reported".into()),
        source: words.as_ref().map(|_| source.to_string()),
        span: words.map(|w| crate::model::Span {
            start: w.start,
            end: w.end,
        }),
    }];
}

/// An event known only from a date given with a grade ("rated inadequate in 2017").
fn dated_only(year: i32, date: Date) -> ArticleEvent {
    ArticleEvent {
        occurred: vec![date],
        loose: true,
        ..ArticleEvent::of_year(year)
    }
}

/// For a grade with no event named before it: the event named after it in its clause
/// ("rated 'Requires Improvement' when they were last inspected in 2021").
fn named_after_in_clause(
    layout: &Layout,
    named: &[(Range<usize>, usize)],
    at: usize,
) -> Option<usize> {
    let clause = layout.clause_at(at);
    // The first named after `at` (in order): any later is further out of the clause.
    let (range, event) = named
        .get(named.partition_point(|(range, _)| range.start <= at))
        .filter(|(range, _)| clause.contains(&range.start))?;
    let between = layout.words_in(at..range.start);
    (!between.iter().any(|w| w.is_any(&NOT_THE_GRADES_EVENT))).then_some(*event)
}

/// Words right before an event word that are its own ("the last Ofsted inspection").
const EVENT_WORD_LEAD: usize = 3;

/// Whether an [`EARLIER_GRADE`] word stands between `at` and the next event word named
/// after it, not among that word's own.
fn earlier_grade_between(layout: &Layout, named: &[(Range<usize>, usize)], at: usize) -> bool {
    named
        .get(named.partition_point(|(range, _)| range.start <= at))
        .is_some_and(|(range, _)| {
            let between = layout.words_in(at..range.start);
            // Not the event word's own: "when last inspected", "the last Ofsted inspection".
            between[..between.len().saturating_sub(EVENT_WORD_LEAD)]
                .iter()
                .any(|w| w.is_any(EARLIER_GRADE.bases))
        })
}

/// Most months from an inspection to its report's publication.
const MONTHS_TO_REPORT: i32 = 6;

/// "judged good in a report published on 15 January 2025, following an inspection in
/// November 2024": an event known only by its publication date is the report of an
/// event that took place up to a few months before, not an event of its own.
fn fold_in_publications(events: &mut Vec<ArticleEvent>, event_of_word: &mut [Option<usize>]) {
    let month_of = |date: &Date| {
        date.parts()
            .map(|p| p.year * 12 + p.month.unwrap_or(1) as i32)
    };
    let mut index = 0;
    while index < events.len() {
        let report = &events[index];
        let published_date = best(&report.published);
        let published = published_date.and_then(month_of);
        // A publication date to the month, that may fall just after a year.
        let to_month = published_date
            .and_then(|d| d.parts())
            .is_some_and(|p| p.month.is_some());
        let reported = published
            .filter(|_| report.occurred.is_empty())
            .and_then(|published| {
                (0..events.len()).find(|&other| {
                    // The first and last month the inspection may have ended in: one over
                    // a span ("last autumn") is reported after its end; one of a year
                    // alone ("the 2019 report", published in January 2020) may have
                    // ended in any month of it (a publication of a year alone is
                    // read as of its January, as that year's).
                    let occurred = best(&events[other].occurred).and_then(|date| {
                        match date.end.as_deref().map(Date::stated) {
                            Some(end) => month_of(&end).map(|m| (m, m)),
                            None if to_month && date.parts()?.month.is_none() => {
                                month_of(date).map(|january| (january, january + 11))
                            }
                            None => month_of(date).map(|m| (m, m)),
                        }
                    });
                    other != index
                        && (report.kind.is_none() || events[other].kind == report.kind)
                        && occurred.is_some_and(|(earliest, latest)| {
                            published >= earliest && published - latest <= MONTHS_TO_REPORT
                        })
                })
            });
        let Some(target) = reported else {
            index += 1;
            continue;
        };
        let report = events.remove(index);
        let target = if target > index { target - 1 } else { target };
        for date in report.published {
            keep(&mut events[target].published, date);
        }
        events[target].short |= report.short;
        for event in event_of_word.iter_mut().flatten() {
            if *event == index {
                *event = target;
            } else if *event > index {
                *event -= 1;
            }
        }
    }
}

/// "In 2013, Ofsted had said the overall effectiveness of services ... were
/// inadequate": a date opening a sentence (alone or after "in", "on") whose subject is
/// the inspectorate, telling or finding something, names what it inspected then, when
/// no event word took the date. The date's words stand for the event word, of no kind
/// said (it joins an event of its year) and telling no visit.
fn told_by_inspectorate_then(
    layout: &Layout,
    dates: &ArticleDates,
    taken: &[usize],
) -> Vec<(EventWord, Date)> {
    let mut found = Vec::new();
    for (index, (span, date)) in dates.dates.iter().enumerate() {
        if taken.binary_search(&index).is_ok()
            || date.year().is_none()
            || date.end.is_some()
            || after_article(dates, date)
            || layout.quote_at(span.start).is_some()
        {
            continue;
        }
        let sentence = layout.sentence_at(span.start);
        let opens = match layout.words_in(sentence.start..span.start) {
            [] => true,
            [opener] => opener.is_any(&DATE_OPENERS),
            _ => false,
        };
        if !opens {
            continue;
        }
        let after = layout.words_in(span.end..sentence.end);
        let after = match after.first() {
            Some(w) if w.is_any(&ARTICLES) => &after[1..],
            _ => after,
        };
        let [subject, rest @ ..] = after else {
            continue;
        };
        let rest = match rest.first() {
            Some(w) if w.is_any(&AUXILIARIES) => &rest[1..],
            _ => rest,
        };
        let tells = rest
            .first()
            .is_some_and(|w| w.is_any(&SPEECH_VERBS) || w.is_any(&REPORTING_VERBS));
        if !subject.is_any(&INSPECTORATE_WORDS) || !tells {
            continue;
        }
        let word = EventWord::told(span.clone(), None, true, false);
        found.push((word, date.clone()));
    }
    found
}

/// "previously been rated as 'adequate' for the protection of children in August
/// 2013", "since 2012 when it was only adequate", "the lowest 'poor' rating in 2009": a
/// grade of the frameworks before 2013 (quoted, or right after "as", "only", "be"),
/// with a date by it in its clause, tells of an earlier inspection then. The grade is
/// none the dataset holds: the inspection is ungraded.
fn old_grades_dated(
    layout: &Layout,
    dates: &ArticleDates,
    grade_marks: &[GradeMark],
) -> Vec<(EventWord, Date)> {
    let words = &layout.words;
    let mut found = Vec::new();
    for (index, word) in words.iter().enumerate() {
        if !word.is_any(&OLD_GRADES) {
            continue;
        }
        let quoted = layout.text[..word.start]
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, '\'' | '‘' | '"' | '“'));
        let cued = index
            .checked_sub(1)
            .is_some_and(|i| words[i].is_any(&OLD_GRADE_CUES));
        if !(quoted || cued) {
            continue;
        }
        let Some((_, date, _)) = date_by_grade(layout, dates, word.start, grade_marks)
            .filter(|(_, date, _)| !after_article(dates, date))
        else {
            continue;
        };
        let event_word = EventWord::told(
            word.start..word.end(),
            Some(EventKind::Inspection),
            false,
            true,
        );
        found.push((event_word, date));
    }
    found
}

/// Adds a dated event word to the event of its year and kind, or starts one.
/// One still to come (dated after the article) is never joined to one that took place.
fn join_or_add(
    events: &mut Vec<ArticleEvent>,
    word: &EventWord,
    bound: Vec<(Date, DateRole)>,
    dates: &ArticleDates,
) -> usize {
    let first = bound
        .iter()
        .find(|(_, role)| *role == DateRole::Occurred)
        .or(bound.first());
    let year = first.and_then(|(date, _)| date.year()).unwrap_or_default();
    let future = first.is_some_and(|(date, _)| after_article(dates, date));
    let existing = events.iter().position(|event| {
        event.year == year
            && event.future == future
            && (event.kind.is_none() || word.kind.is_none() || event.kind == word.kind)
    });
    let index = existing.unwrap_or_else(|| {
        events.push(ArticleEvent {
            future,
            ..ArticleEvent::of_year(year)
        });
        events.len() - 1
    });
    let event = &mut events[index];
    let first_word = existing.is_none();
    event.earlier_only = match (word.earlier, word.in_quote) {
        (true, _) => first_word || event.earlier_only || !event.named_in_narrative,
        (false, true) => event.earlier_only,
        (false, false) => false,
    };
    event.named_in_narrative |= !word.in_quote;
    absorb(event, word);
    for (date, role) in bound {
        match role {
            DateRole::Occurred => keep(&mut event.occurred, date),
            DateRole::Published => keep(&mut event.published, date),
        }
    }
    index
}

/// "since the previous Ofsted inspections in 2011 and 2013": a plural word of
/// inspections with dates of two or more years names an inspection in each (unlike
/// "visits by inspectors in April", the days of one inspection).
fn inspections_of_years(
    events: &mut Vec<ArticleEvent>,
    word: &EventWord,
    bound: Vec<(Date, DateRole)>,
    dates: &ArticleDates,
) {
    let occurred: Vec<Date> = bound
        .into_iter()
        .filter(|(_, role)| *role == DateRole::Occurred)
        .map(|(date, _)| date)
        .collect();
    let mut years: Vec<i32> = occurred.iter().filter_map(Date::year).collect();
    years.sort_unstable();
    years.dedup();
    if word.kind != Some(EventKind::Inspection) || years.len() < 2 {
        return;
    }
    for date in occurred {
        join_or_add(events, word, vec![(date, DateRole::Occurred)], dates);
    }
}

fn absorb(event: &mut ArticleEvent, word: &EventWord) {
    event.kind = event.kind.or(word.kind);
    event.visit |= word.kind.is_none() && !word.is_report;
    event.short |= word.short;
}

/// The event the article reports: its latest, unless that is older than the article
/// by more than a year and the article speaks of an undated one, which is then dated
/// by the article's own date.
fn main_event(
    events: &mut Vec<ArticleEvent>,
    dates: &ArticleDates,
    source: &str,
    has_undated: bool,
    reports_current: bool,
) -> Option<usize> {
    let latest = (0..events.len())
        .filter(|&i| !events[i].future)
        .max_by_key(|&i| events[i].year);
    let anchor = dates.anchor.as_ref();
    // "The inspection, which took place in November, found ... since the last
    // inspection in 2014": the latest dated event is an earlier one, so the one reported
    // is dated, if at all, by the article's own date.
    let only_earlier = latest.is_some_and(|index| events[index].earlier_only) && reports_current;
    let stale = match (latest, anchor) {
        (Some(index), Some(anchor)) => events[index].year + 1 < anchor.parts.year,
        (None, _) => true,
        (Some(_), None) => false,
    };
    if !(only_earlier || (stale && has_undated)) {
        return latest;
    }
    let anchor = anchor?;
    events.push(ArticleEvent {
        fallback: Some(anchor.date(source, "known only from the article reporting it")),
        ..ArticleEvent::of_year(anchor.parts.year)
    });
    Some(events.len() - 1)
}

/// Whether `date` is after the article's own date, at the precision both have: a year
/// after the article's, or a later month of its year.
fn after_article(dates: &ArticleDates, date: &Date) -> bool {
    date.parts()
        .is_some_and(|parts| parts_after_article(dates, &parts))
}

/// [`after_article`] for a date's parts.
fn parts_after_article(dates: &ArticleDates, parts: &DateParts) -> bool {
    let Some(anchor) = dates.anchor.as_ref() else {
        return false;
    };
    let own = &anchor.parts;
    match (parts.month, own.month) {
        (Some(month), Some(own_month)) => (parts.year, month) > (own.year, own_month),
        _ => parts.year > own.year,
    }
}

/// The latest event before `main_year` that `accept`s.
fn previous_event(
    events: &[ArticleEvent],
    main_year: i32,
    accept: impl Fn(&ArticleEvent) -> bool,
) -> Option<usize> {
    (0..events.len())
        .filter(|&i| events[i].year < main_year && !events[i].future && accept(&events[i]))
        .max_by_key(|&i| events[i].year)
}

/// Most words before a grade that "first time" may stand in to make a "since" date
/// after it the start of a period: "the first time the council has been rated good
/// since 2010".
const FIRST_TIME_REACH: usize = 10;

/// Most words after a visit word that "focused on" may stand in to make it a focused
/// visit.
const FOCUSED_ON_REACH: usize = 12;

/// Most words from "compared" to the event word it makes the earlier one.
const COMPARED_REACH: usize = 4;

/// Every event word of the article about its subject.
fn event_words(layout: &Layout, scope: &Scope) -> Vec<EventWord> {
    let words = &layout.words;
    let mut found = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let Some((kind, is_report, plural, length)) = event_noun(words, index) else {
            index += 1;
            continue;
        };
        // The few words before it in its sentence ("report released last month. The
        // inspection" is no earlier inspection).
        let sentence_start = layout.sentence_at(words[index].start).start;
        let lead = &words[index.saturating_sub(3)..index];
        let before = &lead[lead.partition_point(|w| w.start < sentence_start)..];
        // "While not a formal inspection, Ofsted visited ...": what the text says the
        // event is not (the visit's words name it).
        let denied = kind == Some(EventKind::Inspection)
            && words[index.saturating_sub(DENIED_REACH)..index]
                .windows(2)
                .any(|w| {
                    w[0].start >= sentence_start && w[0].is_any(&DENIED) && w[1].is_any(&ARTICLES)
                });
        // "an implementation evaluation by the Department for Education": another body's.
        let by_another_body = words
            .get(index + length..)
            .is_some_and(|after| match after {
                [by, the, body, ..] if by.is("by") && the.is("the") => {
                    body.is_any(&OTHER_EVALUATORS)
                }
                [by, body, ..] => by.is("by") && body.is_any(&OTHER_EVALUATORS),
                _ => false,
            });
        let of_something_else = denied
            || by_another_body
            || words[index.saturating_sub(2)..index]
                .iter()
                .any(|w| w.is_any(&OTHER_INSPECTIONS))
            || (kind == Some(EventKind::Inspection)
                && words
                    .get(index + length)
                    .is_some_and(|w| w.is_any(&NOT_AN_INSPECTION)));
        // "its special educational needs and disability (SEND) provision, which received
        // a damning report in March": a report or inspection of SEND, not of children's
        // social care.
        let of_send = words[index.saturating_sub(SEND_REACH)..index]
            .iter()
            .any(|w| SEND_ACRONYMS.contains(&w.text));
        // "the next inspection is due in March": one still to come.
        let upcoming = before.iter().any(|w| w.is_any(&UPCOMING));
        if of_something_else
            || of_send
            || upcoming
            || (is_report && named_report(words, index))
            || scope.is_about_others(layout, words[index].start)
        {
            index += length;
            continue;
        }
        let range = words[index].start..words[index + length - 1].end();
        // "monitoring reports ... One such report, in February": "such" (or "these",
        // "those") points back to the kind of the event word before.
        let points_back = words[index.saturating_sub(2)..index]
            .iter()
            .any(|w| w.is_any(&POINTING_BACK));
        // "The visit took place on 23 May 2023 and was focused on the arrangements for
        // children in need": a visit its sentence says was focused on something is a
        // focused visit.
        let focused_on = || {
            let sentence_end = layout.sentence_at(words[index].start).end;
            words[index + length..]
                .iter()
                .take(FOCUSED_ON_REACH)
                .take_while(|w| w.start < sentence_end)
                .collect::<Vec<_>>()
                .windows(2)
                .any(|w| w[0].is_any(&FOCUSED) && w[1].is(FOCUSED_ON))
        };
        let kind = match kind {
            None if points_back => found.last().and_then(|w: &EventWord| w.kind),
            None if !is_report && focused_on() => Some(EventKind::FocusedVisit),
            kind => kind,
        };
        found.push(EventWord {
            kind,
            is_report,
            plural,
            // "compared to its 2021 inspection": the one compared with is earlier.
            // "Following last month's inspection": "last" there opens the date, not
            // an earlier one.
            earlier: before.iter().enumerate().any(|(at, w)| {
                w.is_any(&EARLIER)
                    && !before.get(at + 1).is_some_and(|unit| {
                        unit.is_possessive()
                            && RECENT_UNITS.iter().any(|k| is_key_of(unit.possessor(), k))
                    })
            }) || words[index.saturating_sub(COMPARED_REACH)..index]
                .iter()
                .filter(|w| w.start >= sentence_start)
                .any(|w| w.is_any(&COMPARED)),
            short: before.iter().any(|w| w.is_any(&SHORT)),
            in_quote: layout.quote_at(range.start).is_some(),
            points_back: points_back
                || index
                    .checked_sub(1)
                    .is_some_and(|i| words[i].is_any(&THAT_ONE)),
            range,
        });
        index += length;
    }
    found
}

/// Whether the report word at `index` is part of a report's own name in running prose,
/// a name not the inspectorate's: "following 2014's Jay Report", "the Casey Report"
/// are inquiries, not an inspection's report ("the Ofsted Report" is; so is a
/// headline's "Council Slammed In Damning Report", all in capitals).
fn named_report(words: &[Word], index: usize) -> bool {
    let (Some(name_at), Some(lead_at)) = (index.checked_sub(1), index.checked_sub(2)) else {
        return false;
    };
    let (name, lead) = (&words[name_at], &words[lead_at]);
    words[index].is_capitalised()
        && name.is_capitalised()
        && !name.is_any(&INSPECTORATE_WORDS)
        && !name.is_any(&MONTHS)
        && !lead.is_capitalised()
}

/// Kind, whether a report, whether plural, and length in words of an event noun at `index`.
fn event_noun(words: &[Word], index: usize) -> Option<(Option<EventKind>, bool, bool, usize)> {
    // Tested in place: this runs for every word of the text.
    if !may_open_an_event_word(&words[index]) {
        return None;
    }
    read_event_noun(words, index)
}

/// [`event_noun`], for any word.
fn read_event_noun(words: &[Word], index: usize) -> Option<(Option<EventKind>, bool, bool, usize)> {
    let word = &words[index];
    let next_in = |list: &[&str]| words.get(index + 1).is_some_and(|w| w.is_any(list));
    let visit_plural = next_in(&VISIT_PLURALS);
    let visit = next_in(&VISIT_NOUNS) || visit_plural;
    let reports = next_in(&REPORT_PLURALS);
    let report = next_in(&REPORT_NOUNS);
    let monitoring = word.is_any(&MONITORING);
    // "In March last year inspectors monitoring the service said ...": the inspectors of
    // a monitoring visit.
    if word.is_any(&INSPECTORS) && next_in(&MONITORING) {
        return Some((Some(EventKind::MonitoringVisit), false, false, 2));
    }
    if monitoring && (visit || next_in(&INSPECTION_NOUNS) || next_in(&INSPECTION_PLURALS)) {
        // "A monitoring inspection took place in March 2025": a monitoring visit.
        let plural = visit_plural || next_in(&INSPECTION_PLURALS);
        Some((Some(EventKind::MonitoringVisit), false, plural, 2))
    } else if monitoring && (report || reports) {
        // "monitoring reports": a monitoring visit's letters.
        Some((Some(EventKind::MonitoringVisit), true, reports, 2))
    } else if word.is_any(&FOCUSED)
        && (visit || next_in(&INSPECTION_NOUNS) || next_in(&INSPECTION_PLURALS))
    {
        // "a focused visit", and "as part of a focused inspection in July": Ofsted's
        // focused visits, which give no grade.
        let plural = visit_plural || next_in(&INSPECTION_PLURALS);
        Some((Some(EventKind::FocusedVisit), false, plural, 2))
    } else if word.is_any(&FOCUSED)
        && words.get(index + 2).is_some_and(|w| {
            (w.is_any(&VISIT_NOUNS)
                || w.is_any(&VISIT_PLURALS)
                || w.is_any(&INSPECTION_NOUNS)
                || w.is_any(&INSPECTION_PLURALS))
                && !w.is_any(&MONITORING)
        })
        && words.get(index + 1).is_some_and(|w| !w.is(FOCUSED_ON))
    {
        // "the Ofsted focused assurance visit", "a focused Ofsted inspection": one word
        // between.
        let plural =
            words[index + 2].is_any(&VISIT_PLURALS) || words[index + 2].is_any(&INSPECTION_PLURALS);
        Some((Some(EventKind::FocusedVisit), false, plural, 3))
    } else if word.is_any(&INSPECTION_REPORT_NOUNS) && (report || reports) {
        // "today the inspection report is published": an inspection's report, whose
        // dates are its publication's.
        Some((Some(EventKind::Inspection), true, reports, 2))
    } else if word.is_any(&INSPECTION_NOUNS)
        || (word.is_any(&INSPECTING_VERBS)
            && index
                .checked_sub(1)
                .is_some_and(|i| words[i].is_any(&INSPECTING_SUBJECTS)))
    {
        Some((Some(EventKind::Inspection), false, false, 1))
    } else if word.is_any(&INSPECTION_PLURALS) {
        Some((Some(EventKind::Inspection), false, true, 1))
    } else if word.is_any(&VISIT_NOUNS) || word.is_any(&VISIT_PLURALS) {
        Some((None, false, word.is_any(&VISIT_PLURALS), 1))
    } else if word.is_any(&REPORT_NOUNS) {
        Some((None, true, false, 1))
    } else if word.is_any(&REPORT_PLURALS) {
        Some((None, true, true, 1))
    } else {
        None
    }
}

/// Whether `words` tell of publishing: a [`PUBLISHING`] word, or "made public" ("The
/// outcome of this inspection was made public at the end of January 2017").
fn tells_of_publishing(words: &[Word]) -> bool {
    words.iter().any(|w| w.is_any(&PUBLISHING))
        || words.windows(2).any(|pair| opens_with(pair, &MADE_PUBLIC))
}

/// The lists whose words open an event word in [`event_noun`].
const EVENT_WORD_OPENERS: [&[&str]; 11] = [
    &INSPECTORS,
    &MONITORING,
    &FOCUSED,
    &INSPECTION_REPORT_NOUNS,
    &INSPECTION_NOUNS,
    &INSPECTING_VERBS,
    &INSPECTION_PLURALS,
    &VISIT_NOUNS,
    &VISIT_PLURALS,
    &REPORT_NOUNS,
    &REPORT_PLURALS,
];

/// For each ASCII byte, whether a word of [`EVENT_WORD_OPENERS`] starts with it.
const EVENT_WORD_FIRST_BYTES: [bool; 128] = {
    let mut table = [false; 128];
    let mut list = 0;
    while list < EVENT_WORD_OPENERS.len() {
        let mut word = 0;
        while word < EVENT_WORD_OPENERS[list].len() {
            table[EVENT_WORD_OPENERS[list][word].as_bytes()[0] as usize] = true;
            word += 1;
        }
        list += 1;
    }
    table
};

/// Whether `word` may open an event word, by its first letter: most words of a text
/// are passed over with this one test. (The lists are lower-case ASCII, and no other
/// character lowers to their first letters.)
fn may_open_an_event_word(word: &Word) -> bool {
    let first = word
        .text
        .as_bytes()
        .first()
        .map_or(0, u8::to_ascii_lowercase);
    EVENT_WORD_FIRST_BYTES
        .get(usize::from(first))
        .copied()
        .unwrap_or(false)
}

/// The words of a date's sentence before it.
fn lead_of<'l, 'a>(layout: &'l Layout<'a>, span: &Range<usize>) -> &'l [Word<'a>] {
    layout.words_in(layout.sentence_at(span.start).start..span.start)
}

/// Whether a publishing word comes just before a date, given the words of its sentence
/// before it ("Report published: 27 March 2015", "published today (Friday, 19 February
/// 2016)").
fn told_as_published(lead: &[Word]) -> bool {
    tells_of_publishing(&lead[lead.len().saturating_sub(PUBLISHED_REACH)..])
}

/// The dates an event word takes in its sentence: each date goes to the word right
/// after it ("a 2019 inspection"), else the nearest word before it, else after it.
fn dates_of(
    layout: &Layout,
    words: &[EventWord],
    index: usize,
    dates: &ArticleDates,
    bound: &[usize],
) -> Vec<(Date, DateRole)> {
    bound
        .iter()
        .map(|&date| &dates.dates[date])
        .filter_map(|(span, date)| {
            let word = &words[index];
            let between = if word.range.end <= span.start {
                word.range.end..span.start
            } else {
                span.end..word.range.start
            };
            let between = layout.words_in(between);
            // "The judgement published today (Friday, 19 February 2016) follows an
            // inspection in November": a date just after a publishing word is a
            // publication's, whichever event word it is nearest.
            let lead = lead_of(layout, span);
            let says_published = told_as_published(lead) || tells_of_publishing(between);
            // "in January, and their report ...": the report, told of further on, was
            // not published then; "the January report", "the report in March" were.
            // But "Last July, a DfE-commissioned report found": a date opening the
            // sentence dates the report its first clause tells of.
            let opening = match lead {
                [] => true,
                [opener] => opener.is_any(&DATE_OPENERS),
                _ => false,
            };
            let report_opened = opening
                && !between
                    .iter()
                    .any(|w| w.is_any(&AND_ALSO) || w.is_any(CLAUSE_BREAK.bases));
            let report_told_later =
                word.range.start > span.end && between.len() > 1 && !report_opened;
            let role = if (word.is_report && !report_told_later) || says_published {
                DateRole::Published
            } else {
                DateRole::Occurred
            };
            // "Council chiefs pledged this week to 'change this conclusion' during the
            // first cabinet meeting since the damning report was revealed": the
            // article's own time ("today", "this week"), told some words before an event
            // word and not as a publication, is when something else took place.
            let own_time_of_another = role == DateRole::Occurred
                && word.range.start > span.end
                && between.len() > 1
                && is_the_articles_own(dates, date);
            (!own_time_of_another).then(|| (date.clone(), role))
        })
        .collect()
}

/// For each event word, the indices (in order) of the article's dates it takes: each
/// date goes to its [`nearest_event_word`], worked out once per date.
fn dates_by_word(
    layout: &Layout,
    words: &[EventWord],
    dates: &ArticleDates,
    grade_marks: &[GradeMark],
) -> DatesByWord {
    // Each date's word, then the dates grouped by word in one list.
    let mut word_of_date: Vec<(usize, usize)> = Vec::new();
    // "Monday 20 November 2023: Hillingdon Council's Children's Services has been
    // judged ... following an 'Outstanding' Ofsted report": the article's dateline is
    // when it was written, and dates no event word in its sentence.
    let dateline = dates
        .stated_publication
        .as_ref()
        .and_then(|date| date.span)
        .map(|span| span.start..span.end);
    for (index, (span, date)) in dates.dates.iter().enumerate() {
        if dateline.as_ref() == Some(span) {
            continue;
        }
        // A date a speaker's own words imply ("Today's report shows ...") dates no event
        // word; one they state in full ("the last inspection in 2022") does, and so
        // does a day they name, its year left to the article's ("We welcomed Ofsted
        // inspectors back on Monday November 8 for a full re-inspection").
        let names_a_day = || {
            layout
                .words_in(span.clone())
                .iter()
                .any(|w| w.text.bytes().next().is_some_and(|b| b.is_ascii_digit()))
        };
        if date.inferred && layout.quote_at(span.start).is_some() && !names_a_day() {
            continue;
        }
        // "subject to satisfactory inspection by June 2020": a deadline, not when an
        // event took place.
        // "with a final published report due in November": one still to come.
        let words_before = layout.words_in(layout.sentence_at(span.start).start..span.start);
        // "its full inspection later this year", "will take place by Autumn 2019".
        // Not a month owning a thing ("will include the response to July's
        // inspection"): that names one that was.
        let owning = layout
            .words_in(span.clone())
            .last()
            .is_some_and(|w| w.is_possessive());
        let ahead = !owning
            && (words_before
                .iter()
                .rev()
                .take(FUTURE_REACH)
                .any(|w| w.is_any(&FUTURE))
                || words_before.last().is_some_and(|w| w.is_any(&LATER)));
        if ahead || words_before.last().is_some_and(|w| w.is_any(&DEADLINE)) {
            continue;
        }
        // A span of days or months ("between the 23rd January and the 16th February
        // 2017 examining ...") names a time, never a thing: it premodifies no noun.
        let spans_time = date.end.is_some();
        let nearest =
            nearest_event_word(layout, words, span, spans_time, &dates.dates, grade_marks);
        if let Some(word) = nearest {
            word_of_date.push((word, index));
        }
    }
    // Stable: a word's dates stay in the text's order.
    word_of_date.sort_by_key(|&(word, _)| word);
    let mut starts = Vec::with_capacity(words.len() + 1);
    let mut taken = 0;
    for word in 0..words.len() {
        starts.push(taken);
        taken += word_of_date[taken..].partition_point(|&(w, _)| w == word);
    }
    starts.push(taken);
    DatesByWord {
        starts,
        dates: word_of_date.into_iter().map(|(_, date)| date).collect(),
    }
}

/// The article's dates that each event word takes, as indices into its dates, kept in
/// one list grouped by word (not a list per word: a long text has thousands of words).
struct DatesByWord {
    /// Where each word's dates start in `dates`, and where the last word's end.
    starts: Vec<usize>,
    dates: Vec<usize>,
}

impl DatesByWord {
    /// The dates the event word at `index` takes, in the text's order.
    fn of(&self, index: usize) -> &[usize] {
        &self.dates[self.starts[index]..self.starts[index + 1]]
    }

    /// Every date some event word that `counts` takes, in the text's order.
    fn taken_by(&self, counts: impl Fn(usize) -> bool) -> Vec<usize> {
        let mut bound: Vec<usize> = (0..self.starts.len() - 1)
            .filter(|&word| counts(word))
            .flat_map(|word| self.of(word).iter().copied())
            .collect();
        bound.sort_unstable();
        bound
    }
}

/// The event word a date goes to in its sentence: the word right after it ("a 2019
/// inspection"), else the nearest before it, else the nearest after it. Event words
/// are in order and do not overlap, so each is found by binary search.
fn nearest_event_word(
    layout: &Layout,
    words: &[EventWord],
    date: &Range<usize>,
    spans_time: bool,
    all_dates: &[(Range<usize>, Date)],
    grade_marks: &[GradeMark],
) -> Option<usize> {
    let sentence = layout.plain_sentence_at(date.start);
    // "Two years after the team were branded inadequate, an Ofsted report has given
    // them ...": a date opening a clause of its own dates nothing past its end, nor
    // before its start ("rated good following a re-inspection, just two years after
    // receiving the lowest rating").
    let sentence = match opened_clause(layout, date) {
        Some(clause) => clause.start.max(sentence.start)..clause.end.min(sentence.end),
        None => sentence,
    };
    let in_sentence = |w: &EventWord| sentence.contains(&w.range.start);
    // The first word from the date's end on; words further on are further from it.
    let first_after = words.partition_point(|w| w.range.start < date.end);
    let after = Some(first_after).filter(|&i| words.get(i).is_some_and(in_sentence));
    // "a 2019 Ofsted inspection", not "in 2011 and 2013, the report states".
    let right_after = after.filter(|&i| {
        let gap = date.end..words[i].range.start;
        layout.words_in(gap.clone()).len() <= 1 && !layout.slice(gap).contains([',', ';', ':'])
    });
    // "such as the 2020 cyber-attack": a date between a determiner and another noun is
    // that noun's, and dates no event.
    if right_after.is_none() && !spans_time && premodifies_another_noun(layout, &sentence, date) {
        return None;
    }
    let last_before = words.partition_point(|w| w.range.end <= date.start);
    let before = match last_before.checked_sub(1) {
        Some(i) if in_sentence(&words[i]) => Some(i),
        // Only a word past the sentence's end (a date that runs over a full stop) can
        // miss while one before it is in: look back for that rare case.
        Some(i) if words[i].range.start >= sentence.end => words[..i].iter().rposition(in_sentence),
        _ => None,
    };
    // 'Margaret Isherwood said: "We welcomed Ofsted inspectors back on Monday November
    // 8 for a full re-inspection"': a date in a quotation is not that of an event word
    // before it outside (the report the speaker spoke in); one after it may take it.
    let quote_of_date = layout.quote_at(date.start).map(|q| q.open);
    let before = before.filter(|&i| {
        quote_of_date.is_none()
            || layout.quote_at(words[i].range.start).map(|q| q.open) == quote_of_date
    });
    // "was inspected by Ofsted under the framework for Inspections of Local Authority
    // Children's Services (ILACS) from 11 – 15 December 2023": a plural inspection word
    // makes no event, and leaves its date to the singular word before it in the
    // sentence, with no clause break between them.
    let before = before.map(|i| {
        // Not earlier ones ("since the last inspections ... in 2012 and 2011").
        let plural_inspection = words[i].plural
            && !words[i].earlier
            && words[i].kind.is_none_or(|k| k == EventKind::Inspection);
        let singular = i
            .checked_sub(1)
            .filter(|&j| plural_inspection && !words[j].plural && in_sentence(&words[j]));
        singular
            .filter(|&j| {
                let gap = layout.words_in(words[j].range.end..date.start);
                gap.len() <= CLAUSE_BREAK_REACH
                    && !layout
                        .slice(words[j].range.end..date.start)
                        .contains([';', ':'])
                    && !gap
                        .iter()
                        .any(|w| w.is_any(CLAUSE_BREAK.bases) || w.is_any(&PERIOD_BOUND))
            })
            .unwrap_or(i)
    });
    // "The first full inspection since the 2019 report was carried out in March this
    // year": an event word that bounds a period ("since the 2019 report") is not what a
    // verb after it tells of; the date is that of the event word the period follows.
    let head = before.and_then(|i| head_of_bound(layout, words, i, date, &sentence));
    if head.is_some() {
        return right_after.or(head);
    }
    // "the first inspection since its formation last year", "the first monitoring visit
    // ... after the council placed its services in a trust in April 2018": a date after
    // "since" or "after" is when a period began, not the first event in it.
    // "from their second visit since December 2023", "a series of monitoring visits
    // since March 2019, with the formal re-inspection ...": a date right after "since"
    // starts a period, and dates no event word around it.
    let right_after_since = layout
        .words_in(sentence.start..date.start)
        .last()
        .is_some_and(|w| w.is_any(&SINCE));
    if right_after_since {
        return None;
    }
    let before = before.filter(|&i| {
        let between = layout.words_in(words[i].range.end..date.start);
        let between = &between[between.len().saturating_sub(CLAUSE_BREAK_REACH)..];
        let since = between
            .iter()
            .any(|w| w.is_any(&SINCE) || w.is_any(&FIRST_AFTER));
        let lead = layout.words_in(sentence.start..words[i].range.start);
        let first = lead[lead.len().saturating_sub(2)..]
            .iter()
            .any(|w| w.is_any(&FIRST));
        // "the third monitoring report ... since they were put into special measures
        // last December": a date in a clause "since" opens after the word, with a verb
        // of its own, is when the period began, whatever the word.
        let since_clause = between
            .iter()
            .position(|w| w.is_any(&SINCE))
            .is_some_and(|at| {
                between[at + 1..]
                    .iter()
                    .any(|w| w.is_any(&PASSIVE_AUXILIARIES) || w.is_any(&AUXILIARIES))
            });
        // "was visited by Ofsted in March after being rated as 'good' by the
        // inspectorate in 2017", "a focused visit ... following the inadequate judgement
        // received in March last year": a date after a grade in an "after" clause is
        // that grade's.
        // Not one after the clause ends and the main one's verb comes: "The first
        // monitoring visit following the inadequate judgement was carried out in June
        // 2019", "... took place in March 2019".
        let graded_after = between
            .iter()
            .rposition(|w| w.is_any(&AFTER_WHAT))
            .is_some_and(|at| {
                let from = grade_marks.partition_point(|(g, _)| *g < between[at].end());
                grade_marks.get(from).is_some_and(|(g, _)| {
                    *g < date.start
                        && !layout.words_in(*g..date.start).iter().any(|w| {
                            w.is_any(&AUXILIARIES)
                                || w.is_any(&PASSIVE_AUXILIARIES)
                                || w.is_any(&TOOK_PLACE)
                        })
                })
            });
        !(since_clause || graded_after || (since && first))
    });
    // "The report highlights that concerns were found during an internal review in
    // 2015", "The report stated that the director, who was appointed in June 2013, ...":
    // a date in what a report or inspection tells ("highlights that", "found that",
    // "stated that") is the told thing's, not the report's.
    let before = before.filter(|&i| {
        let between = layout.words_in(words[i].range.end..date.start);
        let reporting = |w: &Word| w.is_any(&REPORTING_VERBS) || w.is_any(&SPEECH_VERBS);
        let verb_that = between
            .iter()
            .take(CLAUSE_BREAK_REACH)
            .zip(between.iter().skip(1))
            .any(|(verb, that)| reporting(verb) && that.is_any(&THAT_ONE));
        // "The report highlights the progress made ... during the lockdowns in 2020":
        // the word is the subject of a verb of reporting, and the date in what it tells.
        let tells = between
            .iter()
            .take(SUBJECT_TO_VERB + 1)
            .position(reporting)
            .is_some_and(|at| at + 1 < between.len());
        // "An inspection report heaped praise on the director, who replaced Mr Hill in
        // 2017": a clause about a person (not the inspectors: "Ofsted, who visited").
        let about_a_person = between
            .iter()
            .take(CLAUSE_BREAK_REACH)
            .enumerate()
            .any(|(at, w)| {
                w.is_any(&PERSON_RELATIVES)
                    && at
                        .checked_sub(1)
                        .is_none_or(|b| !between[b].is_any(&INSPECTORATE_WORDS))
            });
        !(verb_that || tells || about_a_person)
    });
    // "in its latest report it has upgraded the authority to 'good' from the assessment
    // of 'requires improvement' it gave it in 2014": a date right by an earlier grade
    // told after the event word is that grade's, and dates no event word (the grade's
    // own date makes its event).
    if before.is_some_and(|i| dates_earlier_grade(layout, grade_marks, words[i].range.end, date)) {
        return right_after;
    }
    // "rated 'requires improvement' by Ofsted in 2022 but following an inspection in
    // March, it has been upgraded": a date in another clause ("but", "while") than the
    // event word, with a grade of its own in its clause, is that grade's, not the word's.
    let graded_apart = |i: &usize| {
        let word = &words[*i].range;
        let break_at = |range: Range<usize>, last: bool| {
            let words = layout.words_in(range);
            let is_break = |w: &&Word| w.is_any(CLAUSE_BREAK.bases);
            if last {
                words.iter().rev().take(CLAUSE_BREAK_REACH).find(is_break)
            } else {
                words.iter().take(CLAUSE_BREAK_REACH).find(is_break)
            }
            .map(|w| w.start)
        };
        let clause = if word.end <= date.start {
            match break_at(word.end..date.start, true) {
                Some(at) => at..break_at(date.end..sentence.end, false).unwrap_or(sentence.end),
                None => return false,
            }
        } else {
            match break_at(date.end..word.start, false) {
                Some(at) => {
                    break_at(sentence.start..date.start, true).unwrap_or(sentence.start)..at
                }
                None => return false,
            }
        };
        let first = grade_marks.partition_point(|(at, _)| *at < clause.start);
        grade_marks
            .get(first)
            .is_some_and(|(at, _)| *at < clause.end)
    };
    right_after
        .or(before.filter(|i| !graded_apart(i)))
        // "told by the Department for Education in July 2014 that ... following an
        // Ofsted inspection in November 2013": a word after the date with a date of its
        // own right after it is that date's.
        // "moved from an Inadequate rating in 2019 to ... 'Good' in its latest full
        // inspection": nor is a date right after an earlier grade that word's.
        // "agreed at its meeting on October 21 to note the Ofsted report": nor a word
        // after "to" and a verb, the purpose of what the date dates. (A date that opens
        // the sentence dates all of it: "On 26 March 2025 the council welcomed
        // inspectors to undertake their second monitoring visit".)
        .or(after.filter(|i| {
            let opens = layout.words_in(sentence.start..date.start).len() <= 1;
            let to_do = !opens
                && layout
                    .words_in(date.end..words[*i].range.start)
                    .iter()
                    .any(|w| w.is_any(&TO_AIM));
            !to_do
                && !graded_apart(i)
                && !dated_right_after(layout, all_dates, &words[*i])
                && !dates_earlier_grade(layout, grade_marks, sentence.start, date)
        }))
}

/// Whether a date follows the event word with at most one word ("in") between them
/// and no clause mark: "an Ofsted inspection in November 2013".
fn dated_right_after(layout: &Layout, dates: &[(Range<usize>, Date)], word: &EventWord) -> bool {
    let end = word.range.end;
    dates
        .get(dates.partition_point(|(span, _)| span.start < end))
        .is_some_and(|(span, _)| {
            let gap = end..span.start;
            layout.words_in(gap.clone()).len() <= 1 && !layout.slice(gap).contains([',', ';', ':'])
        })
}

/// Most words between an event word and the verb it is the subject of ("the report
/// also highlights").
const SUBJECT_TO_VERB: usize = 1;

/// "the first judgement inspection for the council's services since 2017": a date right
/// after [`SINCE`], with a singular event word of the narrative that [`FIRST`] leads
/// before it in its sentence, is that of an earlier event of the word's kind, the last
/// before it: each such date, with a word for that earlier event.
fn first_since(
    layout: &Layout,
    words: &[EventWord],
    dates: &ArticleDates,
) -> Vec<(EventWord, Date)> {
    let mut found = Vec::new();
    for (span, date) in &dates.dates {
        let sentence = layout.sentence_at(span.start);
        let lead = layout.words_in(sentence.start..span.start);
        if !lead.last().is_some_and(|w| w.is_any(&SINCE)) || date.year().is_none() {
            continue;
        }
        let Some(last) = words
            .partition_point(|w| w.range.end <= span.start)
            .checked_sub(1)
        else {
            continue;
        };
        let word = &words[last];
        let between = layout.words_in(word.range.end..span.start);
        let first = layout.words_in(sentence.start..word.range.start);
        let first = first[first.len().saturating_sub(EVENT_WORD_LEAD)..]
            .iter()
            .any(|w| w.is_any(&FIRST));
        if !sentence.contains(&word.range.start)
            || word.plural
            || word.in_quote
            || !first
            || between.len() > CLAUSE_BREAK_REACH
        {
            continue;
        }
        let earlier = EventWord {
            earlier: true,
            short: false,
            points_back: false,
            ..word.clone()
        };
        found.push((earlier, date.clone()));
    }
    found
}

/// Most words from [`SINCE`] to the event word it bounds a period with ("since the
/// 2019 report").
const BOUND_REACH: usize = 3;

/// For the event word at `bound`, in a period bound after an earlier event word of its
/// sentence ("The first full inspection since the 2019 report"), with a verb between it
/// and `date` ("was carried out in March"): that earlier word, whose verb dates it. Not
/// across a relative clause ("since the last inspection, which was in 2019").
fn head_of_bound(
    layout: &Layout,
    words: &[EventWord],
    bound: usize,
    date: &Range<usize>,
    sentence: &Range<usize>,
) -> Option<usize> {
    let head = bound
        .checked_sub(1)
        .filter(|&h| sentence.contains(&words[h].range.start))?;
    let lead = layout.words_in(words[head].range.end..words[bound].range.start);
    let since = lead.len() <= BOUND_REACH && lead.first().is_some_and(|w| w.is_any(&SINCE));
    let between = layout.words_in(words[bound].range.end..date.start);
    let verb = between
        .iter()
        .any(|w| w.is_any(&PASSIVE_AUXILIARIES) || w.is_any(&OCCURRING_VERBS));
    let relative = between.iter().any(|w| w.is_any(&RELATIVE_PRONOUNS));
    (since && verb && !relative && !words[head].plural).then_some(head)
}

/// Whether the date at `date` stands between a determiner and the next word, with
/// only a space after it: "the 2020 cyber-attack".
fn premodifies_another_noun(layout: &Layout, sentence: &Range<usize>, date: &Range<usize>) -> bool {
    let before = layout.words_in(sentence.start..date.start);
    let determined = before.last().is_some_and(|w| w.is_any(&DETERMINERS));
    let next = layout.words_in(date.end..sentence.end).first();
    determined && next.is_some_and(|w| layout.slice(date.end..w.start) == " ")
}

/// Merges the articles' events; returns the events and, for each article, the id each
/// of its events was merged into (none for one left out).
pub(crate) fn merge(
    articles: &[(&str, ArticleEvents)],
    warnings: &mut Diagnostics,
) -> (Vec<Event>, Vec<Vec<Option<String>>>) {
    let mut merged: Vec<Merged> = Vec::new();
    let mut merged_of_article: Vec<Vec<usize>> = articles
        .iter()
        .map(|(_, article)| vec![0; article.events.len()])
        .collect();
    // Loose events last, so that they find the events reported more precisely.
    for loose in [false, true] {
        for ((source, article), targets) in articles.iter().zip(&mut merged_of_article) {
            for (index, event) in article.events.iter().enumerate() {
                if event.loose != loose {
                    continue;
                }
                if is_hollow(event) {
                    targets[index] = LEFT_OUT;
                    continue;
                }
                let kind = kind_of(event);
                let target = merged
                    .iter()
                    .position(|m| m.accepts(kind, event))
                    .unwrap_or_else(|| {
                        merged.push(Merged {
                            before: event.before,
                            ..Merged::new(kind, event.year)
                        });
                        merged.len() - 1
                    });
                merged[target].add(source, event);
                targets[index] = target;
            }
        }
    }
    let mut events: Vec<(usize, Event)> = merged
        .iter()
        .enumerate()
        .filter_map(|(index, m)| m.to_event(warnings).map(|event| (index, event)))
        .collect();
    drop_told_elsewhere_with_a_date(&mut events);
    // One dated only as before another comes first among those of its date.
    events.sort_by(|(_, a), (_, b)| {
        (&a.date.value, !a.date.before, a.kind).cmp(&(&b.date.value, !b.date.before, b.kind))
    });
    assign_ids(&mut events);
    let id_of = |index: usize| {
        events
            .iter()
            .find(|(i, _)| *i == index)
            .map(|(_, e)| e.id.clone())
    };
    let ids_of_article = merged_of_article
        .into_iter()
        .map(|targets| targets.into_iter().map(id_of).collect())
        .collect();
    (events.into_iter().map(|(_, e)| e).collect(), ids_of_article)
}

/// "Once 'inadequate'" in one article, when another dates that inspection ("rated
/// inadequate in 2019"): an event dated only as before another is left out when the
/// dated graded event last before its bound gives each of its judgements the same grade.
fn drop_told_elsewhere_with_a_date(events: &mut Vec<(usize, Event)>) {
    let told_elsewhere: Vec<bool> = events
        .iter()
        .map(|(_, undated)| {
            // Only events dated so are looked at: the others are kept unread.
            if !undated.date.before {
                return false;
            }
            let bound = undated.date.time().unwrap_or(f64::NEG_INFINITY);
            let dated = events
                .iter()
                .map(|(_, e)| e)
                .filter(|e| !e.date.before && !e.ratings.is_empty())
                .filter(|e| e.date.time().is_some_and(|t| t < bound))
                .max_by(|a, b| {
                    a.date
                        .time()
                        .unwrap_or(0.0)
                        .total_cmp(&b.date.time().unwrap_or(0.0))
                });
            dated.is_some_and(|dated| {
                undated
                    .ratings
                    .iter()
                    .all(|r| dated.grade(r.judgement) == Some(r.grade))
            })
        })
        .collect();
    let mut told = told_elsewhere.into_iter();
    events.retain(|_| !told.next().unwrap_or(false));
}

/// The merged index of an article's event left out.
const LEFT_OUT: usize = usize::MAX;

/// "The Cabinet Member introduced the report on ...": an event known only from the
/// article's own date, ungraded, that no word says is an inspection or a visit (only a
/// report or verdict names it), tells the timeline nothing: it is left out, as is one
/// still to come.
fn is_hollow(event: &ArticleEvent) -> bool {
    event.future
        || known_only_from_article(event)
            && event.kind.is_none()
            && event.ratings.is_empty()
            && !event.short
            && !event.visit
}

/// The first year of Ofsted's focused visits (the ILACS framework).
const FOCUSED_VISITS_FROM: i32 = 2018;

/// The event's kind, and how it was read. An ungraded "inspection" of two days is a
/// focused visit in Ofsted's framework.
fn kind_of(event: &ArticleEvent) -> (EventKind, Option<&'static str>) {
    match event.kind {
        Some(EventKind::Inspection) | None if event.short && event.ratings.is_empty() => (
            EventKind::FocusedVisit,
            Some("called an inspection, but ungraded and two days long: a focused visit"),
        ),
        // "Ofsted said a visit in February 2020 found 'priority action' was needed": under
        // the framework of 2018 on, an inspection is graded, and an ungraded visit not
        // after an inadequate judgement (then it is a monitoring visit) is a focused visit.
        None if event.visit && event.ratings.is_empty() && event.year >= FOCUSED_VISITS_FROM => (
            EventKind::FocusedVisit,
            Some("called a visit, and ungraded: a focused visit"),
        ),
        Some(kind) => (kind, None),
        None => (EventKind::Inspection, None),
    }
}

/// One event as all articles together report it.
struct Merged {
    kind: EventKind,
    /// Dated only as before another event (see [`ArticleEvent::before`]).
    before: bool,
    kind_basis: Option<&'static str>,
    year: i32,
    occurred: Vec<Date>,
    published: Vec<Date>,
    ratings: Vec<(String, RatingMention)>,
    sources: Vec<String>,
}

impl Merged {
    fn new((kind, kind_basis): (EventKind, Option<&'static str>), year: i32) -> Merged {
        Merged {
            kind,
            before: false,
            kind_basis,
            year,
            occurred: Vec::new(),
            published: Vec::new(),
            ratings: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Same kind, same year, and no month that differs.
    fn accepts(&self, (kind, _): (EventKind, Option<&'static str>), event: &ArticleEvent) -> bool {
        let months_agree = |mine: &[Date], theirs: &[Date]| {
            let month = |dates: &[Date]| best(dates).and_then(|d| d.parts()).and_then(|p| p.month);
            match (month(mine), month(theirs)) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
        };
        // "just two years after receiving the lowest rating", of an inspection dated
        // elsewhere as November 2015 in an article of January 2018: an event known only
        // from a year counted back and one a year away dated otherwise are one, when no
        // grade of one clashes with the other's.
        let only_counted = |dates: &[Date]| !dates.is_empty() && dates.iter().all(is_counted_back);
        let stated = |dates: &[Date]| dates.iter().any(|d| !is_counted_back(d));
        let counted_back = (self.year - event.year).abs() == 1
            && ((only_counted(&event.occurred) && stated(&self.occurred))
                || (only_counted(&self.occurred) && stated(&event.occurred)))
            && event.ratings.iter().all(|theirs| {
                self.ratings.iter().all(|(_, mine)| {
                    mine.judgement != theirs.judgement || mine.grade == theirs.grade
                })
            });
        self.kind == kind
            && self.before == event.before
            && (self.year == event.year || counted_back)
            && (event.loose
                || (months_agree(&self.occurred, &event.occurred)
                    && months_agree(&self.published, &event.published)))
    }

    fn add(&mut self, source: &str, event: &ArticleEvent) {
        // A loose date only stands in for a better one.
        if !event.loose || self.occurred.is_empty() {
            self.occurred.extend(event.occurred.iter().cloned());
        }
        self.occurred.extend(event.fallback.iter().cloned());
        self.published.extend(event.published.iter().cloned());
        self.ratings.extend(
            event
                .ratings
                .iter()
                .map(|r| (source.to_string(), r.clone())),
        );
        if !self.sources.iter().any(|s| s == source) {
            self.sources.push(source.to_string());
        }
    }

    fn to_event(&self, warnings: &mut Diagnostics) -> Option<Event> {
        let mut date = best(&self.occurred)
            .or_else(|| best(&self.published))?
            .clone();
        if let Some(kind_basis) = self.kind_basis {
            date.basis = Some(match date.basis {
                Some(basis) => format!("{basis}; {kind_basis}"),
                None => kind_basis.to_string(),
            });
        }
        Some(Event {
            id: String::new(),
            kind: self.kind,
            date,
            published: best(&self.published).cloned(),
            ratings: self.ratings(warnings),
            sources: self.sources.clone(),
        })
    }

    /// One rating per judgement: a named judgement over an assumed one, else the first.
    fn ratings(&self, warnings: &mut Diagnostics) -> Vec<Rating> {
        let mut ratings = Vec::new();
        for judgement in Judgement::ALL {
            let stated: Vec<&(String, RatingMention)> = self
                .ratings
                .iter()
                .filter(|(_, r)| r.judgement == judgement)
                .collect();
            // A grade named with its judgement first, then one a rating word stands by.
            let Some((source, chosen)) = stated
                .iter()
                .min_by_key(|(_, r)| (!r.explicit, !r.cued))
                .copied()
            else {
                continue;
            };
            for (other_source, other) in &stated {
                if other.grade != chosen.grade {
                    warnings.warn_in(
                        other_source,
                        Problem::ClashingGrade,
                        other.grade_at,
                        &format!(
                            "gives {} as {}, where {source} gives {}; kept {source}'s",
                            judgement.key(),
                            other.grade.key(),
                            chosen.grade.key()
                        ),
                    );
                }
            }
            ratings.push(Rating {
                judgement,
                grade: chosen.grade,
                source: source.clone(),
                span: Span {
                    start: chosen.span.start,
                    end: chosen.span.end,
                },
            });
        }
        ratings
    }
}

/// How a date ranks for [`best`]: its precision (day, month, year, none), then stated
/// before inferred.
fn rank(date: &Date) -> (usize, bool) {
    let precision = date.parts().map_or(0, |p| {
        1 + usize::from(p.month.is_some()) + usize::from(p.day.is_some())
    });
    (precision, !date.inferred)
}

/// The most precise date: by day, then month, then year; stated before inferred; first seen.
fn best(dates: &[Date]) -> Option<&Date> {
    dates
        .iter()
        .enumerate()
        .max_by_key(|(index, d)| (rank(d), std::cmp::Reverse(*index)))
        .map(|(_, d)| d)
}

/// Adds `date` to an event's dates unless one of its [`rank`] is there already: [`best`]
/// chooses the first of a rank, so a later one would never be chosen, here or once
/// events are merged (their dates keep their order). This keeps an event told of with
/// a date in every sentence (a long run of "the inspection in March 2019 and ...") to
/// a few dates, not one per mention. Whether any date has a month (all that is asked of
/// them besides [`best`]) is kept too.
fn keep(dates: &mut Vec<Date>, date: Date) {
    let rank = rank(&date);
    if !dates.iter().any(|d| self::rank(d) == rank) {
        dates.push(date);
    }
}

/// Ids such as "inspection-2022-07"; a second event with the same id gets "-2".
fn assign_ids(events: &mut [(usize, Event)]) {
    let mut taken: Vec<String> = Vec::new();
    for (_, event) in events.iter_mut() {
        let slug = event.kind.label().replace(' ', "-");
        let when: String = event.date.value.chars().take(7).collect();
        let base = if event.date.before {
            format!("{slug}-before-{when}")
        } else {
            format!("{slug}-{when}")
        };
        let mut id = base.clone();
        let mut count = 1;
        while taken.contains(&id) {
            count += 1;
            id = format!("{base}-{count}");
        }
        taken.push(id.clone());
        event.id = id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::FORM_LISTS;

    /// Every lexicon word that `read_event_noun` reads as opening an event word, alone or
    /// before a visit, inspection or report word, or after "Ofsted", passes the
    /// first-letter test: a list added to `event_noun` and not to
    /// `EVENT_WORD_OPENERS` fails here.
    #[test]
    fn every_word_opening_an_event_word_passes_the_first_letter_test() {
        let mut checked = 0;
        for (_, list) in FORM_LISTS {
            for form in list.iter() {
                for text in [
                    form.to_string(),
                    format!("{form} visit"),
                    format!("{form} inspection"),
                    format!("{form} report"),
                    format!("{form} monitoring visit"),
                    format!("Ofsted {form}"),
                ] {
                    let words = crate::extract::text::words(&text);
                    let Some(at) = words.iter().position(|w| w.is(form)) else {
                        continue;
                    };
                    if read_event_noun(&words, at).is_some() {
                        checked += 1;
                        assert!(may_open_an_event_word(&words[at]), "{text}");
                    }
                }
            }
        }
        assert!(checked > 10, "only {checked} event words met");
    }
}
