//! Finds quotations: straight and curly double marks, mixed freely, one span per
//! paragraph; and, in paragraphs with none, statements in single marks.
//!
//! A statement over several paragraphs opens each one with a mark and closes only the
//! last; each paragraph gives its own span. A quotation still open at the end of its
//! paragraph runs to there; if the next paragraph does not carry it on, that is a warning.

use super::grades::is_rating_term;
use super::lexicon::{DETERMINERS, FIRST_PERSON, REPORTING_VERBS, SPEECH_VERBS, THAT_ONE};
use super::text::{
    is_bullet, trim_range, CLOSING_DOUBLE, CLOSING_SINGLE, OPENING_DOUBLE, OPENING_SINGLE,
};
use super::{Diagnostics, Problem};
use std::ops::Range;

/// One quotation within one paragraph.
#[derive(Debug, Clone)]
pub(crate) struct QuoteSpan {
    /// Byte of the opening mark.
    pub open: usize,
    /// The quoted words, without marks, surrounding spaces or a trailing comma.
    pub inner: Range<usize>,
    /// Byte just after the closing mark, or the paragraph's end if it never closes.
    pub outer_end: usize,
    pub closed: bool,
    /// Index of the paragraph it stands in.
    pub paragraph: usize,
    /// True when the mark is the paragraph's first character.
    pub opens_paragraph: bool,
}

/// Every quotation of the text, in order.
pub(crate) fn find_quotes(
    text: &str,
    paragraphs: &[Range<usize>],
    diagnostics: &mut Diagnostics,
) -> Vec<QuoteSpan> {
    let mut quotes: Vec<QuoteSpan> = Vec::new();
    // Whether the statement of the paragraph before runs on into this one, which opens
    // with no mark (see `carried_on_unmarked`).
    let mut continuing = false;
    // Whether the paragraph before was a statement with no marks at all (see
    // `unmarked_statement`).
    let mut in_unmarked = false;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        if continuing {
            let body = text.get(paragraph.clone()).unwrap_or("").trim_end();
            let closes = body.ends_with(CLOSING_DOUBLE);
            let inner_end = if closes {
                paragraph.start + body.len() - body.chars().next_back().map_or(0, char::len_utf8)
            } else {
                paragraph.end
            };
            let inner = trim_range(text, paragraph.start..inner_end, &[',']);
            if !inner.is_empty() {
                quotes.push(QuoteSpan {
                    open: paragraph.start,
                    inner,
                    outer_end: paragraph.end,
                    closed: closes,
                    paragraph: index,
                    opens_paragraph: true,
                });
            }
            continuing = !closes;
            continue;
        }
        // The statement of the paragraph before was left open at its end.
        let left_open = index > 0
            && quotes
                .last()
                .is_some_and(|q| q.paragraph + 1 == index && !q.closed);
        if let Some(quote) = missing_its_opening_mark(text, paragraphs, index, left_open) {
            quotes.push(quote);
            continue;
        }
        if let Some(quote) = unmarked_statement(text, paragraphs, index, in_unmarked) {
            quotes.push(quote);
            in_unmarked = true;
            continue;
        }
        in_unmarked = false;
        let unmarked = carried_on_unmarked(text, paragraphs, index);
        let carried_on = unmarked
            || paragraphs
                .get(index + 1)
                .is_some_and(|next| opens_with_mark(text, next));
        let found_before = quotes.len();
        let mut scanner = ParagraphScanner {
            text,
            paragraph: paragraph.clone(),
            index,
            quotes: &mut quotes,
        };
        scanner.scan(carried_on, diagnostics);
        // Only where double marks are not used: inside them, single marks quote.
        if scanner.quotes.len() == found_before {
            // A statement over several paragraphs opens each with a single mark and
            // closes only the last: "said: ‘We accept ... \n\n‘We have acted ...’".
            let single_carried_on = paragraphs
                .get(index + 1)
                .is_some_and(|next| opens_with_single_mark(text, next));
            // "The inspection report states:\n\n‘Across Early Help ... transition. …": a
            // statement a paragraph introduces may be cut short before its mark closes.
            let introduced = index > 0 && introduces_next(text, &paragraphs[index - 1]);
            scanner.scan_single_marked(single_carried_on, introduced);
        }
        continuing = unmarked
            && quotes[found_before..]
                .last()
                .is_some_and(|q| !q.closed && q.outer_end == paragraph.end);
        if quotes.len() == found_before && opens_with_single_mark(text, paragraph) {
            diagnostics.warn(
                Problem::UnclosedSingleMarks,
                paragraph.start,
                "a statement in single quotation marks that never closes after its punctuation is not read as a quotation; left out",
            );
        }
    }
    quotes
}

