//! The extractor: reads plain-text news articles about inspections and builds a
//! [`Dataset`] of sources, speakers, events and verbatim quotes.
//!
//! Everything here is rules about English news prose (titles, speech verbs, pronouns,
//! quotation marks, grade words, Ofsted's judgement phrases); nothing knows any
//! particular article. Problems in the input become [`Warning`]s, never panics.
//!
//! Passes, one file each: `layout` splits paragraphs and sentences, `quotes` finds
//! quotations, `people` reads names, titles and roles, `attribution` decides who said
//! each quotation, `dates` reads and resolves dates, `grades` finds ratings, and
//! `events` groups them into inspections and visits across articles. [`manifest`]
//! (native only) reads article files, the optional manifest, and writes JSON.

mod attribution;
mod dates;
mod events;
mod grades;
mod layout;
mod lexicon;
pub mod manifest;
mod pattern;
mod people;
mod quotes;
mod rules;

/// The extractor's grade rules and word sets, as the Markdown list `docs/extractor.md`
/// holds (a test checks that the document is up to date).
pub use rules::render_docs as rule_list_markdown;
mod scope;
pub(crate) mod text;
mod token;

use crate::model::{Dataset, Date, Quote, Source, Span};
use attribution::{attribute, Attributed, Speaker};
use layout::Layout;
use lexicon::{
    COUNCIL_KINDS, NEIGHBOURING, NOT_PLACES, PLACE_JOINERS, SURE_PLACE_JOINERS, TRUST_KINDS,
    TRUST_SERVICES,
};
use people::{inspectorate, titled_names, NameMention, Registry};
use scope::Scope;
use std::collections::HashMap;
use std::fmt;

/// One article to extract from, with what a manifest says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The source id, e.g. the file name without its extension.
    pub id: String,
    pub text: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
    /// Used only where the text does not state its own publication date.
    pub published: Option<Date>,
}

impl Article {
    /// An article known only by its id and text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article {
            id: id.into(),
            text: text.into(),
            publisher: None,
            url: None,
            published: None,
        }
    }
}

/// The dataset, and everything in the input that could not be read cleanly.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    pub dataset: Dataset,
    pub warnings: Vec<Warning>,
}

/// Something in a source the extractor could not read cleanly, and what it did instead.
/// Each kind of problem is one warning per source, however often it occurs there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The source id.
    pub source: String,
    /// Byte offset into the source's text, where there is one place to point at: for a
    /// problem that occurs more than once, its first occurrence.
    pub offset: Option<usize>,
    /// What is wrong and what was done; for a problem that occurs more than once, how
    /// many times, where first, and what was done each time.
    pub message: String,
    /// How many times the problem occurs in the source.
    pub count: usize,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.offset {
            // A problem found more than once says where first in its message.
            Some(offset) if self.count <= 1 => {
                write!(f, "{}, byte {offset}: {}", self.source, self.message)
            }
            _ => write!(f, "{}: {}", self.source, self.message),
        }
    }
}

/// The kinds of problem a source can have: each is warned of once per source, with a
/// count. `plural` tells of several (after their number) and what was done with each;
/// `detail` whether the first's own message is worth repeating (it names the word or
/// date at fault).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Problem {
    UnclosedSingleMarks,
    OpenAtNextQuotation,
    UnopenedClosingMark,
    NeverCloses,
    NotAGrade,
    UndatedGrade,
    NoSpeaker,
    WrongDate,
    NoYear,
    ClashingGrade,
}

impl Problem {
    /// What several of the problem are, after their number, and what was done with each.
    fn plural(self) -> (&'static str, &'static str) {
        match self {
            Problem::UnclosedSingleMarks => (
                "statements in single quotation marks that never close after their punctuation",
                "each left out",
            ),
            Problem::OpenAtNextQuotation => (
                "quotations still open when the next one opens",
                "each ended there",
            ),
            Problem::UnopenedClosingMark => (
                "closing quotation marks with no opening one",
                "each ignored",
            ),
            Problem::NeverCloses => (
                "quotations that never close",
                "each taken to run to the end of its paragraph",
            ),
            Problem::NotAGrade => (
                "quoted words by a rating that are not a grade",
                "each ignored",
            ),
            Problem::UndatedGrade => (
                "grades for an event the article does not date",
                "each left out",
            ),
            Problem::NoSpeaker => ("quotations with no speaker found", "each left out"),
            Problem::WrongDate => ("dates that cannot be", "each left out"),
            Problem::NoYear => (
                "dates for which no year can be worked out (no publication date is known)",
                "each left out",
            ),
            Problem::ClashingGrade => (
                "grades that clash with another source's",
                "the other's kept each time",
            ),
        }
    }

