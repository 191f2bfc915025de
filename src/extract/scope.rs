//! Whose a statement is: the subject council's, or someone else's. Articles set the
//! subject beside other councils ("while neighbouring Southmere remained inadequate")
//! and councils at large ("12% of councils were judged inadequate"); what they say of
//! those is not the subject's.

use super::layout::Layout;
use super::lexicon::{
    AT_LARGE, COUNCILS_AT_LARGE, NEIGHBOURING, OTHER_BODIES, OWN_SHARE, PLURAL_RELATIVES,
    QUANTIFIERS, RANKED_AMONG, RANKED_PHRASES, SHARE_LINKS, SHARE_OF,
};
use super::text::{is_any_key_of, is_key_of, Word};
use std::ops::Range;

/// The places of the subject council and of the others an article set names.
#[derive(Debug)]
pub(crate) struct Scope {
    /// The subject's place, e.g. "Northby" for "Northby District Council".
    pub subject: Option<String>,
    /// Every other council's place.
    pub others: Vec<String>,
}

impl Scope {
    /// The scope of a subject and all the councils named beside it ("Place ... Council").
    pub fn new(subject: Option<&str>, councils: &[String]) -> Scope {
        let place = |name: &str| {
            name.split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string()
        };
        let subject = subject.map(place);
        // "WARRINGTON Borough Council" and "Warrington Borough Council" are one council:
        // places are compared without case.
        let mut others: Vec<String> = councils
            .iter()
            .map(|name| place(name))
            .filter(|other| {
                subject
                    .as_deref()
                    .is_none_or(|s| !s.eq_ignore_ascii_case(other))
            })
            .collect();
        others.sort_by(|a, b| caseless(a).cmp(caseless(b)));
        others.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        Scope { subject, others }
    }

    /// Whether what the text says at `at` is about another council or councils at large:
    /// its clause is, or its paragraph, or the heading of its section, names only other
    /// councils.
    pub fn is_about_others(&self, layout: &Layout, at: usize) -> bool {
        let clause = up_to_a_dash(layout, layout.clause_at(at), at);
        // Each clause is read once, however many words in it ask.
        let known = layout
            .about_others_by_clause
            .borrow()
            .get(&(clause.start, clause.end))
            .copied();
        let clause_about_others = known.unwrap_or_else(|| {
            let answer = self.clause_is_about_others(layout, clause.clone());
            layout
                .about_others_by_clause
                .borrow_mut()
                .insert((clause.start, clause.end), answer);
            answer
        });
        if clause_about_others {
            return true;
        }
        let Some(index) = layout.paragraph_index_at(at) else {
            return false;
        };
        layout
            .about_others_by_paragraph
            .get_or_init(|| self.paragraphs_about_others(layout))[index]
            .is_some_and(|from| at >= from)
    }

    /// Whether a clause is about councils at large or another body, or names only
    /// other councils.
    fn clause_is_about_others(&self, layout: &Layout, clause: std::ops::Range<usize>) -> bool {
        let clause_text = layout.slice(clause.clone()).trim_start();
        let words = layout.words_in(clause.clone());
        // "now one of only six councils rated outstanding" is about the subject too.
        // So is one that ranks it "among the top 15 per cent of all local authorities".
        // The phrases are lower-case ASCII, and only ASCII letters are lowered: no other
        // character lowers to any of theirs. Lowered once, the clause is searched fast
        // for each.
        let lowered = clause_text.to_ascii_lowercase();
        let one_of = RANKED_PHRASES.iter().any(|phrase| lowered.contains(phrase))
            || words.iter().any(|w| is_one_of(w, &RANKED_AMONG));
        let at_large = words.iter().any(|w| is_one_of(w, &OTHER_BODIES))
            || (!one_of && words.iter().any(|w| is_one_of(w, &AT_LARGE)))
            || is_share_at_large(clause_text)
            || words.windows(2).any(|pair| {
                is_one_of(&pair[0], &QUANTIFIERS) && is_one_of(&pair[1], &COUNCILS_AT_LARGE)
            })
            || (PLURAL_RELATIVES.iter().any(|r| {
                clause_text
                    .get(..r.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(r))
            }) && self.antecedent_is_others(layout, clause.start));
        // "Neighbouring Bexley was rated outstanding": a place the article names only
        // so is another council, though it never writes "Bexley Council".
        let neighbour = words.windows(2).any(|pair| {
            is_one_of(&pair[0], &NEIGHBOURING)
                && pair[1].is_capitalised()
                && self
                    .subject
                    .as_deref()
                    .is_none_or(|place| !is_place(&pair[1], place))
        });
        at_large || neighbour || self.names_only_others(words)
    }

