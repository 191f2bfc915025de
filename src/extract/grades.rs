//! Grades and the judgements they are given for, as news prose states them.
//!
//! A grade word counts as a rating only in a sentence that talks of rating ("rated",
//! "rating", "grade", "judged", "verdict"...) or lists judgements ("Overall
//! effectiveness: Good"), and only outside quoted statements. It is
//! linked to a judgement phrase near it ("an 'outstanding' grade for the impact of
//! leaders", "overall, services were rated 'good'") or to every judgement listed after
//! it and a colon; a grade linked to none is the overall effectiveness grade. A grade
//! after "from", "once", "previously"... is an earlier event's.

use super::layout::Layout;
use super::lexicon::{
    ABSOLUTE_OPENERS, AFTER_A_PREDICATE, AFTER_A_VERDICT, AIM, ALL_LISTED, ALL_OF, AREA,
    AREA_COUNTS, ARTICLES, AS_LINK, CLAUSE_BREAK, COMPARISON, EARLIER_GRADE, EXCEPT, FOR_NEXT,
    FOUND, FOUND_TO_BE, GRADED_PART, GRADE_NOUNS_AGAIN, GRADE_NOUN_FORMS, GRADE_TO_JUDGEMENT,
    IMPROVEMENT_VERBS, INDEFINITE, INSPECTION_NOUNS, INSPECTORATE, JUDGED_AS, JUDGEMENT_PHRASES,
    LINK_FILLER, LIST_AND, OF_LINK, OTHER_AREAS, PART_OF, PASSIVE_AUXILIARIES, RATING_CUE,
    RELATIVE_PRONOUNS, REPORTING_VERBS, SAID_AGAIN, SAYING_PARTICIPLES, SOME_OF, SPEECH_VERBS,
    SUB_JUDGEMENT, THESE, TO_AIM, TO_BE, VERDICT_VERBS,
};
use super::pattern::{
    grade_at, is_year, judgement_at, read_grade_at, read_judgement_at, LONGEST_READING,
};
use super::rules;
use super::scope::Scope;
use super::text::{
    normalise, Word, CLOSING_DOUBLE, CLOSING_SINGLE, OPENING_DOUBLE, OPENING_SINGLE,
};
use super::token::{tokens, unread_tokens, Token};
use super::{Diagnostics, Problem};
use crate::model::{Grade, Judgement};
use std::borrow::Cow;
use std::ops::Range;

/// How Ofsted's judgement titles begin, for telling a quoted title from a quotation.
const JUDGEMENT_TITLES: [&str; 4] = [
    "impact of leaders",
    "experiences and progress of",
    "experience and progress of",
    "overall effectiveness",
];

/// Most words between a grade and the judgement phrase it is for.
const MAX_LINK_GAP: usize = 4;

/// How far after "G for" a judgement makes the grade that judgement's ("Good for the
/// experiences and progress of children in care"), not "good for the third time".
const FOR_REACH: usize = 7;

/// Most narrative words of a sentence read together for its ratings; a longer one is
/// read in parts of this many. Prose states grades in far shorter sentences; the cap
/// keeps a run-on text (a list of grades with no full stop) from making the pairing of
/// judgements and grades, which compares each with each, grow with the square of it.
const MAX_SENTENCE_WORDS: usize = 120;

/// Most words from a rating word to the grade that ends its clause, as in "rated the
/// impact of leaders as outstanding".
const MAX_CLAUSE_WORDS: usize = 6;

/// Most words from a rating word to "as" and the grade after it, as in "judged the
/// overall effectiveness of the council's children's services as inadequate".
const MAX_AS_CLAUSE_WORDS: usize = 14;

/// A grade stated for one judgement at one place.
#[derive(Debug, Clone)]
pub(crate) struct RatingMention {
    pub judgement: Judgement,
    pub grade: Grade,
    /// From the grade word to the judgement phrase, or just the grade word.
    pub span: Range<usize>,
    /// False when no judgement is named and overall effectiveness is assumed.
    pub explicit: bool,
    /// Byte where the grade word starts.
    pub grade_at: usize,
    /// True for "from 'inadequate'" or "once 'inadequate'": the grade of an earlier event.
    pub earlier: bool,
    /// True when a rating word or a judgement is right by the grade ("rated good"),
    /// false for a quoted grade word that is only in a sentence about ratings.
    pub cued: bool,
    /// Byte of a year that dates this grade instead of the date nearest the grade
    /// word: "rated 'inadequate' in 2013 and again in 2019" gives one grade for each.
    pub dated_at: Option<usize>,
}

impl RatingMention {
    /// A current grade a reading gives to a judgement by name or by count (explicit and
    /// cued, dated by no word of its own): "the other three areas", "four out of five
    /// areas", a line under a grade.
    fn given(judgement: Judgement, grade: Grade, span: Range<usize>, grade_at: usize) -> Self {
        RatingMention {
            judgement,
            grade,
            span,
            explicit: true,
            grade_at,
            earlier: false,
            cued: true,
            dated_at: None,
        }
    }
}

/// Whether a quoted text is a grade or a judgement's title rather than a quotation.
pub(crate) fn is_rating_term(text: &str) -> bool {
    // "rating it as “good.”": the sentence's full stop inside the marks.
    let normalised = normalise(text.trim().trim_end_matches(['.', ',', ';', ':', '!', '?']));
    // "requires (further) improvement".
    let variant = IMPROVEMENT_VERBS.iter().find_map(|verb| {
        let rest = normalised.strip_prefix(verb)?;
        let rest = rest.strip_prefix(" further").unwrap_or(rest);
        rest.strip_prefix(" improvement")
    });
    let normalised = match variant {
        Some(rest) => format!("requires improvement{rest}"),
        None => normalised,
    };
    let untitled = normalised.strip_prefix("the ").unwrap_or(&normalised);
    // The 2014–2018 titles: "services for children who need help and protection".
    let untitled = untitled.strip_prefix("services for ").unwrap_or(untitled);
    Grade::from_words(&normalised).is_some()
        || normalised == "requires improvement to be good"
        || JUDGEMENT_TITLES
            .iter()
            .any(|title| untitled.starts_with(title))
        || is_judgement_phrase(untitled)
        || is_graded_summary(text)
}

/// Words that join grades and judgements in a quoted summary of them.
const SUMMARY_LINKS: [&str; 6] = ["but", "in", "for", "and", "with", "overall"];

/// Whether a quoted text holds only grades, judgements and the words that join them,
/// two grades or a grade and a judgement at least: "good but requires improvement in
/// help and protection" is a summary of ratings, not a statement.
fn is_graded_summary(text: &str) -> bool {
    // Most quotations are statements, and are told by their first words: those are
    // read first, with enough words after them that each reading is the whole text's.
    // (A reading looks one token past the longest it takes.) A summary opens with a
    // grade, a judgement or a joining word.
    let reach = LONGEST_READING + 1;
    let head: Vec<Word> = super::text::word_iter(text).take(reach).collect();
    let head = unread_tokens(text, &head, None);
    let opens = head
        .first()
        .is_some_and(|first| first.is_any(&SUMMARY_LINKS))
        || read_grade_at(&head, 0).is_some()
        || read_judgement_at(&head, 0).is_some();
    if !opens {
        return false;
    }
    let words = super::text::words(text);
    let first = reach + 3;
    if words.len() > first {
        if let Err(at) = read_summary(&tokens(text, &words[..first], None)) {
            if at + reach <= first {
                return false;
            }
        }
    }
    read_summary(&tokens(text, &words, None))
        .is_ok_and(|(grades, judgements)| grades >= 1 && grades + judgements >= 2)
}

/// How many grades and judgements `tokens` hold, with only [`SUMMARY_LINKS`] between
/// them; or the index of the first token that is none of these.
fn read_summary(tokens: &[Token]) -> Result<(usize, usize), usize> {
    let (mut index, mut grades, mut judgements) = (0, 0, 0);
    while index < tokens.len() {
        if let Some((_, length)) = grade_at(tokens, index) {
            grades += 1;
            index += length;
        } else if let Some((_, length)) = judgement_at(tokens, index) {
            judgements += 1;
            index += length;
        } else if tokens[index].is_any(&SUMMARY_LINKS) {
            index += 1;
        } else {
            return Err(index);
        }
    }
    Ok((grades, judgements))
}