/// Where the quotation nested at `offset` of `body` closes: `c` opens only (a curly
/// mark), the next double mark closes it and the one after that closes too (the outer
/// quotation). Reads no further than those two marks.
fn nested_close(body: &str, offset: usize, c: char) -> Option<usize> {
    if CLOSING_DOUBLE.contains(&c) {
        return None;
    }
    let from = offset + c.len_utf8();
    let mut marks = body[from..]
        .char_indices()
        .filter(|(_, m)| OPENING_DOUBLE.contains(m) || CLOSING_DOUBLE.contains(m));
    let (inner, first) = marks.next()?;
    let (_, second) = marks.next()?;
    (CLOSING_DOUBLE.contains(&first) && CLOSING_DOUBLE.contains(&second)).then_some(from + inner)
}

/// Whether the closing-style mark `c` at `offset` of `body` stands where a quotation
/// opens: at the start or after a colon and a space, before a capital letter.
fn opens_after_colon(body: &str, offset: usize, c: char) -> bool {
    let before = body[..offset].trim_end_matches(' ');
    let placed = before.is_empty() || (before.ends_with(':') && before.len() < offset);
    placed
        && body[offset + c.len_utf8()..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// A paragraph opening in capitals whose only double mark closes it after the
/// statement's punctuation, right after a paragraph that opens with a mark (closed
/// there or not), or right after one that ends with a speech verb and a colon: a statement carried
/// on or introduced whose opening mark was left out ("“As a result, ...,” the report
/// states.\n\nThe local authority is very successful ...\""). The quotation runs from
/// the paragraph's start. So too right after a paragraph whose statement opened
/// within it and was left open at its end (`left_open`): "Cllr X said, “I am ... in
/// the report.\n\nTorbay Council remains ... in Torbay.”".
fn missing_its_opening_mark(
    text: &str,
    paragraphs: &[Range<usize>],
    index: usize,
    left_open: bool,
) -> Option<QuoteSpan> {
    let previous = paragraphs.get(index.checked_sub(1)?)?;
    let paragraph = paragraphs.get(index)?;
    let is_double = |c: char| OPENING_DOUBLE.contains(&c) || CLOSING_DOUBLE.contains(&c);
    // A statement opened the paragraph before, closed there or not ("“We’re delighted
    // ... deserve.\n\nWe’re not resting ... process.”" runs on); or that paragraph
    // introduces this one ("Cllr Sylvia Tidy, ..., said:\n\nTo be rated outstanding
    // is ... they do.”"). And this one opens as a sentence does.
    let introduced = introduces_next(text, previous);
    if !(opens_with_mark(text, previous) || introduced || left_open) {
        return None;
    }
    let body = text.get(paragraph.clone())?.trim_end();
    if !body.starts_with(char::is_uppercase) {
        return None;
    }
    let mut chars = body.chars().rev();
    let closing = chars.next().filter(|&c| CLOSING_DOUBLE.contains(&c))?;
    let punctuated = chars.next().is_some_and(|c| matches!(c, '.' | '!' | '?'));
    if !punctuated || body.chars().filter(|&c| is_double(c)).count() != 1 {
        return None;
    }
    let inner_end = paragraph.start + body.len() - closing.len_utf8();
    let inner = trim_range(text, paragraph.start..inner_end, &[',']);
    (!inner.is_empty()).then(|| QuoteSpan {
        open: paragraph.start,
        inner,
        outer_end: inner_end + closing.len_utf8(),
        closed: true,
        paragraph: index,
        opens_paragraph: true,
    })
}

/// Most words of a paragraph that introduces a statement with no marks: a speaker's
/// name, role and speech verb ("Councillor Beverley Egan, Cabinet Member for
/// Children's Services and Early Years, said:").
const MOST_INTRODUCTION_WORDS: usize = 30;

/// A paragraph with no quotation marks at all that is a statement: a block quotation
/// whose marks the page's layout dropped. It opens in capitals, ends a sentence, speaks
/// in the first person, and stands right after a short paragraph with no marks that
/// ends with a speech verb and a colon ("Councillor Beverley Egan, ..., said:"), or
/// right after another such statement (`in_unmarked`). A report's findings listed after
/// "The report also says:" do not speak in the first person; nor does the narrative
/// that follows a statement, which ends it.
fn unmarked_statement(
    text: &str,
    paragraphs: &[Range<usize>],
    index: usize,
    in_unmarked: bool,
) -> Option<QuoteSpan> {
    let paragraph = paragraphs.get(index)?;
    let body = text.get(paragraph.clone())?.trim_end();
    let has_mark = |s: &str| {
        s.contains(|c: char| {
            OPENING_DOUBLE.contains(&c)
                || CLOSING_DOUBLE.contains(&c)
                || OPENING_SINGLE.contains(&c) && s.starts_with(c)
        })
    };
    let words = |s: &'_ str| -> Vec<String> {
        s.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    if !in_unmarked {
        let previous = paragraphs.get(index.checked_sub(1)?)?;
        let intro = text.get(previous.clone())?.trim_end();
        if !introduces_next(text, previous)
            || has_mark(intro)
            || words(intro).len() > MOST_INTRODUCTION_WORDS
        {
            return None;
        }
    }
    let opens = body.starts_with(char::is_uppercase);
    let ends = body.ends_with(['.', '!', '?']);
    if !opens || !ends || has_mark(body) {
        return None;
    }
    if !words(body)
        .iter()
        .any(|w| FIRST_PERSON.contains(&w.as_str()))
    {
        return None;
    }
    let inner = trim_range(text, paragraph.start..paragraph.start + body.len(), &[]);
    Some(QuoteSpan {
        open: paragraph.start,
        inner,
        outer_end: paragraph.start + body.len(),
        closed: true,
        paragraph: index,
        opens_paragraph: true,
    })
}

/// Most lines a statement runs on over with no mark at their start.
const MOST_UNMARKED_LINES: usize = 12;

/// Whether paragraph `index`'s open quotation runs on over the lines after it, joined
/// by single line breaks, none opening with a mark, up to one ending with a closing
/// mark and holding no other (a statement laid out line by line, marked only at its
/// start and end).
fn carried_on_unmarked(text: &str, paragraphs: &[Range<usize>], index: usize) -> bool {
    let Some(mut previous) = paragraphs.get(index) else {
        return false;
    };
    for next in paragraphs[index + 1..].iter().take(MOST_UNMARKED_LINES) {
        let gap = text.get(previous.end..next.start).unwrap_or("");
        if gap.matches('\n').count() != 1 || opens_with_mark(text, next) {
            return false;
        }
        let body = text.get(next.clone()).unwrap_or("").trim_end();
        let marks = body
            .matches(|c| OPENING_DOUBLE.contains(&c) || CLOSING_DOUBLE.contains(&c))
            .count();
        if body.ends_with(CLOSING_DOUBLE) {
            return marks == 1;
        }
        if marks > 0 {
            return false;
        }
        previous = next;
    }
    false
}

/// Whether a paragraph opens with a single mark before a letter, as a statement in
/// single quotation marks does ('We are thrilled,' said ...).
fn opens_with_single_mark(text: &str, paragraph: &Range<usize>) -> bool {
    let mut chars = text.get(paragraph.clone()).unwrap_or("").chars();
    chars.next().is_some_and(|c| OPENING_SINGLE.contains(&c))
        && chars.next().is_some_and(char::is_alphabetic)
}

/// Whether a paragraph's first character opens a quotation.
pub(crate) fn opens_with_mark(text: &str, paragraph: &Range<usize>) -> bool {
    text.get(paragraph.clone())
        .and_then(|p| p.chars().next())
        .is_some_and(|c| OPENING_DOUBLE.contains(&c))
}

/// The mark a text cut short ends with.
const ELLIPSIS: char = '…';

/// Whether a paragraph ends with a speech verb and a colon, introducing the next one.
fn introduces_next(text: &str, paragraph: &Range<usize>) -> bool {
    let body = text.get(paragraph.clone()).unwrap_or("").trim_end();
    body.ends_with(':') && after_speech_verb(body)
}

/// Whether `before` (the text up to a quotation mark) ends with a speech verb and a
/// comma or colon: "Councillor Steve Count said, ".
fn after_speech_verb(before: &str) -> bool {
    let Some(rest) = before.trim_end().strip_suffix([',', ':']) else {
        return false;
    };
    rest.rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|verb| SPEECH_VERBS.iter().any(|v| verb.eq_ignore_ascii_case(v)))
}

/// Whether `before` ends with a verb of saying or reporting and "that": "The report
/// states that ".
fn after_verb_and_that(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    words
        .next()
        .is_some_and(|that| THAT_ONE.iter().any(|t| that.eq_ignore_ascii_case(t)))
        && words.next().is_some_and(|verb| {
            SPEECH_VERBS
                .iter()
                .chain(REPORTING_VERBS.iter())
                .any(|v| verb.eq_ignore_ascii_case(v))
        })
}

/// Fewest words a quotation in single marks that opens in lower case must hold to be
/// read as one: fewer are a term or a phrase in marks ('good', 'serious and widespread
/// failures').
const LOWER_CASE_CLAUSE_WORDS: usize = 6;

struct ParagraphScanner<'t, 'q> {
    text: &'t str,
    paragraph: Range<usize>,
    index: usize,
    quotes: &'q mut Vec<QuoteSpan>,
}

impl ParagraphScanner<'_, '_> {
    fn scan(&mut self, carried_on: bool, diagnostics: &mut Diagnostics) {
        let mut open: Option<usize> = None;
        // The closing mark of a quotation nested in the open one, read as its words.
        let mut nested_until: Option<usize> = None;
        let body = &self.text[self.paragraph.clone()];
        for (offset, c) in body.char_indices() {
            if nested_until.is_some_and(|end| offset <= end) {
                continue;
            }
            let at = self.paragraph.start + offset;
            let closes = CLOSING_DOUBLE.contains(&c);
            let opens = OPENING_DOUBLE.contains(&c);
            match open {
                Some(from) if closes => {
                    self.push(from, at, at + c.len_utf8(), true);
                    open = None;
                }
                // "... rated as “Good”.”": a curly mark that opens, closed by the next
                // mark, with the one after that closing too, quotes words within.
                Some(_) if opens && nested_close(body, offset, c).is_some() => {
                    nested_until = nested_close(body, offset, c);
                }
                Some(from) if opens => {
                    diagnostics.warn(
                        Problem::OpenAtNextQuotation,
                        from,
                        "quotation is still open when the next one opens; ended it there",
                    );
                    self.push(from, at, at, false);
                    open = Some(at);
                }
                None if opens => open = Some(at),
                // "It also adds: ”The ...": a closing-style mark after a colon, or
                // opening the paragraph, before a letter, opens.
                None if closes && opens_after_colon(body, offset, c) => open = Some(at),
                None if closes => diagnostics.warn(
                    Problem::UnopenedClosingMark,
                    at,
                    "closing quotation mark with no opening one; ignored",
                ),
                _ => {}
            }
        }
        if let Some(from) = open {
            if !carried_on {
                diagnostics.warn(
                    Problem::NeverCloses,
                    from,
                    "quotation never closes; taken to run to the end of its paragraph",
                );
            }
            let end = self.paragraph.end;
            self.push(from, end, end, false);
        }
    }

    /// Statements in single marks, as tabloids write them ('We are thrilled,' said …):
    /// a mark at the paragraph's start or after a space, before a capital letter, to a
    /// mark right after the statement's punctuation, so that the apostrophe of
    /// "councils'" does not close it.
    /// Quotations in single marks; with `carried_on`, one that does not close by the
    /// paragraph's end runs on into the next paragraph, which opens with a mark; with
    /// `after_introduction` (the paragraph before ends "states:"), one opening the
    /// paragraph that never closes, ending in a full sentence and an ellipsis or none,
    /// was cut short, and runs to that sentence's end.
    fn scan_single_marked(&mut self, carried_on: bool, after_introduction: bool) {
        let body = &self.text[self.paragraph.clone()];
        // Byte offsets into `body`; the characters around one are read in place.
        let before = |at: usize| body[..at].chars().next_back();
        let after = |at: usize, c: char| body[at + c.len_utf8()..].chars().next();
        let mut i = 0;
        while let Some(c) = body[i..].chars().next() {
            let placed = OPENING_SINGLE.contains(&c) && before(i).is_none_or(char::is_whitespace);
            let capital = after(i, c).is_some_and(char::is_uppercase);
            // "Ofsted reports that ‘the local authority is working from an extremely low
            // base’ and so ...": a clause quoted in lower case, closed by a mark that no
            // letter follows (not "the council’s"), and long enough to be a clause
            // rather than a term in marks.
            let lower = after(i, c).is_some_and(char::is_lowercase);
            if !placed || !(capital || lower) {
                i += c.len_utf8();
                continue;
            }
            let from_next = i + c.len_utf8();
            // "Steve Count said, ‘I am very pleased ... needed’.": after a speech verb and
            // its comma or colon, the statement's full stop may follow the mark.
            let introduced = after_speech_verb(&body[..i]);
            // "The report states that 'Leaders and managers have made purposeful
            // progress ... outcomes'.", "Inspectors found that ‘Leaders are effective’,
            // while ...": after a verb of saying or reporting and "that", a clause of the
            // sentence, closed (as one in lower case) by a mark no letter follows.
            let embedded = after_verb_and_that(&body[..i]);
            let stop_after = |j: usize, closing: char| {
                let rest = &body[j + closing.len_utf8()..];
                let mut chars = rest.chars();
                chars.next().is_some_and(|p| matches!(p, '.' | '!' | '?'))
                    && chars.next().is_none_or(char::is_whitespace)
            };
            let close = body[from_next..]
                .char_indices()
                .map(|(offset, c)| (from_next + offset, c))
                .find(|&(j, closing)| {
                    CLOSING_SINGLE.contains(&closing)
                        && (lower
                            || embedded
                            || before(j).is_some_and(|p| matches!(p, '.' | ',' | '!' | '?'))
                            || (introduced && stop_after(j, closing)))
                        && after(j, closing).is_none_or(|next| !next.is_alphanumeric())
                });
            if lower {
                // "describing an ‘environment where good social work can flourish’": after
                // a determiner the marks hold a noun phrase of the sentence's, not a clause.
                let word_before = body[..i].split_whitespace().next_back().unwrap_or("");
                let after_determiner = DETERMINERS
                    .iter()
                    .any(|d| word_before.eq_ignore_ascii_case(d));
                // Nor is a judgement's title in marks one ("‘services for children looked
                // after and achieving permanence’ ... are judged as inadequate").
                let clause = !after_determiner
                    && close.is_some_and(|(j, _)| {
                        let inner = &body[from_next..j];
                        inner.split_whitespace().count() >= LOWER_CASE_CLAUSE_WORDS
                            && !is_rating_term(inner)
                    });
                if !clause {
                    i = from_next;
                    continue;
                }
            }
            let Some((j, closing)) = close else {
                // "... the report confirms ‘strong leadership’ is now in place." then
                // a paragraph opening "‘The report ...": the statement runs on, and the
                // mark inside it quotes words within it.
                let rest = body.trim_end();
                if carried_on && rest.ends_with(['.', '!', '?']) {
                    let end = self.paragraph.start + rest.len();
                    self.push(self.paragraph.start + i, end, end, false);
                } else if after_introduction && i == 0 {
                    // Cut short: to the full sentence it ends with, without the ellipsis.
                    let cut = rest.trim_end_matches(ELLIPSIS).trim_end();
                    if cut.ends_with(['.', '!', '?']) {
                        let end = self.paragraph.start + cut.len();
                        self.push(self.paragraph.start, end, end, false);
                    }
                }
                break;
            };
            let from = self.paragraph.start + i;
            let at = self.paragraph.start + j;
            self.push(from, at, at + closing.len_utf8(), true);
            i = j + closing.len_utf8();
        }
    }

    fn push(&mut self, open: usize, inner_end: usize, outer_end: usize, closed: bool) {
        let mark_length = self.text[open..].chars().next().map_or(1, char::len_utf8);
        let inner = trim_range(self.text, open + mark_length..inner_end, &[',']);
        if inner.is_empty() {
            return;
        }
        self.quotes.push(QuoteSpan {
            open,
            inner,
            outer_end,
            closed,
            paragraph: self.index,
            // "- ‘Adoption is a strength. ...’": a list's item that is one quotation
            // opens with its bullet (not "• “Huge improvement” in prioritising ...").
            opens_paragraph: open == self.paragraph.start
                || (is_bullet(&self.text[self.paragraph.start..open])
                    && self
                        .text
                        .get(outer_end..self.paragraph.end)
                        .is_some_and(|rest| {
                            rest.trim_start_matches(['.', ',', ';']).trim().is_empty()
                        })),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::layout::Layout;
    use super::super::Diagnostics;

    /// The quoted words of each quotation the layout finds.
    fn quoted(text: &str) -> Vec<&str> {
        let mut diagnostics = Diagnostics::new("t");
        let layout = Layout::new(text, &mut diagnostics);
        layout
            .quotes
            .iter()
            .map(|q| &text[q.inner.clone()])
            .collect()
    }

    #[test]
    fn a_statement_in_single_marks_runs_on_over_paragraphs_with_a_mark_inside() {
        let text = "Jo Bloggs, chief executive, said: ‘We accept the findings.\n\n\
                    ‘We are pleased the report confirms ‘strong leadership’ is in place.\n\n\
                    ‘It will take time.’";
        assert_eq!(
            quoted(text),
            [
                "We accept the findings.",
                "We are pleased the report confirms ‘strong leadership’ is in place.",
                "It will take time.",
            ]
        );
    }

    #[test]
    fn a_clause_in_single_marks_may_open_in_lower_case_but_a_phrase_or_term_may_not() {
        let text = "Ofsted reports that ‘the local authority is working from an extremely low \
                    base’ and so improvements will take time. It describes an ‘environment \
                    where good social work can flourish’ and ‘serious and widespread failures’ \
                    in the council’s services. Its ‘services for children looked after and \
                    achieving permanence’ are judged as inadequate, and so, inspectors said, \
                    are ‘services for children who need help and protection’.";
        assert_eq!(
            quoted(text),
            ["the local authority is working from an extremely low base"]
        );
    }

    #[test]
    fn a_single_mark_that_never_closes_and_is_not_carried_on_is_no_quotation() {
        let text = "She said: ‘We accept the findings.\n\nThe council met on Monday.";
        assert!(quoted(text).is_empty());
    }
}
