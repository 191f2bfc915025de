//! Grades and the judgements they are given for, as news prose states them.
//!
//! A grade word counts as a rating only in a sentence that talks of rating ("rated",
//! "rating", "grade", "judged", "verdict"...) and only outside quoted statements. It is
//! linked to a judgement phrase near it ("an 'outstanding' grade for the impact of
//! leaders", "overall, services were rated 'good'") or to every judgement listed after
//! it and a colon; a grade linked to none is the overall effectiveness grade.

use super::layout::Layout;
use super::text::{
    normalise, Word, CLOSING_DOUBLE, CLOSING_SINGLE, OPENING_DOUBLE, OPENING_SINGLE,
};
use super::Diagnostics;
use crate::model::{Grade, Judgement};
use std::ops::Range;

/// Words that make a sentence about ratings.
const RATING_CUES: [&str; 11] = [
    "rated",
    "rating",
    "ratings",
    "grade",
    "grades",
    "graded",
    "judged",
    "judgement",
    "judgements",
    "verdict",
    "designated",
];

/// Judgement phrases, longest first where one starts another.
const JUDGEMENT_PHRASES: [(&[&str], Judgement); 7] = [
    (
        &["overall", "effectiveness"],
        Judgement::OverallEffectiveness,
    ),
    (&["overall"], Judgement::OverallEffectiveness),
    (&["impact", "of", "leaders"], Judgement::ImpactOfLeaders),
    (&["leadership"], Judgement::ImpactOfLeaders),
    (&["help", "and", "protection"], Judgement::HelpAndProtection),
    (&["children", "in", "care"], Judgement::ChildrenInCare),
    (&["care", "leavers"], Judgement::CareLeavers),
];

/// How Ofsted's judgement titles begin, for telling a quoted title from a quotation.
const JUDGEMENT_TITLES: [&str; 3] = [
    "impact of leaders",
    "experiences and progress of",
    "overall effectiveness",
];

/// Most words between a grade and the judgement phrase it is for.
const MAX_LINK_GAP: usize = 4;

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
    /// True for "from 'inadequate'": the grade of an earlier event.
    pub after_from: bool,
}

/// Whether a quoted text is a grade or a judgement's title rather than a quotation.
pub(crate) fn is_rating_term(text: &str) -> bool {
    let normalised = normalise(text.trim());
    let untitled = normalised.strip_prefix("the ").unwrap_or(&normalised);
    Grade::from_words(&normalised).is_some()
        || normalised == "requires improvement to be good"
        || JUDGEMENT_TITLES
            .iter()
            .any(|title| untitled.starts_with(title))
}

/// Every rating the article's narrative states.
pub(crate) fn find_ratings(layout: &Layout, diagnostics: &mut Diagnostics) -> Vec<RatingMention> {
    let mut ratings = Vec::new();
    for sentence in &layout.sentences {
        let words = narrative_words(layout, sentence.clone());
        warn_of_unknown_grades(layout, &words, diagnostics);
        if words.iter().any(|w| w.is_any(&RATING_CUES)) {
            ratings.extend(sentence_ratings(layout, &words));
        }
    }
    ratings
}

/// The sentence's words, leaving out quoted statements but keeping quoted grades.
fn narrative_words<'a>(layout: &Layout<'a>, sentence: Range<usize>) -> Vec<Word<'a>> {
    layout
        .words_in(sentence)
        .iter()
        .filter(|w| {
            layout
                .quote_at(w.start)
                .is_none_or(|q| is_rating_term(layout.slice(q.inner.clone())))
        })
        .copied()
        .collect()
}

/// A grade word and the indices of the words it covers.
struct GradeWord {
    grade: Grade,
    first: usize,
    last: usize,
}

/// A judgement phrase and the indices of the words it covers.
struct JudgementWord {
    judgement: Judgement,
    first: usize,
    last: usize,
}

