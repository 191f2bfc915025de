//! A small token-pattern matcher, in the manner of spaCy's `Matcher`: a pattern is a
//! list of steps (a literal word, a word of a lexicon set, a name, a grade, a
//! judgement, optional steps, up to n repeats) and the grades and judgements it meets
//! are captured with a label, so that a rule's table entry is data.

use super::lexicon::{self, WordHash, WordSet, JUDGEMENT_PHRASES};
use super::token::Token;
use crate::model::{Grade, Judgement};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// One step of a pattern.
#[derive(Debug)]
pub(crate) enum Step {
    /// A word whose lower-case form is this.
    Word(&'static str),
    /// A word whose base form is in the set.
    In(&'static WordSet),
    /// Any one word.
    Any,
    /// A capitalised word that does not open its sentence.
    Name,
    /// A count: digits that are no year (under 1900), or a `number` word ("ten").
    Count,
    /// A grade: "good", "RI", "requires improvement", "requires improvement to be good".
    Grade,
    /// A grade of two words or more ("requires improvement"): never another word's sense.
    WordyGrade,
    /// A judgement phrase, with "the experiences and progress of" before it.
    Judgement,
    /// A year, 1990 to 2100, captured.
    Year,
    /// Zero width: a comma, colon, dash or bracket stands before the next word.
    Pause,
    /// Zero width: no such mark stands before the next word.
    NoPause,
    /// Zero width: the next word is inside a quotation (a quoted grade: 'good').
    Quoted,
    /// Zero width: the words end here.
    End,
    /// Zero width: the words (a sentence, or a part of a long one) start here.
    Start,
    /// Zero width: the words right before are not, in order, one of each of these lists'
    /// forms ("and", then "its" or "the").
    NotAfter(&'static [&'static [&'static str]]),
    /// Zero width: the step does not match from here ("rated as 'Outstanding'" does
    /// not follow).
    NotBefore(&'static Step),
    /// The step, or nothing.
    Optional(&'static Step),
    /// The step up to n times, fewest first.
    UpTo(usize, &'static Step),
    /// The step up to n times, most first (a list).
    Most(usize, &'static Step),
    /// Steps one after another.
    Seq(&'static [Step]),
    /// The first of these steps that leads to a match.
    Either(&'static [Step]),
    /// One word at which the step does not match.
    Not(&'static Step),
    /// The grades and judgements the step meets are captured under this label.
    Capture(Slot, &'static Step),
}

/// What a captured grade or judgement is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    /// The grade the rule gives, or a judgement it gives it to.
    Main,
    /// A grade the rule says is an earlier event's.
    Earlier,
    /// A grade the rule says is not held.
    Void,
}

/// A grade or judgement a match met.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Captured {
    pub slot: Slot,
    /// Token indices.
    pub tokens: Range<usize>,
    pub grade: Option<Grade>,
    pub judgements: &'static [Judgement],
    /// True for a year.
    pub year: bool,
}

/// Where a pattern matched, in token indices, and what it met.
#[derive(Debug, Clone)]
pub(crate) struct Match {
    pub tokens: Range<usize>,
    pub captured: Vec<Captured>,
}

/// The grade starting at token `i`, and how many tokens it takes: as the token read it
/// when the tokens were made, unless it would run past the end of `tokens` (a slice).
pub(crate) fn grade_at(tokens: &[Token], i: usize) -> Option<(Grade, usize)> {
    let token = tokens.get(i)?;
    match token.grade_here {
        // A shorter reading may fit a slice that ends inside a longer one; where the
        // whole run of tokens had none, no shorter run has one.
        Some((_, length)) if i + length > tokens.len() => read_grade_at(tokens, i),
        found => found,
    }
}

/// The most tokens a reading of a grade or judgement phrase at a token takes, from it
/// on: the longest judgement phrase, or the eight of "requires further improvement in
/// order to be good". A reading looks at most one token further (a `failure_noun` after
/// a title): a token's readings do not change with the words past that.
pub(crate) const LONGEST_READING: usize = {
    let mut longest = 8;
    let mut i = 0;
    while i < JUDGEMENT_PHRASES.len() {
        if JUDGEMENT_PHRASES[i].0.len() > longest {
            longest = JUDGEMENT_PHRASES[i].0.len();
        }
        i += 1;
    }
    longest
};

/// The grade starting at token `i`, read from the words.
pub(crate) fn read_grade_at(tokens: &[Token], i: usize) -> Option<(Grade, usize)> {
    let token = tokens.get(i)?;
    let is = |offset: usize, lower: &str| tokens.get(i + offset).is_some_and(|t| t.is(lower));
    // "a 'requires-improvement' rating", hyphenated as one word.
    if let Some((verb, "improvement")) = token.lower.split_once('-') {
        if lexicon::base_form(verb) == Some("require") || lexicon::base_form(verb) == Some("need") {
            return Some((Grade::RequiresImprovement, 1));
        }
    }
    // "requires further improvement to be good".
    let further = usize::from(is(1, "further"));
    if token.in_set(&lexicon::IMPROVEMENT_VERB) && is(1 + further, "improvement") {
        // "requires improvement to be good", and "... in order to be good".
        let is = |offset: usize, lower: &str| is(offset + further, lower);
        let length = if is(2, "to") && is(3, "be") && is(4, "good") {
            5
        } else if is(2, "in") && is(3, "order") && is(4, "to") && is(5, "be") && is(6, "good") {
            7
        } else if is(2, "to") && (is(3, "reach") || is(3, "become")) && is(4, "good") {
            // "requires improvement to become good".
            5
        } else if is(2, "to") && (is(3, "reach") || is(3, "achieve")) && is(4, "a") && is(5, "good")
        {
            // "found to require improvement to reach a \"good\" rating": the grade's
            // name told longer, not a second grade.
            6
        } else {
            2
        };
        return Some((Grade::RequiresImprovement, length + further));
    }
    // "the second-lowest of Ofsted's four grades", "its second highest rating": one up
    // from the lowest, one down from the top.
    let (second, step) = match token.lower.split_once('-') {
        Some(("second", rest)) => (Some(rest), 1),
        _ if token.is("second") => (tokens.get(i + 1).map(|t| t.lower.as_ref()), 2),
        _ => (None, 0),
    };
    let second_grade = match second {
        Some("lowest" | "worst") => Some(Grade::RequiresImprovement),
        Some("highest" | "best" | "top") => Some(Grade::Good),
        _ => None,
    };
    if let Some(grade) = second_grade {
        let noun = |t: &Token| {
            t.is_any(&lexicon::GRADE_NOUN_FORMS)
                || t.is_any(&["ratings", "grades", "judgements", "judgments"])
        };
        let noun_at = step + usize::from(is(step, "possible"));
        // Not "the second lowest rating of 'adequate'" (the older scale's, named after
        // it): the grade named is the grade.
        if tokens.get(i + noun_at).is_some_and(noun) && !is(noun_at + 1, "of") {
            return Some((grade, noun_at + 1));
        }
        // "of Ofsted's four grades".
        if is(step, "of") {
            if let Some(at) = (step + 1..step + 4).find(|&at| tokens.get(i + at).is_some_and(noun))
            {
                return Some((grade, at + 1));
            }
        }
    }
    // "its lowest rating", "Ofsted's top grade", "the best possible rating".
    let extreme = if token.in_set(&lexicon::LOWEST_GRADE) {
        Some(Grade::Inadequate)
    } else if token.in_set(&lexicon::HIGHEST_GRADE) {
        Some(Grade::Outstanding)
    } else {
        None
    };
    // Not inside "the second lowest rating of 'adequate'".
    let after_second = i
        .checked_sub(1)
        .is_some_and(|before| tokens[before].is("second"));
    if let Some(grade) = extreme.filter(|_| !after_second) {
        let noun = 1 + usize::from(is(1, "possible"));
        if tokens
            .get(i + noun)
            .is_some_and(|t| t.is_any(&lexicon::GRADE_NOUN_FORMS))
        {
            return Some((grade, noun + 1));
        }
    }
    if token.text == "RI" {
        // Ofsted's own shorthand, in capitals only.
        return Some((Grade::RequiresImprovement, 1));
    }
    let grade = match token.lower.as_ref() {
        "inadequate" => Grade::Inadequate,
        "good" => Grade::Good,
        "outstanding" => Grade::Outstanding,
        _ => return None,
    };
    Some((grade, 1))
}

/// Whether a token is a year, 1990 to 2100.
pub(crate) fn is_year(token: &Token) -> bool {
    token.text.len() == 4
        && token
            .text
            .parse::<u32>()
            .is_ok_and(|y| (1990..=2100).contains(&y))
}

/// The judgement phrase starting at token `i`, and how many tokens it takes: as the
/// token read it when the tokens were made, unless it would run past the end of
/// `tokens` (a slice).
pub(crate) fn judgement_at(tokens: &[Token], i: usize) -> Option<(&'static [Judgement], usize)> {
    let token = tokens.get(i)?;
    match token.judgement_here {
        Some((_, length)) if i + length > tokens.len() => read_judgement_at(tokens, i),
        found => found,
    }
}

/// The judgement phrase starting at token `i`, read from the words.
pub(crate) fn read_judgement_at(
    tokens: &[Token],
    i: usize,
) -> Option<(&'static [Judgement], usize)> {
    // Only the phrases opening with this word, in the table's order: most words open
    // none, and are passed over with one lookup.
    let candidates = phrases_by_first_word().get(tokens.get(i)?.lower.as_ref())?;
    candidates.iter().find_map(|&index| {
        let (phrase, judgements) = JUDGEMENT_PHRASES[index];
        let all = phrase
            .iter()
            .enumerate()
            .skip(1)
            .all(|(offset, part)| tokens.get(i + offset).is_some_and(|t| t.is(part)));
        // Not "child protection failures": a title right before a `failure_noun` is a
        // modifier. Nor does a phrase end on the "care" of "care leavers" ("help,
        // protection and care leavers").
        let next = tokens.get(i + phrase.len());
        let modifier = next.is_some_and(|t| !t.pause_before && t.in_set(&lexicon::FAILURE_NOUN));
        let cut_short = phrase.last() == Some(&"care")
            && next.is_some_and(|t| t.is_any(&lexicon::CARE_LEAVER_FORMS));
        (all && !modifier && !cut_short).then_some((judgements, phrase.len()))
    })
}

/// The judgement phrases by their first word, as indices into [`JUDGEMENT_PHRASES`] in
/// its order. Built once from the constant table; never changed after.
fn phrases_by_first_word() -> &'static HashMap<&'static str, Vec<usize>, WordHash> {
    static INDEX: OnceLock<HashMap<&'static str, Vec<usize>, WordHash>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<&'static str, Vec<usize>, WordHash> = HashMap::default();
        for (position, (phrase, _)) in JUDGEMENT_PHRASES.iter().enumerate() {
            if let Some(first) = phrase.first() {
                index.entry(first).or_default().push(position);
            }
        }
        index
    })
}

/// How many tokens from `i` a title's opening takes: "the", "experiences and progress
/// of", "services for".
fn title_opening(tokens: &[Token], i: usize) -> usize {
    let mut at = i;
    if tokens.get(at).is_some_and(|t| t.is("the")) {
        at += 1;
    }
    let is = |offset: usize, lower: &str| tokens.get(at + offset).is_some_and(|t| t.is(lower));
    if tokens
        .get(at)
        .is_some_and(|t| t.is_any(&["experiences", "experience"]))
        && is(1, "and")
        && is(2, "progress")
        && is(3, "of")
    {
        at += 4;
    } else if is(0, "services") && is(1, "for") {
        at += 2;
    }
    at - i
}

/// Whether a token is a count: digits that are no year (under 1900), or a `number`
/// word ("ten").
fn is_count(token: &Token) -> bool {
    token.in_set(&lexicon::NUMBER)
        || (token.text.bytes().all(|b| b.is_ascii_digit())
            && token.text.parse::<u32>().is_ok_and(|n| n < 1900))
}

/// Whether the words, or their paragraph, end before token `pos`.
fn ends_at(tokens: &[Token], pos: usize) -> bool {
    match (pos.checked_sub(1), tokens.get(pos)) {
        (_, None) => true,
        (Some(before), Some(t)) => tokens[before].paragraph != t.paragraph,
        (None, Some(_)) => false,
    }
}

/// Runs one step at `pos`; on success calls `next` with where it ended, and undoes
/// what it captured when `next` fails.
type Next<'k> = dyn FnMut(usize, &mut Vec<Captured>) -> bool + 'k;

fn run(
    tokens: &[Token],
    step: &Step,
    pos: usize,
    slot: Slot,
    captured: &mut Vec<Captured>,
    next: &mut Next,
) -> bool {
    let one =
        |ok: bool, captured: &mut Vec<Captured>, next: &mut Next| ok && next(pos + 1, captured);
    match step {
        Step::Word(_) | Step::In(_) | Step::Any | Step::Name | Step::Count => {
            one(holds_at(step, tokens, pos), captured, next)
        }
        // Zero width: the mark (or the words' end) is tested, and nothing is taken.
        Step::Quoted
        | Step::Pause
        | Step::NoPause
        | Step::Start
        | Step::NotAfter(_)
        | Step::End => holds_at(step, tokens, pos) && next(pos, captured),
        Step::Grade | Step::WordyGrade => {
            let Some((grade, length)) = grade_at(tokens, pos) else {
                return false;
            };
            if matches!(step, Step::WordyGrade) && length < 2 {
                return false;
            }
            let mark = captured.len();
            captured.push(Captured {
                slot,
                tokens: pos..pos + length,
                grade: Some(grade),
                judgements: &[],
                year: false,
            });
            next(pos + length, captured) || {
                captured.truncate(mark);
                false
            }
        }
        Step::Judgement => {
            let opening = title_opening(tokens, pos);
            let Some((judgements, length)) = judgement_at(tokens, pos + opening) else {
                return false;
            };
            let mark = captured.len();
            captured.push(Captured {
                slot,
                tokens: pos + opening..pos + opening + length,
                grade: None,
                judgements,
                year: false,
            });
            next(pos + opening + length, captured) || {
                captured.truncate(mark);
                false
            }
        }
        Step::Year => {
            if !holds_at(step, tokens, pos) {
                return false;
            }
            let mark = captured.len();
            captured.push(Captured {
                slot,
                tokens: pos..pos + 1,
                grade: None,
                judgements: &[],
                year: true,
            });
            next(pos + 1, captured) || {
                captured.truncate(mark);
                false
            }
        }
        Step::Optional(inner) => {
            run(tokens, inner, pos, slot, captured, next) || next(pos, captured)
        }
        Step::UpTo(most, inner) => repeat(tokens, inner, *most, pos, slot, captured, next),
        Step::Most(most, inner) => greedy(tokens, inner, *most, pos, slot, captured, next),
        Step::Seq(steps) => seq(tokens, steps, pos, slot, captured, next),
        Step::Either(steps) => steps
            .iter()
            .any(|step| run(tokens, step, pos, slot, captured, next)),
        Step::Not(inner) => {
            pos < tokens.len()
                && !matches_here(tokens, inner, pos, slot, captured)
                && next(pos + 1, captured)
        }
        Step::NotBefore(inner) => {
            !matches_here(tokens, inner, pos, slot, captured) && next(pos, captured)
        }
        Step::Capture(label, inner) => run(tokens, inner, pos, *label, captured, next),
    }
}

/// Whether `step` matches from `pos` in any way, capturing nothing: the test of
/// [`Step::Not`] and [`Step::NotBefore`].
fn matches_here(
    tokens: &[Token],
    step: &Step,
    pos: usize,
    slot: Slot,
    captured: &mut Vec<Captured>,
) -> bool {
    let mark = captured.len();
    let matches = run(tokens, step, pos, slot, captured, &mut |_, _| true);
    captured.truncate(mark);
    matches
}

fn seq(
    tokens: &[Token],
    steps: &[Step],
    pos: usize,
    slot: Slot,
    captured: &mut Vec<Captured>,
    next: &mut Next,
) -> bool {
    match steps.split_first() {
        None => next(pos, captured),
        Some((first, rest)) => run(tokens, first, pos, slot, captured, &mut |end, captured| {
            seq(tokens, rest, end, slot, captured, next)
        }),
    }
}

fn repeat(
    tokens: &[Token],
    step: &Step,
    most: usize,
    pos: usize,
    slot: Slot,
    captured: &mut Vec<Captured>,
    next: &mut Next,
) -> bool {
    if next(pos, captured) {
        return true;
    }
    most > 0
        && run(tokens, step, pos, slot, captured, &mut |end, captured| {
            end > pos && repeat(tokens, step, most - 1, end, slot, captured, next)
        })
}

fn greedy(
    tokens: &[Token],
    step: &Step,
    most: usize,
    pos: usize,
    slot: Slot,
    captured: &mut Vec<Captured>,
    next: &mut Next,
) -> bool {
    let more = most > 0
        && run(tokens, step, pos, slot, captured, &mut |end, captured| {
            end > pos && greedy(tokens, step, most - 1, end, slot, captured, next)
        });
    more || next(pos, captured)
}

/// The pattern's match starting at token `start`, if any: the first found, trying
/// fewer repeats first.
pub(crate) fn match_at(tokens: &[Token], pattern: &Step, start: usize) -> Option<Match> {
    let mut captured = Vec::new();
    let mut end = None;
    let found = run(
        tokens,
        pattern,
        start,
        Slot::Main,
        &mut captured,
        &mut |at, _| {
            end = Some(at);
            true
        },
    );
    let end = end.filter(|_| found)?;
    Some(Match {
        tokens: start..end,
        captured,
    })
}

/// Whether a step that tests one token, or none, holds at `pos`: the whole test of a
/// word, set, name, count, year or mark step (and of the words' end); for a grade or a
/// judgement, that one starts here; for `Any` and `Not`, that a token is here. [`run`]
/// tests its steps with it, and [`Openings`] a pattern's first tokens. Steps made of
/// others are not asked, and hold.
#[inline(always)]
fn holds_at(step: &Step, tokens: &[Token], pos: usize) -> bool {
    let token = tokens.get(pos);
    match step {
        Step::Word(lower) => token.is_some_and(|t| t.is(lower)),
        Step::In(set) => token.is_some_and(|t| t.in_set(set)),
        Step::Any | Step::Not(_) => token.is_some(),
        Step::Name => token.is_some_and(|t| {
            t.capitalised
                && pos
                    .checked_sub(1)
                    .is_some_and(|before| tokens[before].sentence == t.sentence)
        }),
        Step::Count => token.is_some_and(is_count),
        Step::Year => token.is_some_and(is_year),
        Step::Grade => grade_at(tokens, pos).is_some(),
        Step::WordyGrade => grade_at(tokens, pos).is_some_and(|(_, length)| length > 1),
        Step::Judgement => judgement_at(tokens, pos + title_opening(tokens, pos)).is_some(),
        Step::Quoted => token.is_some_and(|t| t.quoted),
        Step::Pause => token.is_some_and(|t| t.pause_before),
        Step::NoPause => token.is_none_or(|t| !t.pause_before),
        Step::Start => pos == 0,
        Step::NotAfter(lists) => !pos
            .checked_sub(lists.len())
            .and_then(|from| tokens.get(from..pos))
            .is_some_and(|before| {
                before
                    .iter()
                    .zip(lists.iter())
                    .all(|(t, forms)| t.is_any(forms))
            }),
        // The end of the words, or of their paragraph.
        Step::End => ends_at(tokens, pos),
        Step::Optional(_)
        | Step::UpTo(..)
        | Step::Most(..)
        | Step::Seq(_)
        | Step::Either(_)
        | Step::NotBefore(_)
        | Step::Capture(..) => true,
    }
}

/// One way a match may open: the steps whose tests ([`holds_at`]) its first token
/// passes, and whether the last takes that token (or takes none, and what follows
/// starts there too).
#[derive(Debug, Clone)]
struct Way {
    tests: Vec<&'static Step>,
    takes: bool,
}

/// Most ways kept for a pattern; past that, its openings are not told apart.
const MOST_WAYS: usize = 64;

/// The ways `step` may open, or `None` where they are not told.
fn ways(step: &'static Step) -> Option<Vec<Way>> {
    let one = |takes: bool| {
        Some(vec![Way {
            tests: vec![step],
            takes,
        }])
    };
    match step {
        Step::Word(_)
        | Step::In(_)
        | Step::Any
        | Step::Not(_)
        | Step::Grade
        | Step::WordyGrade
        | Step::Year
        | Step::Name
        | Step::Count
        | Step::Judgement => one(true),
        Step::Quoted
        | Step::Pause
        | Step::NoPause
        | Step::Start
        | Step::NotAfter(_)
        | Step::End => one(false),
        // The step's ways, or none taken.
        Step::Optional(inner) | Step::UpTo(_, inner) | Step::Most(_, inner) => {
            let mut found = ways(inner)?;
            found.push(Way {
                tests: Vec::new(),
                takes: false,
            });
            Some(found)
        }
        Step::Either(steps) => {
            let mut found = Vec::new();
            for step in *steps {
                found.extend(ways(step)?);
            }
            (found.len() <= MOST_WAYS).then_some(found)
        }
        Step::Capture(_, inner) => ways(inner),
        // A test of what follows, which the next steps' ways do not tell: it takes
        // nothing, and tests nothing here.
        Step::NotBefore(_) => Some(vec![Way {
            tests: Vec::new(),
            takes: false,
        }]),
        // Each way that has taken nothing yet goes on with the next step's ways.
        Step::Seq(steps) => {
            let mut found = vec![Way {
                tests: Vec::new(),
                takes: false,
            }];
            for step in *steps {
                if found.iter().all(|way| way.takes) {
                    break;
                }
                let next = ways(step)?;
                let mut joined = Vec::new();
                for way in found {
                    if way.takes {
                        joined.push(way);
                        continue;
                    }
                    for then in &next {
                        let mut tests = way.tests.clone();
                        tests.extend(&then.tests);
                        joined.push(Way {
                            tests,
                            takes: then.takes,
                        });
                    }
                }
                if joined.len() > MOST_WAYS {
                    return None;
                }
                found = joined;
            }
            Some(found)
        }
    }
}

/// How a pattern may open, worked out once from the pattern: a quick test of the
/// token at a start, so that a rule is run only where it may match.
#[derive(Debug)]
pub(crate) struct Openings(Option<Vec<Way>>);

impl Openings {
    pub fn of(pattern: &'static Step) -> Openings {
        Openings(ways(pattern))
    }

    /// Whether a match of the pattern may start at `pos`: false only where none does.
    fn allow(&self, tokens: &[Token], pos: usize) -> bool {
        self.0.as_ref().is_none_or(|ways| {
            ways.iter()
                .any(|way| way.tests.iter().all(|test| holds_at(test, tokens, pos)))
        })
    }
}

/// Every match of the pattern, leftmost first, none overlapping.
#[cfg(test)]
pub(crate) fn find_all(tokens: &[Token], pattern: &'static Step) -> Vec<Match> {
    find_all_opening(tokens, pattern, &Openings::of(pattern))
}

/// [`find_all`], with the pattern's [`Openings`] worked out before.
pub(crate) fn find_all_opening(
    tokens: &[Token],
    pattern: &Step,
    openings: &Openings,
) -> Vec<Match> {
    let mut found = Vec::new();
    let mut start = 0;
    while start < tokens.len() {
        if !openings.allow(tokens, start) {
            start += 1;
            continue;
        }
        match match_at(tokens, pattern, start) {
            Some(m) if m.tokens.end > start => {
                start = m.tokens.end;
                found.push(m);
            }
            _ => start += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::token::tokens_of;
    use super::*;
    use Judgement::*;

    fn spans(text: &str, pattern: &'static Step) -> Vec<String> {
        let tokens = tokens_of(text);
        find_all(&tokens, pattern)
            .iter()
            .map(|m| {
                let words: Vec<&str> = tokens[m.tokens.clone()].iter().map(|t| t.text).collect();
                words.join(" ")
            })
            .collect()
    }

    #[test]
    fn not_after_looks_at_the_words_before_without_taking_them() {
        const P: Step = Step::Seq(&[
            Step::NotAfter(&[&["and"]]),
            Step::NotAfter(&[&["and"], &["its", "the"]]),
            Step::Word("lscb"),
        ]);
        assert_eq!(
            spans("the council and its LSCB; and LSCB; LSCB; its LSCB", &P),
            ["LSCB", "LSCB"]
        );
    }

    #[test]
    fn not_before_looks_at_the_words_after_without_taking_them() {
        // A grade not followed by another within two words, and a list that backs off
        // to where the test holds.
        const P: Step = Step::Seq(&[
            Step::Grade,
            Step::NotBefore(&Step::Seq(&[
                Step::UpTo(1, &Step::Not(&Step::Grade)),
                Step::Grade,
            ])),
        ]);
        assert_eq!(
            spans("good then outstanding in the end; inadequate", &P),
            ["outstanding", "inadequate"]
        );
        const L: Step = Step::Seq(&[
            Step::Most(3, &Step::Word("a")),
            Step::NotBefore(&Step::Word("b")),
        ]);
        assert_eq!(spans("a a b", &L), ["a"]);
    }

    #[test]
    fn literal_and_set_steps() {
        const P: Step = Step::Seq(&[Step::Word("was"), Step::In(&lexicon::RATING_CUE)]);
        assert_eq!(
            spans("It was rated and was judged, was seen", &P),
            ["was rated", "was judged"]
        );
        assert!(spans("It was seen", &P).is_empty());
    }

    #[test]
    fn grade_steps_take_the_whole_grade() {
        const P: Step = Step::Grade;
        assert_eq!(
            spans("now requires improvement to be good, once Inadequate, RI but ri, requiring improvement in order to be good", &P),
            ["requires improvement to be good", "Inadequate", "RI", "requiring improvement in order to be good"]
        );
        assert_eq!(
            spans(
                "it requires further improvement to be good; they need further improvement.",
                &P
            ),
            [
                "requires further improvement to be good",
                "need further improvement"
            ]
        );
        assert_eq!(
            spans(
                "found to require improvement to reach a \"good\" rating; it requires improvement to become good; to reach a good standard",
                &P
            ),
            [
                "require improvement to reach a good",
                "requires improvement to become good",
                "good"
            ]
        );
        assert_eq!(
            spans("a requires-improvement rating; the second-lowest of Ofsted's four grades; its second highest rating; the lowest rating; the second lowest rating of 'adequate'", &P),
            ["requires-improvement", "second-lowest of Ofsted's four grades", "second highest rating", "lowest rating"]
        );
    }

    #[test]
    fn judgement_steps_take_titles_and_combined_judgements() {
        const P: Step = Step::Judgement;
        let tokens = tokens_of("the experiences and progress of children in care and care leavers");
        let m = match_at(&tokens, &P, 0).unwrap();
        assert_eq!(m.tokens, 0..11);
        assert_eq!(m.captured[0].judgements, [ChildrenInCare, CareLeavers]);
        assert_eq!(m.captured[0].tokens, 5..11);
        let tokens = tokens_of("leadership, management and governance");
        let m = match_at(&tokens, &P, 0).unwrap();
        assert_eq!(
            (m.tokens.end, m.captured[0].judgements),
            (4, &[ImpactOfLeaders][..])
        );
    }

    #[test]
    fn optional_up_to_and_not_steps() {
        const P: Step = Step::Seq(&[
            Step::Word("rated"),
            Step::Optional(&Step::Word("as")),
            Step::UpTo(2, &Step::Not(&Step::Grade)),
            Step::Grade,
        ]);
        assert_eq!(spans("rated as good", &P), ["rated as good"]);
        assert_eq!(
            spans("rated the service good", &P),
            ["rated the service good"]
        );
        assert!(spans("rated the whole service good", &P).is_empty());
        // The gap may not pass over a grade: the nearest one is taken.
        assert_eq!(spans("rated good then outstanding", &P), ["rated good"]);
    }

    #[test]
    fn most_takes_the_longest_list_and_up_to_the_shortest() {
        const MOST: Step = Step::Seq(&[
            Step::Judgement,
            Step::Most(
                3,
                &Step::Seq(&[Step::Optional(&Step::Word("and")), Step::Judgement]),
            ),
        ]);
        const FEW: Step = Step::Seq(&[
            Step::Judgement,
            Step::UpTo(
                3,
                &Step::Seq(&[Step::Optional(&Step::Word("and")), Step::Judgement]),
            ),
        ]);
        let text = "leadership, help and protection and care leavers";
        assert_eq!(
            spans(text, &MOST),
            ["leadership help and protection and care leavers"]
        );
        assert_eq!(
            spans(text, &FEW),
            ["leadership", "help and protection", "care leavers"]
        );
    }

    #[test]
    fn quoted_names_and_ends_read_the_layout() {
        let text = "It was rated \"good\" by Ofsted.\n\nLeadership Good";
        let mut diagnostics = super::super::Diagnostics::new("t");
        let layout = super::super::layout::Layout::new(text, &mut diagnostics);
        let tokens = super::super::token::tokens(text, &layout.words, Some(&layout));
        const QUOTED: Step = Step::Seq(&[Step::Quoted, Step::Grade]);
        assert_eq!(find_all(&tokens, &QUOTED).len(), 1);
        // "Ofsted" is a name; "It" and "Leadership" open their sentences and are not.
        const NAME: Step = Step::Name;
        let names: Vec<&str> = find_all(&tokens, &NAME)
            .iter()
            .map(|m| tokens[m.tokens.start].text)
            .collect();
        assert_eq!(names, ["Ofsted", "Good"]);
        // A paragraph's end is an end.
        const ROW: Step = Step::Seq(&[Step::Grade, Step::Word("by"), Step::Name, Step::End]);
        assert_eq!(find_all(&tokens, &ROW).len(), 1);
    }

    #[test]
    fn pauses_and_names() {
        const P: Step = Step::Seq(&[Step::Grade, Step::Pause, Step::Name]);
        assert_eq!(spans("rated good: Leadership", &P), ["good Leadership"]);
        assert!(spans("rated good Leadership", &P).is_empty());
        const Q: Step = Step::Seq(&[Step::Word("good"), Step::NoPause, Step::Any]);
        assert_eq!(spans("good work, good, work", &Q), ["good work"]);
    }

    #[test]
    fn captures_are_labelled_and_undone_on_backtracking() {
        const P: Step = Step::Seq(&[
            Step::Optional(&Step::Capture(
                Slot::Earlier,
                &Step::Seq(&[Step::Word("once"), Step::Grade]),
            )),
            Step::UpTo(3, &Step::Not(&Step::Grade)),
            Step::Word("now"),
            Step::Grade,
        ]);
        let tokens = tokens_of("once inadequate, now good");
        let m = match_at(&tokens, &P, 0).unwrap();
        let slots: Vec<(Slot, Option<Grade>)> =
            m.captured.iter().map(|c| (c.slot, c.grade)).collect();
        assert_eq!(
            slots,
            [
                (Slot::Earlier, Some(Grade::Inadequate)),
                (Slot::Main, Some(Grade::Good))
            ]
        );
        // A capture from a branch that failed is not kept.
        const Q: Step = Step::Seq(&[
            Step::Optional(&Step::Seq(&[Step::Grade, Step::Word("for")])),
            Step::Word("good"),
        ]);
        let tokens = tokens_of("good");
        let m = match_at(&tokens, &Q, 0).unwrap();
        assert!(m.captured.is_empty());
    }

    #[test]
    fn the_opening_test_turns_away_only_starts_that_cannot_match() {
        use super::super::rules::{How, GRADE_RULES};
        let (mut tried, mut turned_away) = (0, 0);
        for rule in GRADE_RULES {
            let How::Pattern(pattern, _) = &rule.how else {
                continue;
            };
            let openings = Openings::of(pattern);
            assert!(openings.0.is_some(), "{}: openings not told", rule.id);
            for example in GRADE_RULES.iter().flat_map(|r| r.examples) {
                let tokens = tokens_of(example.text);
                for start in 0..tokens.len() {
                    tried += 1;
                    if !openings.allow(&tokens, start) {
                        turned_away += 1;
                        assert!(
                            match_at(&tokens, pattern, start).is_none(),
                            "{} matches at word {start} of {:?}, turned away",
                            rule.id,
                            example.text
                        );
                    }
                }
            }
        }
        // It is there to spare work: most starts are turned away.
        assert!(turned_away * 2 > tried, "{turned_away} of {tried}");
    }

    #[test]
    fn an_optional_opening_step_looks_on_to_the_next() {
        const P: Step = Step::Seq(&[
            Step::Optional(&Step::Word("the")),
            Step::Pause,
            Step::Word("good"),
        ]);
        let openings = Openings::of(&P);
        let tokens = tokens_of("rated, good and the good");
        let allowed: Vec<bool> = (0..tokens.len())
            .map(|i| openings.allow(&tokens, i))
            .collect();
        // 'rated' is neither; a pause, then 'good'; 'and'; 'the'; 'good' with no pause.
        assert_eq!(allowed, [false, true, false, true, false]);
    }
}