/// Whether `text` (lower case) is, word for word, a judgement phrase of two words or
/// more, or its opening: a journalist's quotation marks around a title's words ("children who need
/// “help and protection”") mark a term, not a statement.
fn is_judgement_phrase(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    // Or the first words of one: "“looked after” children".
    words.len() >= 2
        && JUDGEMENT_PHRASES
            .iter()
            .any(|(phrase, _)| phrase.starts_with(words.as_slice()))
}

/// Every rating the article's narrative states of its subject (not of other councils).
///
/// `findings` holds the opening byte of each quotation the inspectorate speaks, in
/// order: its words are findings, read as narrative ("“Children’s services in Brent
/// require improvement to be good,” the report states").
pub(crate) fn find_ratings(
    layout: &Layout,
    scope: &Scope,
    findings: &[usize],
    diagnostics: &mut Diagnostics,
) -> Vec<RatingMention> {
    let mut rows = two_line_rows(layout);
    rows.extend(lines_under_a_grade(layout));
    // In the text's order: looked up by binary search.
    let mut in_rows: Vec<usize> = rows.iter().map(|r| r.grade_at).collect();
    in_rows.sort_unstable();
    let mut ratings: Vec<RatingMention> = rows
        .into_iter()
        .filter(|r| !scope.is_about_others(layout, r.grade_at))
        .collect();
    // The judgements the sentence before named without grading any, and where.
    let mut listed_before: Vec<(Judgement, Range<usize>)> = Vec::new();
    // The last current grade a sentence gave, kept over at most
    // `GRADE_KEPT_SENTENCES` sentences that give none ("... retained its 'good'
    // rating. Inspectors praised ... The rating was for leadership, ...").
    const GRADE_KEPT_SENTENCES: usize = 2;
    let mut graded_before: Option<RatingMention> = None;
    let mut ungraded_since = 0;
    // Whether each judgement (in `Judgement::ALL`'s order) has been named with a
    // current grade of the subject's so far ("the other three areas" are those not).
    let mut graded_so_far = [false; Judgement::ALL.len()];
    // The statements that name a rating, each read once: a statement may run over many
    // sentences, and reading it again for each would grow with the square of it.
    let naming_a_rating: Vec<usize> = layout
        .quotes
        .iter()
        .filter(|quote| names_a_rating(layout, quote.inner.clone()))
        .map(|quote| quote.open)
        .collect();
    for sentence in &layout.sentences {
        let all_words = narrative_words(layout, sentence.clone(), findings, &naming_a_rating);
        let mut chunk_start = sentence.start;
        // A sentence's grades are read against each other (which judgement goes with
        // which grade), so a run-on sentence is read in parts: see MAX_SENTENCE_WORDS.
        for (part, words) in all_words.chunks(MAX_SENTENCE_WORDS).enumerate() {
            let chunk_end = all_words
                .get((part + 1) * MAX_SENTENCE_WORDS)
                .map_or(sentence.end, |w| w.start);
            let words = tokens(layout.text, words, Some(layout));
            warn_of_unknown_grades(layout, &words, chunk_start..chunk_end, diagnostics);
            chunk_start = chunk_end;
            let words = &words[..];
            // The chunk's grade words, read once: the readings below filter copies.
            let all_grades = grade_words(words);
            let mut grades = all_grades.clone();
            let judgements = judgement_words(words);
            // Whether the sentence grades what the one before listed ("All three were ...").
            let pointing_back = points_back(words, listed_before.len());
            // "Ofsted ratings go from inadequate, to requires improvement, to good and
            // then outstanding": the scale, for the pattern rules too.
            let the_scale = judgements.is_empty() && sets_out_the_scale(words, &grades);
            let mut about_ratings = words.iter().any(|w| w.in_set(&RATING_CUE))
                || lists_judgements(layout, words, &grades, &judgements)
                || grades
                    .iter()
                    .any(|g| is_full_name(g) || given_as_verdict(words, g));
            if !about_ratings {
                // "concluded that the council is 'outstanding' for leadership, and
                // 'outstanding' for adoption": only the quoted grades by a judgement count,
                // or, in a sentence naming the inspectorate or an inspection, any quoted
                // grade ("The outcome from the inspection showed that the council was
                // providing a 'Good' service").
                let of_inspection = words
                    .iter()
                    .any(|w| w.in_set(&INSPECTORATE) || w.is_any(&INSPECTION_NOUNS))
                    || pointing_back;
                grades.retain(|g| {
                    is_wrapped(layout.text, words[g.first].start..words[g.last].end())
                        && ((of_inspection && quoted_finding(words, g))
                            || stands_by_judgement(words, g, &judgements))
                });
                about_ratings = !grades.is_empty();
            }
            let mut found = if about_ratings {
                sentence_ratings(layout, words, grades, &judgements)
            } else {
                Vec::new()
            };
            if !the_scale {
                apply_rule_table(layout, words, &mut found);
            }
            given_to_those_listed_before(pointing_back, &mut found, &listed_before);
            leave_out_the_excepted(words, &judgements, &mut found);
            // The other areas are also those the sentence does not name ("leadership
            // outstanding, while the other three areas were judged good").
            let mut graded = graded_so_far;
            for rating in &found {
                graded[rating.judgement.index()] = true;
            }
            found.extend(the_other_areas(layout, words, &graded));
            let counted = n_of_m_areas(words, &all_grades, &found);
            found.extend(counted);
            let again = this_grade_again(
                words,
                &all_grades,
                &judgements,
                graded_before.as_ref(),
                &found,
            );
            found.extend(again);
            match found
                .iter()
                .filter(|r| !r.earlier)
                .max_by_key(|r| r.grade_at)
            {
                Some(last) => {
                    graded_before = Some(last.clone());
                    ungraded_since = 0;
                }
                None if all_grades.is_empty() && ungraded_since < GRADE_KEPT_SENTENCES => {
                    ungraded_since += 1;
                }
                None => graded_before = None,
            }
            listed_before = if all_grades.is_empty() {
                judgements
                    .iter()
                    .map(|j| (j.judgement, words[j.first].start..words[j.last].end()))
                    .collect()
            } else {
                Vec::new()
            };
            let ours: Vec<RatingMention> = found
                .into_iter()
                .filter(|r| in_rows.binary_search(&r.grade_at).is_err())
                .filter(|r| !scope.is_about_others(layout, r.grade_at))
                .collect();
            for rating in ours.iter().filter(|r| r.explicit && !r.earlier) {
                graded_so_far[rating.judgement.index()] = true;
            }
            ratings.extend(ours);
        }
    }
    // In the text's order: where two grades clash, the first stated is kept.
    ratings.sort_by_key(|r| r.grade_at);
    ratings
}

/// "The areas assessed were A, B and C. All of these areas were found to 'require
/// improvement'": a grade of "these" (those) areas, with no judgement named in its
/// sentence, is each judgement the sentence before listed. `pointing_back`: whether the
/// sentence points back to them (see [`points_back`]).
fn given_to_those_listed_before(
    pointing_back: bool,
    found: &mut Vec<RatingMention>,
    listed_before: &[(Judgement, Range<usize>)],
) {
    let Some(first) = listed_before.first() else {
        return;
    };
    if !pointing_back || found.is_empty() || found.iter().any(|r| r.earlier) {
        return;
    }
    // "Each of these focus areas were also judged to be 'good', alongside the overall
    // effectiveness": the judgements the sentence names keep the grade, and those
    // listed before get it too.
    if found.iter().any(|r| r.explicit) {
        let Some(rating) = found.first().cloned() else {
            return;
        };
        let named: Vec<Judgement> = found.iter().map(|r| r.judgement).collect();
        found.extend(
            listed_before
                .iter()
                .filter(|(judgement, _)| !named.contains(judgement))
                .map(|(judgement, _)| RatingMention {
                    judgement: *judgement,
                    span: first.1.start..rating.span.end,
                    explicit: true,
                    ..rating.clone()
                }),
        );
        return;
    }
    let graded: Vec<RatingMention> = std::mem::take(found);
    for rating in graded {
        found.extend(listed_before.iter().map(|(judgement, _)| RatingMention {
            judgement: *judgement,
            span: first.1.start..rating.span.end,
            explicit: true,
            ..rating.clone()
        }));
    }
}

