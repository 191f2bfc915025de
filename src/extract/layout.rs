//! An article's shape: paragraphs, quotations, sentences and words, all as byte offsets.

use super::grades::is_rating_term;
use super::lexicon::CLAUSE_WORDS;
use super::quotes::{find_quotes, QuoteSpan};
use super::text::{trim_range, words, Word, OPENING_DOUBLE, OPENING_SINGLE};
use super::Diagnostics;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::ops::Range;

/// Dashes that set a clause apart, with a space either side.
const SPACED_DASHES: [&str; 3] = [" – ", " — ", " - "];

/// The analysed shape of one article's text.
pub(crate) struct Layout<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Range<usize>>,
    pub quotes: Vec<QuoteSpan>,
    /// For each quotation, whether it holds only a rating term or a summary of grades
    /// (see [`is_rating_term`]): read once, since each is asked about from several
    /// sentences and passes.
    rating_terms: Vec<bool>,
    pub sentences: Vec<Range<usize>>,
    pub words: Vec<Word<'a>>,
    /// Every comma, semicolon and colon, by byte, in order: where clauses break.
    clause_marks: Vec<usize>,
    /// Every word that begins a clause ("while", "but"), in order.
    clause_words: Vec<Range<usize>>,
    /// Every full stop, exclamation and question mark, by byte, in order.
    stops: Vec<usize>,
    /// Every dash with a space either side (" – "), by the byte of its first space, in
    /// order: where an aside or a clause set apart begins.
    spaced_dashes: Vec<usize>,
    /// From which byte on each paragraph is about another council or body, if at all
    /// (see `Scope::is_about_others`): worked out on first use, once per article.
    pub about_others_by_paragraph: OnceCell<Vec<Option<usize>>>,
    /// The same for each clause (start, end) asked about so far.
    pub about_others_by_clause: RefCell<HashMap<(usize, usize), bool>>,
    /// For each paragraph, see [`Layout::caption_above`]: worked out on first use.
    captions: OnceCell<Vec<Option<usize>>>,
}

impl<'a> Layout<'a> {
    /// Splits `text` into paragraphs, quotations, sentences and words.
    ///
    /// Each list is cut to its length once built: they are kept for the whole analysis,
    /// and a list grown by doubling holds up to twice what it needs.
    pub fn new(text: &'a str, diagnostics: &mut Diagnostics) -> Layout<'a> {
        let mut paragraphs = paragraphs(text);
        paragraphs.shrink_to_fit();
        let mut quotes = find_quotes(text, &paragraphs, diagnostics);
        quotes.shrink_to_fit();
        let rating_terms = quotes
            .iter()
            .map(|quote| is_rating_term(&text[quote.inner.clone()]))
            .collect();
        let mut sentences: Vec<Range<usize>> = paragraphs
            .iter()
            .flat_map(|paragraph| sentences(text, paragraph.clone(), &quotes))
            .collect();
        sentences.shrink_to_fit();
        let words = words(text);
        let mut clause_marks: Vec<usize> = text
            .bytes()
            .enumerate()
            .filter(|(_, b)| matches!(b, b',' | b';' | b':'))
            .map(|(i, _)| i)
            .collect();
        clause_marks.shrink_to_fit();
        let mut clause_words: Vec<Range<usize>> = words
            .iter()
            .filter(|w| w.is_any(&CLAUSE_WORDS))
            .map(|w| w.start..w.end())
            .collect();
        clause_words.shrink_to_fit();
        let mut stops: Vec<usize> = text
            .bytes()
            .enumerate()
            .filter(|(_, b)| matches!(b, b'.' | b'!' | b'?'))
            .map(|(i, _)| i)
            .collect();
        stops.shrink_to_fit();
        let mut spaced_dashes: Vec<usize> = SPACED_DASHES
            .iter()
            .flat_map(|dash| text.match_indices(dash).map(|(at, _)| at))
            .collect();
        spaced_dashes.sort_unstable();
        spaced_dashes.shrink_to_fit();
        Layout {
            text,
            paragraphs,
            quotes,
            rating_terms,
            sentences,
            words,
            clause_marks,
            clause_words,
            stops,
            spaced_dashes,
            about_others_by_paragraph: OnceCell::new(),
            about_others_by_clause: RefCell::new(HashMap::new()),
            captions: OnceCell::new(),
        }
    }

    /// The text at `range`, or "" if it does not fit.
    pub fn slice(&self, range: Range<usize>) -> &'a str {
        self.text.get(range).unwrap_or("")
    }

