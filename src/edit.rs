//! Corrections to an extracted dataset, kept as data: a list of [`Edit`]s, each tied to
//! the span of a source it corrects (a quote or a grade by its source and byte span, an
//! event by the span of its date or of one of its grades, a person by name).
//!
//! The studio and the `extract --edits FILE` command apply the same list with [`apply`]
//! after every extraction, so re-extracting (say, after adding an article) keeps every
//! correction whose words are still there. An edit whose words are gone is not applied and
//! says why; it never panics and never makes a span that does not fit its source.

use crate::model::{Dataset, Date, DateParts, Event, EventKind, Grade, Judgement, Person, Quote};
use crate::model::{Rating, Span, SpeakerKind};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A span of a source's text: what a grade, a quote or a date is tied to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct At {
    pub source: String,
    pub span: Span,
}

/// An event, found again after re-extraction by the span of its date or of one of its
/// grades (`anchor`), else by its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRef {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<At>,
}

impl EventRef {
    /// The reference to `event`: its date's span if it has one, else its first grade's.
    pub fn of(event: &Event) -> EventRef {
        let date = match (&event.date.source, event.date.span) {
            (Some(source), Some(span)) => Some(At {
                source: source.clone(),
                span,
            }),
            _ => None,
        };
        let rating = event.ratings.first().map(|rating| At {
            source: rating.source.clone(),
            span: rating.span,
        });
        EventRef {
            id: event.id.clone(),
            anchor: date.or(rating),
        }
    }
}

/// Which event a grade added by hand belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventChoice {
    Existing(EventRef),
    /// A new event of this kind on this date ("YYYY", "YYYY-MM" or "YYYY-MM-DD").
    New {
        kind: EventKind,
        date: String,
    },
}

/// One correction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "snake_case")]
pub enum Edit {
    RemoveEvent {
        event: EventRef,
    },
    RemoveRating {
        rating: At,
    },
    RemoveQuote {
        quote: At,
    },
    SetGrade {
        rating: At,
        grade: Grade,
    },
    SetJudgement {
        rating: At,
        judgement: Judgement,
    },
    SetEventKind {
        event: EventRef,
        kind: EventKind,
    },
    /// `value` is "YYYY", "YYYY-MM" or "YYYY-MM-DD"; `at`, where given, the words stating it.
    SetEventDate {
        event: EventRef,
        value: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<At>,
    },
    /// `speaker` is a person's name (or alias); a name no one has makes a new person. The
    /// quote's role becomes the one the new speaker has in the same article, if any.
    SetSpeaker {
        quote: At,
        speaker: String,
    },
    SetRole {
        quote: At,
        role: Option<String>,
    },
    SetQuoteEvent {
        quote: At,
        event: Option<EventRef>,
    },
    /// Every quote of the person named `from` becomes `into`'s; `from`'s names become aliases.
    MergePeople {
        from: String,
        into: String,
    },
    /// A grade stated by the words at `rating`.
    AddRating {
        rating: At,
        judgement: Judgement,
        grade: Grade,
        event: EventChoice,
    },
    /// A quote: exactly the words at `quote`.
    AddQuote {
        quote: At,
        speaker: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        event: Option<EventRef>,
    },
}

/// A list of edits as a file holds it: `{"edits": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EditList {
    pub edits: Vec<Edit>,
}

impl EditList {
    /// Reads an edits file; the message names what is wrong.
    pub fn from_json(text: &str) -> Result<EditList, String> {
        serde_json::from_str(text).map_err(|error| format!("the edits are not valid: {error}"))
    }

    /// The edits as JSON, pretty-printed.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("edits always serialise")
    }
}

/// The dataset with the edits applied, and the edits that could not be (by position in
/// the list, with why).
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub dataset: Dataset,
    pub skipped: Vec<(usize, String)>,
}