/// "Derby has been rated outstanding. The council also earned this accolade for the
/// impact of leaders": a sentence that gives "this" (that, the same) accolade, rating
/// or grade to judgements gives them the grade given last before it: in the sentence
/// ("rated 'requires improvement', with the same grade for help and protection"), or,
/// with none there, by the sentence before, dated by what this sentence says ("Child
/// protection services were also given this rating in August 2013"). With grades of
/// its own, only the judgements after "this rating", up to the next grade or clause
/// break, take it.
fn this_grade_again(
    words: &[Token],
    own_grades: &[GradeWord],
    judgements: &[JudgementWord],
    graded_before: Option<&RatingMention>,
    found: &[RatingMention],
) -> Vec<RatingMention> {
    // Where "this rating" stands: the date by it dates the grade again. A sentence
    // opening "The rating was for ..." points back too.
    let grade_noun = |w: &Token| w.is_any(&GRADE_NOUNS_AGAIN) || w.is_any(&GRADE_NOUN_FORMS);
    let opens_with_the_rating = words.len() > 3
        && words[0].is_any(&ARTICLES)
        && grade_noun(&words[1])
        && words[2].is_any(&PASSIVE_AUXILIARIES)
        && words[3].in_set(&FOR_NEXT);
    let refers = words
        .windows(2)
        .find_map(|pair| {
            (pair[0].is_any(&SAID_AGAIN) && grade_noun(&pair[1])).then_some(pair[1].start)
        })
        .or_else(|| opens_with_the_rating.then(|| words[1].start));
    let Some(said_again_at) = refers else {
        return Vec::new();
    };
    // The grade pointed back to: the sentence's last current one before "the same
    // grade" ("rated 'requires improvement', with the same grade for help and
    // protection"), else the last of the sentences before, when this one has none.
    let in_sentence = found
        .iter()
        .filter(|r| !r.earlier && r.grade_at < said_again_at)
        .max_by_key(|r| r.grade_at);
    let said_at = words.partition_point(|w| w.start < said_again_at);
    let grade_before_said = own_grades.iter().any(|g| g.first < said_at);
    let Some(before) = in_sentence.or(graded_before.filter(|_| !grade_before_said)) else {
        return Vec::new();
    };
    // The judgements it is given to: those after it, up to the sentence's next grade
    // or a clause of its own ("The same grade was given for A and for B, while C was
    // judged 'good'"), that nothing else grades.
    let stop = (said_at..words.len())
        .find(|&i| words[i].in_set(&CLAUSE_BREAK) || own_grades.iter().any(|g| g.first == i))
        .unwrap_or(words.len());
    let own: Vec<&JudgementWord> = judgements
        .iter()
        // With no grade of its own, the sentence's every judgement ("Child protection
        // services were also given this rating").
        .filter(|j| own_grades.is_empty() || (j.first > said_at && j.last < stop))
        .filter(|j| {
            !found
                .iter()
                .any(|r| r.judgement == j.judgement && !r.earlier)
        })
        .collect();
    if own.is_empty() {
        return Vec::new();
    }
    own.into_iter()
        .map(|j| {
            let phrase_end = words[j.last].end();
            RatingMention {
                judgement: j.judgement,
                grade: before.grade,
                span: before.span.start.min(before.grade_at)..phrase_end,
                explicit: true,
                grade_at: before.grade_at,
                earlier: false,
                cued: true,
                dated_at: Some(said_again_at),
            }
        })
        .collect()
}

/// Whether the words point back to the judgements the sentence before named: to two
/// or more of them by "these" (those) areas ("all of these areas", "these four
/// judgements") or an opening "All three"; to the one it named by "this area" ("This
/// area will require improvement to be good").
fn points_back(words: &[Token], listed: usize) -> bool {
    let opens_with = |phrase: &str| {
        let mut parts = phrase.split(' ');
        let mut held = words.iter();
        parts.all(|part| held.next().is_some_and(|w| w.is(part)))
    };
    let to_many = ALL_LISTED.iter().any(|phrase| opens_with(phrase))
        || words.windows(3).any(|w| {
            w[0].is_any(&THESE)
                && (w[1].in_set(&AREA) || (w[2].in_set(&AREA) && !w[1].in_set(&RATING_CUE)))
        });
    let to_one = words.windows(2).any(|w| {
        w[0].is_any(&SAID_AGAIN) && w[1].in_set(&AREA) && w[1].base.is_some_and(|b| w[1].is(b))
    });
    (to_many && listed >= 2) || (to_one && listed == 1)
}

/// Adds what the pattern rules of [`rules::GRADE_RULES`] give in `words` to the ratings the
/// coded rules `found` there, and drops the grades they say are none. A grade a pattern
/// gives to named judgements is not also the overall grade by default.
fn apply_rule_table(layout: &Layout, words: &[Token], found: &mut Vec<RatingMention>) {
    // Every rule gives or voids a grade it meets: with none in the words, none applies.
    if words.iter().all(|w| w.grade_here.is_none()) {
        return;
    }
    let (given, void) = rules::apply_grade_rules(words);
    // A grade a firm rule gives to a judgement it names is that judgement's, though a
    // sub-judgement stands by it too: "with children looked after and adoption
    // 'requiring improvement'".
    let void_at: Vec<usize> = void
        .iter()
        .filter(|&&i| {
            !given.iter().any(|g| {
                (g.firm || g.over_void) && g.judgement_tokens.is_some() && g.grade_tokens.start == i
            })
        })
        .map(|&i| words[i].start)
        .collect();
    found.retain(|r| !void_at.contains(&r.grade_at));
    // What the pattern rules add; the coded rules' ratings (`found`) are what they
    // override.
    let mut added: Vec<RatingMention> = Vec::new();
    // A grade a firm rule reads is read by it alone.
    let firm_at: Vec<usize> = given
        .iter()
        .filter(|g| g.firm)
        .map(|g| words[g.grade_tokens.start].start)
        .collect();
    for g in given {
        let grade_at = words[g.grade_tokens.start].start;
        if void_at.contains(&grade_at) || (!g.firm && firm_at.contains(&grade_at)) {
            continue;
        }
        if g.earlier {
            // The rule reads the grade as an earlier event's: what the coded rules
            // linked it to is not kept.
            found.retain(|r| r.grade_at != grade_at || r.earlier);
        }
        if g.firm {
            // The rule's reading of this grade replaces the coded rules'.
            found.retain(|r| r.grade_at != grade_at || r.earlier != g.earlier);
        }
        if let Some(phrase) = &g.judgement_tokens {
            let phrase = words[phrase.start].start..words[phrase.end - 1].end();
            let linked_elsewhere = |r: &RatingMention| {
                r.explicit
                    && r.grade_at != grade_at
                    && r.judgement == g.judgement
                    && r.span.start < phrase.end
                    && phrase.start < r.span.end
            };
            if g.firm {
                found.retain(|r| !linked_elsewhere(r));
            } else if found.iter().any(linked_elsewhere) {
                // A judgement phrase the coded rules linked to another grade keeps it:
                // "an 'Outstanding' rating for the impact of leaders, and overall,
                // services were rated 'Good'".
                continue;
            }
            found.retain(|r| r.grade_at != grade_at || r.explicit);
        }
        let dated_at = g.dated_by.map(|year| words[year].start);
        let stated = |r: &RatingMention| {
            r.grade_at == grade_at && r.judgement == g.judgement && r.dated_at == dated_at
        };
        if found.iter().chain(&added).any(stated) {
            continue;
        }
        let grade_end = words[g.grade_tokens.end - 1].end();
        let span = match &g.judgement_tokens {
            Some(phrase) => {
                let from = words[phrase.start].start.min(grade_at);
                let to = words[phrase.end - 1].end().max(grade_end);
                from..to
            }
            None => grade_at..grade_end,
        };
        added.push(RatingMention {
            judgement: g.judgement,
            grade: g.grade,
            span: layout_span(layout, span),
            explicit: g.judgement_tokens.is_some(),
            grade_at,
            earlier: g.earlier,
            cued: true,
            dated_at: g.dated_by.map(|year| words[year].start),
        });
    }
    found.append(&mut added);
}

/// `span`, checked against the text (it always fits: it is made of word bounds).
fn layout_span(layout: &Layout, span: Range<usize>) -> Range<usize> {
    if layout.text.get(span.clone()).is_some() {
        span
    } else {
        span.start..span.start
    }
}