    /// The words that lie wholly within `range`.
    pub fn words_in(&self, range: Range<usize>) -> &[Word<'a>] {
        let from = self.words.partition_point(|w| w.start < range.start);
        let to = self.words.partition_point(|w| w.end() <= range.end);
        &self.words[from..to.max(from)]
    }

    /// The clause of the sentence around byte `at`: between commas, semicolons, colons
    /// and words such as "while" (a bracket is an aside within its clause).
    pub fn clause_at(&self, at: usize) -> Range<usize> {
        let sentence = self.sentence_at(at);
        // The bounds within the sentence: its marks, and the starts of its clause words
        // that lie wholly within it.
        let in_sentence = |b: &&usize| sentence.contains(*b);
        let word_in_sentence =
            |w: &&Range<usize>| sentence.contains(&w.start) && w.end <= sentence.end;
        let marks_before = self.clause_marks.partition_point(|&b| b < at);
        let words_before = self.clause_words.partition_point(|w| w.start < at);
        let mark_before = self.clause_marks[..marks_before].last().filter(in_sentence);
        // At most one word crosses the sentence's end, so this looks at two at most.
        let word_before = self.clause_words[..words_before]
            .iter()
            .rev()
            .take_while(|w| w.start >= sentence.start)
            .find(word_in_sentence)
            .map(|w| w.start);
        let start = mark_before
            .copied()
            .max(word_before)
            .map_or(sentence.start, |b| b + 1);
        let marks_after = self.clause_marks.partition_point(|&b| b <= at);
        let words_after = self.clause_words.partition_point(|w| w.start <= at);
        let mark_after = self.clause_marks.get(marks_after).filter(in_sentence);
        let word_after = self
            .clause_words
            .get(words_after)
            .filter(word_in_sentence)
            .map(|w| w.start);
        let end = match (mark_after.copied(), word_after) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b).unwrap_or(sentence.end),
        };
        start..end.max(start)
    }

    /// The sentence that holds byte `at` (an empty range if none does).
    pub fn sentence_at(&self, at: usize) -> Range<usize> {
        self.sentence_index_at(at)
            .map_or(at..at, |index| self.sentences[index].clone())
    }

    /// The index of the sentence that holds byte `at`.
    pub fn sentence_index_at(&self, at: usize) -> Option<usize> {
        index_holding(&self.sentences, at)
    }

    /// The index of the paragraph that holds byte `at`.
    pub fn paragraph_index_at(&self, at: usize) -> Option<usize> {
        index_holding(&self.paragraphs, at)
    }

    /// The sentence around byte `at` read plainly, ending at any full stop even inside
    /// a quotation: the reach within which a date belongs to a word.
    pub fn plain_sentence_at(&self, at: usize) -> Range<usize> {
        let Some(paragraph) = self.paragraph_index_at(at).map(|i| &self.paragraphs[i]) else {
            return at..at;
        };
        // The last stop before `at` and the first from `at` on, within the paragraph
        // (a stop is one byte).
        let first_from_at = self.stops.partition_point(|&stop| stop < at);
        let start = first_from_at
            .checked_sub(1)
            .map(|i| self.stops[i])
            .filter(|&stop| stop >= paragraph.start)
            .map_or(paragraph.start, |stop| stop + 1);
        let end = self
            .stops
            .get(first_from_at)
            .copied()
            .filter(|&stop| stop < paragraph.end)
            .unwrap_or(paragraph.end);
        start..end
    }

    /// The paragraph ending in a colon nearest above paragraph `index` (or it), with
    /// no paragraph ending a sentence between: a table's caption ("At the previous
    /// inspection in 2022, the judgements were:"). All worked out in one pass.
    pub fn caption_above(&self, index: usize) -> Option<usize> {
        let captions = self.captions.get_or_init(|| {
            let mut captions: Vec<Option<usize>> = Vec::with_capacity(self.paragraphs.len());
            for (i, paragraph) in self.paragraphs.iter().enumerate() {
                let text = self.slice(paragraph.clone()).trim();
                let caption = if text.ends_with(['.', '!', '?']) {
                    None
                } else if text.ends_with(':') {
                    Some(i)
                } else {
                    i.checked_sub(1).and_then(|before| captions[before])
                };
                captions.push(caption);
            }
            captions
        });
        captions.get(index).copied().flatten()
    }

    /// The first dash with a space either side at or after byte `from` and before `to`,
    /// by the byte of its first space.
    pub fn spaced_dash_in(&self, from: usize, to: usize) -> Option<usize> {
        let first = self.spaced_dashes.partition_point(|&at| at < from);
        self.spaced_dashes.get(first).copied().filter(|&at| at < to)
    }

    /// The quotation, marks included, that holds byte `at`.
    pub fn quote_at(&self, at: usize) -> Option<&QuoteSpan> {
        self.quote_index_at(at).map(|index| &self.quotes[index])
    }

    /// Index of the quotation, marks included, that holds byte `at`.
    pub fn quote_index_at(&self, at: usize) -> Option<usize> {
        // Quotations are in order and do not overlap: only the last one opening at or
        // before `at` can hold it.
        let index = self
            .quotes
            .partition_point(|q| q.open <= at)
            .checked_sub(1)?;
        (at < self.quotes[index].outer_end).then_some(index)
    }

    /// Whether quotation `index` holds only a rating term or a summary of grades
    /// ("‘good’", "‘requires improvement to be good’"): a term of the sentence, not a
    /// statement.
    pub fn is_rating_term(&self, index: usize) -> bool {
        self.rating_terms[index]
    }
}

