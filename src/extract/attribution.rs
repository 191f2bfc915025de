//! Who said each quotation, and with what role.
//!
//! Rules, in order: an introduction ending in a speech verb and a colon ("X, role,
//! said:", "It goes on:"); a trailing tag ("…," she said); a paragraph that opens with
//! a mark and has neither carries on the previous paragraph's statement; a quoted
//! phrase inside a sentence (a fragment) belongs to whoever the sentence says found,
//! described or said it. Pronouns resolve to the last speaker named before them:
//! "she"/"he" to a person, "it" to the inspectorate (its report).

use super::layout::Layout;
use super::lexicon::{
    ABSOLUTE_OPENERS, ACCORDING_TO, ADDING, ADDRESSED_TO, AFTER_SPEECH_VERB, ARTICLES, AUXILIARIES,
    CLAUSE_THAT, EITHER_PRONOUNS, FIRST_PERSON, GOES_ON, INSPECTORATE_WORDS, NOT_PLACES, ONE_OF,
    ORGANISATION_ENDINGS, PASSIVE_AUXILIARIES, PERSON_NOUNS, PERSON_PRONOUNS, PLURAL_SPEECH_VERBS,
    POINTING_BACK_OPENERS, READ_OUT, RELATIVE_WHICH, REPORTING_VERBS, REPORT_NOUNS, ROLE_JOINERS,
    ROLE_LINKS, ROLE_WORDS, SAYING_PARTICIPLES, SCENE_SETTERS, SETTING_PREPOSITIONS, SPEECH_VERBS,
    SPOKESPERSON, SPOKESPERSONS, STATEMENT_OPENERS, THING_PRONOUNS, TOLD, TOLD_AUDIENCE, WEEKDAYS,
};
use super::people::{
    index_of, is_relative_clause, join_role, name_at, names_a_role, surname, with_appositive_role,
    NameMention,
};
use super::quotes::QuoteSpan;
use super::text::{
    capitalised, is_any_key_of, is_bullet, is_double_mark, is_key_of, only_space_between,
    trim_range, Word,
};
use super::{Diagnostics, Problem};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;

/// Most words from the start of the sentence after a statement, in its paragraph, to
/// the inspectorate it names as the statement's source: "That's the verdict of Ofsted".
const POINTED_BACK_REACH: usize = 6;

/// Whether nothing but space follows `quote` in its paragraph (`None` for no paragraph).
fn ends_its_paragraph(layout: &Layout, quote: &QuoteSpan) -> Option<bool> {
    let paragraph = layout.paragraphs.get(quote.paragraph)?;
    Some(
        layout
            .slice(quote.outer_end.min(paragraph.end)..paragraph.end)
            .trim()
            .is_empty(),
    )
}

/// Most words of a line under a quotation that names its source alone.
const MAX_CITATION_WORDS: usize = 5;

/// The mark a statement cut short ends with.
const ELLIPSIS: char = '…';

/// Who a quotation is by.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Speaker {
    Inspectorate,
    Person(NameMention),
}

/// A quotation with its speaker.
#[derive(Debug, Clone)]
pub(crate) struct Attributed {
    /// Index into the layout's quotes.
    pub quote: usize,
    pub speaker: Speaker,
    pub role: Option<String>,
    pub fragment: bool,
}

/// Who a cue points at, before pronouns are resolved.
#[derive(Debug, Clone)]
enum Cue {
    Named(NameMention),
    Inspectorate,
    /// "she"/"he" (a person), "it" (the inspectorate) or "they" (either).
    Pronoun(PronounKind),
}

#[derive(Debug, Clone, Copy)]
enum PronounKind {
    Person,
    Thing,
    Either,
}

/// Speakers attributed in one article, in order.
pub(crate) fn attribute(
    layout: &Layout,
    names: &[NameMention],
    diagnostics: &mut Diagnostics,
) -> Vec<Attributed> {
    let mut attributor = Attributor {
        layout,
        history: History::new(layout, names),
        last_statement: None,
        last_tagged: None,
        last_said_phrase: None,
    };
    let mut attributed = Vec::new();
    for (index, quote) in layout.quotes.iter().enumerate() {
        if layout.is_rating_term(index) {
            continue;
        }
        match attributor.attribute(quote) {
            Some((speaker, role, fragment)) => attributed.push(Attributed {
                quote: index,
                speaker,
                role,
                fragment,
            }),
            None => diagnostics.warn(
                Problem::NoSpeaker,
                quote.open,
                "no speaker found for this quotation; left out",
            ),
        }
    }
    name_the_councils_spokespersons(layout, &mut attributed);
    attributed
}

/// "A council spokesperson" speaks for the council the article is about: named so
/// ("Bedford Borough Council spokesperson", written "Council spokesperson"), one
/// council's spokesperson is not another's where a dataset's articles are about more
/// than one council. The article's council is read once, and only if needed.
fn name_the_councils_spokespersons(layout: &Layout, attributed: &mut [Attributed]) {
    let mut own_council: Option<Option<String>> = None;
    for each in attributed.iter_mut() {
        let Speaker::Person(mention) = &mut each.speaker else {
            continue;
        };
        let speaks_for_a_council = mention.name.split_once(' ').is_some_and(|(body, role)| {
            ORGANISATION_ENDINGS
                .iter()
                .any(|e| body.eq_ignore_ascii_case(e))
                && SPOKESPERSONS.iter().any(|s| role.eq_ignore_ascii_case(s))
        });
        if !speaks_for_a_council {
            continue;
        }
        let council = own_council
            .get_or_insert_with(|| super::subject_of(&super::councils_named(layout.text)));
        if let Some(council) = council {
            let role = surname(&mention.name);
            mention.name = format!("{council} {role}");
        }
    }
}

struct Attributor<'l, 'a, 'n> {
    layout: &'l Layout<'a>,
    history: History<'n>,
    /// Paragraph, speaker and role of the last statement.
    last_statement: Option<(usize, Speaker, Option<String>)>,
    /// Where the last phrase tagged after it opens ("“…”, Ofsted said."), its speaker
    /// and role.
    last_tagged: Option<(usize, Speaker, Option<String>)>,
    /// Paragraph, speaker and role of the last phrase a speech verb gave to someone
    /// ("Caroline Lacey ... said she was “very disappointed” with the report").
    last_said_phrase: Option<(usize, Speaker, Option<String>)>,
}