/// A table's rows as text often gives a judgement's title on one line and its grade
/// alone on the next ("Overall effectiveness" then "Good").
fn two_line_rows(layout: &Layout) -> Vec<RatingMention> {
    // A row's grade line holds the grade alone, and its title ends with the judgement:
    // only so many words of each are read.
    const MOST_GRADE_WORDS: usize = 7;
    const MOST_TITLE_WORDS: usize = 16;
    let row = |pair: &[Range<usize>]| {
        let line = layout.words_in(pair[1].clone());
        if line.len() > MOST_GRADE_WORDS {
            return None;
        }
        let title = layout.words_in(pair[0].clone());
        let title = &title[title.len().saturating_sub(MOST_TITLE_WORDS)..];
        let title = &tokens(layout.text, title, Some(layout))[..];
        let line = &tokens(layout.text, line, Some(layout))[..];
        let [grade] = grade_words(line).try_into().ok()?;
        let judgement = judgement_words(title).pop()?;
        let whole_lines =
            grade.first == 0 && grade.last + 1 == line.len() && judgement.last + 1 == title.len();
        whole_lines.then(|| RatingMention {
            judgement: judgement.judgement,
            grade: grade.grade,
            span: title[judgement.first].start..line[grade.last].end(),
            explicit: true,
            grade_at: line[grade.first].start,
            earlier: false,
            cued: true,
            dated_at: None,
        })
    };
    layout.paragraphs.windows(2).filter_map(row).collect()
}

/// Whether a quoted grade in a sentence about an inspection, with no rating word,
/// states a finding: not a standing told in passing before a noun ("Improvement at
/// 'inadequate' council too slow", "improve the 'inadequate' services"; but "providing
/// a 'Good' service" is one), and not an aim ("to meet 'Good' by the next inspection").
fn quoted_finding(words: &[Token], grade: &GradeWord) -> bool {
    let before = |n: usize| grade.first.checked_sub(n).map(|i| &words[i]);
    // Before a noun, not a joining word: "were 'inadequate' and children were at risk".
    let attributive = words
        .get(grade.last + 1)
        .is_some_and(|next| !next.pause_before && !next.is_any(&AFTER_A_PREDICATE));
    let indefinite = before(1).is_some_and(|w| w.is_any(&INDEFINITE));
    // "were concluded to be 'Good'": a finding, not an aim.
    let found_to_be = before(3).is_some_and(|w| w.is_any(&FOUND_TO_BE));
    let aim = words[grade.first.saturating_sub(3)..grade.first]
        .iter()
        .any(|w| w.in_set(&AIM))
        || (before(2).is_some_and(|w| w.is_any(&TO_AIM))
            && before(1).is_some_and(|w| !w.is_any(&ARTICLES))
            && !found_to_be);
    (!attributive || indefinite) && !aim
}

/// A sentence that ends its paragraph with a grade and a colon ("They found that these
/// 4 areas were all rated inadequate:"), then the judgements one a line below it, with
/// or without bullets: each line's judgement has that grade.
fn lines_under_a_grade(layout: &Layout) -> Vec<RatingMention> {
    // Most words from the grade to the colon ("inadequate:", "good in:", "outstanding
    // within the council include:"), and in one line of the list (a judgement's long
    // title).
    const GRADE_TO_COLON: usize = 4;
    const MOST_LINE_WORDS: usize = 16;
    let mut found = Vec::new();
    for (index, paragraph) in layout.paragraphs.iter().enumerate() {
        if !layout.slice(paragraph.clone()).trim_end().ends_with(':') {
            continue;
        }
        let Some(last) = layout.words_in(paragraph.clone()).last() else {
            continue;
        };
        let sentence = layout.sentence_at(last.start);
        let lead = tokens(layout.text, layout.words_in(sentence), Some(layout));
        let Some(grade) = grade_words(&lead).pop() else {
            continue;
        };
        // "rated", "judged", or "found to be": "The areas that were found to be
        // outstanding within the council include:".
        // Or areas counted: "Three areas in particular require improvement:" (not "The
        // areas it must improve to become good:").
        // "three key areas require improvement:": a word may stand between the count and
        // the areas.
        let counted = |w: &Token| area_count(w).is_some() || w.in_set(&ALL_OF);
        let areas_counted = lead[..grade.first]
            .windows(2)
            .any(|pair| pair[1].in_set(&AREA) && counted(&pair[0]))
            || lead[..grade.first].windows(3).any(|three| {
                three[2].in_set(&AREA) && counted(&three[0]) && three[1].grade_here.is_none()
            });
        let about_rating = areas_counted
            || lead[..grade.first]
                .iter()
                .any(|w| w.in_set(&RATING_CUE) || w.is_any(&FOUND));
        let earlier = lead[grade.first.saturating_sub(2)..grade.first]
            .iter()
            .any(|w| w.in_set(&EARLIER_GRADE));
        if !about_rating || earlier || lead.len() - 1 - grade.last > GRADE_TO_COLON {
            continue;
        }
        let grade_at = lead[grade.first].start;
        for line in &layout.paragraphs[index + 1..] {
            let words = layout.words_in(line.clone());
            if words.is_empty() || words.len() > MOST_LINE_WORDS {
                break;
            }
            let line = tokens(layout.text, words, Some(layout));
            // "- adoption performance": a sub-judgement listed among them gets nothing,
            // and the list goes on.
            if line.first().is_some_and(|w| w.in_set(&SUB_JUDGEMENT)) && line.len() <= 2 {
                continue;
            }
            let judgements = judgement_words(&line);
            let whole_line = judgements.last().is_some_and(|j| j.last + 1 == line.len());
            if !whole_line || !grade_words(&line).is_empty() {
                break;
            }
            found.extend(judgements.iter().map(|j| {
                RatingMention::given(
                    j.judgement,
                    grade.grade,
                    grade_at..line[j.last].end(),
                    grade_at,
                )
            }));
        }
    }
    found
}

/// The sentence's words, leaving out quoted statements but keeping quoted grades, the
/// inspectorate's quoted findings, and the words after a stray mark that never closes.
/// Borrowed from the layout where nothing is left out (most sentences): a copy of a
/// long sentence's words would double their memory.
fn narrative_words<'l, 'a>(
    layout: &'l Layout<'a>,
    sentence: Range<usize>,
    findings: &[usize],
    naming_a_rating: &[usize],
) -> Cow<'l, [Word<'a>]> {
    let words = layout.words_in(sentence.clone());
    // Only a quotation can leave words out.
    let opened_before = layout.quotes.partition_point(|q| q.open < sentence.end);
    let holds_some = opened_before
        .checked_sub(1)
        .is_some_and(|last| layout.quotes[last].outer_end > sentence.start);
    if !holds_some {
        return Cow::Borrowed(words);
    }
    // Whether the last quotation met is a rating term, read once for all its words.
    let mut last_quote: Option<(usize, bool)> = None;
    let kept: Vec<Word<'a>> = words
        .iter()
        .filter(|w| {
            let Some(index) = layout.quote_index_at(w.start) else {
                return true;
            };
            let quote = &layout.quotes[index];
            match last_quote {
                Some((open, is_term)) if open == quote.open => is_term,
                _ => {
                    // A mark opened inside a paragraph that never closes in it, with no
                    // colon or comma leading into it, is most likely a stray or
                    // mismatched one ("received a \"good' rating for
                    // ...", "a “requires improvement “ rating"): its words are read as
                    // narrative. (A statement over several paragraphs opens each one.)
                    // Not a statement a colon or comma leads into ("The report says:
                    // “...").
                    let led_in = layout
                        .text
                        .get(..quote.open)
                        .is_some_and(|before| before.trim_end().ends_with([':', ',']));
                    let stray = !quote.closed && !quote.opens_paragraph && !led_in;
                    // "We are really proud of our 'Good' Ofsted rating": a statement that
                    // names a rating tells the subject's grade as narrative does.
                    let is_term = layout.is_rating_term(index)
                        || findings.binary_search(&quote.open).is_ok()
                        || stray
                        || naming_a_rating.binary_search(&quote.open).is_ok();
                    last_quote = Some((quote.open, is_term));
                    is_term
                }
            }
        })
        .copied()
        .collect();
    Cow::Owned(kept)
}

