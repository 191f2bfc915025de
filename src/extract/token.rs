//! Words as the rules test them, with everything a test needs worked out once: the
//! lower-case form, the base form, whether it is capitalised or quoted, and which
//! sentence and paragraph hold it.

use super::layout::Layout;
use super::lexicon::{base_form, WordSet, INTENSIFIER};
use super::pattern::{read_grade_at, read_judgement_at};
use super::text::{Word, OPENING_DOUBLE, OPENING_SINGLE};
use crate::model::{Grade, Judgement};
use std::borrow::Cow;

/// One word of a text, ready for the rules.
#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    /// As written.
    pub text: &'a str,
    /// Byte where it starts.
    pub start: usize,
    /// Lower case with straight apostrophes (borrowed when the word already is).
    pub lower: Cow<'a, str>,
    /// Its base form, when a lexicon set holds it ("rated" is "rate").
    pub base: Option<&'static str>,
    /// Whether it opens with a capital letter.
    pub capitalised: bool,
    /// Whether it stands inside a quotation, or right after an opening quotation mark
    /// (a quoted grade: 'good').
    pub quoted: bool,
    /// Whether a comma, semicolon, colon, dash or bracket stands between it and the
    /// word before.
    pub pause_before: bool,
    /// Index of the sentence holding it, in the layout.
    pub sentence: usize,
    /// Index of the paragraph holding it, in the layout.
    pub paragraph: usize,
    /// The judgement phrase starting here among the tokens it was made with, and its
    /// length: read once, since the grade rules ask at every word many times.
    pub judgement_here: Option<(&'static [Judgement], usize)>,
    /// The grade starting here, and its length, read once likewise.
    pub grade_here: Option<(Grade, usize)>,
}

impl<'a> Token<'a> {
    /// A token for `word`, knowing whether a pause stands before it.
    pub fn new(word: &Word<'a>, pause_before: bool, layout: Option<&Layout<'a>>) -> Token<'a> {
        let lower = lower_form(word.text);
        let base = base_form(&lower);
        let (quoted, sentence, paragraph) = match layout {
            Some(layout) => (
                layout.quote_at(word.start).is_some(),
                layout.sentence_index_at(word.start).unwrap_or(0),
                layout.paragraph_index_at(word.start).unwrap_or(0),
            ),
            None => (false, 0, 0),
        };
        Token {
            text: word.text,
            start: word.start,
            lower,
            base,
            capitalised: word.is_capitalised(),
            quoted,
            pause_before,
            sentence,
            paragraph,
            judgement_here: None,
            grade_here: None,
        }
    }

    /// Byte just after the word.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Whether the word's lower-case form is `lower`.
    pub fn is(&self, lower: &str) -> bool {
        self.lower == lower
    }

    /// Whether the word's lower-case form is one of `forms`.
    pub fn is_any(&self, forms: &[&str]) -> bool {
        forms.iter().any(|form| self.lower == *form)
    }

    /// Whether the word's base form is in `set`.
    pub fn in_set(&self, set: &WordSet) -> bool {
        self.base.is_some_and(|base| set.holds(base))
    }
}

/// Lower case with curly apostrophes made straight, borrowed where nothing changes.
fn lower_form(text: &str) -> Cow<'_, str> {
    let unchanged = if text.is_ascii() {
        !text.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        text.chars()
            .all(|c| !c.is_uppercase() && !matches!(c, '’' | '‘'))
    };
    if unchanged {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(super::text::normalise(text))
    }
}

/// Tokens for a run of a text's words, in order.
pub(crate) fn tokens<'a>(
    text: &'a str,
    words: &[Word<'a>],
    layout: Option<&Layout<'a>>,
) -> Vec<Token<'a>> {
    let mut found = unread_tokens(text, words, layout);
    // Read from the left, a phrase's inner words start none of their own: "care
    // leavers" inside "services for children in need of help and protection, children
    // looked after and care leavers" (the inspection's name), "good" inside "requires
    // improvement to be good".
    let (mut judgement_to, mut grade_to) = (0, 0);
    for i in 0..found.len() {
        let judgement = read_judgement_at(&found, i).filter(|_| i >= judgement_to);
        // "totally inadequate": after an intensifier, an opinion, not a grade (Ofsted's
        // grades take no degree).
        let intensified = i > 0 && found[i - 1].in_set(&INTENSIFIER);
        let grade = read_grade_at(&found, i).filter(|_| i >= grade_to && !intensified);
        if let Some((_, length)) = judgement {
            judgement_to = i + length;
        }
        if let Some((_, length)) = grade {
            grade_to = i + length;
        }
        found[i].judgement_here = judgement;
        found[i].grade_here = grade;
    }
    found
}