impl Attributor<'_, '_, '_> {
    fn attribute(&mut self, quote: &QuoteSpan) -> Option<(Speaker, Option<String>, bool)> {
        let layout = self.layout;
        let starts_sentence = layout.sentence_at(quote.open).start == quote.open;
        // Read once: both a statement and a fragment may be tagged after.
        let trailing = trailing_cue(layout, quote);
        let statement = if let Some(phrase) = colon_introduction(layout, quote) {
            let cue = parse_speaker(layout, phrase)?;
            Some(self.resolve(cue, quote.open)?)
        } else if let Some(cue) = trailing.clone().filter(|_| starts_sentence) {
            Some(self.resolve(cue, quote.open)?)
        } else if quote.opens_paragraph {
            Some(
                self.continuation(quote)
                    .or_else(|| self.tagged_where_it_ends(quote))
                    .or_else(|| self.after_a_paragraph_on_the_report(quote))
                    .or_else(|| self.cited_below(quote))?,
            )
        } else if starts_sentence {
            // "\"We made a choice,\" Cllr Hussain said. \"It paid off.\""
            self.tagged_sentence_before(quote)
                .or_else(|| self.said_earlier_in_paragraph(quote))
        } else {
            None
        };
        if let Some((speaker, role)) = statement {
            self.last_statement = Some((quote.paragraph, speaker.clone(), role.clone()));
            return Some((speaker, role, false));
        }
        // "Sue Myers, said “meaningful and sustainable change takes time” and ...": a
        // phrase right after the speech verb is the speaker's, as a fragment.
        let right_after_verb =
            || introduction(layout, quote, false).and_then(|phrase| parse_speaker(layout, phrase));
        // "Managers “know their services”, Ofsted said. “Strong support ...”": a
        // phrase tagged after it lends its speaker to a statement opening the next
        // sentence.
        let tagged = trailing.is_some();
        // "effectively a “satisfactory” verdict": one word in marks that no verb gives
        // to anyone (only the nearest source named before it) is the writer's
        // emphasis, not a statement.
        let one_word = !layout
            .slice(quote.inner.clone())
            .contains(char::is_whitespace);
        let mut said = false;
        let cue = trailing
            .or_else(|| {
                let cue = right_after_verb();
                said = cue.is_some();
                cue
            })
            .or_else(|| self.subject_of_participle(quote))
            .or_else(|| self.subject_after_with(quote))
            .or_else(|| {
                let words = narrative_words_before(layout, quote);
                let history = &self.history;
                let (reporting, nearest) = sources_before(layout, history, &words);
                // "Two of the practitioners, Nazir and Dionne, responded to the report by
                // saying, “…”": a participle of saying with its comma or colon
                // introduces the words of its subject, the sentence's first words; not
                // of the nearest source named after them.
                let introduced_by_participle = words.last().is_some_and(|w| {
                    w.is_any(&SAYING_PARTICIPLES)
                        && matches!(layout.slice(w.end()..quote.open).trim(), "," | ":")
                });
                let from_sentence_start = words
                    .first()
                    .is_some_and(|w| w.start == layout.sentence_at(quote.open).start);
                if introduced_by_participle && from_sentence_start {
                    let subject = source_at(layout, history, &words, 0).map(|(cue, _)| cue);
                    return reporting.or(subject);
                }
                // "X, the chief executive, said she was “…”": a speech verb between.
                said = reporting.is_some() || words.iter().any(|w| w.is_any(&SPEECH_VERBS));
                reporting.or_else(|| {
                    nearest.filter(|_| !one_word && !said_by_another(layout, history, &words))
                })
            })?;
        let (speaker, role) = self.resolve(cue, quote.open)?;
        self.last_tagged = tagged.then(|| (quote.open, speaker.clone(), role.clone()));
        if said {
            self.last_said_phrase = Some((quote.paragraph, speaker.clone(), role.clone()));
        }
        Some((speaker, role, true))
    }

    /// For a quotation right after a participle of saying ("They published their
    /// findings in February, writing that “…”"), the first source its sentence names
    /// before the participle: the participle's subject.
    fn subject_of_participle(&self, quote: &QuoteSpan) -> Option<Cue> {
        let layout = self.layout;
        // A look at the last two words first, so that most quotations are not read
        // back any further.
        let sentence = layout.sentence_at(quote.open);
        let last_two = layout.words_in(sentence.start..quote.open);
        let last_two = &last_two[last_two.len().saturating_sub(2)..];
        if !last_two.iter().any(|w| w.is_any(&SAYING_PARTICIPLES)) {
            return None;
        }
        let words = narrative_words_before(layout, quote);
        let mut end = words.len();
        if end > 0 && words[end - 1].is_any(&CLAUSE_THAT) {
            end -= 1;
        }
        let participle = end.checked_sub(1)?;
        let adjacent = words
            .get(end)
            .map_or(quote.open, |w| w.start)
            .saturating_sub(words[participle].end())
            <= 1;
        if !(adjacent && words[participle].is_any(&SAYING_PARTICIPLES)) {
            return None;
        }
        let before = &words[..participle];
        // The subject opens the sentence, or follows a phrase setting the scene ("In
        // February, inspectors ..."). Failing a source there, the other readings of a
        // phrase decide ("with inspectors concluding that", "X described it as “harsh”
        // stating that").
        let after_scene = before.first().is_some_and(|w| w.is_any(&SCENE_SETTERS));
        let subject_at = if after_scene {
            (1..before.len()).find(|&at| {
                layout
                    .slice(before[at - 1].end()..before[at].start)
                    .contains(',')
            })?
        } else {
            0
        };
        (subject_at < before.len())
            .then(|| source_at(layout, &self.history, before, subject_at))
            .flatten()
            .map(|(cue, _)| cue)
    }

    /// "..., with Tanya Miles, the council's executive director, noting it was “…”":
    /// after "with", a person and then a participle of saying a few words before the
    /// quotation. The quotation is that person's, not the sentence's subject's.
    fn subject_after_with(&self, quote: &QuoteSpan) -> Option<Cue> {
        let layout = self.layout;
        let words = narrative_words_before(layout, quote);
        let from = words.len().saturating_sub(MAX_WORDS_AFTER_PARTICIPLE + 1);
        let participle = from
            + words[from..]
                .iter()
                .rposition(|w| w.is_any(&SAYING_PARTICIPLES))?;
        let with = words[..participle]
            .iter()
            .rposition(|w| w.is_any(&ABSOLUTE_OPENERS))?;
        let subject = with + 1;
        if subject >= participle {
            return None;
        }
        let before = &words[..participle];
        let (cue, next) = source_at(layout, &self.history, before, subject).or_else(|| {
            name_at(layout, before, subject, false)
                .map(|(mention, next)| (Cue::Named(with_appositive_role(layout, mention)), next))
        })?;
        // Nothing between the person and the participle but one phrase between two
        // commas (", the director,"), not a list ("Tanya Miles, the director, and staff").
        let between = layout
            .slice(words[next - 1].end()..words[participle].start)
            .trim();
        let appositive = between
            .strip_prefix(',')
            .and_then(|rest| rest.strip_suffix(','))
            .is_some_and(|inner| {
                !inner.trim().is_empty()
                    && !inner.contains(',')
                    && !inner.split_whitespace().any(|w| ROLE_JOINERS.contains(&w))
            });
        (between.is_empty() || appositive).then_some(cue)
    }

    /// The speaker of a phrase tagged after it ("“…”, Ofsted said.") in the sentence
    /// right before `quote`'s, in the same paragraph.
    fn tagged_sentence_before(&self, quote: &QuoteSpan) -> Option<(Speaker, Option<String>)> {
        let (open, speaker, role) = self.last_tagged.clone()?;
        let layout = self.layout;
        let sentence = layout.sentence_index_at(quote.open)?;
        let same_paragraph = layout.paragraph_index_at(open) == Some(quote.paragraph);
        let just_before = layout
            .sentence_index_at(open)
            .is_some_and(|s| s + 1 == sentence);
        (same_paragraph && just_before).then_some((speaker, role))
    }

    /// The previous statement's speaker, if it stood earlier in the quote's paragraph.
    fn said_earlier_in_paragraph(&self, quote: &QuoteSpan) -> Option<(Speaker, Option<String>)> {
        let (paragraph, speaker, role) = self.last_statement.clone()?;
        (paragraph == quote.paragraph).then_some((speaker, role))
    }

    /// For a statement that opens its paragraph and runs on into the next one, the tag
    /// closing it there: "“Children in care benefit ...\n\n“Management oversight is
    /// clear,” the report concludes."
    fn tagged_where_it_ends(&mut self, quote: &QuoteSpan) -> Option<(Speaker, Option<String>)> {
        if quote.closed {
            return None;
        }
        let layout = self.layout;
        // Quotations are in order: the next one is found by binary search, and only
        // those of this paragraph and the next are read.
        let from = layout.quotes.partition_point(|q| q.open <= quote.open);
        let next = layout.quotes[from..]
            .iter()
            .take_while(|q| q.paragraph <= quote.paragraph + 1)
            .find(|q| q.paragraph == quote.paragraph + 1 && q.opens_paragraph)?;
        let cue = trailing_cue(layout, next)?;
        self.resolve(cue, quote.open)
    }

    /// The previous statement's speaker, if it stood in the previous paragraph; failing
    /// one there, the speaker a speech verb gave a phrase to there, whose words the
    /// paragraph goes on to quote ("X said she was “very disappointed” ...\n\n“We
    /// succeed in many areas ...”").
    fn continuation(&self, quote: &QuoteSpan) -> Option<(Speaker, Option<String>)> {
        let in_previous = |last: &Option<(usize, Speaker, Option<String>)>| {
            let (paragraph, speaker, role) = last.clone()?;
            (paragraph + 1 == quote.paragraph).then_some((speaker, role))
        };
        // The whole paragraph quoted: not "“Backlogs” in writing up ... meant ...".
        let whole_paragraph = || {
            let paragraph = &self.layout.paragraphs[quote.paragraph];
            self.layout
                .slice(quote.outer_end.min(paragraph.end)..paragraph.end)
                .trim()
                .is_empty()
        };
        // "He added the support had helped,\n“We are proud ...,” he said.\n“We want
        // ...": a quotation tagged at its end in the paragraph before, read as a
        // phrase where that paragraph carries on the sentence of the line before it.
        let tagged = || {
            let (open, speaker, role) = self.last_tagged.clone()?;
            let paragraph = self.layout.paragraph_index_at(open)?;
            (paragraph + 1 == quote.paragraph).then_some((speaker, role))
        };
        in_previous(&self.last_statement)
            .or_else(|| in_previous(&self.last_said_phrase).filter(|_| whole_paragraph()))
            .or_else(tagged)
    }

    /// For a statement that is a whole paragraph of its own, with no tag, the source a
    /// short line right below it names alone, as a page sets a quotation apart with its
    /// source under it ("“The majority of children ... receive the help ...”\n\nOfsted").
    fn cited_below(&mut self, quote: &QuoteSpan) -> Option<(Speaker, Option<String>)> {
        let layout = self.layout;
        let whole = quote.closed && ends_its_paragraph(layout, quote)?;
        let below = layout.paragraphs.get(quote.paragraph + 1)?.clone();
        let line = layout.slice(below.clone()).trim();
        let words = layout.words_in(below.clone());
        let a_source_line = !words.is_empty()
            && words.len() <= MAX_CITATION_WORDS
            && !line.ends_with(['.', '!', '?', ':'])
            && !line.contains(is_double_mark)
            && !words
                .iter()
                .any(|w| w.is_any(&SPEECH_VERBS) || w.is_any(&REPORTING_VERBS));
        if !whole || !a_source_line {
            return None;
        }
        let cue = match parse_speaker(layout, below.clone())? {
            // The whole line is the source: "Ofsted", "Marian James, Sutton".
            Cue::Named(mention) if mention.span.start == words[0].start => Cue::Named(mention),
            // (One word alone: "Ofsted findings" is a heading.)
            Cue::Inspectorate if words.len() == 1 => Cue::Inspectorate,
            _ => return None,
        };
        self.resolve(cue, quote.open)
    }

    /// For a statement that is a whole paragraph of its own, with no tag, right after a
    /// paragraph with no quotation and no person named that tells of the inspectorate
    /// or its report: the report's words ("Amongst the council's key strengths
    /// highlighted in the report are:\n\n“Children and young people are at the heart
    /// of ...”"). Not one in the first person, which is someone's own statement.
    /// So is one the sentence after it points back to as the inspectorate's, in the next
    /// paragraph or, after a statement that is a sentence of its own, in its own.
    fn after_a_paragraph_on_the_report(
        &self,
        quote: &QuoteSpan,
    ) -> Option<(Speaker, Option<String>)> {
        let layout = self.layout;
        let paragraph = layout.paragraphs.get(quote.paragraph)?;
        let inner = layout.slice(quote.inner.clone());
        let a_statement = inner.starts_with(char::is_uppercase)
            && inner.trim_end_matches(['.', '!', '?', ELLIPSIS]).len() < inner.len();
        let first_person = layout
            .words_in(quote.inner.clone())
            .iter()
            .any(|w| w.is_any(&FIRST_PERSON));
        if !quote.closed || !a_statement || first_person || quote.outer_end > paragraph.end {
            return None;
        }
        let after_quote = quote.outer_end.min(paragraph.end)..paragraph.end;
        let whole = ends_its_paragraph(layout, quote)?;
        // "“Children in care receive an outstanding service ...”\n\nThat is the verdict
        // by Ofsted of ...", "“Children living in Ashby benefit from ...” That's the
        // verdict of Ofsted as ...": the sentence after, pointing back to it, tells whose.
        let pointed_back_to = || {
            let next = if whole {
                let next = layout.paragraphs.get(quote.paragraph + 1)?;
                layout.words_in(next.clone()).first()?.start..next.end
            } else {
                layout.words_in(after_quote.clone()).first()?.start..after_quote.end
            };
            let sentence = layout.sentence_at(next.start);
            let words = layout.words_in(sentence.start..sentence.end.min(next.end));
            // ("That's the verdict": the word with "is" cut short.)
            let first = words.first()?;
            let opens = is_any_key_of(first.possessor(), &POINTING_BACK_OPENERS)
                && layout.slice(quote.outer_end..first.start).trim().len() <= 1;
            let marked = layout.slice(sentence.clone()).contains(is_double_mark);
            let names_a_person = self.history.people.range(sentence.clone()).next().is_some();
            // In the statement's own paragraph, the inspectorate named near the
            // sentence's start ("That's the verdict of Ofsted"), not in a clause further
            // on ("That is the view of many parents, who said ... after the Ofsted
            // report").
            let reach = if whole {
                words.len()
            } else {
                POINTED_BACK_REACH
            };
            let of_the_report = words
                .iter()
                .take(reach)
                .any(|w| w.is_any(&INSPECTORATE_WORDS));
            (opens && !marked && !names_a_person && of_the_report)
                .then_some((Speaker::Inspectorate, None))
        };
        let on_a_paragraph_before = || {
            let previous = layout.paragraphs.get(quote.paragraph.checked_sub(1)?)?;
            let before = layout.slice(previous.clone());
            let marked = before.contains(is_double_mark);
            let names_a_person = self.history.people.range(previous.clone()).next().is_some();
            let on_the_report = layout
                .words_in(previous.clone())
                .iter()
                .any(|w| w.is_any(&INSPECTORATE_WORDS));
            (whole && !marked && !names_a_person && on_the_report)
                .then_some((Speaker::Inspectorate, None))
        };
        on_a_paragraph_before().or_else(pointed_back_to)
    }

    fn resolve(&mut self, cue: Cue, at: usize) -> Option<(Speaker, Option<String>)> {
        let speaker = match cue {
            Cue::Named(mention) => {
                self.history
                    .push(mention.span.start, Speaker::Person(mention.clone()));
                Speaker::Person(mention)
            }
            Cue::Inspectorate => Speaker::Inspectorate,
            Cue::Pronoun(kind) => self.history.last_before(kind, at)?,
        };
        let role = match &speaker {
            Speaker::Person(mention) => mention
                .role
                .clone()
                .or_else(|| self.history.role_of(mention, at)),
            Speaker::Inspectorate => None,
        };
        Some((speaker, role))
    }
}