    /// Whether the word before a relative clause at `start` ("Leeds and Kirklees, which
    /// are rated outstanding") names places other than the subject's, or councils at
    /// large; not "the council's children's services, which were rated inadequate".
    fn antecedent_is_others(&self, layout: &Layout, start: usize) -> bool {
        let sentence = layout.sentence_at(start);
        let lead = layout.words_in(sentence.start..start);
        let Some(before) = lead.last().copied() else {
            return false;
        };
        // With no subject known, one place alone is most likely the article's own
        // ("Children's services in Tolland, which were previously rated inadequate");
        // places listed ("Leeds and Kirklees, which ...") are others.
        let listed = lead.len() >= 2 && lead[lead.len() - 2].is("and");
        is_one_of(&before, &COUNCILS_AT_LARGE)
            || is_one_of(&before, &AT_LARGE)
            || (before.is_capitalised()
                && match self.subject.as_deref() {
                    Some(place) => !is_place(&before, place),
                    None => listed,
                })
    }

    /// For each paragraph, from which byte on it is about another council or body: from
    /// its first word naming another body when it does not name the subject ("Ashby
    /// Primary School was also inspected. Inspectors rated it good", but not "rated
    /// the council's services as good, and praised its work with the local hospital"),
    /// or from the first word naming another council when it names only others, or all
    /// of it when the heading of its section names only other councils.
    /// Worked out once per article, in one pass.
    fn paragraphs_about_others(&self, layout: &Layout) -> Vec<Option<usize>> {
        let mut heading: Option<&std::ops::Range<usize>> = None;
        let mut about_others = Vec::with_capacity(layout.paragraphs.len());
        for paragraph in &layout.paragraphs {
            let words = layout.words_in(paragraph.clone());
            let another_body = words
                .iter()
                .find(|w| is_one_of(w, &OTHER_BODIES))
                .map(|w| w.start);
            // "Ofsted rated the council good. Southmere is due to be inspected next
            // year": what comes before another council is first named is the subject's.
            let another_council = self.first_other(words);
            let under_heading =
                heading.is_some_and(|h| self.names_only_others(layout.words_in(h.clone())));
            about_others.push(if under_heading {
                Some(paragraph.start)
            } else if self.names_subject(words) {
                None
            } else {
                [another_council, another_body].into_iter().flatten().min()
            });
            if is_heading(layout, paragraph) {
                heading = Some(paragraph);
            }
        }
        about_others
    }

    /// Whether `words` name the subject's place.
    fn names_subject(&self, words: &[Word]) -> bool {
        self.subject
            .as_deref()
            .is_some_and(|place| words.iter().any(|w| is_place(w, place)))
    }

    /// Whether `words` name another council and not the subject.
    fn names_only_others(&self, words: &[Word]) -> bool {
        self.first_other(words).is_some() && !self.names_subject(words)
    }

    /// Where `words` first name another council.
    fn first_other(&self, words: &[Word]) -> Option<usize> {
        // `others` is sorted: each word is looked up, not compared with every place.
        words
            .iter()
            .find(|w| {
                self.others
                    .binary_search_by(|other| caseless(other).cmp(caseless(w.possessor())))
                    .is_ok()
            })
            .map(|w| w.start)
    }
}

/// Most words in a section heading ("Southmere", "Regional picture").
const HEADING_WORDS: usize = 4;