    fn detail(self) -> bool {
        matches!(
            self,
            Problem::NotAGrade | Problem::WrongDate | Problem::ClashingGrade
        )
    }
}

/// Collects warnings, one per source and kind of problem, counting repeats: a text of
/// a million stray marks gives one warning, not a million.
pub(crate) struct Diagnostics {
    source: String,
    warnings: Vec<(Problem, Warning)>,
    /// Where each problem of `source` is in `warnings`, and each of other sources'.
    own: HashMap<Problem, usize>,
    others: HashMap<(String, Problem), usize>,
}

impl Diagnostics {
    pub(crate) fn new(source: &str) -> Diagnostics {
        Diagnostics {
            source: source.to_string(),
            warnings: Vec::new(),
            own: HashMap::new(),
            others: HashMap::new(),
        }
    }

    /// Records a problem at byte `offset` of the source.
    pub(crate) fn warn(&mut self, problem: Problem, offset: usize, message: &str) {
        match self.own.get(&problem) {
            Some(&at) => self.warnings[at].1.count += 1,
            None => {
                self.own.insert(problem, self.warnings.len());
                let source = self.source.clone();
                self.push(&source, problem, offset, message);
            }
        }
    }

    /// Records a problem at byte `offset` of another source.
    pub(crate) fn warn_in(&mut self, source: &str, problem: Problem, offset: usize, message: &str) {
        if source == self.source {
            return self.warn(problem, offset, message);
        }
        let key = (source.to_string(), problem);
        match self.others.get(&key) {
            Some(&at) => self.warnings[at].1.count += 1,
            None => {
                self.others.insert(key, self.warnings.len());
                self.push(source, problem, offset, message);
            }
        }
    }

    fn push(&mut self, source: &str, problem: Problem, offset: usize, message: &str) {
        self.warnings.push((
            problem,
            Warning {
                source: source.to_string(),
                offset: Some(offset),
                message: message.to_string(),
                count: 1,
            },
        ));
    }

    /// The warnings, in the order each kind first occurred.
    pub(crate) fn finish(self) -> Vec<Warning> {
        self.warnings
            .into_iter()
            .map(|(problem, mut warning)| {
                if warning.count > 1 {
                    let first = warning.offset.unwrap_or_default();
                    let (what, done) = problem.plural();
                    let count = with_thousands(warning.count);
                    warning.message = if problem.detail() {
                        // The first's message names the word or date, and what was done.
                        format!("{count} {what}, first at byte {first}: {}", warning.message)
                    } else {
                        format!("{count} {what}, first at byte {first}; {done}")
                    };
                }
                warning
            })
            .collect()
    }
}

/// `1612000` as "1,612,000".
fn with_thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// What one article yields before articles are combined.
struct Analysis {
    names: Vec<NameMention>,
    attributed: Vec<Attributed>,
    quote_spans: Vec<std::ops::Range<usize>>,
    /// The article event each attributed quotation is about.
    quote_events: Vec<Option<usize>>,
    stated_publication: Option<Date>,
    title: String,
}