/// The speaker phrase of "X, role, said:" just before `quote`, if the text there ends
/// with a speech verb and a colon or comma (or no mark, before a statement: see
/// `introduction`): in the quote's own sentence, or, for a quote that opens a
/// paragraph, closing the paragraph before it.
fn colon_introduction(layout: &Layout, quote: &QuoteSpan) -> Option<Range<usize>> {
    introduction(layout, quote, true)
}

/// The speaker phrase before a speech verb right before `quote`: with a colon or comma
/// after the verb, or with none, where `statements_only` asks the quotation to open like
/// a clause.
fn introduction(layout: &Layout, quote: &QuoteSpan, statements_only: bool) -> Option<Range<usize>> {
    let start = clause_start_before(layout, quote);
    let mut before = trim_range(layout.text, start..quote.open, &[]);
    // "In their report inspectors say that:" and a list of "- ‘...’" items.
    let from_paragraph_before =
        (before.is_empty() || is_bullet(layout.slice(before.clone()))) && quote.opens_paragraph;
    if from_paragraph_before {
        let before_quote = layout.paragraphs.partition_point(|p| p.end <= quote.open);
        let previous = &layout.paragraphs[before_quote.checked_sub(1)?];
        let previous = trim_range(layout.text, previous.clone(), &[]);
        let last_sentence = layout.sentence_at(previous.end.checked_sub(1)?);
        before = last_sentence.start.max(previous.start)..previous.end;
    }
    // "X said:", "X said," or, with no mark, "Yvette Stanley said “it is a rare
    // achievement ...”": the speech verb right before the quotation.
    // "Sarah O’Brien, said;" closing the paragraph before: a colon mistyped.
    let marked = layout.slice(before.clone()).ends_with([':', ','])
        || (from_paragraph_before && layout.slice(before.clone()).ends_with(';'));
    let mut words = layout.words_in(before.clone());
    // "The challenges were noted, with inspectors saying:": a participle of saying right
    // after the inspectorate has that subject, and introduces what follows as a
    // reporting verb does (after other words its subject is read as a phrase's: "It also
    // criticised the department, stating: “…”").
    let inspectorate_saying = matches!(
        words,
        [.., subject, verb] if verb.is_any(&SAYING_PARTICIPLES) && subject.is_any(&INSPECTORATE_WORDS)
    );
    // "Yvette Stanley, said, adding:": the speech verb before the participle.
    if let [rest @ .., last] = words {
        if last.is_any(&ADDING) && rest.last().is_some_and(|w| w.is_any(&SPEECH_VERBS)) {
            words = rest;
        } else if last.is_any(&ADDING) && marked && !inspectorate_saying {
            // "A council spokesperson said the borough “accepts” the findings, adding:":
            // the participle's subject is that of the sentence's speech verb.
            return subject_of_speech_verb(layout, quote, last.start);
        }
    }
    // "Lead inspector Teresa Godfrey reported:": before a colon, a verb reporting a
    // finding introduces a statement too (with a comma or nothing, it tags a phrase).
    let colon = layout.slice(before.clone()).ends_with(':');
    let reporting_last = || {
        let last = words.len().checked_sub(1)?;
        let report_read = words[last].is_any(&READ_OUT)
            && last
                .checked_sub(1)
                .is_some_and(|before| words[before].is_any(&REPORT_NOUNS));
        (colon && (words[last].is_any(&REPORTING_VERBS) || report_read || inspectorate_saying))
            .then_some(last)
    };
    let verb = speech_verb_at_end(words).or_else(reporting_last)?;
    // With no mark, nothing but space may stand between the verb and the quotation:
    // "…,” she said.\n\n“Nine years ago …” is a new statement, not one she introduced.
    let verb_last = verb + 1 == words.len() && words[verb].end() == before.end;
    let introduced =
        marked || (verb_last && (!statements_only || opens_a_statement(layout, quote)));
    if !introduced {
        return None;
    }
    Some(before.start..words[verb].start)
}