/// Tokens for a run of a text's words, with no grade or judgement read at any yet
/// (`read_grade_at` and `read_judgement_at` read them where asked).
pub(crate) fn unread_tokens<'a>(
    text: &'a str,
    words: &[Word<'a>],
    layout: Option<&Layout<'a>>,
) -> Vec<Token<'a>> {
    let mut found = Vec::with_capacity(words.len());
    let mut previous_end: Option<usize> = None;
    for word in words {
        let pause_before = previous_end.is_some_and(|end| {
            text.get(end..word.start).is_some_and(|gap| {
                gap.contains([',', ';', ':', '–', '—', '(', ')', '|']) || gap.trim() == "-"
            })
        });
        let mut token = Token::new(word, pause_before, layout);
        let from = previous_end.unwrap_or(0).min(word.start);
        token.quoted |= text
            .get(from..word.start)
            .and_then(|gap| gap.chars().next_back())
            .is_some_and(|c| OPENING_SINGLE.contains(&c) || OPENING_DOUBLE.contains(&c));
        found.push(token);
        previous_end = Some(word.end());
    }
    found
}

/// Tokens for a sentence written for a test: its words, with no layout.
#[cfg(test)]
pub(crate) fn tokens_of(text: &str) -> Vec<Token<'_>> {
    tokens(text, &super::text::words(text), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrases_inner_words_start_none_of_their_own() {
        let tokens = tokens_of("It requires improvement to be good for care leavers");
        assert_eq!(tokens[1].grade_here.map(|(_, length)| length), Some(5));
        assert_eq!(tokens[5].grade_here, None, "'good' inside the grade's name");
        let tokens = tokens_of(
            "the services for children in need of help and protection, children looked after and care leavers",
        );
        assert_eq!(tokens[1].judgement_here.map(|(_, length)| length), Some(15));
        assert!(tokens[2..].iter().all(|t| t.judgement_here.is_none()));
        // Past the phrase, words start their own again.
        let tokens = tokens_of("requires improvement to be good, good");
        assert!(tokens[5].grade_here.is_some());
    }

    #[test]
    fn a_token_knows_its_forms_and_pauses() {
        let tokens = tokens_of("Leadership, they Rated ‘Good’ – and Council’s judgements");
        let lower: Vec<&str> = tokens.iter().map(|t| t.lower.as_ref()).collect();
        assert_eq!(
            lower,
            [
                "leadership",
                "they",
                "rated",
                "good",
                "and",
                "council's",
                "judgements"
            ]
        );
        assert_eq!(tokens[2].base, Some("rate"));
        assert_eq!(tokens[6].base, Some("judgement"));
        assert_eq!(tokens[1].base, None);
        assert!(tokens[0].capitalised && !tokens[1].capitalised);
        let pauses: Vec<bool> = tokens.iter().map(|t| t.pause_before).collect();
        assert_eq!(pauses, [false, true, false, false, true, false, false]);
        assert!(matches!(tokens[1].lower, Cow::Borrowed(_)));
    }

    #[test]
    fn a_token_knows_its_sentence_paragraph_and_quotation() {
        let text = "First one. It said \"rated good\" here.\n\nNext paragraph.";
        let mut diagnostics = super::super::Diagnostics::new("t");
        let layout = Layout::new(text, &mut diagnostics);
        let tokens = tokens(text, &layout.words, Some(&layout));
        let find = |w: &str| tokens.iter().find(|t| t.text == w).unwrap();
        assert_eq!(find("First").sentence, 0);
        assert_eq!(find("It").sentence, 1);
        assert!(find("rated").quoted && !find("said").quoted);
        assert_eq!(find("Next").paragraph, 1);
        assert_eq!(find("It").paragraph, 0);
    }
}