/// Paragraph ranges, trimmed. Each line is a paragraph, except that a hard line break
/// inside a sentence (the line ends with a comma, or the next opens in lower case) is
/// kept within one paragraph.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut after_blank = true;
    let mut line_start = 0;
    for line_end in text
        .match_indices('\n')
        .map(|(at, _)| at)
        .chain(std::iter::once(text.len()))
    {
        let line = trim_range(text, line_start..line_end, &[]);
        line_start = line_end + 1;
        if line.is_empty() {
            after_blank = true;
            continue;
        }
        match found.last_mut() {
            Some(last) if !after_blank && is_soft_break(text, last, &line) => last.end = line.end,
            _ => found.push(line),
        }
        after_blank = false;
    }
    found
}

fn is_soft_break(text: &str, before: &Range<usize>, after: &Range<usize>) -> bool {
    let ends_with_comma = text[before.clone()].ends_with(',');
    let opens_lower = text[after.clone()]
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    ends_with_comma || opens_lower
}

/// Sentence ranges of one paragraph. Quotations are read as single units, so a full
/// stop inside one ends a sentence only where the quotation itself ends.
fn sentences(text: &str, paragraph: Range<usize>, quotes: &[QuoteSpan]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start = paragraph.start;
    let mut at = paragraph.start;
    // The quotations from `at` on: `at` only moves forward, and so does this.
    let mut ahead = &quotes[quotes.partition_point(|q| q.open < at)..];
    while at < paragraph.end {
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        while ahead.first().is_some_and(|q| q.open < at) {
            ahead = &ahead[1..];
        }
        let (unit_end, is_terminal) = match ahead.first().filter(|q| q.open == at) {
            Some(quote) => (
                quote.outer_end.max(at + c.len_utf8()),
                quote.closed && ends_with_terminal(&text[quote.inner.clone()]),
            ),
            None => (
                at + c.len_utf8(),
                matches!(c, '.' | '!' | '?')
                    && !follows_abbreviation(&text[start..at])
                    && !ends_leader_dots(&text[start..at]),
            ),
        };
        if is_terminal && next_starts_sentence(&text[unit_end..paragraph.end]) {
            found.push(start..unit_end);
            start = trim_range(text, unit_end..paragraph.end, &[]).start;
        }
        at = unit_end;
    }
    if start < paragraph.end {
        found.push(start..paragraph.end);
    }
    found
}