/// The words before the last speech verb of `quote`'s sentence before `end`, outside
/// quotations, back to the speech verb before it or the sentence's start: the subject a
/// participle after it ("…, adding:") shares. In "After Ofsted said the service was
/// poor, Cllr Hale said it was unfair, adding:", Cllr Hale's.
fn subject_of_speech_verb(layout: &Layout, quote: &QuoteSpan, end: usize) -> Option<Range<usize>> {
    let sentence = layout.sentence_at(quote.open);
    let words = layout.words_in(sentence.start..end);
    let words = &words[words.len().saturating_sub(MAX_NARRATIVE_WORDS)..];
    let is_verb = |w: &Word| w.is_any(&SPEECH_VERBS) && layout.quote_at(w.start).is_none();
    let verb = words.iter().rposition(is_verb)?;
    let start = words[..verb]
        .iter()
        .rposition(is_verb)
        .map_or(sentence.start, |before| words[before].end());
    (start < words[verb].start).then(|| start..words[verb].start)
}

/// Whether a quotation right after a speech verb, with no colon or comma, is a
/// statement: it opens with a capital letter or with a pronoun that opens a clause
/// ("said “it is a rare achievement ...”"), not a phrase taken from one ("said
/// “stable and aspirational leadership”", "say “reflects years of determination”").
fn opens_a_statement(layout: &Layout, quote: &QuoteSpan) -> bool {
    let words = layout.words_in(quote.inner.clone());
    words
        .first()
        .is_some_and(|first| first.is_capitalised() || first.is_any(&STATEMENT_OPENERS))
}

/// Where the text leading up to `quote` begins: its sentence's start, or the end of an
/// earlier quotation in the same sentence.
fn clause_start_before(layout: &Layout, quote: &QuoteSpan) -> usize {
    let sentence = layout.sentence_at(quote.open);
    // Quotations are in order and do not overlap, so their ends are in order too.
    let ended_before = layout.quotes.partition_point(|q| q.outer_end <= quote.open);
    ended_before
        .checked_sub(1)
        .map(|i| layout.quotes[i].outer_end)
        .filter(|&end| end > sentence.start)
        .unwrap_or(sentence.start)
}

/// Index of the speech verb that ends `words` ("said", or "goes on"), but for a few
/// words such as "at the time".
fn speech_verb_at_end(words: &[Word]) -> Option<usize> {
    let last = words.len().checked_sub(1)?;
    let goes_on = last > 0 && words[last].is(GOES_ON.1) && words[last - 1].is_any(&GOES_ON.0);
    if goes_on {
        return Some(last - 1);
    }
    let trailing = words
        .iter()
        .rev()
        .take(3)
        .take_while(|w| w.is_any(&AFTER_SPEECH_VERB) || w.is_any(&WEEKDAYS))
        .count();
    let verb = words.len().checked_sub(trailing + 1)?;
    let plural = words[verb].is_any(&PLURAL_SPEECH_VERBS) && !words[verb].is_capitalised();
    if words[verb].is_any(&SPEECH_VERBS) || plural {
        return Some(verb);
    }
    if let Some(verb) = verb_before_setting(words) {
        return Some(verb);
    }
    // "told the Daily Echo:", "told reporters:", "told inspectors:": "told" and whom.
    let told = words.len()
        - words
            .iter()
            .rev()
            .take(TOLD_REACH + 1)
            .position(|w| w.is_any(&TOLD))?
        - 1;
    let audience = &words[told + 1..];
    (!audience.is_empty()
        && audience.iter().all(|w| {
            w.is_capitalised() || w.is_any(&TOLD_AUDIENCE) || w.is_any(&INSPECTORATE_WORDS)
        }))
    .then_some(told)
}

/// Most words of the phrase after a speech verb that sets where it was said: "said in
/// their report which has just been published:".
const MAX_SETTING_WORDS: usize = 8;

/// Index of a speech verb followed, to the end of `words`, by a phrase opening with a
/// preposition that says where or when it was said ("Ofsted said in their report which
/// has just been published:"), not by a clause of what was said ("said in May that").
fn verb_before_setting(words: &[Word]) -> Option<usize> {
    let from = words.len().saturating_sub(MAX_SETTING_WORDS + 1);
    let verb = (from..words.len().saturating_sub(2))
        .rev()
        .find(|&at| words[at].is_any(&SPEECH_VERBS))?;
    let setting = &words[verb + 1..];
    let said_what =
        |w: &Word| w.is_any(&SPEECH_VERBS) || w.is_any(&REPORTING_VERBS) || w.is_any(&CLAUSE_THAT);
    (setting[0].is_any(&SETTING_PREPOSITIONS) && !setting.iter().any(said_what)).then_some(verb)
}

/// Most words after "told" naming whom, before the colon: "told the Daily Echo:".
const TOLD_REACH: usize = 4;

/// Most words of a tag after a quotation: "…," Ofsted's director, Yvette Stanley, said.
const MAX_TAG_WORDS: usize = 12;

/// Most words of a tag that opens with its verb, its speaker's role and all.
const MAX_INVERTED_TAG_WORDS: usize = 24;

/// A tag closing the sentence after `quote`: "…," she said; …, inspectors have said;
/// …, says the report.
fn trailing_cue(layout: &Layout, quote: &QuoteSpan) -> Option<Cue> {
    let sentence = layout.sentence_at(quote.open);
    if quote.outer_end >= sentence.end {
        return None;
    }
    // The end of the last quotation ending in the sentence (ends are in order).
    let ended_in_sentence = layout
        .quotes
        .partition_point(|q| q.outer_end < sentence.end);
    let after_quotes = ended_in_sentence
        .checked_sub(1)
        .map(|i| layout.quotes[i].outer_end)
        .filter(|&end| end >= quote.outer_end)
        .unwrap_or(quote.outer_end);
    // "“…,” the director, Yvette Stanley, said, adding: “…”": the tag ends where the
    // next quotation of the sentence opens, and ", adding:" is no part of it.
    let opened_after = layout.quotes.partition_point(|q| q.open < after_quotes);
    let tail_end = layout
        .quotes
        .get(opened_after)
        .map_or(sentence.end, |q| q.open.min(sentence.end))
        .max(after_quotes);
    let mut tail = layout
        .slice(after_quotes..tail_end)
        .trim_end_matches([' ', ':']);
    if let Some((tag, last)) = tail.rsplit_once(',') {
        // Nor is a "which" clause after the tag: "..." the report states, which Ofsted
        // acknowledges is an issue affecting councils across the country.
        // (Only where a tag stands before it: in "“…”, which council leader Jane Smith
        // admitted", the clause is the tag.)
        let tag_start = after_quotes;
        let tag_words = layout.words_in(tag_start..tag_start + tag.len());
        let which = layout
            .words_in(tag_start + tag.len()..tag_start + tail.len())
            .first()
            .is_some_and(|first| first.is_any(&RELATIVE_WHICH))
            && tag_words
                .iter()
                .any(|w| w.is_any(&SPEECH_VERBS) || w.is_any(&REPORTING_VERBS));
        if ADDING.contains(&last.trim()) || which {
            tail = tag;
        }
    }
    let tail_end = after_quotes + tail.len();
    let is_verb = |w: &Word| w.is_any(&SPEECH_VERBS) || w.is_any(&REPORTING_VERBS);
    // "…," said Cllr Dawn Pryce, the council's cabinet member: the whole tail.
    let inverted = layout
        .words_in(after_quotes..tail_end)
        .first()
        .is_some_and(is_verb);
    // "…," Ofsted's director, Yvette Stanley, said: a name between commas before the
    // verb reaches back over them.
    let from_last_comma = after_quotes + tail.rfind(',').map_or(0, |at| at + 1);
    // "…," Alison Smale, an inspector, said in a letter to the council: so too a verb
    // and a phrase saying where.
    let after_last_comma = layout.words_in(from_last_comma..tail_end);
    let only_the_verb =
        after_last_comma.iter().all(is_verb) || verb_before_setting(after_last_comma) == Some(0);
    let clause_start = if inverted || only_the_verb {
        after_quotes
    } else {
        from_last_comma
    };
    let clause = trim_range(layout.text, clause_start..tail_end, &['.', '!', '?', ',']);
    let words = layout.words_in(clause.clone());
    // "…," states Ofsted in its inspection report following their visit in June: the
    // inspectorate named right after the verb, whatever follows. So is "…," said the
    // report of the focused visit to Newcastle, which concentrated on ...
    // (After an article, only a report: not "said the Ofsted inspector Jane Smith".)
    let inspectorate_after_verb = match words.get(1..) {
        Some([first, ..]) if first.is_any(&INSPECTORATE_WORDS) => true,
        Some([article, report, ..]) => article.is_any(&ARTICLES) && report.is_any(&REPORT_NOUNS),
        _ => false,
    };
    if inverted && inspectorate_after_verb {
        return Some(Cue::Inspectorate);
    }
    // A tag is short; one that opens with its verb ("said Mark Sutton, Staffordshire
    // County Council's lead member for children and young people") names its speaker
    // first, and the role after may be as long as a council's titles run.
    let most = if inverted {
        MAX_INVERTED_TAG_WORDS
    } else {
        MAX_TAG_WORDS
    };
    if words.is_empty() || words.len() > most {
        return None;
    }
    // "... since the damning report was revealed": a passive tells what was reported,
    // not who said it.
    // "…," inspectors said in the report: the verb, then a few words of where.
    let verb_at = if is_verb(&words[words.len() - 1]) {
        Some(words.len() - 1)
    } else {
        speech_verb_at_end(words).filter(|&at| at > 0)
    };
    let passive = verb_at.is_some_and(|at| at > 0 && words[at - 1].is_any(&PASSIVE_AUXILIARIES));
    if let Some(verb_at) = verb_at.filter(|_| !passive) {
        let speaker = without_trailing_auxiliaries(&words[..verb_at]);
        let end = speaker.last()?.end();
        let cue = parse_speaker(layout, clause.start..end);
        // "…," it said in its report: "it" whose report it is, the inspectorate.
        let in_a_report = words[verb_at + 1..].iter().any(|w| w.is_any(&REPORT_NOUNS));
        if in_a_report && matches!(cue, Some(Cue::Pronoun(PronounKind::Thing))) {
            return Some(Cue::Inspectorate);
        }
        return cue;
    }
    if is_verb(&words[0]) {
        return parse_speaker(layout, words.get(1)?.start..clause.end)
            .or_else(|| named_after_verb(layout, &words[1..]));
    }
    None
}