fn sentence_ratings(layout: &Layout, words: &[Word]) -> Vec<RatingMention> {
    let judgements = judgement_words(words);
    let grades: Vec<GradeWord> = grade_words(words)
        .into_iter()
        .filter(|g| counts_as_rating(layout, words, g, &judgements))
        .collect();
    let mut linked: Vec<Vec<&JudgementWord>> = grades.iter().map(|_| Vec::new()).collect();
    for judgement in &judgements {
        if let Some(index) = linked_grade(layout, words, &grades, judgement) {
            linked[index].push(judgement);
        }
    }
    let mut ratings = Vec::new();
    for (grade, judgements) in grades.iter().zip(linked) {
        let after_from = grade.first > 0 && words[grade.first - 1].key() == "from";
        let grade_range = words[grade.first].start..words[grade.last].end;
        let mention = |judgement, span, explicit| RatingMention {
            judgement,
            grade: grade.grade,
            span,
            explicit,
            grade_at: grade_range.start,
            after_from,
        };
        if judgements.is_empty() {
            ratings.push(mention(
                Judgement::OverallEffectiveness,
                grade_range.clone(),
                false,
            ));
        }
        for judgement in judgements {
            let phrase = words[judgement.first].start..words[judgement.last].end;
            let span = grade_range.start.min(phrase.start)..grade_range.end.max(phrase.end);
            ratings.push(mention(judgement.judgement, span, true));
        }
    }
    ratings
}

fn grade_words(words: &[Word]) -> Vec<GradeWord> {
    let mut found = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let key = words[index].key();
        let follows =
            |offset: usize, text: &str| words.get(index + offset).is_some_and(|w| w.key() == text);
        let (grade, length) = match key.as_str() {
            "requires" if follows(1, "improvement") => {
                let to_be_good = follows(2, "to") && follows(3, "be") && follows(4, "good");
                (
                    Some(Grade::RequiresImprovement),
                    if to_be_good { 5 } else { 2 },
                )
            }
            _ => (
                Grade::from_words(&key).filter(|_| key != "requires improvement"),
                1,
            ),
        };
        if let Some(grade) = grade {
            found.push(GradeWord {
                grade,
                first: index,
                last: index + length - 1,
            });
        }
        index += length;
    }
    found
}

fn judgement_words(words: &[Word]) -> Vec<JudgementWord> {
    let mut found = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let matched = JUDGEMENT_PHRASES.iter().find(|(phrase, _)| {
            phrase
                .iter()
                .enumerate()
                .all(|(offset, part)| words.get(index + offset).is_some_and(|w| w.key() == *part))
        });
        match matched {
            Some((phrase, judgement)) => {
                found.push(JudgementWord {
                    judgement: *judgement,
                    first: index,
                    last: index + phrase.len() - 1,
                });
                index += phrase.len();
            }
            None => index += 1,
        }
    }
    found
}

/// A grade word is a rating when quoted ('good'), near a rating word ("rated good",
/// "an overall Inadequate rating") or right next to a judgement ("'Outstanding' leadership").
fn counts_as_rating(
    layout: &Layout,
    words: &[Word],
    grade: &GradeWord,
    judgements: &[JudgementWord],
) -> bool {
    let near_cue = words.iter().enumerate().any(|(index, w)| {
        w.is_any(&RATING_CUES)
            && (index.abs_diff(grade.first) <= 3 || index.abs_diff(grade.last) <= 3)
    });
    let next_to_judgement = judgements
        .iter()
        .any(|j| j.first == grade.last + 1 || j.last + 1 == grade.first);
    is_wrapped(layout.text, words[grade.first].start..words[grade.last].end)
        || near_cue
        || next_to_judgement
}

/// Whether quotation marks stand right around `range`.
fn is_wrapped(text: &str, range: Range<usize>) -> bool {
    let before = text.get(..range.start).and_then(|t| t.chars().next_back());
    let after = text.get(range.end..).and_then(|t| t.chars().next());
    before.is_some_and(|c| OPENING_SINGLE.contains(&c) || OPENING_DOUBLE.contains(&c))
        && after.is_some_and(|c| CLOSING_SINGLE.contains(&c) || CLOSING_DOUBLE.contains(&c))
}