/// Whether a paragraph is a heading: a few words with no full stop.
fn is_heading(layout: &Layout, paragraph: &std::ops::Range<usize>) -> bool {
    let text = layout.slice(paragraph.clone()).trim();
    layout.words_in(paragraph.clone()).len() <= HEADING_WORDS
        && !text.ends_with(['.', '!', '?', ':', '"', '”'])
}

/// Whether `word`, or the word its possessive is of, is in `list`.
fn is_one_of(word: &Word, list: &[&str]) -> bool {
    is_any_key_of(word.possessor(), list)
}

/// Whether `text` gives a share of councils at large: a percentage followed by a
/// [`SHARE_LINKS`] word ("12% of councils", "just 12% are rated outstanding"), and
/// not by the subject's own ("85% of its social workers"); not a figure such as "an 85%
/// increase in referrals".
fn is_share_at_large(text: &str) -> bool {
    text.match_indices('%').any(|(at, _)| {
        // Only the next two words are read, so a run of marks is read in linear time.
        let rest = &text[at + 1..];
        let near = rest
            .char_indices()
            .nth(SHARE_READ_CHARS)
            .map_or(rest, |(end, _)| &rest[..end]);
        let mut after = near.split_whitespace();
        let first = after.next().unwrap_or_default();
        let second = after.next().unwrap_or_default();
        SHARE_LINKS.iter().any(|link| is_key_of(first, link))
            && !(is_key_of(first, SHARE_OF) && OWN_SHARE.iter().any(|own| is_key_of(second, own)))
    })
}

/// Most characters after a percentage read for the two words that say whose share it
/// is.
const SHARE_READ_CHARS: usize = 40;

/// Whether `word` is `place` or its possessive.
fn is_place(word: &Word, place: &str) -> bool {
    word.possessor().eq_ignore_ascii_case(place)
}

/// A place's letters without case, for ordering and looking places up.
fn caseless(place: &str) -> impl Iterator<Item = u8> + Clone + '_ {
    place.bytes().map(|b| b.to_ascii_lowercase())
}

/// `clause` up to the first dash with spaces around it after byte `at`: "it 'requires
/// improvement' overall – around half of all councils inspected have this rating" tells
/// the subject's grade, then councils at large. (Its start stays: in "Neighbouring
/// Bexley Council - inspected at the same time - was rated outstanding", what comes
/// after a pair of dashes is still the clause's before them.)
fn up_to_a_dash(layout: &Layout, clause: Range<usize>, at: usize) -> Range<usize> {
    let end = layout
        .spaced_dash_in(at.max(clause.start), clause.end)
        .unwrap_or(clause.end);
    clause.start..end
}

#[cfg(test)]
mod tests {
    use super::super::layout::Layout;
    use super::super::Diagnostics;
    use super::*;

    fn about_others(text: &str, word: &str) -> bool {
        let mut diagnostics = Diagnostics::new("t");
        let layout = Layout::new(text, &mut diagnostics);
        let scope = Scope::new(Some("Northby Council"), &["Southmere Council".to_string()]);
        let at = text.find(word).expect("the word is in the text");
        scope.is_about_others(&layout, at)
    }

    #[test]
    fn a_relative_clause_is_others_only_after_places_or_councils_at_large() {
        assert!(about_others(
            "Bexley and Sutton, which are rated outstanding, share a director.",
            "outstanding"
        ));
        assert!(about_others(
            "Some councils, which are rated outstanding, share directors.",
            "outstanding"
        ));
        assert!(!about_others(
            "Northby's children's services, which were rated inadequate in 2019, are improving.",
            "inadequate"
        ));
        assert!(!about_others(
            "Services in Northby, which were rated inadequate in 2019, are improving.",
            "inadequate"
        ));
        // With no subject known, a place alone is the article's own; places listed
        // are others.
        let unknown = |text: &str, word: &str| {
            let mut diagnostics = Diagnostics::new("t");
            let layout = Layout::new(text, &mut diagnostics);
            let scope = Scope::new(None, &[]);
            scope.is_about_others(&layout, text.find(word).expect("the word is in the text"))
        };
        assert!(!unknown(
            "Services in Tolland, which were rated inadequate in 2019, are improving.",
            "inadequate"
        ));
        assert!(unknown(
            "Bexley and Sutton, which are rated outstanding, share a director.",
            "outstanding"
        ));
    }