/// Whether a quotation's words name a rating ("rated", "judgement", "rating"), so that
/// a grade in them is told as one (not "we provide good support", though Ofsted said
/// so).
fn names_a_rating(layout: &Layout, inner: Range<usize>) -> bool {
    tokens(layout.text, layout.words_in(inner), Some(layout))
        .iter()
        .any(|w| w.in_set(&RATING_CUE))
}

/// Whether the words set out judgements with their grades, as press releases list them
/// ("Overall effectiveness: Good", "• Overall effectiveness – Good", a table's
/// "Overall effectiveness | Good", or the grade on the next line): a judgement, a
/// colon, dash, bar or line break, then a grade.
fn lists_judgements(
    layout: &Layout,
    words: &[Token],
    grades: &[GradeWord],
    judgements: &[JudgementWord],
) -> bool {
    judgements.iter().any(|judgement| {
        grades.iter().any(|grade| {
            // Right after the title, or after its bracketed abbreviation: only then is
            // the text between read (a bound that keeps many titles and grades linear).
            let marked = (judgement.last + 1..=judgement.last + ROW_ABBREVIATION_WORDS + 1)
                .contains(&grade.first)
                && layout
                    .slice(words[judgement.last].end()..words[grade.first].start)
                    .contains([':', '–', '—', '|', '\n'])
                && (grade.first == judgement.last + 1
                    || row_abbreviation(layout, words, judgement.last, grade.first));
            // A table's row run into one line, its grade capitalised and the row's
            // text after a colon: "The experience and progress of children who need
            // help and protection Good: The quality of partnership working ...".
            let run_on = grade.first == judgement.last + 1
                && words[grade.first].capitalised
                && layout
                    .text
                    .get(words[grade.last].end()..)
                    .is_some_and(|after| after.starts_with(':'));
            marked || run_on
        })
    })
}

/// Most words of a row title's abbreviation in brackets: "(CLA&P)", "(CNHP)".
const ROW_ABBREVIATION_WORDS: usize = 2;

/// Whether the words between a judgement's title (ending at `title_last`) and a grade
/// (at `grade_first`) are only the title's abbreviation in brackets: "Children who need
/// help and protection (CNHP): RI".
fn row_abbreviation(
    layout: &Layout,
    words: &[Token],
    title_last: usize,
    grade_first: usize,
) -> bool {
    if grade_first <= title_last || grade_first > title_last + ROW_ABBREVIATION_WORDS + 1 {
        return false;
    }
    let gap = layout.slice(words[title_last].end()..words[grade_first].start);
    let Some(inside) = gap.trim_start().strip_prefix('(') else {
        return false;
    };
    inside.split_once(')').is_some_and(|(abbreviation, rest)| {
        !abbreviation.contains(['(', '\n'])
            && abbreviation.split_whitespace().count() <= 2
            && rest.trim_start().starts_with([':', '–', '—', '|'])
    })
}

/// A grade word and the indices of the words it covers.
#[derive(Clone, Copy)]
struct GradeWord {
    grade: Grade,
    first: usize,
    last: usize,
    /// Whether a rating word or judgement is right by it (see `is_cued`).
    cued: bool,
}

/// A judgement phrase and the indices of the words it covers.
struct JudgementWord {
    judgement: Judgement,
    first: usize,
    last: usize,
}

/// The ratings of one sentence, from its `grades` and `judgements` words.
fn sentence_ratings(
    layout: &Layout,
    words: &[Token],
    grades: Vec<GradeWord>,
    judgements: &[JudgementWord],
) -> Vec<RatingMention> {
    if judgements.is_empty() && sets_out_the_scale(words, &grades) {
        return Vec::new();
    }
    let cued: Vec<bool> = grades
        .iter()
        .map(|g| is_cued(layout, words, g, &grades, judgements))
        .collect();
    let grades: Vec<GradeWord> = grades
        .into_iter()
        .zip(cued)
        .map(|(g, cued)| GradeWord { cued, ..g })
        .filter(|g| g.cued || is_wrapped(layout.text, words[g.first].start..words[g.last].end()))
        .collect();
    let mut linked: Vec<Vec<&JudgementWord>> = grades.iter().map(|_| Vec::new()).collect();
    for judgement in judgements {
        if let Some(index) = linked_grade(layout, words, &grades, judgements, judgement) {
            linked[index].push(judgement);
        }
    }
    // "Leadership, management and governance has been rated good (rated inadequate in
    // 2014)": a grade in brackets right after a graded judgement, naming none, is the
    // same judgement's.
    for index in 1..grades.len() {
        let gap =
            layout.slice(words[grades[index - 1].last].end()..words[grades[index].first].start);
        // The bracket opens right after the graded judgement's grade (a quotation mark
        // aside), and has not closed.
        let bracketed = gap
            .trim_start_matches(|c: char| {
                c.is_whitespace() || CLOSING_SINGLE.contains(&c) || CLOSING_DOUBLE.contains(&c)
            })
            .starts_with('(')
            && !gap.contains(')');
        if linked[index].is_empty() && bracketed {
            linked[index] = linked[index - 1].clone();
        }
    }
    let mut ratings = Vec::new();
    for (grade, judgements) in grades.iter().zip(linked) {
        // "up from 'good'", "once a 'good'": not across a comma ("run by the trust since
        // 2018, require improvement").
        let earlier = words[grade.first.saturating_sub(2)..grade.first]
            .iter()
            .any(|w| {
                w.in_set(&EARLIER_GRADE)
                    && !layout
                        .slice(w.end()..words[grade.first].start)
                        .contains([',', ';', ':'])
            });
        let grade_range = words[grade.first].start..words[grade.last].end();
        let mention = |judgement, span, explicit| RatingMention {
            judgement,
            grade: grade.grade,
            span,
            explicit,
            grade_at: grade_range.start,
            earlier,
            cued: grade.cued,
            dated_at: None,
        };
        if judgements.is_empty() && !of_some_areas(layout, words, grade) {
            ratings.push(mention(
                Judgement::OverallEffectiveness,
                grade_range.clone(),
                false,
            ));
        }
        for judgement in judgements {
            let phrase = words[judgement.first].start..words[judgement.last].end();
            let span = grade_range.start.min(phrase.start)..grade_range.end.max(phrase.end);
            ratings.push(mention(judgement.judgement, span, true));
        }
    }
    ratings
}

/// "Ofsted rated the experiences and progress of care leavers as inadequate. ... The
/// inspectors rated the other three areas of inspection as requiring improvement to be
/// good": a grade of the other (remaining) N areas goes to each of the four judgements
/// under the overall one that no current grade has named yet (`graded`: so far, and in
/// the sentence: "leadership outstanding, while the other three areas were judged
/// good"), when some has and N is their number.
fn the_other_areas(
    layout: &Layout,
    words: &[Token],
    graded: &[bool; Judgement::ALL.len()],
) -> Vec<RatingMention> {
    let under_overall = Judgement::ALL.len() - 1;
    let remaining: Vec<Judgement> = Judgement::ALL
        .into_iter()
        .filter(|j| *j != Judgement::OverallEffectiveness && !graded[j.index()])
        .collect();
    // Some named, and some not.
    if remaining.len() == under_overall || remaining.is_empty() {
        return Vec::new();
    }
    // "other", perhaps a count, and an area word.
    let other = (0..words.len()).find_map(|at| {
        if !words[at].is_any(&OTHER_AREAS) {
            return None;
        }
        let count = words.get(at + 1).and_then(area_count);
        let area = words.get(at + 1 + usize::from(count.is_some()))?;
        area.in_set(&AREA).then_some((at, count))
    });
    let Some((at, count)) = other else {
        return Vec::new();
    };
    // The count must be stated, and be theirs: uncounted ("the remaining areas were
    // rated good") this gave only wrong grades on the sets never read (see
    // docs/extractor.md, round 6).
    if count != Some(remaining.len()) {
        return Vec::new();
    }
    // The first grade after the phrase in its clause ("while the other three areas were
    // good", "judged leadership to be outstanding and the other three areas to be
    // good"), or else the last before it there ("rated outstanding for leadership and
    // good in the other three areas").
    let clause = layout.clause_at(words[at].start);
    let grades = grade_words(words);
    let in_clause: Vec<&GradeWord> = grades
        .iter()
        .filter(|g| clause.contains(&words[g.first].start))
        .collect();
    let after = in_clause.iter().find(|g| g.first > at);
    let Some(grade) = after.or_else(|| in_clause.iter().rev().find(|g| g.last < at)) else {
        return Vec::new();
    };
    let grade_range = words[grade.first].start..words[grade.last].end();
    let phrase = words[at].start;
    let span = grade_range.start.min(phrase)..grade_range.end.max(words[at].end());
    remaining
        .into_iter()
        .map(|judgement| {
            RatingMention::given(judgement, grade.grade, span.clone(), grade_range.start)
        })
        .collect()
}