/// Applies `edits` in order to a copy of `dataset`. Time: linear in the dataset for each edit.
pub fn apply(dataset: &Dataset, edits: &[Edit]) -> Applied {
    let mut data = dataset.clone();
    let speakers_before: HashSet<String> = data.quotes.iter().map(|q| q.speaker.clone()).collect();
    let mut skipped = Vec::new();
    for (index, edit) in edits.iter().enumerate() {
        if let Err(why) = apply_one(&mut data, edit) {
            skipped.push((index, why));
        }
    }
    // A person an edit left with no quote goes; people the input had without quotes stay.
    let speakers_after: HashSet<&str> = data.quotes.iter().map(|q| q.speaker.as_str()).collect();
    data.people.retain(|person| {
        !speakers_before.contains(&person.id) || speakers_after.contains(person.id.as_str())
    });
    Applied {
        dataset: data,
        skipped,
    }
}

fn apply_one(data: &mut Dataset, edit: &Edit) -> Result<(), String> {
    match edit {
        Edit::RemoveEvent { event } => {
            let index = find_event(data, event)?;
            let id = data.events.remove(index).id;
            for quote in &mut data.quotes {
                if quote.event.as_deref() == Some(id.as_str()) {
                    quote.event = None;
                }
            }
        }
        Edit::RemoveRating { rating } => {
            let (event, index) = find_rating(data, rating)?;
            data.events[event].ratings.remove(index);
        }
        Edit::RemoveQuote { quote } => {
            let index = find_quote(data, quote)?;
            data.quotes.remove(index);
        }
        Edit::SetGrade { rating, grade } => {
            let (event, index) = find_rating(data, rating)?;
            data.events[event].ratings[index].grade = *grade;
        }
        Edit::SetJudgement { rating, judgement } => {
            let (event, index) = find_rating(data, rating)?;
            data.events[event].ratings[index].judgement = *judgement;
        }
        Edit::SetEventKind { event, kind } => {
            let index = find_event(data, event)?;
            data.events[index].kind = *kind;
        }
        Edit::SetEventDate { event, value, at } => {
            let index = find_event(data, event)?;
            let date = typed_date(data, value, at.as_ref())?;
            data.events[index].date = date;
        }
        Edit::SetSpeaker { quote, speaker } => {
            let index = find_quote(data, quote)?;
            let person = person_named(data, speaker)?;
            // The role was the old speaker's: the new one's title in this article, if
            // another of their quotes gives it, else none.
            let role = data
                .quotes
                .iter()
                .find(|q| q.speaker == person && q.source == quote.source && q.role.is_some())
                .and_then(|q| q.role.clone());
            data.quotes[index].speaker = person;
            data.quotes[index].role = role;
        }
        Edit::SetRole { quote, role } => {
            let index = find_quote(data, quote)?;
            data.quotes[index].role = role
                .as_deref()
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(String::from);
        }
        Edit::SetQuoteEvent { quote, event } => {
            let index = find_quote(data, quote)?;
            let event = match event {
                Some(event) => Some(data.events[find_event(data, event)?].id.clone()),
                None => None,
            };
            data.quotes[index].event = event;
        }
        Edit::MergePeople { from, into } => merge_people(data, from, into)?,
        Edit::AddRating {
            rating,
            judgement,
            grade,
            event,
        } => add_rating(data, rating, *judgement, *grade, event)?,
        Edit::AddQuote {
            quote,
            speaker,
            role,
            event,
        } => add_quote(data, quote, speaker, role.as_deref(), event.as_ref())?,
    }
    Ok(())
}

/// The spanned words of `at`, if its source exists and the span fits it.
pub fn words_at<'a>(data: &'a Dataset, at: &At) -> Result<&'a str, String> {
    let source = data
        .source(&at.source)
        .ok_or_else(|| format!("there is no article '{}'", at.source))?;
    at.span
        .slice(&source.text)
        .filter(|words| !words.trim().is_empty())
        .ok_or_else(|| {
            format!(
                "bytes {}..{} are not words of article '{}'",
                at.span.start, at.span.end, at.source
            )
        })
}

fn find_event(data: &Dataset, event: &EventRef) -> Result<usize, String> {
    let anchored = event.anchor.as_ref().and_then(|anchor| {
        data.events.iter().position(|candidate| {
            let date_is = candidate.date.source.as_deref() == Some(anchor.source.as_str())
                && candidate.date.span == Some(anchor.span);
            date_is
                || candidate
                    .ratings
                    .iter()
                    .any(|r| r.source == anchor.source && r.span == anchor.span)
        })
    });
    anchored
        .or_else(|| data.events.iter().position(|e| e.id == event.id))
        .ok_or_else(|| format!("the event '{}' is no longer there", event.id))
}