/// The speaker of an inverted tag, "said social worker Tom Nowak": a name, untitled,
/// after lower-case words that are the role.
fn named_after_verb(layout: &Layout, words: &[Word]) -> Option<Cue> {
    let at = words
        .iter()
        .position(|w| !w.text.starts_with(char::is_lowercase))?;
    let (mut mention, _) = name_at(layout, words, at, false)?;
    if at > 0 {
        let role = layout
            .slice(words[0].start..words[at - 1].end())
            .to_string();
        mention.role = join_role(mention.role.take(), Some(role));
    }
    Some(Cue::Named(mention))
}

fn without_trailing_auxiliaries<'w, 'a>(words: &'w [Word<'a>]) -> &'w [Word<'a>] {
    let keep = words
        .iter()
        .rposition(|w| !w.is_any(&AUXILIARIES))
        .map_or(0, |last| last + 1);
    &words[..keep]
}

/// Two readings, in one pass, of a quotation's narrative words before it (see
/// [`narrative_words_before`]): the last "speaker (auxiliaries) reporting-verb", as in
/// "inspectors found", "it was found", "Ofsted describes"; and the last person or
/// inspectorate named.
fn sources_before(
    layout: &Layout,
    history: &History,
    words: &[Word],
) -> (Option<Cue>, Option<Cue>) {
    let mut reporting = None;
    let mut nearest = None;
    let mut index = 0;
    while index < words.len() {
        let Some((cue, next)) = source_at(layout, history, words, index) else {
            index += 1;
            continue;
        };
        let after = words[next..]
            .iter()
            .position(|w| !w.is_any(&AUXILIARIES))
            .map(|offset| &words[next + offset]);
        if after.is_some_and(|w| w.is_any(&SPEECH_VERBS) || w.is_any(&REPORTING_VERBS)) {
            reporting = Some(cue.clone());
        }
        if !matches!(cue, Cue::Pronoun(_)) {
            nearest = Some(cue);
        }
        index = next;
    }
    (reporting, nearest)
}

/// Whether the sentence's first speech or reporting verb before a quotation (in its
/// narrative `words` before it) has a subject that is no source: "Council chiefs say
/// they are 'disappointed' after ... by Ofsted" is the council's word, not Ofsted's.
fn said_by_another(layout: &Layout, history: &History, words: &[Word]) -> bool {
    let Some(verb) = words
        .iter()
        .position(|w| w.is_any(&SPEECH_VERBS) || w.is_any(&REPORTING_VERBS))
    else {
        return false;
    };
    !(0..verb).any(|index| source_at(layout, history, &words[..verb], index).is_some())
}

/// Most words of narrative before a quotation that are read for its speaker. Prose
/// names a speaker well within this; a longer run is no sentence a reader wrote (a
/// run-on list of quotations), and reading all of it again for each of its quotations
/// would take time growing with the square of its length.
const MAX_NARRATIVE_WORDS: usize = 60;

/// The words of `quote`'s sentence before it, leaving out other quotations: the last
/// [`MAX_NARRATIVE_WORDS`] of them.
fn narrative_words_before<'a>(layout: &Layout<'a>, quote: &QuoteSpan) -> Vec<Word<'a>> {
    let sentence = layout.sentence_at(quote.open);
    let words = layout.words_in(sentence.start..quote.open);
    let mut kept = Vec::new();
    let mut end = words.len();
    // The quotations opening before the word looked at: the last of them is the only
    // one that can hold it (as in `Layout::quote_at`), looked for among fewer and
    // fewer as the words are read back.
    let mut quotes_before = layout.quotes.partition_point(|q| q.open <= quote.open);
    // Quotations skipped count too: a sentence of nothing but quotations is read back
    // no further than one of words.
    let mut skipped = 0;
    while end > 0 && kept.len() < MAX_NARRATIVE_WORDS && skipped < MAX_NARRATIVE_WORDS {
        let word = words[end - 1];
        // A step or two back, as a rule; by binary search if it is more.
        let mut steps = 0;
        while quotes_before > 0 && layout.quotes[quotes_before - 1].open > word.start {
            quotes_before -= 1;
            steps += 1;
            if steps == 8 {
                quotes_before =
                    layout.quotes[..quotes_before].partition_point(|q| q.open <= word.start);
                break;
            }
        }
        let holder = quotes_before
            .checked_sub(1)
            .map(|i| &layout.quotes[i])
            .filter(|q| word.start < q.outer_end);
        match holder {
            // Every word from the quotation's mark to this one is in it: skip them all.
            Some(other) => {
                end = words.partition_point(|w| w.start < other.open);
                skipped += 1;
            }
            None => {
                kept.push(word);
                end -= 1;
            }
        }
    }
    kept.reverse();
    kept
}

/// A pronoun, inspectorate word or titled name at `words[index]`, and the next index.
/// A name without a title counts where the narrative names that person as saying
/// something ("Wirral's director, Simone White, described the report as “harsh”"): the
/// history holds them as reported speakers.
fn source_at(
    layout: &Layout,
    history: &History,
    words: &[Word],
    index: usize,
) -> Option<(Cue, usize)> {
    if let Some(kind) = pronoun(&words[index]) {
        return Some((Cue::Pronoun(kind), index + 1));
    }
    if words[index].is_any(&INSPECTORATE_WORDS) {
        return Some((Cue::Inspectorate, index + 1));
    }
    name_at(layout, words, index, true)
        .or_else(|| {
            // The history first: a lookup, where reading a name is not.
            let known = history.person_at(words[index].start)?;
            let (_, next) = name_at(layout, words, index, false)?;
            Some((known.clone(), next))
        })
        .map(|(mention, next)| (Cue::Named(mention), next))
}

fn pronoun(word: &Word) -> Option<PronounKind> {
    if word.is_any(&PERSON_PRONOUNS) {
        Some(PronounKind::Person)
    } else if word.is_any(&THING_PRONOUNS) {
        Some(PronounKind::Thing)
    } else if word.is_any(&EITHER_PRONOUNS) {
        Some(PronounKind::Either)
    } else {
        None
    }
}