/// "scored 'good' in four out of five areas, with only the experiences and progress of
/// care leavers rated 'requires improvement'": a grade given to N of M areas, where the
/// sentence grades the rest by name otherwise, is each unnamed area's. The areas are the
/// five judgements, or four with children in care and care leavers one (as from 2018 to
/// 2023); a count that does not add up gives nothing.
fn n_of_m_areas(
    words: &[Token],
    grades: &[GradeWord],
    found: &[RatingMention],
) -> Vec<RatingMention> {
    let count_at = |i: usize| words.get(i).and_then(area_count);
    let counted = grades.iter().find_map(|&grade| {
        // "good in four of five areas", "good overall and for three of the four areas".
        let mut at = grade.last + 1;
        for skipped in ["overall", "and"] {
            if words.get(at).is_some_and(|w| w.is(skipped)) {
                at += 1;
            }
        }
        if !words
            .get(at)
            .is_some_and(|w| w.is_any(&["in", "for", "across"]))
        {
            return None;
        }
        let n = count_at(at + 1)?;
        // "four out of five", "four of the five", "four of five".
        let of_at = at + 2;
        let m_at = match (words.get(of_at), words.get(of_at + 1)) {
            (Some(out), Some(of)) if out.is("out") && of.is("of") => of_at + 2,
            (Some(of), Some(the)) if of.is("of") && the.is("the") => of_at + 2,
            (Some(of), _) if of.is("of") => of_at + 1,
            _ => return None,
        };
        let m = count_at(m_at)?;
        // "four main areas", "five judgement areas".
        let area = |i: usize| words.get(i).is_some_and(|w| w.in_set(&AREA));
        (area(m_at + 1) || area(m_at + 2)).then_some((grade, n, m))
    });
    let Some((grade, n, m)) = counted else {
        return Vec::new();
    };
    let areas: &[&[Judgement]] = match m {
        5 => &[
            &[Judgement::OverallEffectiveness],
            &[Judgement::ImpactOfLeaders],
            &[Judgement::HelpAndProtection],
            &[Judgement::ChildrenInCare],
            &[Judgement::CareLeavers],
        ],
        4 => &[
            &[Judgement::OverallEffectiveness],
            &[Judgement::ImpactOfLeaders],
            &[Judgement::HelpAndProtection],
            &[Judgement::ChildrenInCare, Judgement::CareLeavers],
        ],
        _ => return Vec::new(),
    };
    // The areas the sentence grades otherwise, by name.
    let named_otherwise = |area: &[Judgement]| {
        found
            .iter()
            .any(|r| !r.earlier && r.grade != grade.grade && area.contains(&r.judgement))
    };
    let named = areas.iter().filter(|area| named_otherwise(area)).count();
    if named == 0 || m - named != n {
        return Vec::new();
    }
    let grade_range = words[grade.first].start..words[grade.last].end();
    areas
        .iter()
        .filter(|area| !named_otherwise(area))
        .flat_map(|area| area.iter())
        .filter(|j| {
            !found
                .iter()
                .any(|r| !r.earlier && r.judgement == **j && r.grade == grade.grade)
        })
        .map(|&judgement| {
            RatingMention::given(
                judgement,
                grade.grade,
                grade_range.clone(),
                grade_range.start,
            )
        })
        .collect()
}

/// "judged to be good across all service areas, except for care leavers": a grade given
/// to every judgement before an `except` phrase is not that of the judgements named
/// after it, up to the next pause.
fn leave_out_the_excepted(
    words: &[Token],
    judgements: &[JudgementWord],
    found: &mut Vec<RatingMention>,
) {
    let Some(except) = words.iter().position(|w| w.is_any(&EXCEPT)) else {
        return;
    };
    let stop = (except + 1..words.len())
        .find(|&i| words[i].pause_before)
        .unwrap_or(words.len());
    let excepted: Vec<Judgement> = judgements
        .iter()
        .filter(|j| j.first > except && j.first < stop)
        .map(|j| j.judgement)
        .collect();
    let except_at = words[except].start;
    found.retain(|r| {
        // Only a grade before the exception, not given by naming the judgement there.
        !(excepted.contains(&r.judgement)
            && !r.earlier
            && r.grade_at < except_at
            && r.span.end <= except_at)
    });
}

/// The number a word counts areas by: "three" areas, "4" judgements.
fn area_count(word: &Token) -> Option<usize> {
    AREA_COUNTS
        .iter()
        .find(|(count, _)| word.is(count))
        .map(|(_, n)| *n)
}

/// Whether the grade's clause gives it to some areas it does not name ("two areas of
/// the council's services were judged inadequate", "rated the other three areas as
/// requiring improvement"): no judgement, and not the overall one.
fn of_some_areas(layout: &Layout, words: &[Token], grade: &GradeWord) -> bool {
    let clause = layout.clause_at(words[grade.first].start);
    // `words` are in order: the clause's are a run of them.
    let from = words.partition_point(|w| w.start < clause.start);
    let to = words.partition_point(|w| w.start < clause.end);
    let in_clause: Vec<&Token> = words[from..to.max(from)]
        .iter()
        .filter(|w| clause.contains(&w.start))
        .collect();
    in_clause.iter().enumerate().any(|(index, w)| {
        let counted_before = |reach: usize| &in_clause[index.saturating_sub(reach)..index];
        // "four of the five areas", "four out of five key areas": a count, "of" (or
        // "out of"), and the whole.
        let some_of_all = || {
            let lead = counted_before(SOME_OF_ALL_REACH);
            lead.iter().enumerate().any(|(at, count)| {
                count.in_set(&SOME_OF) && lead[at + 1..].iter().take(2).any(|w| w.in_set(&PART_OF))
            })
        };
        w.in_set(&AREA)
            && (counted_before(2)
                .iter()
                .any(|before| before.in_set(&SOME_OF))
                || some_of_all())
    })
}

/// Most words before an area word that "four of the five" may take up ("four out of
/// five key areas").
const SOME_OF_ALL_REACH: usize = 6;

fn grade_words(words: &[Token]) -> Vec<GradeWord> {
    let mut found = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let Some((grade, length)) = grade_at(words, index) else {
            index += 1;
            continue;
        };
        // "below good" ("totally inadequate" is no grade at all: see `tokens`).
        let compared = index > 0 && words[index - 1].in_set(&COMPARISON);
        // "rated 'good' with 'outstanding' features": a grade's parts, not a grade.
        let of_parts = words
            .get(index + length)
            .is_some_and(|w| w.in_set(&GRADED_PART));
        if !compared && !of_parts {
            found.push(GradeWord {
                grade,
                first: index,
                last: index + length - 1,
                cued: false,
            });
        }
        index += length;
    }
    found
}

fn judgement_words(words: &[Token]) -> Vec<JudgementWord> {
    let mut found = Vec::new();
    let mut index = 0;
    while index < words.len() {
        match judgement_at(words, index) {
            Some((judgements, length)) => {
                // A combined judgement ("children in care and care leavers") is each.
                found.extend(judgements.iter().map(|judgement| JudgementWord {
                    judgement: *judgement,
                    first: index,
                    last: index + length - 1,
                }));
                index += length;
            }
            None => index += 1,
        }
    }
    found
}

/// Whether every grade is named, as in "Grades are Outstanding, Good, Requires
/// improvement to be good, and Inadequate": the scale, not a grade given. Two or more
/// grades with a year right after them make the sentence a history instead ("Rated
/// inadequate in 2014, requires improvement in 2018 and good in 2021, ... now
/// outstanding").
fn sets_out_the_scale(words: &[Token], grades: &[GradeWord]) -> bool {
    let named: Vec<Grade> = grades.iter().map(|g| g.grade).collect();
    // "Rated inadequate in 2014, requires improvement in 2018 and good in 2021, ... now
    // outstanding": grades each with a year are a history, not the scale.
    let dated = grades
        .iter()
        .filter(|g| {
            words[g.last + 1..(g.last + 4).min(words.len())]
                .iter()
                .any(is_year)
        })
        .count();
    dated < 2
        && [
            Grade::Inadequate,
            Grade::RequiresImprovement,
            Grade::Good,
            Grade::Outstanding,
        ]
        .iter()
        .all(|grade| named.contains(grade))
}