fn find_rating(data: &Dataset, at: &At) -> Result<(usize, usize), String> {
    data.events
        .iter()
        .enumerate()
        .find_map(|(e, event)| {
            event
                .ratings
                .iter()
                .position(|r| r.source == at.source && r.span == at.span)
                .map(|r| (e, r))
        })
        .ok_or_else(|| {
            format!(
                "the extractor no longer finds a grade at these words of '{}' (bytes {}..{}): were they edited?",
                at.source, at.span.start, at.span.end
            )
        })
}

fn find_quote(data: &Dataset, at: &At) -> Result<usize, String> {
    data.quotes
        .iter()
        .position(|q| q.source == at.source && q.span == at.span)
        .ok_or_else(|| {
            format!(
                "the extractor no longer finds a quote at these words of '{}' (bytes {}..{}): were they edited?",
                at.source, at.span.start, at.span.end
            )
        })
}

fn typed_date(data: &Dataset, value: &str, at: Option<&At>) -> Result<Date, String> {
    let value = value.trim();
    if DateParts::parse(value).is_none() {
        return Err(format!(
            "'{value}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
        ));
    }
    let mut date = Date::stated(value);
    if let Some(at) = at {
        words_at(data, at)?;
        date.source = Some(at.source.clone());
        date.span = Some(at.span);
    }
    Ok(date)
}

/// The id of the person with this name or alias, or of a new person by that name.
fn person_named(data: &mut Dataset, name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("a speaker needs a name".into());
    }
    if let Some(person) = find_person(data, name) {
        return Ok(data.people[person].id.clone());
    }
    let id = unique_id(&slug(name, "person"), |id| data.person(id).is_some());
    data.people.push(Person {
        id: id.clone(),
        name: name.into(),
        aliases: vec![],
        kind: SpeakerKind::Person,
    });
    Ok(id)
}

fn find_person(data: &Dataset, name: &str) -> Option<usize> {
    data.people
        .iter()
        .position(|p| p.name == name || p.aliases.iter().any(|a| a == name))
}

fn merge_people(data: &mut Dataset, from: &str, into: &str) -> Result<(), String> {
    let missing = |name: &str| format!("no one is called '{name}' any more");
    let from = find_person(data, from.trim()).ok_or_else(|| missing(from))?;
    let into = find_person(data, into.trim()).ok_or_else(|| missing(into))?;
    if from == into {
        return Err("a person cannot be merged into themselves".into());
    }
    let gone = data.people[from].clone();
    for quote in &mut data.quotes {
        if quote.speaker == gone.id {
            quote.speaker = data.people[into].id.clone();
        }
    }
    let kept = &mut data.people[into];
    for name in std::iter::once(gone.name).chain(gone.aliases) {
        if name != kept.name && !kept.aliases.contains(&name) {
            kept.aliases.push(name);
        }
    }
    data.people.remove(from);
    Ok(())
}

fn add_rating(
    data: &mut Dataset,
    at: &At,
    judgement: Judgement,
    grade: Grade,
    event: &EventChoice,
) -> Result<(), String> {
    words_at(data, at)?;
    if let Ok((e, r)) = find_rating(data, at) {
        // The extractor found these words since: the correction still says what they state.
        let rating = &mut data.events[e].ratings[r];
        rating.judgement = judgement;
        rating.grade = grade;
        return Ok(());
    }
    let index = match event {
        EventChoice::Existing(event) => find_event(data, event)?,
        EventChoice::New { kind, date } => {
            let date = typed_date(data, date, None)?;
            let base = format!("{}-{}", slug(kind.label(), "event"), date.value);
            let id = unique_id(&base, |id| data.event(id).is_some());
            data.events.push(Event {
                id,
                kind: *kind,
                date,
                published: None,
                ratings: vec![],
                sources: vec![],
            });
            data.events.len() - 1
        }
    };
    let event = &mut data.events[index];
    // One grade per judgement per source: a hand-added one replaces the extractor's.
    event
        .ratings
        .retain(|r| !(r.judgement == judgement && r.source == at.source));
    event.ratings.push(Rating {
        judgement,
        grade,
        source: at.source.clone(),
        span: at.span,
    });
    if !event.sources.contains(&at.source) {
        event.sources.push(at.source.clone());
    }
    Ok(())
}

