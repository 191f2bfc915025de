//! Words with byte offsets, and the small helpers every pass shares.

use std::ops::Range;

/// A run of letters and digits, with inner apostrophes and hyphens, and where it stands.
/// (Its end is worked out, not stored: a text holds a word every few bytes, and this
/// keeps each to 24 bytes.)
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
}

impl<'a> Word<'a> {
    /// Byte just after the word.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The word in lower case with curly apostrophes made straight, for vocabulary tests.
    pub fn key(&self) -> String {
        normalise(self.text)
    }

    /// Whether the word is one of `vocabulary` (lower case, straight apostrophes).
    pub fn is_any(&self, vocabulary: &[&str]) -> bool {
        is_any_key_of(self.text, vocabulary)
    }

    /// Whether the word's [`key`](Self::key) is `key`, without building the key: this
    /// runs for nearly every word in every rule.
    pub fn is(&self, key: &str) -> bool {
        is_key_of(self.text, key)
    }

    /// The word without a possessive ending, as written: "Council's" is "Council".
    pub fn possessor(&self) -> &'a str {
        self.text
            .strip_suffix("'s")
            .or_else(|| self.text.strip_suffix("’s"))
            .unwrap_or(self.text)
    }

    /// Whether the word ends in a possessive "'s".
    pub fn is_possessive(&self) -> bool {
        self.possessor().len() < self.text.len()
    }

    /// Whether the word opens with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Lower case, with curly apostrophes made straight.
pub(crate) fn normalise(text: &str) -> String {
    text.replace(['’', '‘'], "'").to_lowercase()
}

/// Whether `normalise(text) == key`, without allocating. (`str::to_lowercase` differs
/// from lowering each character only for a capital sigma ending a word, so keys with a
/// sigma are not supported; the vocabularies are ASCII.)
pub(crate) fn is_key_of(text: &str, key: &str) -> bool {
    if text.is_ascii() {
        return text.len() == key.len() && is_ascii_key_of(text, key);
    }
    if key.is_ascii() && text.len() < key.len() {
        // Lower-casing and straightening never shorten an ASCII-bound text, and a
        // non-ASCII character never lowers to more ASCII bytes than it has.
        return false;
    }
    let mut expected = key.chars();
    for c in text.chars() {
        let c = if matches!(c, '’' | '‘') { '\'' } else { c };
        for lower in c.to_lowercase() {
            if expected.next() != Some(lower) {
                return false;
            }
        }
    }
    expected.next().is_none()
}

/// Whether `text`'s key is one of `keys`: [`is_key_of`] for each, with the text's
/// character set read once.
pub(crate) fn is_any_key_of(text: &str, keys: &[&str]) -> bool {
    if text.is_ascii() {
        // Most words: only entries of the word's length can match.
        let length = text.len();
        return keys
            .iter()
            .any(|key| key.len() == length && is_ascii_key_of(text, key));
    }
    keys.iter().any(|key| is_key_of(text, key))
}

/// `is_key_of` for an ASCII `text` of `key`'s length: lower-casing is byte for byte,
/// and there is nothing to straighten.
fn is_ascii_key_of(text: &str, key: &str) -> bool {
    text.bytes()
        .zip(key.bytes())
        .all(|(t, k)| t.to_ascii_lowercase() == k)
}

/// Every word of `text`, in order.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let mut found: Vec<Word> = word_iter(text).collect();
    // Kept for the whole analysis: not with up to twice the room it needs.
    found.shrink_to_fit();
    found
}

/// The words of `text`, in order, read as they are asked for.
pub(crate) fn word_iter(text: &str) -> impl Iterator<Item = Word<'_>> {
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((at, c)) = chars.next() {
            let joins_letters = matches!(c, '\'' | '’' | '-')
                && start.is_some()
                && chars
                    .peek()
                    .is_some_and(|&(_, next)| next.is_alphanumeric());
            if c.is_alphanumeric() || joins_letters {
                start.get_or_insert(at);
            } else if let Some(from) = start.take() {
                return Some(Word {
                    text: &text[from..at],
                    start: from,
                });
            }
        }
        start.take().map(|from| Word {
            text: &text[from..],
            start: from,
        })
    })
}

/// The shortest and longest of `forms`, in bytes. For ASCII forms a word of another
/// length is none of them, as their keys are the word's bytes lowered.
pub(crate) const fn length_bounds(forms: &[&str]) -> (usize, usize) {
    let (mut shortest, mut longest) = (usize::MAX, 0);
    let mut i = 0;
    while i < forms.len() {
        let length = forms[i].len();
        if length < shortest {
            shortest = length;
        }
        if length > longest {
            longest = length;
        }
        i += 1;
    }
    (shortest, longest)
}

/// Whether a double quotation mark, opening or closing, is a character of `c`.
pub(crate) fn is_double_mark(c: char) -> bool {
    OPENING_DOUBLE.contains(&c) || CLOSING_DOUBLE.contains(&c)
}

/// Whether `text` is only a list's bullet: "-", "•", "*", "–", "—" or "·" (space around
/// it aside).
pub(crate) fn is_bullet(text: &str) -> bool {
    matches!(text.trim(), "-" | "•" | "*" | "–" | "—" | "·")
}

/// Whether `words` open with `phrase`, word for word (its words lower case, straight
/// apostrophes).
pub(crate) fn opens_with(words: &[Word], phrase: &[&str]) -> bool {
    words.len() >= phrase.len() && phrase.iter().zip(words).all(|(part, w)| w.is(part))
}

/// Whether only spaces stand between two neighbouring words.
pub(crate) fn only_space_between(text: &str, left: &Word, right: &Word) -> bool {
    text.get(left.end()..right.start)
        .is_some_and(|gap| !gap.is_empty() && gap.chars().all(char::is_whitespace))
}

/// `range` with surrounding whitespace and any of `extra` removed from both ends.
pub(crate) fn trim_range(text: &str, range: Range<usize>, extra: &[char]) -> Range<usize> {
    let Some(slice) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    let strip = |c: char| c.is_whitespace() || extra.contains(&c);
    let leading = slice.len() - slice.trim_start_matches(strip).len();
    let trailing = slice.len() - slice.trim_end_matches(strip).len();
    if leading == slice.len() {
        return range.start..range.start;
    }
    range.start + leading..range.end - trailing
}

/// Double quotation marks that open a quotation.
pub(crate) const OPENING_DOUBLE: [char; 2] = ['“', '"'];
/// Double quotation marks that close a quotation.
pub(crate) const CLOSING_DOUBLE: [char; 2] = ['”', '"'];
/// Single marks that can open a quoted phrase.
pub(crate) const OPENING_SINGLE: [char; 2] = ['‘', '\''];
/// Single marks that can close a quoted phrase (also apostrophes).
pub(crate) const CLOSING_SINGLE: [char; 2] = ['’', '\''];

/// `text` with its first letter in upper case: a weekday or month as written in a date's
/// basis, a name ("Council spokesperson"), a label that opens a sentence.
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