/// Whether a grade word is near a rating word ("rated good", "an overall Inadequate
/// rating"), ends the clause a rating word begins ("rated the council's services
/// good") or is right next to a judgement ("'Outstanding' leadership"). A grade word is
/// a rating when it is, or when it is quoted ('good').
fn is_cued(
    layout: &Layout,
    words: &[Token],
    grade: &GradeWord,
    grades: &[GradeWord],
    judgements: &[JudgementWord],
) -> bool {
    // Only words this near the grade can count (see the conditions below).
    let reach = MAX_CLAUSE_WORDS.max(MAX_AS_CLAUSE_WORDS).max(3);
    let from = grade.first.saturating_sub(reach);
    let to = (grade.last + 3 + 1).min(words.len());
    let near_cue = (from..to)
        .map(|index| (index, &words[index]))
        .any(|(index, w)| {
            let in_clause_after = index < grade.first
                && grade.first - index <= MAX_CLAUSE_WORDS
                && !layout
                    .slice(w.end()..words[grade.first].start)
                    .contains([',', ';', ':']);
            // "has judged the overall effectiveness of the council's children's services as
            // inadequate": "as" and the grade end the clause the rating word opens.
            // So do "to be" and the grade ("has judged the council's children's
            // services to be good"), but not an aim's ("want to be good").
            let to_be = grade.first > TO_BE.len()
                && words[grade.first - TO_BE.len()..grade.first]
                    .iter()
                    .zip(TO_BE)
                    .all(|(w, word)| w.is(word))
                && !words[grade.first - TO_BE.len() - 1].in_set(&AIM);
            let as_after = index < grade.first
                && grade.first - index <= MAX_AS_CLAUSE_WORDS
                && grade.first > 0
                && (words[grade.first - 1].in_set(&AS_LINK) || to_be)
                && !layout
                    .slice(w.end()..words[grade.first].start)
                    .contains([',', ';', ':']);
            // "DfE good practice council rated 'inadequate'": a rating verb a few words
            // after a grade, with its own grade right after it, is that one's (not a
            // rating noun: "gone from inadequate to a rating of good").
            let anothers = || {
                index > grade.last + 1
                    && !w.is_any(&GRADE_NOUN_FORMS)
                    && grades
                        .get(grades.partition_point(|g| g.first <= index))
                        .is_some_and(|g| g.first - index <= 3)
            };
            w.in_set(&RATING_CUE)
                && (index.abs_diff(grade.first) <= 3
                    || index.abs_diff(grade.last) <= 3
                    || in_clause_after
                    || as_after)
                && !anothers()
        });
    near_cue
        || stands_by_judgement(words, grade, judgements)
        || judgements
            .iter()
            .any(|j| j.last < grade.first && row_abbreviation(layout, words, j.last, grade.first))
        || is_full_name(grade)
        || given_as_verdict(words, grade)
}

/// Whether a verdict verb stands right before the grade, or before "to be" and the
/// grade: "after the council was found inadequate in 2016", "since the service scored
/// inadequate in 2017", "was found to be good".
fn given_as_verdict(words: &[Token], grade: &GradeWord) -> bool {
    let before = &words[..grade.first];
    let before = match before {
        [rest @ .., to, be] if to.is("to") && be.is("be") => rest,
        _ => before,
    };
    // Not a grade word before a noun: "were found to be good listeners", "found good
    // and bad practice", "found good, timely work".
    let ends_clause = words
        .get(grade.last + 1)
        .is_none_or(|next| next.pause_before || next.is_any(&AFTER_A_VERDICT));
    // Passive, as a verdict on the service is told ("was found inadequate", "had been
    // found to be good"), not inspectors finding things ("inspectors found good
    // practice"); "scored" in either voice.
    let verdict = match before {
        [.., be, verb] if verb.is("found") => be.in_set(&JUDGED_AS) || be.is("been"),
        [.., verb] => verb.is_any(&VERDICT_VERBS) && !verb.is("found"),
        [] => false,
    };
    ends_clause && verdict
}

/// Whether a grade word stands right by a judgement: "'Outstanding' leadership",
/// "outstanding for the experiences and progress of care leavers", "children in care as
/// good". Quoted, such a grade makes its sentence one about ratings ("concluded that the
/// council is 'outstanding' for leadership").
fn stands_by_judgement(words: &[Token], grade: &GradeWord, judgements: &[JudgementWord]) -> bool {
    let joined = |from: usize, to: usize, joining: &dyn Fn(&Token) -> bool| {
        words[from..to]
            .iter()
            .all(|w| w.in_set(&LINK_FILLER) || joining(w))
    };
    judgements.iter().any(|j| {
        (j.first > grade.last
            && joined(grade.last + 1, j.first, &|w| w.in_set(&GRADE_TO_JUDGEMENT)))
            || (j.last < grade.first && joined(j.last + 1, grade.first, &|w| w.in_set(&AS_LINK)))
    })
}

/// "requires improvement to be good", in full: only ever a grade.
fn is_full_name(grade: &GradeWord) -> bool {
    grade.last - grade.first >= 4
}

/// Whether quotation marks stand right around `range`.
fn is_wrapped(text: &str, range: Range<usize>) -> bool {
    let before = text.get(..range.start).and_then(|t| t.chars().next_back());
    let after = text.get(range.end..).and_then(|t| t.chars().next());
    before.is_some_and(|c| OPENING_SINGLE.contains(&c) || OPENING_DOUBLE.contains(&c))
        && after.is_some_and(|c| CLOSING_SINGLE.contains(&c) || CLOSING_DOUBLE.contains(&c))
}