    #[test]
    fn a_council_written_in_capitals_is_the_same_council() {
        let scope = Scope::new(
            Some("WARRINGTON Borough Council"),
            &[
                "Warrington Borough Council".to_string(),
                "Halton Council".to_string(),
            ],
        );
        assert_eq!(scope.others, ["Halton"]);
        let text = "Warrington's children's services were rated inadequate in 2009.";
        let mut diagnostics = Diagnostics::new("t");
        let layout = Layout::new(text, &mut diagnostics);
        assert!(!scope.is_about_others(&layout, text.find("inadequate").expect("in the text")));
    }

    #[test]
    fn councils_at_large_are_others() {
        assert!(about_others(
            "Nationally, 12 councils were judged outstanding this year.",
            "outstanding"
        ));
        assert!(about_others(
            "Neighbouring Southmere was rated outstanding.",
            "outstanding"
        ));
    }

    #[test]
    fn a_paragraph_naming_another_body_is_about_it_from_that_word_on() {
        let text = "Ashby Primary School was also inspected. Inspectors rated it good.";
        assert!(about_others(text, "good"));
        let text =
            "Inspectors rated the services as good, and praised work with the local hospital.";
        assert!(!about_others(text, "good"));
        assert!(about_others(text, "praised"));
    }

    #[test]
    fn a_paragraph_naming_only_other_councils_is_theirs_from_the_first_one_named_on() {
        let text =
            "Ofsted rated the council good. Southmere Council is due to be inspected next year.";
        assert!(!about_others(text, "good"));
        assert!(about_others(text, "inspected"));
        let text = "Neighbouring Southmere Council was also inspected. It was rated outstanding.";
        assert!(about_others(text, "outstanding"));
    }

    #[test]
    fn a_neighbouring_place_is_another_council_though_never_called_one() {
        assert!(about_others(
            "Neighbouring Bexley was rated outstanding last year.",
            "outstanding"
        ));
        assert!(!about_others(
            "Neighbouring Northby's services were rated good.",
            "good"
        ));
        assert!(!about_others(
            "The council was rated good, like neighbouring councils.",
            "good"
        ));
    }

    #[test]
    fn a_share_is_of_councils_at_large_and_a_figure_of_the_subjects_is_not() {
        assert!(about_others(
            "Just 12% are rated outstanding.",
            "outstanding"
        ));
        assert!(about_others(
            "Only 12% of children's services departments are judged outstanding.",
            "outstanding"
        ));
        assert!(!about_others(
            "The 'inadequate' Ofsted rating comes as the council tackles an 85% increase in referrals.",
            "inadequate"
        ));
        assert!(!about_others(
            "Ofsted rated it good, as 85% of its families were seen within a week.",
            "good"
        ));
    }

    #[test]
    fn a_clause_ranking_the_subject_among_councils_is_the_subjects() {
        assert!(!about_others(
            "The upgrade to outstanding placed the council among the top 15 per cent of all local authorities.",
            "outstanding"
        ));
        assert!(!about_others(
            "Northby is now one of only six councils rated outstanding.",
            "outstanding"
        ));
        for (sentence, grade) in [
            (
                "Northby has become the fifth council to be rated outstanding and was rated good in 2015.",
                "good",
            ),
            (
                "Both councils are the first local authorities in the country to sustain their previous 'outstanding' rating.",
                "outstanding",
            ),
            (
                "Northby is the only authority rated as 'Inadequate' in 2010 that has now improved to 'Good'.",
                "Inadequate",
            ),
        ] {
            assert!(!about_others(sentence, grade), "{sentence}");
        }
        // Councils counted, not ranked: about others still.
        assert!(about_others(
            "Only 12 local authorities have improved to 'Good' since 2018.",
            "Good"
        ));
    }
}