/// Reads a speaker phrase such as "Cllr Jo Bloggs, lead member for children," or
/// "In the published report, inspectors" or "She".
fn parse_speaker(layout: &Layout, phrase: Range<usize>) -> Option<Cue> {
    let words = without_trailing_auxiliaries(layout.words_in(phrase.clone()));
    let last = words.last()?;
    if let Some(kind) = pronoun(last) {
        return Some(Cue::Pronoun(kind));
    }
    if last.is_any(&INSPECTORATE_WORDS) {
        return Some(Cue::Inspectorate);
    }
    // A titled name anywhere in the phrase first: in "Cabinet Member for Children, Young
    // People & Families, Councillor Teresa Heritage" the capitalised words of the role
    // are no name. Failing one, an untitled name standing alone between commas
    // ("Ofsted's National Director for Regulation and Social Care, Yvette Stanley,": not
    // "Social Care"); then any untitled name. Read lazily: each kind only if the one
    // before finds none.
    // "In a letter to the council's Director of Families Emma Bennett, Ofsted's Yvette
    // Stanley said:": a scene set before the subject names whom it is about or written
    // to; a name after it is looked for first, then one within it ("However Cllr
    // Smith, lead member, said").
    let subject_from = subject_after_scene(layout, words);
    let candidates_from = |from: usize| {
        let indices = move || from..words.len();
        let titled = indices().filter(|&i| name_at(layout, words, i, true).is_some());
        let alone = indices().filter(|&i| {
            name_at(layout, words, i, false).is_some_and(|(mention, _)| {
                let before = layout.slice(phrase.start..mention.span.start).trim_end();
                let after = layout.slice(mention.span.end..phrase.end).trim_start();
                (before.is_empty() || before.ends_with(','))
                    && (after.is_empty() || after.starts_with(','))
            })
        });
        titled
            .map(|i| (i, true))
            .chain(alone.map(|i| (i, false)))
            .chain(indices().map(|i| (i, false)))
    };
    let after_scene = candidates_from(subject_from).take_while(|_| subject_from > 0);
    let candidates = after_scene.chain(candidates_from(0));
    for (index, titled_only) in candidates {
        let after_comma = index == 0
            || layout
                .slice(words[index - 1].end()..words[index].start)
                .contains(',');
        // "Local MP Helen Marchbank", "Director of children's services Neil Chaudhry":
        // a role written before a name introduces it, title or not.
        let lead_in = trim_range(layout.text, phrase.start..words[index].start, &[',']);
        let lead_in = without_scene_setting(layout.slice(lead_in));
        let after_role = index > 0 && names_a_role(lead_in);
        // "Ofsted's Yvette Stanley said": the body a person speaks for, alone before
        // their name, introduces it as a role would.
        let after_owner = index > 0 && {
            let owner = &words[index - 1];
            owner.is_capitalised() && owner.is_possessive() && lead_in == owner.text
        };
        let named = if titled_only {
            name_at(layout, words, index, true)
        } else {
            name_at(
                layout,
                words,
                index,
                !(after_comma || after_role || after_owner),
            )
        };
        if let Some((mut mention, _)) = named {
            let appositive = trim_range(layout.text, mention.span.end..last.end(), &[',']);
            let appositive = layout.slice(appositive);
            // Not "who grew up in care", nor an age ("19, ...").
            let tells_a_role = !appositive.is_empty()
                && !is_relative_clause(appositive)
                && !appositive.starts_with(|c: char| c.is_ascii_digit());
            let role = if tells_a_role {
                Some(appositive.to_string())
            } else {
                // "The council's chief executive, Mark Ellison,": a role written before.
                after_role.then(|| lead_in.to_string())
            };
            mention.role = join_role(mention.role.take(), role);
            return Some(Cue::Named(mention));
        }
    }
    // "In a report, ..., Southend Council wrote": the council before the verb, not the
    // report before it.
    if let Some(council) = council_named(layout, words) {
        return Some(Cue::Named(council));
    }
    if words.iter().any(|w| w.is_any(&INSPECTORATE_WORDS)) {
        return Some(Cue::Inspectorate);
    }
    unnamed_spokesperson(layout, words)
        .or_else(|| unnamed_person(layout, words))
        .map(Cue::Named)
}

/// Most words between "one" or an article and the noun for a person it introduces.
const MAX_UNNAMED_PERSON_WORDS: usize = 4;

/// A person given only by what they are, as the whole phrase before the verb: "One
/// 20-year-old care leaver told inspectors:" is "Care leaver", in lower case but for its
/// first letter, without words that are no noun's ("20-year-old").
fn unnamed_person(layout: &Layout, words: &[Word]) -> Option<NameMention> {
    let (opener, last) = noun_phrase_at_end(
        words,
        &PERSON_NOUNS,
        &[&ARTICLES, &ONE_OF],
        MAX_UNNAMED_PERSON_WORDS,
    )?;
    // The whole phrase: nothing before its opener, no mark between its words but the
    // hyphens of one ("20-year-old").
    let joined = (opener + 1..=last).all(|at| {
        let between = layout.slice(words[at - 1].end()..words[at].start).trim();
        between.is_empty() || between == "-"
    });
    if opener != 0 || !joined {
        return None;
    }
    // The noun and the words in lower case right before it, standing alone.
    let first = (opener + 1..=last)
        .rev()
        .take_while(|&at| {
            words[at].text.chars().all(char::is_lowercase)
                && (at == last || layout.slice(words[at].end()..words[at + 1].start) == " ")
        })
        .last()
        .unwrap_or(last);
    let span = words[first].start..words[last].end();
    Some(NameMention {
        name: capitalised(layout.slice(span.clone())),
        span,
        // No name as written: someone else in each article (see `NameMention::alias`).
        alias: String::new(),
        role: None,
    })
}

/// Most capitalised words of a council's name before "Council": "Bedford Borough".
const MAX_COUNCIL_NAME_WORDS: usize = 3;

/// A council speaking as a body, the whole clause right before the verb: "In a report,
/// ..., Southend Council wrote of its recent inspection:". Read only where no person is
/// named; the council is an organisation among the people.
fn council_named(layout: &Layout, words: &[Word]) -> Option<NameMention> {
    let last = words.len().checked_sub(1)?;
    let council = &words[last];
    if !(council.is_capitalised() && council.is_any(&ORGANISATION_ENDINGS)) {
        return None;
    }
    let first = (last.saturating_sub(MAX_COUNCIL_NAME_WORDS)..last)
        .rev()
        .take_while(|&at| {
            let word = &words[at];
            word.is_capitalised()
                && !word.is_possessive()
                && only_space_between(layout.text, word, &words[at + 1])
        })
        .last()?;
    // Not "Both", "The", ... opening the sentence.
    let first = (first..last).find(|&at| !words[at].is_any(&NOT_PLACES))?;
    // The council is the whole clause before the verb, not "the chief executive of
    // Worcestershire County Council" nor "a report to Southend Council".
    let whole_clause = first == 0
        || layout
            .slice(words[first - 1].end()..words[first].start)
            .contains(',');
    if !whole_clause {
        return None;
    }
    let name = layout.slice(words[first].start..council.end()).to_string();
    Some(NameMention {
        span: words[first].start..council.end(),
        alias: name.clone(),
        name,
        role: None,
    })
}

/// Most words naming whom an unnamed spokesperson speaks for: "a Conservative Group
/// spokesperson".
const MAX_SPOKESPERSON_WORDS: usize = 4;

/// A speaker given by role alone, as a spokesperson with an article before it: "a
/// council spokesperson" is the person "Council spokesperson", "a Conservative Group
/// spokesperson" another.
fn unnamed_spokesperson(layout: &Layout, words: &[Word]) -> Option<NameMention> {
    let (article, last) =
        noun_phrase_at_end(words, &SPOKESPERSONS, &[&ARTICLES], MAX_SPOKESPERSON_WORDS)?;
    // One phrase: no mark between its words.
    let joined = (article + 1..=last).all(|at| {
        layout
            .slice(words[at - 1].end()..words[at].start)
            .trim()
            .is_empty()
    });
    if !joined {
        return None;
    }
    let span = words[article + 1].start..words[last].end();
    // Capitalised, as a name is: "Council spokesperson".
    let name = capitalised(layout.slice(span.clone()));
    Some(NameMention {
        span,
        alias: name.clone(),
        name,
        role: None,
    })
}