/// The grade a judgement phrase belongs to: the nearest one with no other grade
/// between, within a few words (a comma counts as one more), or any earlier grade that
/// a colon leads into a list. At equal distance the grade after the phrase wins, as in
/// "children in care as 'good'".
fn linked_grade(
    layout: &Layout,
    words: &[Token],
    grades: &[GradeWord],
    judgements: &[JudgementWord],
    judgement: &JudgementWord,
) -> Option<usize> {
    grades
        .iter()
        .enumerate()
        .filter(|(index, grade)| {
            // Whether another grade stands between: grades are in order and do not
            // overlap, so only the next (for a grade before the judgement) or the
            // previous (for one after) can.
            let next_between = grades
                .get(index + 1)
                .is_some_and(|g| grade.last < g.first && g.last < judgement.first);
            let previous_between = index.checked_sub(1).is_some_and(|previous| {
                let g = &grades[previous];
                judgement.last < g.first && g.last < grade.first
            });
            !(next_between || previous_between)
        })
        .filter_map(|(index, grade)| {
            let grade_first = grade.last < judgement.first;
            let (left, right) = if grade_first {
                (grade.last, judgement.first)
            } else {
                (judgement.last, grade.first)
            };
            let between = layout.slice(words[left].end()..words[right].start);
            // "children in care as 'good'", "leadership was judged to be 'good'", and
            // "leaders and help and protection were both rated good": judgements rated
            // together, with no comma between, do not part either from the grade.
            let together = !between.contains([',', ';']);
            let in_other_judgement =
                |i: usize| judgements.iter().any(|j| (j.first..=j.last).contains(&i));
            let filler = |i: usize| {
                let joined = together && (in_other_judgement(i) || words[i].in_set(&LIST_AND));
                words[i].in_set(&LINK_FILLER)
                    || (!grade_first && (words[i].in_set(&JUDGED_AS) || joined))
            };
            // "rated 'good', while services for children in care had also improved".
            let other_clause = (left + 1..right).any(|i| words[i].in_set(&CLAUSE_BREAK));
            // "the services it provides for children in care and care leavers, Ofsted
            // inspectors rated Leeds as 'Good'": a rating word after a comma opens a
            // clause with its own object ("Leeds"), and its grade is not that of the
            // judgements before the comma (but "care leavers, which were rated good",
            // "children in care, also judged to require improvement" and "its leadership,
            // had previously been rated as 'requires improvement'" are).
            let rated_after_comma = !grade_first
                && between.rfind([',', ';']).is_some_and(|at| {
                    let comma = words[left].end() + at;
                    let after: Vec<&Token> = words[left + 1..right]
                        .iter()
                        .filter(|w| w.start > comma)
                        .collect();
                    let rating = after.iter().rposition(|w| w.in_set(&RATING_CUE));
                    after.first().is_some_and(|w| !w.is_any(&RELATIVE_PRONOUNS))
                        && rating.is_some_and(|at| {
                            after[at + 1..].iter().any(|w| {
                                !(w.in_set(&LINK_FILLER)
                                    || w.in_set(&AS_LINK)
                                    || w.in_set(&JUDGED_AS)
                                    || w.is_any(&TO_AIM))
                            })
                        })
                });
            // "have been judged inadequate, with inspectors saying children in care had
            // been let down": after a comma, "with" opens a clause of its own, whose
            // judgements this grade does not reach.
            let with_after_comma = grade_first
                && between.find([',', ';']).is_some_and(|at| {
                    let comma = words[left].end() + at;
                    words[left + 1..right]
                        .iter()
                        .find(|w| w.start > comma)
                        .is_some_and(|w| w.is_any(&ABSOLUTE_OPENERS))
                });
            // "elevated to 'requires improvement' with inspectors praising the council's
            // leadership", "Rating the services as 'good', inspectors highlighted strong
            // leadership": a judgement after the grade in a clause with a verb of its own
            // (reporting, or a participle) is what that verb tells of, not the grade's.
            // (Read last, only for a pair the other tests link.)
            let verb_between = || {
                grade_first
                    && (left + 1..right).any(|i| {
                        let w = &words[i];
                        (w.is_any(&REPORTING_VERBS)
                            || w.is_any(&SPEECH_VERBS)
                            || w.is_any(&SAYING_PARTICIPLES)
                            || is_reporting_participle(w))
                            && !in_other_judgement(i)
                    })
            };
            if other_clause || rated_after_comma || with_after_comma {
                return None;
            }
            // "Children who need help and protection (CNHP): RI": a row's title and
            // grade, with the title's abbreviation between.
            let abbreviated_row = !grade_first && row_abbreviation(layout, words, left, right);
            let gap = if abbreviated_row {
                0
            } else {
                (left + 1..right).filter(|&i| !filler(i)).count()
                    + usize::from(between.contains([',', ';']))
            };
            // "... children in care and Requires Improvement for care leavers": a grade
            // followed by "for" (perhaps after "rating": "an 'outstanding' rating for A
            // and a 'good' rating for B") is given for the judgement after it.
            let for_at = grade.last
                + 1
                + usize::from(
                    words
                        .get(grade.last + 1)
                        .is_some_and(|w| w.is_any(&GRADE_NOUN_FORMS)),
                );
            let for_the_next = !grade_first
                && words.get(for_at).is_some_and(|w| w.in_set(&FOR_NEXT))
                && judgements
                    .iter()
                    .any(|j| j.first > grade.last && j.first <= grade.last + FOR_REACH);
            let listed = grade_first
                && (between.contains(':')
                    || dash_list_start(layout, words, grade, judgements)
                        .is_some_and(|start| judgement.first >= start));
            // "'Outstanding' and the help and protection of children as 'Good'": after a
            // grade, "and" starts the next judgement's item.
            // ("experiences and progress" is part of a title).
            let next_item = grade_first
                && (left + 1..right)
                    .any(|i| words[i].in_set(&LIST_AND) && !words[i - 1].in_set(&LINK_FILLER));
            // "rated outstanding for leadership and good in the other areas": a grade
            // "for" this judgement, right before it, is its grade, before any other.
            let for_this = grade_first
                && words.get(for_at).is_some_and(|w| w.in_set(&FOR_NEXT))
                && judgement.first <= grade.last + FOR_REACH;
            // "good overall and leadership as outstanding", "'Outstanding' leadership":
            // so is a grade right before it, with nothing between.
            let right_before =
                grade_first && grade.last + 1 == judgement.first && between.trim().is_empty();
            // Then, at equal distance, the grade after it.
            let rank = if for_this || right_before {
                0
            } else {
                1 + usize::from(grade_first)
            };
            let distance = if for_this { 0 } else { gap };
            (((gap <= MAX_LINK_GAP && !next_item && !for_the_next) || listed) && !verb_between())
                .then_some((distance, rank, index))
        })
        .min()
        .map(|(_, _, index)| index)
}

/// Whether a word is the "-ing" form of a reporting verb: "praising" (praised),
/// "highlighting" (highlighted), "describing" (described); not "morning" or "keeping".
fn is_reporting_participle(word: &Token) -> bool {
    word.lower.strip_suffix("ing").is_some_and(|stem| {
        // (Each verb's form starts with the stem: most stems pass no verb's first letter.)
        REPORTING_VERBS.iter().any(|verb| {
            verb.strip_prefix(stem)
                .is_some_and(|ending| matches!(ending, "ed" | "d"))
        })
    })
}

/// Most words from a grade to a dash that opens the list of judgements it is given for.
const MAX_WORDS_TO_DASH: usize = 4;

/// Where a list of judgements that a dash opens after a grade starts ("rated 'good' in
/// all areas – overall effectiveness, the impact of leaders, and ..."): the judgement
/// right after the dash, with only articles or "the experiences and progress of" between.
fn dash_list_start(
    layout: &Layout,
    words: &[Token],
    grade: &GradeWord,
    judgements: &[JudgementWord],
) -> Option<usize> {
    let after_dash = (grade.last + 1..words.len())
        .take(MAX_WORDS_TO_DASH + 1)
        .find(|&i| {
            let gap = layout.slice(words[i - 1].end()..words[i].start);
            gap.contains(['–', '—']) || gap.trim() == "-"
        })?;
    let first = judgements.iter().find(|j| j.first >= after_dash)?;
    let of = |i: usize| words[i].in_set(&OF_LINK);
    (after_dash..first.first)
        .all(|i| words[i].in_set(&LINK_FILLER) || of(i))
        .then_some(first.first)
}

/// Warns of a short quoted phrase near a rating word ("rated the service 'excellent'")
/// that is not a grade.
fn warn_of_unknown_grades(
    layout: &Layout,
    words: &[Token],
    range: Range<usize>,
    diagnostics: &mut Diagnostics,
) {
    let cues: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].in_set(&RATING_CUE))
        .collect();
    if cues.is_empty() {
        return;
    }
    for phrase in quoted_phrases(layout.text, range) {
        let inner = layout.slice(phrase.clone());
        let position = words.partition_point(|w| w.start < phrase.start);
        let length = inner.split_whitespace().count();
        // `cues` is in order: the first at or after `position - MAX_LINK_GAP` is the
        // only one to check.
        let first_near = cues.partition_point(|&cue| cue + MAX_LINK_GAP < position);
        let near_cue = cues
            .get(first_near)
            .is_some_and(|&cue| cue.abs_diff(position) <= MAX_LINK_GAP);
        if near_cue && length <= 3 && !is_rating_term(inner) {
            diagnostics.warn(
                Problem::NotAGrade,
                phrase.start,
                &format!(
                    "'{inner}' is not a grade (inadequate, requires improvement, good or outstanding); ignored"
                ),
            );
        }
    }
}

/// Ranges of the quoted phrases in `range`: an opening mark at a word's start up to the
/// next closing mark at a word's end (so apostrophes inside words do not count).
fn quoted_phrases(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    // Byte offsets into `slice`; the characters around one are read in place.
    let is_open = |i: usize, c: char| {
        (OPENING_SINGLE.contains(&c) || OPENING_DOUBLE.contains(&c))
            && slice[..i]
                .chars()
                .next_back()
                .is_none_or(|p| !p.is_alphanumeric())
    };
    let is_close = |i: usize, c: char| {
        (CLOSING_SINGLE.contains(&c) || CLOSING_DOUBLE.contains(&c))
            && slice[i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(|next| !next.is_alphanumeric())
    };
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(c) = slice[i..].chars().next() {
        if !is_open(i, c) {
            i += c.len_utf8();
            continue;
        }
        let from_next = i + c.len_utf8();
        let Some((close, closing)) = slice[from_next..]
            .char_indices()
            .map(|(offset, c)| (from_next + offset, c))
            .find(|&(j, closing)| is_close(j, closing))
        else {
            break;
        };
        found.push(range.start + from_next..range.start + close);
        i = close + closing.len_utf8();
    }
    found
}