/// The grade a judgement phrase belongs to: the nearest one with no other grade
/// between, within a few words, or any earlier grade that a colon leads into a list.
fn linked_grade(
    layout: &Layout,
    words: &[Word],
    grades: &[GradeWord],
    judgement: &JudgementWord,
) -> Option<usize> {
    grades
        .iter()
        .enumerate()
        .filter(|(index, grade)| {
            let between = grades.iter().enumerate().any(|(other, g)| {
                other != *index
                    && ((grade.last < g.first && g.last < judgement.first)
                        || (judgement.last < g.first && g.last < grade.first))
            });
            !between
        })
        .filter_map(|(index, grade)| {
            let (left, right) = if grade.last < judgement.first {
                (grade.last, judgement.first)
            } else {
                (judgement.last, grade.first)
            };
            let gap = words[left + 1..right]
                .iter()
                .filter(|w| !w.is_any(&["a", "an", "the"]))
                .count();
            let listed = grade.last < judgement.first
                && layout
                    .slice(words[grade.last].end..words[judgement.first].start)
                    .contains(':');
            (gap <= MAX_LINK_GAP || listed).then_some((gap, index))
        })
        .min()
        .map(|(_, index)| index)
}

/// Warns of a quoted word where a grade should be ("rated 'excellent'") that is not one.
fn warn_of_unknown_grades(layout: &Layout, words: &[Word], diagnostics: &mut Diagnostics) {
    for word in words {
        let phrase = if word.is_any(&["rated", "graded", "judged", "designated"]) {
            quoted_phrase_after(layout.text, word.end)
        } else if word.is_any(&["rating", "grade"]) {
            quoted_phrase_before(layout.text, word.start)
        } else {
            None
        };
        if let Some((at, phrase)) = phrase.filter(|(_, p)| !is_rating_term(p)) {
            diagnostics.warn(
                at,
                &format!(
                    "'{phrase}' is not a grade (inadequate, requires improvement, good or outstanding); ignored"
                ),
            );
        }
    }
}

/// A short single- or double-quoted phrase starting after spaces at `from`.
fn quoted_phrase_after(text: &str, from: usize) -> Option<(usize, &str)> {
    let rest = text.get(from..)?;
    let trimmed = rest.trim_start();
    let mark = trimmed.chars().next()?;
    if !(OPENING_SINGLE.contains(&mark) || OPENING_DOUBLE.contains(&mark))
        || trimmed.len() == rest.len()
    {
        return None;
    }
    let inner = &trimmed[mark.len_utf8()..];
    let end = inner.find(|c: char| CLOSING_SINGLE.contains(&c) || CLOSING_DOUBLE.contains(&c))?;
    let phrase = &inner[..end];
    let at = from + (rest.len() - trimmed.len()) + mark.len_utf8();
    (phrase.len() <= 40 && !phrase.trim().is_empty()).then_some((at, phrase))
}

/// A short quoted phrase ending in a mark just before spaces and `to`.
fn quoted_phrase_before(text: &str, to: usize) -> Option<(usize, &str)> {
    let before = text.get(..to)?;
    let trimmed = before.trim_end();
    let mark = trimmed.chars().next_back()?;
    if !(CLOSING_SINGLE.contains(&mark) || CLOSING_DOUBLE.contains(&mark))
        || trimmed.len() == before.len()
    {
        return None;
    }
    let inner = &trimmed[..trimmed.len() - mark.len_utf8()];
    let start = inner
        .char_indices()
        .rev()
        .find(|&(at, c)| {
            (OPENING_SINGLE.contains(&c) || OPENING_DOUBLE.contains(&c))
                && inner[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|p| !p.is_alphanumeric())
        })
        .map(|(at, _)| at)?;
    let open_length = inner[start..].chars().next().map_or(1, char::len_utf8);
    let phrase = &inner[start + open_length..];
    (phrase.len() <= 40 && !phrase.trim().is_empty()).then_some((start + open_length, phrase))
}