/// Where a phrase that ends `words` with a noun of `nouns` opens: the last word of one of
/// `openers` at most `most` words before the noun ("a council spokesperson", "One
/// 20-year-old care leaver"), and the noun's index.
fn noun_phrase_at_end(
    words: &[Word],
    nouns: &[&str],
    openers: &[&[&str]],
    most: usize,
) -> Option<(usize, usize)> {
    let last = words.len().checked_sub(1)?;
    if !words[last].is_any(nouns) {
        return None;
    }
    let opener = (last.saturating_sub(most + 1)..last)
        .rev()
        .find(|&at| openers.iter().any(|list| words[at].is_any(list)))?;
    Some((opener, last))
}

/// The index of the first word after a clause that sets the scene ("In a letter to the
/// council's director Emma Bennett, ..."), or 0 where the phrase opens with none.
fn subject_after_scene(layout: &Layout, words: &[Word]) -> usize {
    if !words
        .first()
        .is_some_and(|w| SCENE_SETTERS.iter().any(|s| w.text.eq_ignore_ascii_case(s)))
    {
        return 0;
    }
    (1..words.len())
        .find(|&at| {
            layout
                .slice(words[at - 1].end()..words[at].start)
                .contains(',')
        })
        .unwrap_or(0)
}

/// A role written before a name, without a phrase that sets the scene before it: "In a
/// statement, director of children's services Anna Green said" gives the role
/// "director of children's services".
fn without_scene_setting(lead_in: &str) -> &str {
    match lead_in.split_once(',') {
        Some((first, rest))
            if first
                .split_whitespace()
                .next()
                .is_some_and(|w| SCENE_SETTERS.iter().any(|s| w.eq_ignore_ascii_case(s))) =>
        {
            rest.trim_start()
        }
        _ => lead_in,
    }
}

/// People the narrative names without a title as saying something: the subject of a
/// sentence's first speech or reporting verb, a name right before it or before a clause
/// between commas ("Tom Reilly, who was in care as a teenager, said ...", "Director of
/// children's services Alan Beaumont said ..."). Not in `titled` already.
fn reported_speakers(layout: &Layout, titled: &[NameMention]) -> Vec<NameMention> {
    // Where each titled name starts, looked up for each sentence's subject.
    let titled_at: HashSet<usize> = titled.iter().map(|t| t.span.start).collect();
    let speaker_of = |sentence: &Range<usize>| {
        let words = layout.words_in(sentence.clone());
        if layout.quote_at(words.first()?.start).is_some() {
            return None;
        }
        let verb = words
            .iter()
            .position(|w| w.is_any(&SPEECH_VERBS) || w.is_any(&REPORTING_VERBS))?;
        // Auxiliaries before the verb are the verb's: "Yvette Stanley, has described";
        // in the passive the subject is who was described, not who described.
        let first_auxiliary = without_trailing_auxiliaries(&words[..verb]).len();
        if words[first_auxiliary..verb]
            .iter()
            .any(|w| w.is_any(&PASSIVE_AUXILIARIES))
        {
            return None;
        }
        let verb = first_auxiliary;
        // A person written or spoken to is not the subject, nor any name read inside
        // their mention: "In a letter to council leader Daniel Yates, the minister ...".
        let mut addressee_end = 0;
        let subject = (0..verb)
            .filter_map(|index| {
                let (mention, _) = name_at(layout, &words[..verb], index, false)?;
                if mention.span.start < addressee_end {
                    return None;
                }
                if index > 0 && words[index - 1].is_any(&ADDRESSED_TO) {
                    addressee_end = mention.span.end;
                    return None;
                }
                Some(mention)
            })
            // A titled name first is the subject, known already: "Cllr Julian Brazil
            // (...), who leads Devon's Lib Dems, said" is not the Lib Dems'.
            .find(|mention| {
                if titled_at.contains(&mention.span.start) {
                    return true;
                }
                let between = layout.slice(mention.span.end..words[verb].start).trim();
                // Not a name in brackets: "Cllr Julian Brazil (Liberal Democrat,
                // Kingsbridge), who leads ..., said".
                let bracketed = between.contains([')', '(']);
                between.is_empty()
                    || (between.starts_with(',') && between.ends_with(',') && !bracketed)
            })?;
        let known = titled_at.contains(&subject.span.start);
        (!known).then(|| with_appositive_role(layout, subject))
    };
    let mut found: Vec<NameMention> = layout.sentences.iter().filter_map(speaker_of).collect();
    let known: HashSet<usize> = found.iter().map(|m| m.span.start).collect();
    found.extend(
        layout
            .sentences
            .iter()
            .filter_map(|sentence| named_after_a_person_noun(layout, sentence))
            .filter(|m| !titled_at.contains(&m.span.start) && !known.contains(&m.span.start))
            .collect::<Vec<_>>(),
    );
    found.extend(
        layout
            .sentences
            .iter()
            .filter_map(|sentence| named_by_role_after_said(layout, sentence)),
    );
    let mut known_at = titled_at;
    known_at.extend(found.iter().map(|m| m.span.start));
    found.extend(
        named_after_according_to(layout)
            .into_iter()
            .filter(|m| !known_at.contains(&m.span.start))
            .collect::<Vec<_>>(),
    );
    found
}

/// Most words between a participle of saying after "with" and the quotation it
/// introduces: "with X noting it was “…”".
const MAX_WORDS_AFTER_PARTICIPLE: usize = 4;

/// Most words of a role that names a speaker with no name, after the speech verb.
const MAX_ROLE_SPEAKER_WORDS: usize = 14;

/// Most words before the role word of such a role: "Calderdale Council cabinet member".
const MAX_WORDS_BEFORE_ROLE_WORD: usize = 4;

/// A person the narrative gives by role alone, after a comma and a speech verb that
/// close its sentence: "..., things had changed a great deal, said Calderdale Council
/// cabinet member for Children and Young People's Services." The role, with no name in
/// it, is the person, so that "he said" after it is theirs. Not a spokesperson, read
/// where it is cited.
fn named_by_role_after_said(layout: &Layout, sentence: &Range<usize>) -> Option<NameMention> {
    let words = layout.words_in(sentence.clone());
    if layout.quote_at(words.first()?.start).is_some() {
        return None;
    }
    let verb = words.iter().position(|w| w.is_any(&SPEECH_VERBS))?;
    let role = &words[verb + 1..];
    if role.len() > MAX_ROLE_SPEAKER_WORDS {
        return None;
    }
    let after_comma = verb > 0
        && layout
            .slice(words[verb - 1].end()..words[verb].start)
            .trim()
            .starts_with(',');
    let role_word = role
        .iter()
        .take(MAX_WORDS_BEFORE_ROLE_WORD + 1)
        .position(|w| w.is_any(&ROLE_WORDS) && !w.is_capitalised())?;
    // Nothing after the role word but what it is of: not "the council leader in a
    // statement on Friday".
    let of_what = &role[(role_word + 1).min(role.len())..];
    let only_what_it_is_of = of_what.split_first().is_none_or(|(link, rest)| {
        link.is_any(&ROLE_LINKS)
            && !rest.is_empty()
            && rest
                .iter()
                .all(|w| w.is_capitalised() || w.is_any(&ROLE_JOINERS))
    });
    if !only_what_it_is_of {
        return None;
    }
    // "the council leader": the role without its article, capitalised as a name.
    let role = match role.split_first() {
        Some((article, rest)) if article.is_any(&ARTICLES) && !rest.is_empty() => rest,
        _ => role,
    };
    let last = role.last()?;
    // The role runs to the sentence's full stop, one phrase with no comma in it.
    let rest = layout.slice(last.end()..sentence.end).trim();
    let one_phrase = !layout
        .slice(role[0].start..last.end())
        .contains([',', ';', ':']);
    let is_spokesperson = role.iter().any(|w| w.is_any(&SPOKESPERSONS));
    let named = (0..role.len()).any(|at| name_at(layout, role, at, false).is_some());
    let in_quote = layout.quote_at(role[0].start).is_some();
    if !after_comma || rest != "." || !one_phrase || is_spokesperson || named || in_quote {
        return None;
    }
    let span = role[0].start..last.end();
    // Someone else in each article: two councils' leaders are two people.
    Some(NameMention {
        name: capitalised(layout.slice(span.clone())),
        alias: String::new(),
        span,
        role: None,
    })
}

/// Most words of a lead-in naming what a person is, before their name.
const MAX_PERSON_NOUN_LEAD_IN: usize = 3;