impl Analysis {
    /// Analyses one article; its events are returned beside it, to be merged.
    fn of(
        article: &Article,
        scope: &Scope,
        warnings: &mut Vec<Warning>,
    ) -> (Analysis, events::ArticleEvents) {
        let mut diagnostics = Diagnostics::new(&article.id);
        let layout = Layout::new(&article.text, &mut diagnostics);
        let mut names = titled_names(&layout);
        let attributed = attribute(&layout, &names, &mut diagnostics);
        // Each speaker's mention once: one the titled names hold already (same place,
        // same words and role) is not copied again, which for an article that names a
        // speaker every few words would double the largest list it holds.
        let said_by: Vec<NameMention> = attributed
            .iter()
            .filter_map(|a| match &a.speaker {
                Speaker::Person(mention) => Some(mention),
                Speaker::Inspectorate => None,
            })
            .filter(|m| people::index_of(&names, m).is_none())
            .cloned()
            .collect();
        names.reserve_exact(said_by.len());
        names.extend(said_by);
        let full_names = people::untitled_full_names(&layout, &names);
        names.extend(full_names);
        let dates = dates::article_dates(
            &layout,
            &article.id,
            article.published.as_ref(),
            &mut diagnostics,
        );
        // The inspectorate's own statements are findings: a grade in them counts.
        let mut findings: Vec<usize> = attributed
            .iter()
            .filter(|a| matches!(a.speaker, Speaker::Inspectorate) && !a.fragment)
            .map(|a| layout.quotes[a.quote].open)
            .collect();
        findings.sort_unstable();
        let ratings = grades::find_ratings(&layout, scope, &findings, &mut diagnostics);
        let events = events::article_events(
            &layout,
            &dates,
            ratings,
            &article.id,
            scope,
            &mut diagnostics,
        );
        warnings.extend(diagnostics.finish());
        let quote_events = attributed
            .iter()
            .map(|a| {
                if a.fragment {
                    events.of_finding_at(&layout, layout.quotes[a.quote].open)
                } else {
                    events.main()
                }
            })
            .collect();
        let analysis = Analysis {
            quote_events,
            names,
            attributed,
            quote_spans: layout.quotes.iter().map(|q| q.inner.clone()).collect(),
            stated_publication: dates.stated_publication,
            title: title_of(&layout),
        };
        (analysis, events)
    }
}

/// Extracts a dataset from `articles`; never panics, whatever the text.
pub fn extract(articles: &[Article]) -> Extraction {
    let mut warnings = Vec::new();
    let named: Vec<(String, bool)> = articles
        .iter()
        .flat_map(|article| councils_named(&article.text))
        .collect();
    let subject = subject_of(&named);
    let mut councils: Vec<String> = named.into_iter().map(|(name, _)| name).collect();
    // "The council shares a director with neighbouring Ashby, whose services were rated
    // outstanding": a place named as a neighbour is another council's wherever the
    // article names it again.
    councils.extend(
        articles
            .iter()
            .flat_map(|article| neighbours_named(&article.text)),
    );
    let scope = Scope::new(subject.as_deref(), &councils);
    let (mut analyses, article_events): (Vec<Analysis>, Vec<events::ArticleEvents>) = articles
        .iter()
        .map(|article| Analysis::of(article, &scope, &mut warnings))
        .unzip();
    // Moved out: an analysis's names are not needed again.
    let mentions: Vec<Vec<NameMention>> = analyses
        .iter_mut()
        .map(|a| std::mem::take(&mut a.names))
        .collect();
    let registry = Registry::new(&mentions);
    let ids_and_events: Vec<(&str, events::ArticleEvents)> = articles
        .iter()
        .map(|article| article.id.as_str())
        .zip(article_events)
        .collect();
    let mut merging = Diagnostics::new("");
    let (events, event_ids) = events::merge(&ids_and_events, &mut merging);
    warnings.extend(merging.finish());

    // In the order first quoted; `seen` answers whether one is in already.
    let mut speakers: Vec<String> = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    // Sized once, and each statement's own data dropped as its quote is made: the
    // quotes can be the largest part of the dataset (a speaker every few words), and
    // a doubling vector beside them would hold half as much again.
    let mut quotes = Vec::with_capacity(analyses.iter().map(|a| a.attributed.len()).sum());
    for (index, (article, analysis)) in articles.iter().zip(&mut analyses).enumerate() {
        let attributed_all = std::mem::take(&mut analysis.attributed);
        for (number, attributed) in attributed_all.into_iter().enumerate() {
            let speaker = match &attributed.speaker {
                Speaker::Inspectorate => inspectorate().id,
                Speaker::Person(mention) => registry.id_of(index, mention),
            };
            if seen.insert(speaker.clone()) {
                speakers.push(speaker.clone());
            }
            let range = analysis.quote_spans[attributed.quote].clone();
            quotes.push(Quote {
                id: format!("q-{}-{}", article.id, number + 1),
                text: article.text[range.clone()].to_string(),
                speaker,
                role: attributed.role,
                event: analysis.quote_events[number].and_then(|e| event_ids[index][e].clone()),
                source: article.id.clone(),
                span: Span {
                    start: range.start,
                    end: range.end,
                },
                fragment: attributed.fragment,
            });
        }
    }
    let mut people = registry.people(&speakers);
    if let Some(position) = speakers.iter().position(|id| *id == inspectorate().id) {
        people.insert(position.min(people.len()), inspectorate());
    }
    let sources = articles
        .iter()
        .zip(analyses)
        .map(|(article, analysis)| Source {
            id: article.id.clone(),
            title: analysis.title,
            publisher: article.publisher.clone(),
            url: article.url.clone(),
            published: analysis
                .stated_publication
                .or_else(|| article.published.clone()),
            text: article.text.clone(),
        })
        .collect();
    Extraction {
        dataset: Dataset {
            subject,
            sources,
            people,
            events,
            quotes,
        },
        warnings,
    }
}