/// Whether a full stop after `before` ends a run of five or more, the leader dots of a
/// table copied as text ("Overall effectiveness .......... Good"), not an ellipsis (and
/// not an ellipsis with its full stop: "rated inadequate.... The new director").
fn ends_leader_dots(before: &str) -> bool {
    before.ends_with("....")
}

fn ends_with_terminal(text: &str) -> bool {
    text.ends_with(['.', '!', '?'])
}

/// Titles and initials whose full stop does not end a sentence.
fn follows_abbreviation(before: &str) -> bool {
    const ABBREVIATIONS: [&str; 11] = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "St", "Cllr", "Prof", "No", "Rev", "Revd",
    ];
    let last_word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let is_initial =
        last_word.chars().count() == 1 && last_word.chars().next().is_some_and(char::is_uppercase);
    is_initial || ABBREVIATIONS.contains(&last_word)
}

fn next_starts_sentence(rest: &str) -> bool {
    let after_space = rest.trim_start();
    if after_space.len() == rest.len() {
        return false;
    }
    after_space.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || OPENING_DOUBLE.contains(&c)
            || OPENING_SINGLE.contains(&c)
            || matches!(c, '•' | '·')
    })
}

/// The index of the range of `ranges` that holds byte `at`. The ranges are in order and do
/// not overlap (sentences, paragraphs), so only the last one starting at or before `at`
/// can hold it: a binary search, not a scan.
fn index_holding(ranges: &[Range<usize>], at: usize) -> Option<usize> {
    let index = ranges.partition_point(|r| r.start <= at).checked_sub(1)?;
    (at < ranges[index].end).then_some(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<&str> {
        let mut diagnostics = Diagnostics::new("");
        let layout = Layout::new(text, &mut diagnostics);
        layout.sentences.iter().map(|s| &text[s.clone()]).collect()
    }

    #[test]
    fn spaced_dashes_are_found_by_position_and_a_hyphen_is_none() {
        let text = "A well-run service – rated good - and then — more";
        let mut diagnostics = Diagnostics::new("t");
        let layout = Layout::new(text, &mut diagnostics);
        let first = text.find(" – ").unwrap();
        let second = text.find(" - ").unwrap();
        let third = text.find(" — ").unwrap();
        assert_eq!(layout.spaced_dash_in(0, text.len()), Some(first));
        assert_eq!(layout.spaced_dash_in(first + 1, text.len()), Some(second));
        assert_eq!(layout.spaced_dash_in(second + 1, text.len()), Some(third));
        assert_eq!(layout.spaced_dash_in(third + 1, text.len()), None);
        assert_eq!(layout.spaced_dash_in(0, first), None);
    }

    #[test]
    fn leader_dots_do_not_end_a_sentence_but_an_ellipsis_does() {
        assert_eq!(
            sentence_texts(
                "Overall effectiveness .......... Good\n\nIt was late... The report came."
            ),
            [
                "Overall effectiveness .......... Good",
                "It was late...",
                "The report came."
            ]
        );
        assert_eq!(
            sentence_texts("It was rated inadequate.... The new director started in May."),
            [
                "It was rated inadequate....",
                "The new director started in May."
            ]
        );
    }
}