/// A person a sentence opens with, untitled, after a lead-in that says what they are:
/// "Kinship carers Debbie Harris has received help ...", "Foster carer Sam Patel has
/// ...". The lead-in ends in a noun for a person (carer, parent, worker, ...), is in
/// lower case but for its first word, and becomes the role; the name is followed by a
/// word in lower case. A place opening a sentence ("Neighbouring Central Bedfordshire
/// has") has no such lead-in.
fn named_after_a_person_noun(layout: &Layout, sentence: &Range<usize>) -> Option<NameMention> {
    let words = layout.words_in(sentence.clone());
    let first = words.first()?;
    if layout.quote_at(first.start).is_some() {
        return None;
    }
    let lead_in = (1..=MAX_PERSON_NOUN_LEAD_IN.min(words.len()))
        .find(|&at| words.get(at).is_some_and(Word::is_capitalised))?;
    let in_lower_case = words[1..lead_in].iter().all(|w| !w.is_capitalised());
    let noun = &words[lead_in - 1];
    let singular = noun.text.strip_suffix('s').unwrap_or(noun.text);
    let person_noun = PERSON_NOUNS
        .iter()
        .any(|p| p.eq_ignore_ascii_case(noun.text) || p.eq_ignore_ascii_case(singular));
    if !(in_lower_case && person_noun) {
        return None;
    }
    let (mut mention, next) = name_at(layout, words, lead_in, false)?;
    let then_lower = words
        .get(next)
        .is_some_and(|w| w.text.starts_with(char::is_lowercase));
    if !then_lower || mention.role.is_some() {
        return None;
    }
    mention.role = Some(layout.slice(first.start..noun.end()).to_string());
    Some(mention)
}

/// Most words of a role between "according to" and the name it introduces.
const MAX_ACCORDING_TO_ROLE_WORDS: usize = 8;

/// People the narrative cites with "according to", by name or by role then name:
/// "..., according to cabinet member for children's services, Warren Whyte."
fn named_after_according_to(layout: &Layout) -> Vec<NameMention> {
    let words = &layout.words;
    let mut found = Vec::new();
    for index in 1..words.len() {
        if !(words[index - 1].is(ACCORDING_TO.0) && words[index].is(ACCORDING_TO.1)) {
            continue;
        }
        if layout.quote_at(words[index].start).is_some() {
            continue;
        }
        let clause_end = (index + 1..words.len())
            .take(MAX_ACCORDING_TO_ROLE_WORDS + 4)
            .find(|&i| {
                layout
                    .slice(words[i - 1].end()..words[i].start)
                    .contains(['.', ';', ':'])
            })
            .unwrap_or(words.len().min(index + MAX_ACCORDING_TO_ROLE_WORDS + 4));
        let clause = &words[..clause_end];
        let Some((mut mention, _)) = (index + 1..clause_end)
            .take(MAX_ACCORDING_TO_ROLE_WORDS + 1)
            .find_map(|i| name_at(layout, clause, i, false))
        else {
            continue;
        };
        let lead_in = layout.slice(words[index].end()..mention.span.start).trim();
        // "according to cabinet member ..., Warren Whyte" or, with no comma, "according
        // to director James Winterbottom".
        let role = lead_in.strip_suffix(',').map_or(lead_in, str::trim);
        if names_a_role(role) {
            mention.role = join_role(Some(role.to_string()), mention.role.take());
        } else if !lead_in.is_empty() {
            continue;
        }
        found.push(with_appositive_role(layout, mention));
    }
    found
}

/// Speakers named so far in the article's narrative, for pronouns and roles, indexed
/// so that each question is a lookup, not a pass over every speaker named.
struct History<'n> {
    /// The article's titled names, which entries point into rather than copy.
    names: &'n [NameMention],
    /// People named otherwise: reported speakers, and speakers of quotations.
    owned: Vec<NameMention>,
    /// Who was named, in the order named or pushed.
    entries: Vec<Entry>,
    /// People, by position: the index into `entries` of the last pushed there.
    people: BTreeMap<usize, usize>,
    /// The inspectorate, likewise.
    inspectorate: BTreeMap<usize, usize>,
    /// Bodies that speak, "it" as the inspectorate is: a council, or its unnamed
    /// spokesperson ("A council spokesperson said ... “...,” it continued"), likewise.
    bodies: BTreeMap<usize, usize>,
    /// People given a role, by their plain name and by its last word: the entries, as
    /// (position, index into `entries`), in order.
    roles_by_name: HashMap<String, BTreeSet<(usize, usize)>>,
    roles_by_surname: HashMap<String, BTreeSet<(usize, usize)>>,
}

/// One speaker named in the history.
#[derive(Debug, Clone, Copy)]
enum Entry {
    /// `names[i]`.
    Named(usize),
    /// `owned[i]`.
    Owned(usize),
    Inspectorate,
}

impl<'n> History<'n> {
    fn new(layout: &Layout, names: &'n [NameMention]) -> History<'n> {
        let reported = reported_speakers(layout, names);
        let mut history = History {
            names,
            owned: Vec::new(),
            entries: Vec::new(),
            people: BTreeMap::new(),
            inspectorate: BTreeMap::new(),
            bodies: BTreeMap::new(),
            roles_by_name: HashMap::new(),
            roles_by_surname: HashMap::new(),
        };
        for (index, mention) in names.iter().enumerate() {
            history.record(mention.span.start, Entry::Named(index));
        }
        for mention in reported {
            history.push(mention.span.start, Speaker::Person(mention));
        }
        let inspectorate = layout
            .words
            .iter()
            .filter(|w| w.is_any(&INSPECTORATE_WORDS) && layout.quote_at(w.start).is_none());
        for word in inspectorate {
            history.record(word.start, Entry::Inspectorate);
        }
        history
    }

    fn push(&mut self, at: usize, speaker: Speaker) {
        match speaker {
            // A titled name already held (same place, name and role) is pointed to, not
            // copied again.
            Speaker::Person(mention) => match index_of(self.names, &mention) {
                Some(index) => self.record(at, Entry::Named(index)),
                None => {
                    self.owned.push(mention);
                    self.record(at, Entry::Owned(self.owned.len() - 1));
                }
            },
            Speaker::Inspectorate => self.record(at, Entry::Inspectorate),
        }
    }

    fn mention(&self, entry: Entry) -> Option<&NameMention> {
        match entry {
            Entry::Named(index) => self.names.get(index),
            Entry::Owned(index) => self.owned.get(index),
            Entry::Inspectorate => None,
        }
    }

    fn record(&mut self, at: usize, entry: Entry) {
        let index = self.entries.len();
        self.entries.push(entry);
        let Some(mention) = self.mention(entry) else {
            self.inspectorate.insert(at, index);
            return;
        };
        let (name, has_role) = (mention.name.clone(), mention.role.is_some());
        self.people.insert(at, index);
        // A council, or its spokesperson: bodies "it" may point back to.
        let last_word = name.rsplit(' ').next().unwrap_or("");
        if is_any_key_of(last_word, &ORGANISATION_ENDINGS) || is_key_of(last_word, SPOKESPERSON) {
            self.bodies.insert(at, index);
        }
        if has_role {
            let surname = surname(&name).to_string();
            self.roles_by_name
                .entry(name)
                .or_default()
                .insert((at, index));
            self.roles_by_surname
                .entry(surname)
                .or_default()
                .insert((at, index));
        }
    }

    /// The person named, as a speaker, at byte `at`.
    fn person_at(&self, at: usize) -> Option<&NameMention> {
        let &index = self.people.get(&at)?;
        self.mention(self.entries[index])
    }

    /// The last speaker of the pronoun's kind named before `at` (of two named at the
    /// same place, the one named last).
    fn last_before(&self, kind: PronounKind, at: usize) -> Option<Speaker> {
        let last = |map: &BTreeMap<usize, usize>| {
            map.range(..at)
                .next_back()
                .map(|(&position, &index)| (position, index))
        };
        let found = match kind {
            PronounKind::Person => last(&self.people),
            PronounKind::Thing => last(&self.inspectorate).max(last(&self.bodies)),
            PronounKind::Either => last(&self.people).max(last(&self.inspectorate)),
        };
        found.map(|(_, index)| match self.mention(self.entries[index]) {
            Some(mention) => Speaker::Person(mention.clone()),
            None => Speaker::Inspectorate,
        })
    }

    /// The role this article gives the person: the last given before `at`, else the first after.
    fn role_of(&self, person: &NameMention, at: usize) -> Option<String> {
        // Mentions that can name the person: the same name, a name whose surname is
        // the person's name ("Whippey" for "Andy Whippey"), or the person's surname.
        let sets = [
            self.roles_by_name.get(&person.name),
            self.roles_by_surname.get(&person.name),
            self.roles_by_name.get(surname(&person.name)),
        ];
        let sets = sets.iter().flatten();
        let before = sets
            .clone()
            .filter_map(|set| set.range(..(at, 0)).next_back())
            .max();
        let chosen = before.or_else(|| sets.filter_map(|set| set.first()).min())?;
        self.mention(self.entries[chosen.1])?.role.clone()
    }
}