/// Longest title kept; longer headlines are cut at a word.
const MAX_TITLE_CHARS: usize = 200;

/// The first paragraph, without bullets or a closing full stop.
fn title_of(layout: &Layout) -> String {
    let Some(first) = layout.paragraphs.first() else {
        return String::new();
    };
    let headline = layout
        .slice(first.clone())
        .trim_start_matches(['•', '·', '-', '*', ' '])
        .trim_end_matches('.')
        .trim();
    if headline.chars().count() <= MAX_TITLE_CHARS {
        return headline.to_string();
    }
    let cut: String = headline.chars().take(MAX_TITLE_CHARS).collect();
    let at_word = cut.rsplit_once(' ').map_or(cut.as_str(), |(kept, _)| kept);
    format!("{at_word}…")
}

/// The council the articles are about: of every council they name (`councils`, in
/// order, each with whether it stands out: named in an article's opening, or its place
/// named again), the one named most often, the first named on a tie. A council named
/// once, its place nowhere else and not in the opening, is not the subject: an article
/// names its subject up front or more than once, and one passing mention further on is
/// a comparison ("of those, only Westbury's trust, rated good, has ...").
fn subject_of(councils: &[(String, bool)]) -> Option<String> {
    // In the order first named; `seen` finds each name's place.
    let mut counts: Vec<(&String, usize, bool)> = Vec::new();
    let mut seen: HashMap<&String, usize> = HashMap::new();
    for (name, early) in councils {
        match seen.get(name) {
            Some(&at) => {
                counts[at].1 += 1;
                counts[at].2 |= *early;
            }
            None => {
                seen.insert(name, counts.len());
                counts.push((name, 1, *early));
            }
        }
    }
    counts.retain(|(_, count, early)| *count > 1 || *early);
    let most = counts.iter().map(|(_, count, _)| *count).max()?;
    counts
        .into_iter()
        .find(|(_, count, _)| *count == most)
        .map(|(name, _, _)| name.clone())
}

/// How many words open an article: its headline, standfirst or byline, and lede.
const OPENING_WORDS: usize = 80;

/// Most words in a council's place name ("Harlow Vale", "Tower Hamlets").
const MAX_PLACE_WORDS: usize = 2;

/// Whether only spaces, not a line break, stand between two words.
fn on_one_line(text: &str, left: &text::Word, right: &text::Word) -> bool {
    text::only_space_between(text, left, right) && !text[left.end()..right.start].contains('\n')
}

/// Whether a word can be part of a place's name.
fn is_place_word(word: &text::Word) -> bool {
    word.is_capitalised() && !word.is_any(&NOT_PLACES) && !word.is_any(&COUNCIL_KINDS)
}

/// A "Council" word: its index, where its kinds and its place start, and a place joined
/// by "and" before it (where that starts, and the two places together), which counts
/// only where the text names the two together again.
struct CouncilWord<'t> {
    index: usize,
    start: usize,
    place: usize,
    joined_place: Option<(usize, &'t str)>,
    /// Joined by "with" or "&": one place, even named once.
    surely_joined: bool,
}

/// The places `text` names as neighbours: "neighbouring Bexley", "nearby Ashby", "just
/// across the border in Ashby".
fn neighbours_named(text: &str) -> Vec<String> {
    let words = text::words(text);
    // Only a space between, and a place's word: not "... placed nearby. The council was
    // rated", nor "neighbouring Local Authorities".
    let joined = |a: &text::Word, b: &text::Word| text::only_space_between(text, a, b);
    let after_neighbouring = words
        .windows(2)
        .filter(|pair| {
            pair[0].is_any(&NEIGHBOURING) && joined(&pair[0], &pair[1]) && is_place_word(&pair[1])
        })
        .map(|pair| pair[1].possessor().to_string());
    let across_the_border = words
        .windows(3)
        .filter(|w| {
            w[0].is("border") && w[1].is("in") && joined(&w[1], &w[2]) && is_place_word(&w[2])
        })
        .map(|w| w[2].possessor().to_string());
    after_neighbouring.chain(across_the_border).collect()
}