fn add_quote(
    data: &mut Dataset,
    at: &At,
    speaker: &str,
    role: Option<&str>,
    event: Option<&EventRef>,
) -> Result<(), String> {
    let text = words_at(data, at)?.to_string();
    let event = match event {
        Some(event) => Some(data.events[find_event(data, event)?].id.clone()),
        None => None,
    };
    let speaker = person_named(data, speaker)?;
    let role = role
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(String::from);
    if let Ok(index) = find_quote(data, at) {
        let quote = &mut data.quotes[index];
        quote.speaker = speaker;
        quote.role = role;
        quote.event = event;
        return Ok(());
    }
    let base = format!("q-{}-at-{}", at.source, at.span.start);
    let id = unique_id(&base, |id| data.quote(id).is_some());
    data.quotes.push(Quote {
        id,
        text,
        speaker,
        role,
        event,
        source: at.source.clone(),
        span: at.span,
        fragment: false,
    });
    Ok(())
}

/// Lower-case words joined by hyphens, e.g. "Jane O'Neil" → "jane-o-neil"; `fallback` if none.
fn slug(text: &str, fallback: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        fallback.into()
    } else {
        words.join("-")
    }
}

fn unique_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.into();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("some suffix is free")
}

/// Where `source`'s text changed from `old` to `new`, as one changed stretch: the bytes
/// before `same_before` are the same, and so are those from `old_end` in `old` and from
/// `new_end` in `new` on.
struct TextChange<'a> {
    source: &'a str,
    old: &'a str,
    new: &'a str,
    same_before: usize,
    old_end: usize,
    new_end: usize,
}

impl TextChange<'_> {
    /// `at` moved with the text: before the changed stretch it stays; after it, it moves by
    /// as much as the text grew or shrank. Inside it (two places were edited, say), it
    /// moves to its words if they are found there exactly once; else it stays where it was
    /// and no longer applies, as its words are gone or ambiguous.
    fn follow(&self, at: &mut At) {
        if at.source != self.source || at.span.end <= self.same_before {
            return;
        }
        if at.span.start >= self.old_end {
            at.span.start = at.span.start - self.old_end + self.new_end;
            at.span.end = at.span.end - self.old_end + self.new_end;
            return;
        }
        let Some(words) = self.old.get(at.span.start..at.span.end) else {
            return;
        };
        // The stretch of `new` the words could be in: the changed one, widened by their
        // length on each side (they may straddle its edges).
        let mut from = self.same_before.saturating_sub(words.len());
        while !self.new.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (self.new_end + words.len()).min(self.new.len());
        while !self.new.is_char_boundary(to) {
            to += 1;
        }
        let stretch = &self.new[from..to];
        let mut found = stretch.match_indices(words).map(|(i, _)| from + i);
        if let (Some(start), None) = (found.next(), found.next()) {
            at.span = Span {
                start,
                end: start + words.len(),
            };
        }
    }

    fn follow_event(&self, event: &mut EventRef) {
        if let Some(anchor) = &mut event.anchor {
            self.follow(anchor);
        }
    }
}

/// `edits` after `source`'s text was edited from `old` to `new`: each span in `source`
/// after the changed words moves with them, so that correcting a typo in the headline does
/// not undo the corrections below it. Time linear in the texts for each edit.
pub fn follow_text(edits: &mut [Edit], source: &str, old: &str, new: &str) {
    let mut same_before = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(same_before) || !new.is_char_boundary(same_before) {
        same_before -= 1;
    }
    let room = old.len().min(new.len()) - same_before;
    let mut same_after = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(old.len() - same_after)
        || !new.is_char_boundary(new.len() - same_after)
    {
        same_after -= 1;
    }
    let change = TextChange {
        source,
        old,
        new,
        same_before,
        old_end: old.len() - same_after,
        new_end: new.len() - same_after,
    };
    for edit in edits {
        match edit {
            Edit::RemoveEvent { event } | Edit::SetEventKind { event, .. } => {
                change.follow_event(event)
            }
            Edit::SetEventDate { event, at, .. } => {
                change.follow_event(event);
                if let Some(at) = at {
                    change.follow(at);
                }
            }
            Edit::RemoveRating { rating }
            | Edit::SetGrade { rating, .. }
            | Edit::SetJudgement { rating, .. } => change.follow(rating),
            Edit::RemoveQuote { quote }
            | Edit::SetSpeaker { quote, .. }
            | Edit::SetRole { quote, .. } => change.follow(quote),
            Edit::SetQuoteEvent { quote, event } | Edit::AddQuote { quote, event, .. } => {
                change.follow(quote);
                if let Some(event) = event {
                    change.follow_event(event);
                }
            }
            Edit::MergePeople { .. } => {}
            Edit::AddRating { rating, event, .. } => {
                change.follow(rating);
                if let EventChoice::Existing(event) = event {
                    change.follow_event(event);
                }
            }
        }
    }
}

impl Edit {
    /// What the edit does, in words, for the list of corrections.
    pub fn describe(&self, data: &Dataset) -> String {
        let words = |at: &At| match words_at(data, at) {
            // Quotation marks the words have are dropped: “'outstanding'” reads badly.
            Ok(words) => format!(
                "“{}”",
                shorten(words.trim_matches(['\'', '"', '‘', '’', '“', '”']))
            ),
            Err(_) => format!("bytes {}..{} of {}", at.span.start, at.span.end, at.source),
        };
        match self {
            Edit::RemoveEvent { event } => format!("Removed the event {}", event.id),
            Edit::RemoveRating { rating } => format!("Removed the grade {}", words(rating)),
            Edit::RemoveQuote { quote } => format!("Removed the quote {}", words(quote)),
            Edit::SetGrade { rating, grade } => {
                format!("Grade {} is {}", words(rating), grade.label())
            }
            Edit::SetJudgement { rating, judgement } => {
                format!("Grade {} is for {}", words(rating), judgement.label())
            }
            Edit::SetEventKind { event, kind } => {
                format!("Event {} is a {}", event.id, kind.label())
            }
            Edit::SetEventDate { event, value, .. } => {
                format!("Event {} took place on {value}", event.id)
            }
            Edit::SetSpeaker { quote, speaker } => {
                format!("Quote {} was said by {speaker}", words(quote))
            }
            Edit::SetRole { quote, role } => match role {
                Some(role) => format!("Speaker's role in {} is {role}", words(quote)),
                None => format!("No role for the speaker of {}", words(quote)),
            },
            Edit::SetQuoteEvent { quote, event } => match event {
                Some(event) => format!("Quote {} is about {}", words(quote), event.id),
                None => format!("Quote {} is about no event", words(quote)),
            },
            Edit::MergePeople { from, into } => format!("{from} is the same person as {into}"),
            Edit::AddRating {
                rating,
                judgement,
                grade,
                ..
            } => format!(
                "Added the grade {} ({}: {})",
                words(rating),
                judgement.label(),
                grade.label()
            ),
            Edit::AddQuote { quote, speaker, .. } => {
                format!("Added the quote {} by {speaker}", words(quote))
            }
        }
    }
}

/// At most 60 characters of `text`, with an ellipsis if cut.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.into(),
    }
}

/// Byte offset in `text` of the character at UTF-16 offset `utf16` (as a browser counts),
/// clamped to the text's end.
pub fn byte_offset_of_utf16(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (byte, c) in text.char_indices() {
        if units >= utf16 {
            return byte;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// Extracts a dataset from `articles` and applies `edits` to it: what the studio shows and
/// what `extract --edits FILE` prints, for the same articles and edits.
pub fn extract_and_apply(
    articles: &[crate::extract::Article],
    edits: &[Edit],
) -> (crate::extract::Extraction, Vec<(usize, String)>) {
    let mut extraction = crate::extract::extract(articles);
    let applied = apply(&extraction.dataset, edits);
    extraction.dataset = applied.dataset;
    (extraction, applied.skipped)
}