/// Every council `text` names, as "Place Council" or "Place Kind Council", in order, each
/// with whether it stands out: in the first [`OPENING_WORDS`] words, or its place's first
/// word named again.
fn councils_named(text: &str) -> Vec<(String, bool)> {
    let words = text::words(text);
    // How often each capitalised word stands in the text, to know a place named again.
    let mut capitalised: HashMap<&str, usize> = HashMap::new();
    for word in words.iter().filter(|w| w.is_capitalised()) {
        *capitalised.entry(word.possessor()).or_default() += 1;
    }
    let mut found: Vec<CouncilWord> = Vec::new();
    for (index, word) in words.iter().enumerate() {
        // "Council" or its possessive, "Council's", or the trade press's "MBC"
        // (metropolitan borough council): "Calderdale MBC".
        // Or a trust that runs a council's children's services for it: "Doncaster
        // Children's Services Trust", "Sandwell Children's Trust".
        let is_trust = word.possessor() == "Trust";
        if !matches!(word.possessor(), "Council" | "MBC") && !is_trust {
            continue;
        }
        let mut start = index;
        let joined = |at: usize| at > 0 && on_one_line(text, &words[at - 1], &words[at]);
        if is_trust {
            // Back over "Children's (Services)" to the place; no other trust counts.
            if joined(start) && words[start - 1].is_any(&TRUST_SERVICES) {
                start -= 1;
            }
            if !(joined(start) && words[start - 1].is_any(&TRUST_KINDS)) {
                continue;
            }
            start -= 1;
        }
        // Back over kinds ("Borough", "Metropolitan Borough") to the place.
        while !is_trust && joined(start) && words[start - 1].is_any(&COUNCIL_KINDS) {
            start -= 1;
        }
        // Back over the place's words: "Harlow Vale", not "Yesterday Harlow Vale".
        let mut place = start;
        while place > 0
            && start - place < MAX_PLACE_WORDS
            && is_place_word(&words[place - 1])
            && on_one_line(text, &words[place - 1], &words[place])
        {
            place -= 1;
        }
        // "Cheshire West and Chester Council", "Brighton and Hove City Council": a place
        // joined by "and" to the one before it, where the text names the two so together
        // again (not "between Ofsted and Westbury Council").
        // "Blackburn with Darwen", "Telford & Wrekin": joined by "with" or "&", which
        // do not join two bodies in prose, they are one place however often named.
        let mut joined_place = None;
        let mut surely_joined = false;
        let ampersand = place >= 1
            && place < start
            && SURE_PLACE_JOINERS
                .contains(&text[words[place - 1].end()..words[place].start].trim())
            && is_place_word(&words[place - 1]);
        let joiner_word = place < start
            && place >= 2
            && (PLACE_JOINERS.contains(&words[place - 1].text)
                || SURE_PLACE_JOINERS.contains(&words[place - 1].text))
            && on_one_line(text, &words[place - 1], &words[place]);
        if ampersand || joiner_word {
            // The last word of the place before the joiner.
            let before = if ampersand { place - 1 } else { place - 2 };
            let mut joined = before;
            while joined > 0
                && before - joined < MAX_PLACE_WORDS
                && is_place_word(&words[joined - 1])
                && on_one_line(text, &words[joined - 1], &words[joined])
            {
                joined -= 1;
            }
            let place_before = is_place_word(&words[before])
                && (ampersand || on_one_line(text, &words[before], &words[place - 1]));
            if place_before {
                let together = &text[words[joined].start..words[start - 1].end()];
                joined_place = Some((joined, together));
                surely_joined = ampersand || SURE_PLACE_JOINERS.contains(&words[place - 1].text);
            }
        }
        found.push(CouncilWord {
            index,
            start,
            place,
            joined_place,
            surely_joined,
        });
    }
    let together: Vec<&str> = found
        .iter()
        .filter_map(|f| f.joined_place.map(|(_, together)| together))
        .collect();
    let named_twice = held_twice(text, &together);
    let mut named = Vec::new();
    for found in found {
        let CouncilWord {
            index,
            start,
            mut place,
            joined_place,
            surely_joined,
        } = found;
        if let Some((joined, together)) = joined_place {
            if surely_joined || named_twice.get(together).copied().unwrap_or(false) {
                place = joined;
            }
        }
        if place < start {
            let word = &words[index];
            let name = text[words[place].start..word.start + word.possessor().len()].to_string();
            let place_named_again = capitalised
                .get(words[place].possessor())
                .is_some_and(|&n| n > 1);
            named.push((name, place < OPENING_WORDS || place_named_again));
        }
    }
    named
}

/// For each of `patterns`, whether `text` holds it at least twice, counted as
/// `str::matches` counts (leftmost first, not overlapping). One rolling-hash pass over
/// the text for each length of pattern, rather than a search of the whole text for
/// each pattern: a text can join a great many places.
fn held_twice<'p>(text: &str, patterns: &[&'p str]) -> HashMap<&'p str, bool> {
    const BASE: u64 = 257;
    let bytes = text.as_bytes();
    let mut held: HashMap<&str, bool> = HashMap::new();
    let mut by_length: HashMap<usize, Vec<&str>> = HashMap::new();
    for &pattern in patterns {
        if held.insert(pattern, false).is_none() {
            by_length.entry(pattern.len()).or_default().push(pattern);
        }
    }
    let hash = |part: &[u8]| {
        part.iter().fold(0u64, |h, &b| {
            h.wrapping_mul(BASE).wrapping_add(u64::from(b))
        })
    };
    for (length, group) in by_length {
        if length == 0 || length > bytes.len() {
            // "" is in every text more than once; a longer one in none.
            for pattern in group {
                held.insert(pattern, length == 0);
            }
            continue;
        }
        let mut wanted: HashMap<u64, Vec<usize>> = HashMap::new();
        for (at, pattern) in group.iter().enumerate() {
            wanted.entry(hash(pattern.as_bytes())).or_default().push(at);
        }
        // For each pattern: matches so far, and where the next may start.
        let mut matches = vec![(0usize, 0usize); group.len()];
        let top = (1..length).fold(1u64, |p, _| p.wrapping_mul(BASE));
        let mut rolling = hash(&bytes[..length]);
        for start in 0..=bytes.len() - length {
            if start > 0 {
                rolling = rolling
                    .wrapping_sub(u64::from(bytes[start - 1]).wrapping_mul(top))
                    .wrapping_mul(BASE)
                    .wrapping_add(u64::from(bytes[start + length - 1]));
            }
            let Some(candidates) = wanted.get(&rolling) else {
                continue;
            };
            for &at in candidates {
                let (count, next) = &mut matches[at];
                if start >= *next
                    && *count < 2
                    && &bytes[start..start + length] == group[at].as_bytes()
                {
                    *count += 1;
                    *next = start + length;
                }
            }
        }
        for (at, pattern) in group.iter().enumerate() {
            held.insert(pattern, matches[at].0 >= 2);
        }
    }
    held
}

#[cfg(test)]
mod tests {
    use super::{councils_named, held_twice};

    fn names(text: &str) -> Vec<String> {
        councils_named(text)
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    }

    #[test]
    fn a_place_joined_by_with_or_an_ampersand_is_one_place_even_named_once() {
        assert_eq!(
            names("Blackburn with Darwen Borough Council was rated good."),
            ["Blackburn with Darwen Borough Council"]
        );
        assert_eq!(
            names("Telford & Wrekin Council was rated good."),
            ["Telford & Wrekin Council"]
        );
        // "and" joins two bodies as often as one place: only a pair named together
        // twice is one place.
        assert_eq!(
            names("Ofsted and Westbury Council met."),
            ["Westbury Council"]
        );
        assert_eq!(
            names("A report, shared with Westbury Council, was published."),
            ["Westbury Council"]
        );
    }

    #[test]
    fn a_forum_of_children_in_care_or_young_people_is_no_council() {
        assert!(
            names("The Children in Care Council and the Youth Council met inspectors.").is_empty()
        );
    }

    #[test]
    fn held_twice_counts_as_str_matches_does() {
        let text = "Brighton and Hove, aaa, Brighton and Hove Council; Bath and Wells, “Kestrel and Vale” aa";
        let patterns = [
            "Brighton and Hove",
            "Bath and Wells",
            "aa",
            "aaa",
            "a",
            "“Kestrel and Vale”",
            "Kestrel and Vale",
            "Vale” aa",
            "missing",
            "and",
        ];
        let held = held_twice(text, &patterns);
        for pattern in patterns {
            assert_eq!(
                held[pattern],
                text.matches(pattern).count() >= 2,
                "{pattern}"
            );
        }
    }
}
