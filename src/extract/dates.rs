//! Dates as articles write them ("21 Sep 2022", "in November 2025", "between July 18
//! and 29", "Tuesday (October 19)", "last year"), and how a date without a year gets one.
//!
//! An article's anchor is the date everything relative is read against: the
//! publication date it states; else a weekday date, placed in the manifest's year if
//! that day falls on that weekday then, else in the first year, from the latest year
//! the article names, in which it does; else
//! "last year" read against the latest year it names; else the manifest's date.

use super::layout::Layout;
use super::lexicon::{
    ARTICLES, DEADLINE, DETERMINERS, EARLIER, FOCUSED, FUTURE, INSPECTION_NOUNS, LAST_NAMED,
    MONITORING, MONTHS, MONTH_PARTS, MONTH_PREPOSITIONS, MONTH_SPAN_OPENERS, PLACE_JOINERS,
    PUBLICATION_LEADS, PUBLICATION_LEAD_LINKS, SEASONS, SINCE, VISIT_NOUNS, WEEKDAYS,
    YEARS_AFTER_MODIFIERS, YEARS_BACK,
};
use super::text::{capitalised, is_key_of, length_bounds, Word};
use super::{Diagnostics, Problem};
use crate::model::{days_in_month, Date, DateParts, Span, MONTH_ABBREVIATIONS};
use std::ops::Range;

/// How far past the latest year an article names a weekday date may be placed.
const WEEKDAY_SEARCH_YEARS: i32 = 10;

/// Words relative to the article's own date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relative {
    Today,
    ThisWeek,
    ThisMonth,
    LastMonth,
    ThisYear,
    LastYear,
    /// "three years ago".
    YearsAgo(i32),
    /// "Two years after ..." opening a sentence about the article's own time.
    YearsBefore(i32),
    /// "last autumn": the season starting in this month that last ended before the
    /// article's month.
    LastSeason(u32),
    /// "last November": the last such month before the article's month (before its
    /// year, where the article gives no month).
    LastNamedMonth(u32),
    /// "before Christmas": the December before the article's month, up to June; the
    /// coming one from July.
    BeforeChristmas,
}

/// Months in a season.
const SEASON_MONTHS: u32 = 3;

/// A date as written, before any year is worked out.
#[derive(Debug, Clone)]
struct DateMention {
    span: Range<usize>,
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    end_day: Option<u32>,
    /// The last day's month and year, where a range runs into another month: "between
    /// 26 February and 8 March 2024".
    end_month: Option<u32>,
    end_year: Option<i32>,
    /// 0 for Monday.
    weekday: Option<u32>,
    /// "between November and December": the span runs to the end of `end_month`.
    to_month_end: bool,
    relative: Option<Relative>,
    /// Whether a [`FUTURE`] word comes before it in its sentence: "is due in December".
    ahead: bool,
}

/// The first month from which a yearless month, read against a publication date that is
/// only a year, is taken as the year before's. Ofsted publishes a report some six to
/// eight weeks after its inspection, so an article that year reporting an inspection
/// "in November" or "in December" reports last year's; earlier months are the year's
/// own. Not for what is still to come ("the next visit is due in December").
const REPORTED_NEXT_YEAR_FROM: u32 = 11;

/// How many words before a date a [`FUTURE`] word reaches.
const FUTURE_REACH: usize = 6;

/// The date an article's relative and yearless dates are read against.
#[derive(Debug, Clone)]
pub(crate) struct Anchor {
    pub parts: DateParts,
    /// What the anchor is and how it was found, for the basis of dates read against it.
    pub label: String,
    /// Why the words that give the anchor mean that date, where they need a reason.
    reason: Option<String>,
    /// The words that give it, when the text does.
    pub span: Option<Range<usize>>,
}

/// An article's dates, each with a year where one can be worked out.
pub(crate) struct ArticleDates {
    /// Resolved dates with the words that give them.
    pub dates: Vec<(Range<usize>, Date)>,
    pub anchor: Option<Anchor>,
    /// The article's own publication date, where its text states it.
    pub stated_publication: Option<Date>,
}

/// Most words of a clause read around "N years after" for a year of its own.
const CLAUSE_READ_WORDS: usize = 30;

/// How a date counted back in years from the article's is worked out: such a year is
/// only roughly the event's ("two years ago" of an inspection 26 months before).
const YEARS_AGO_BASIS: &str = "'years ago' counts back from the article's year";
const YEARS_AFTER_BASIS: &str =
    "'years after' in a sentence of the article's time counts back from its year";

/// Whether `date` is a year counted back from the article's ("three years ago", "two
/// years after"), and so may be a year out.
pub(crate) fn is_counted_back(date: &Date) -> bool {
    date.basis.as_deref().is_some_and(|basis| {
        [YEARS_AGO_BASIS, YEARS_AFTER_BASIS]
            .iter()
            .any(|counted| basis.starts_with(counted))
    })
}

impl Anchor {
    /// The anchor as a date of `source`, for an event known only from the article's date.
    pub fn date(&self, source: &str, basis: &str) -> Date {
        Date {
            value: value_of(&self.parts),
            end: None,
            inferred: true,
            before: false,
            basis: Some(format!("{basis}; taken from {}", self.label)),
            source: self.span.as_ref().map(|_| source.to_string()),
            span: self.span.as_ref().map(to_span),
        }
    }
}

/// Why a date mention gives no date.
enum Unresolved {
    /// No year is written and none can be worked out.
    NoYear,
    /// The words contradict themselves, e.g. a weekday that does not fit the date.
    Wrong(String),
}

/// Finds and resolves every date of the article.
pub(crate) fn article_dates(
    layout: &Layout,
    source: &str,
    manifest_published: Option<&Date>,
    diagnostics: &mut Diagnostics,
) -> ArticleDates {
    let mentions = find_mentions(layout);
    let stated = stated_publication(layout, &mentions);
    let manifest_year = manifest_published.and_then(Date::year);
    let anchor = stated
        .as_ref()
        .map(|(mention, parts)| Anchor {
            parts: *parts,
            label: format!("the article's stated publication date, {}", parts.display()),
            reason: None,
            span: Some(mention.span.clone()),
        })
        .or_else(|| weekday_anchor(&mentions, manifest_year))
        // The text's own evidence first, but a guess from "last year" must agree with
        // the year the newsroom gives, if it gives one.
        .or_else(|| {
            last_year_anchor(&mentions)
                .filter(|guess| manifest_year.is_none_or(|year| year == guess.parts.year))
        })
        .or_else(|| manifest_published.and_then(manifest_anchor));
    let mut dates = Vec::with_capacity(mentions.len());
    // The mentions that can anchor others in their sentence, read once.
    let anchors: Vec<&DateMention> = match anchor {
        Some(_) => Vec::new(),
        None => mentions
            .iter()
            .filter(|m| m.relative.is_none() && m.year.is_some())
            .filter(|m| !dates_an_earlier_event(layout, m))
            .collect(),
    };
    for mention in &mentions {
        let nearby = anchor
            .is_none()
            .then(|| sentence_anchor(layout, &anchors, mention))
            .flatten();
        match resolve(mention, anchor.as_ref().or(nearby.as_ref()), source) {
            Ok(date) => dates.push((mention.span.clone(), date)),
            Err(Unresolved::Wrong(problem)) => {
                diagnostics.warn(Problem::WrongDate, mention.span.start, &problem)
            }
            // "today" in an undated article is common and harmless; a calendar date is not.
            Err(Unresolved::NoYear) if mention.relative.is_none() => diagnostics.warn(
                Problem::NoYear,
                mention.span.start,
                "no year can be worked out for this date (no publication date is known); left out",
            ),
            Err(Unresolved::NoYear) => {}
        }
    }
    let stated_publication = stated.map(|(mention, parts)| {
        let mut date = Date::stated(value_of(&parts));
        date.source = Some(source.to_string());
        date.span = Some(to_span(&mention.span));
        date
    });
    ArticleDates {
        dates,
        anchor,
        stated_publication,
    }
}

fn to_span(range: &Range<usize>) -> Span {
    Span {
        start: range.start,
        end: range.end,
    }
}

/// "Published: 21 Sep 2022" opening a paragraph, or a press release's "published today
/// (Friday, 19 February 2016)".
fn stated_publication(
    layout: &Layout,
    mentions: &[DateMention],
) -> Option<(DateMention, DateParts)> {
    mentions.iter().find_map(|mention| {
        let paragraph = &layout.paragraphs[layout.paragraph_index_at(mention.span.start)?];
        let lead = layout.words_in(paragraph.start..mention.span.start);
        let announces = lead.first().is_some_and(|w| w.is_any(&PUBLICATION_LEADS))
            && lead
                .iter()
                .all(|w| w.is_any(&PUBLICATION_LEADS) || w.is_any(&PUBLICATION_LEAD_LINKS));
        // A dateline: the date alone on a line just after the headline, or opening its
        // first paragraph before a colon ("Monday 20 November 2023: Hillingdon
        // Council's Children's Services has been judged ...").
        let rest = layout.slice(mention.span.end..paragraph.end).trim();
        let dateline = lead.is_empty()
            && layout.paragraphs.iter().take(3).any(|p| p == paragraph)
            && (rest.is_empty() || rest.starts_with(':'));
        let today_bracketed = lead.last().is_some_and(|w| {
            w.is("today") && layout.slice(w.end()..mention.span.start).trim() == "("
        });
        let parts = full_date(mention)?;
        (announces || today_bracketed || dateline).then(|| (mention.clone(), parts))
    })
}

/// The mention's day, month and year, if it has all three and they are a calendar date
/// ("29 February 2019" is not: it is warned about where dates are read, never used).
fn full_date(mention: &DateMention) -> Option<DateParts> {
    let (year, month, day) = (mention.year?, mention.month?, mention.day?);
    (1..=days_in_month(year, month))
        .contains(&day)
        .then_some(DateParts {
            year,
            month: Some(month),
            day: Some(day),
        })
}

/// The latest year the article names outright.
fn latest_stated_year(mentions: &[DateMention]) -> Option<i32> {
    mentions.iter().filter_map(|m| m.year).max()
}

/// A weekday date without a year ("Tuesday (October 19)"), placed in the year the
/// manifest gives if it falls on that weekday then; else in the first year, from the
/// latest the article names, in which it does. ("last Tuesday (October 15)" in an
/// article of 2024 that names 2019: 15 October was a Tuesday in both.)
fn weekday_anchor(mentions: &[DateMention], manifest_year: Option<i32>) -> Option<Anchor> {
    let latest = latest_stated_year(mentions);
    mentions.iter().find_map(|mention| {
        let (weekday, month, day) = (mention.weekday?, mention.month?, mention.day?);
        // "from Monday 2 to Friday 6 October": a span of days is when something lasted,
        // not the day the article was written.
        if mention.year.is_some() || mention.end_day.is_some() {
            return None;
        }
        let fits = |year: i32| {
            day <= days_in_month(year, month) && weekday_of(year, month, day) == weekday
        };
        let searched = latest.and_then(|latest| {
            let year = (latest..=latest + WEEKDAY_SEARCH_YEARS).find(|&year| fits(year))?;
            Some((
                year,
                format!("the first such year from {latest}, the latest year the article names"),
            ))
        });
        let (year, whence) = match manifest_year.filter(|&year| fits(year)) {
            Some(year) if searched.as_ref().is_none_or(|(found, _)| *found != year) => {
                (year, "the year the manifest gives".to_string())
            }
            _ => searched?,
        };
        let parts = DateParts {
            year,
            month: Some(month),
            day: Some(day),
        };
        let weekday = capitalised(WEEKDAYS[weekday as usize]);
        let reason = format!(
            "{} {day} is a {weekday} in {year}, {whence}",
            capitalised(MONTHS[month as usize - 1]),
        );
        Some(Anchor {
            parts,
            label: format!("{weekday} {} ({reason})", parts.display()),
            reason: Some(reason),
            span: Some(mention.span.clone()),
        })
    })
}

/// "Last year" in an article that states no date of its own: the article is from the
/// year after the latest year it names.
fn last_year_anchor(mentions: &[DateMention]) -> Option<Anchor> {
    let latest = latest_stated_year(mentions)?;
    let said = mentions
        .iter()
        .find(|m| m.relative == Some(Relative::LastYear))?;
    Some(Anchor {
        parts: DateParts {
            year: latest + 1,
            month: None,
            day: None,
        },
        label: format!(
            "the article's year, {} (it speaks of 'last year', and {latest} is the latest year it names)",
            latest + 1
        ),
        reason: None,
        span: Some(said.span.clone()),
    })
}

fn manifest_anchor(published: &Date) -> Option<Anchor> {
    let parts = published.parts()?;
    Some(Anchor {
        parts,
        label: format!("the publication date in the manifest, {}", parts.display()),
        reason: None,
        span: None,
    })
}

/// For an article with no date of its own: the nearest date with a year in the
/// mention's sentence, to read a yearless one against ("in January, and the report was
/// published on 2 February 2023"). `anchors` are the mentions that can be that date
/// (stated, with a year, not an earlier event's), in the text's order.
fn sentence_anchor(
    layout: &Layout,
    anchors: &[&DateMention],
    mention: &DateMention,
) -> Option<Anchor> {
    let sentence = layout.sentence_at(mention.span.start);
    let at = mention.span.start;
    // The nearest is the last before the mention or the first from it on; of two as
    // near, the first.
    let from_at = anchors.partition_point(|other| other.span.start < at);
    let before = from_at.checked_sub(1).map(|i| anchors[i]);
    let after = anchors.get(from_at).copied();
    let nearest = [before, after]
        .into_iter()
        .flatten()
        .filter(|other| sentence.contains(&other.span.start))
        .min_by_key(|other| other.span.start.abs_diff(at))?;
    let (other, year) = (nearest, nearest.year?);
    let parts = DateParts {
        year,
        month: other.month,
        day: other.day,
    };
    Some(Anchor {
        parts,
        label: format!("the date in the same sentence, {}", parts.display()),
        reason: None,
        span: None,
    })
}

/// How many words before a date "since" or an [`EARLIER`] word reach to make it an
/// earlier event's: "since the last inspection in 2014" says nothing of the year of "in
/// November" beside it.
const EARLIER_EVENT_REACH: usize = 4;

fn dates_an_earlier_event(layout: &Layout, mention: &DateMention) -> bool {
    let before = layout.words_in(layout.sentence_at(mention.span.start).start..mention.span.start);
    before
        .iter()
        .rev()
        .take(EARLIER_EVENT_REACH)
        .any(|w| w.is_any(&SINCE) || w.is_any(&EARLIER))
}

/// The date a mention stands for, with how its year was found.
fn resolve(
    mention: &DateMention,
    anchor: Option<&Anchor>,
    source: &str,
) -> Result<Date, Unresolved> {
    // "between 26 February and 8 March 2024": the first day takes the last one's year.
    let year = mention.year.or_else(|| {
        let (end_year, end_month) = (mention.end_year?, mention.end_month?);
        Some(end_year - i32::from(mention.month? > end_month))
    });
    let (parts, basis) = match (year, anchor) {
        (Some(year), _) => (
            DateParts {
                year,
                month: mention.month,
                day: mention.day,
            },
            None,
        ),
        (None, Some(anchor)) => read_against(mention, anchor),
        (None, None) => return Err(Unresolved::NoYear),
    };
    if let (Some(weekday), Some(month), Some(day)) = (mention.weekday, parts.month, parts.day) {
        if weekday_of(parts.year, month, day) != weekday {
            return Err(Unresolved::Wrong(format!(
                "{} is not a {}; date left out",
                parts.display(),
                capitalised(WEEKDAYS[weekday as usize])
            )));
        }
    }
    let end = month_span_end(mention, &parts).or_else(|| {
        mention.end_day.map(|end_day| {
            let month = mention.end_month.or(parts.month);
            // "between 28 December and 8 January": the range runs into the next year.
            let next_year = i32::from(month < parts.month);
            value_of(&DateParts {
                year: mention.end_year.unwrap_or(parts.year + next_year),
                month,
                day: Some(end_day),
            })
        })
    });
    let date = Date {
        value: value_of(&parts),
        end,
        inferred: basis.is_some(),
        before: false,
        basis,
        source: Some(source.to_string()),
        span: Some(to_span(&mention.span)),
    };
    let well_formed = std::iter::once(&date.value)
        .chain(date.end.as_ref())
        .all(|v| DateParts::parse(v).is_some());
    if well_formed {
        Ok(date)
    } else {
        Err(Unresolved::Wrong(format!(
            "'{}' is not a calendar date; left out",
            date.value
        )))
    }
}

/// The last day of a span of whole months ("between November and December last year",
/// "last winter"), which ends in the start's year or, for a month earlier in the
/// calendar than the start's, the next.
fn month_span_end(mention: &DateMention, start: &DateParts) -> Option<String> {
    let month = mention.end_month.filter(|_| mention.to_month_end)?;
    let year = mention
        .end_year
        .unwrap_or(start.year + i32::from(Some(month) < start.month));
    Some(value_of(&DateParts {
        year,
        month: Some(month),
        day: Some(days_in_month(year, month)),
    }))
}

/// The first month of the season starting in `first` that last ended before the month
/// `here` falls in (before its year, if `here` has no month): "last autumn" in January
/// 2023 is September 2022.
fn last_season(first: u32, here: &DateParts) -> DateParts {
    // Months counted from year 0, January 0.
    let before = here.year * 12 + here.month.map_or(0, |m| m as i32 - 1);
    let last_month_in = |year: i32| year * 12 + (first + SEASON_MONTHS - 2) as i32;
    let mut year = here.year;
    while last_month_in(year) >= before {
        year -= 1;
    }
    DateParts {
        year,
        month: Some(first),
        day: None,
    }
}

/// The month before the one `here` falls in (its year alone, if `here` has no month).
fn month_before(here: &DateParts) -> DateParts {
    let (year, month) = match here.month {
        Some(1) => (here.year - 1, Some(12)),
        Some(month) => (here.year, Some(month - 1)),
        None => (here.year, None),
    };
    DateParts {
        year,
        month,
        day: None,
    }
}

/// Works out a yearless or relative date's year from the anchor, and says how.
fn read_against(mention: &DateMention, anchor: &Anchor) -> (DateParts, Option<String>) {
    let here = &anchor.parts;
    if anchor.span.as_ref() == Some(&mention.span) && mention.relative.is_none() {
        return (*here, anchor.reason.clone().or(Some(anchor.label.clone())));
    }
    let within_year = |year| DateParts {
        year,
        month: mention.month,
        day: None,
    };
    let (parts, what) = match mention.relative {
        Some(Relative::Today) => (*here, "'today' is the article's date"),
        Some(Relative::ThisWeek) => (
            DateParts { day: None, ..*here },
            "'this week' is the article's week",
        ),
        Some(Relative::ThisMonth) => (
            DateParts { day: None, ..*here },
            "'this month' is the article's month",
        ),
        Some(Relative::LastMonth) => (
            month_before(here),
            "'last month' is the month before the article's",
        ),
        Some(Relative::ThisYear) => (within_year(here.year), "'this year' is the article's year"),
        Some(Relative::LastYear) => (
            within_year(here.year - 1),
            "'last year' is the year before the article's",
        ),
        Some(Relative::YearsAgo(years)) => (within_year(here.year - years), YEARS_AGO_BASIS),
        Some(Relative::YearsBefore(years)) => (within_year(here.year - years), YEARS_AFTER_BASIS),
        Some(Relative::LastSeason(first)) => (
            last_season(first, here),
            "a season after 'last' is the last one to end before the article's month",
        ),
        Some(Relative::LastNamedMonth(month)) => (
            DateParts {
                year: here.year - i32::from(here.month.is_none_or(|own| month >= own)),
                month: Some(month),
                day: None,
            },
            "a month after 'last' is the last such month before the article's",
        ),
        Some(Relative::BeforeChristmas) => (
            DateParts {
                year: here.year - i32::from(here.month.is_none_or(|own| own <= 6)),
                month: Some(12),
                day: None,
            },
            "'before Christmas' is the December before the article's month (up to June)",
        ),
        None if mention.ahead && here.month.is_some() => (
            DateParts {
                year: first_year_not_before(mention, here),
                month: mention.month,
                day: mention.day,
            },
            "the year is not stated, and the date is still to come ('due', 'by'): the next such date",
        ),
        None => (
            DateParts {
                year: latest_year_not_after(mention, here),
                month: mention.month,
                day: mention.day,
            },
            "the year is not stated",
        ),
    };
    (parts, Some(format!("{what}; taken from {}", anchor.label)))
}

/// For a date still to come ("an improvement plan would be submitted by 21st November"):
/// the anchor's year, or the year after when the month and day come earlier in the year.
fn first_year_not_before(mention: &DateMention, anchor: &DateParts) -> i32 {
    let earlier_in_year = match mention.day {
        Some(day) => (mention.month, day) < (anchor.month, anchor.day.unwrap_or(1)),
        None => mention.month < anchor.month,
    };
    anchor.year + i32::from(earlier_in_year)
}

/// The anchor's year, or the year before when the month and day come later in the year;
/// against an anchor that is only a year, the year before for a month too late in the
/// year for its inspection to be reported that year ([`REPORTED_NEXT_YEAR_FROM`]).
fn latest_year_not_after(mention: &DateMention, anchor: &DateParts) -> i32 {
    let later_in_year = match anchor.month {
        Some(_) => {
            (mention.month, mention.day.unwrap_or(1)) > (anchor.month, anchor.day.unwrap_or(31))
        }
        None => !mention.ahead && mention.month.is_some_and(|m| m >= REPORTED_NEXT_YEAR_FROM),
    };
    if later_in_year {
        anchor.year - 1
    } else {
        anchor.year
    }
}

/// "YYYY", "YYYY-MM" or "YYYY-MM-DD" at the precision the parts have.
fn value_of(parts: &DateParts) -> String {
    match (parts.month, parts.day) {
        (Some(month), Some(day)) => format!("{:04}-{month:02}-{day:02}", parts.year),
        (Some(month), None) => format!("{:04}-{month:02}", parts.year),
        _ => format!("{:04}", parts.year),
    }
}

/// Day of the week, 0 for Monday, in the proleptic Gregorian calendar.
fn weekday_of(year: i32, month: u32, day: u32) -> u32 {
    let year = i64::from(if month <= 2 { year - 1 } else { year });
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_index + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days_since_1970 = era * 146_097 + day_of_era - 719_468;
    // 1 January 1970 was a Thursday.
    (days_since_1970 + 3).rem_euclid(7) as u32
}

fn find_mentions(layout: &Layout) -> Vec<DateMention> {
    let reader = Reader {
        layout,
        words: &layout.words,
        // Each reading asks for a word's month, some several times: worked out once.
        months: layout.words.iter().map(|w| month_named(w.text)).collect(),
    };
    let mut found = Vec::new();
    let mut index = 0;
    while index < reader.words.len() {
        match reader.date_at(index) {
            Some((mut mention, next)) => {
                // "will include the response to July's inspection": a month owning a
                // thing names one that was, whatever is still to come around it.
                let owning = reader.words[next - 1].is_possessive();
                mention.ahead = !owning && comes_after_future_word(layout, &mention);
                found.push(mention);
                index = next;
            }
            None => index += 1,
        }
    }
    found
}

/// Whether a [`FUTURE`] word stands a few words before `mention` in its sentence, or a
/// [`DEADLINE`] word right before it ("would be submitted by 21st November").
fn comes_after_future_word(layout: &Layout, mention: &DateMention) -> bool {
    let before = layout.words_in(layout.sentence_at(mention.span.start).start..mention.span.start);
    before
        .iter()
        .rev()
        .take(FUTURE_REACH)
        .any(|w| w.is_any(&FUTURE))
        || before.last().is_some_and(|w| w.is_any(&DEADLINE))
}

/// Reads dates word by word.
struct Reader<'l, 'a> {
    layout: &'l Layout<'a>,
    words: &'l [Word<'a>],
    /// The month each word names, if any (see [`month_named`]).
    months: Vec<Option<u32>>,
}

impl Reader<'_, '_> {
    fn date_at(&self, start: usize) -> Option<(DateMention, usize)> {
        if let Some((mut mention, next)) = self.relative_at(start) {
            mention.span = self.words[start].start..self.words[next - 1].end();
            return Some((mention, next));
        }
        let weekday = self.weekday(start);
        let first = if weekday.is_some() { start + 1 } else { start };
        if weekday.is_some() && !self.linked(start, first) {
            return None;
        }
        let (mut mention, next) = self
            .day_first(first)
            .or_else(|| self.month_first(first))
            .or_else(|| self.year_alone(first).filter(|_| weekday.is_none()))
            .or_else(|| self.month_alone(first).filter(|_| weekday.is_none()))?;
        let next = self.range_end(&mut mention, start, next);
        mention.weekday = weekday;
        mention.span = self.closing_brackets(self.words[start].start..self.words[next - 1].end());
        Some((mention, next))
    }

    /// Where a day's date runs on to a last day in another month ("between 26 February
    /// 2024 and 8 March 2024", "26 February to 8 March 2024", "26 February – 8 March"),
    /// records that last day in `mention` and gives the index after it; else gives
    /// `next`. Joined by "and", two dates are a range only after "between" ("visits on 4
    /// May and 9 June" are two).
    fn range_end(&self, mention: &mut DateMention, start: usize, next: usize) -> usize {
        if mention.day.is_none() || mention.end_day.is_some() || next == 0 {
            return next;
        }
        let Some(word) = self.words.get(next) else {
            return next;
        };
        let gap = self
            .layout
            .slice(self.words[next - 1].end()..word.start)
            .trim();
        // "between the 23rd January and the 16th February 2017": an article may stand
        // before either day.
        let opener = start.checked_sub(1).and_then(|before| {
            if self.words[before].is_any(&ARTICLES) {
                before.checked_sub(1)
            } else {
                Some(before)
            }
        });
        let between = opener.is_some_and(|at| self.words[at].is_any(&MONTH_SPAN_OPENERS));
        let joins = if between {
            &["and", "to"][..]
        } else {
            &["to", "until"][..]
        };
        let at = if word.is_any(joins) && gap.is_empty() {
            next + 1
        } else if matches!(gap, "–" | "—" | "-") {
            next
        } else {
            return next;
        };
        let at = match self.words.get(at) {
            Some(word) if word.is_any(&ARTICLES) => at + 1,
            _ => at,
        };
        // "between Monday, January 23 and Friday, January 27, 2023": the last day's
        // weekday is read past.
        let at = match self.weekday(at) {
            Some(_) if self.linked(at, at + 1) => at + 1,
            _ => at,
        };
        let Some((last, after)) = self.day_first(at).or_else(|| self.month_first(at)) else {
            return next;
        };
        let (Some(day), Some(month)) = (last.day, last.month) else {
            return next;
        };
        // The last day comes later: in a later year, or, where a year is missing at
        // either end, later in the calendar or in the next year ("between 28 December
        // and 8 January 2020"); never the same day ("14 May and 14 May").
        let reversed = match (mention.year, last.year) {
            (Some(first_year), Some(last_year)) => {
                (last_year, Some(month), Some(day)) <= (first_year, mention.month, mention.day)
            }
            _ => (Some(month), Some(day)) == (mention.month, mention.day),
        };
        if last.end_day.is_some() || reversed {
            return next;
        }
        mention.end_day = Some(day);
        mention.end_month = Some(month);
        mention.end_year = last.year;
        after
    }

    /// `span`, widened over the closing brackets straight after it that close brackets it
    /// opened: "Tuesday (October 19)", not "Tuesday (October 19".
    fn closing_brackets(&self, span: Range<usize>) -> Range<usize> {
        let inside = self.layout.slice(span.clone());
        let unclosed = inside
            .matches('(')
            .count()
            .saturating_sub(inside.matches(')').count());
        let after = self.layout.slice(span.end..self.layout.text.len());
        let closing = after
            .bytes()
            .take(unclosed)
            .take_while(|&b| b == b')')
            .count();
        span.start..span.end + closing
    }

    /// "today", "this week", "last month", "last year", "three years ago".
    fn relative_at(&self, at: usize) -> Option<(DateMention, usize)> {
        if self.words[at].is_any(&["today", "today's"]) {
            return Some((self.mention(Some(Relative::Today)), at + 1));
        }
        if let Some(years) = self.years_ago(at) {
            return Some((self.mention(Some(Relative::YearsAgo(years))), at + 3));
        }
        if let Some((years, next)) = self.years_before_clause(at) {
            return Some((self.mention(Some(Relative::YearsBefore(years))), next));
        }
        // "a fifth monitoring visit this May": that month of the article's year.
        if let Some(month) = self.month(at + 1).filter(|_| self.words[at].is("this")) {
            let mut mention = self.mention(Some(Relative::ThisYear));
            mention.month = Some(month);
            return Some((mention, at + 2));
        }
        if let Some(found) = self.last_named_month(at) {
            return Some(found);
        }
        // "its latest full inspection of the department before Christmas".
        if self.words[at].is("before")
            && self.words.get(at + 1).is_some_and(|w| w.is("christmas"))
            && self.linked(at, at + 1)
        {
            let mut mention = self.mention(Some(Relative::BeforeChristmas));
            mention.month = Some(12);
            return Some((mention, at + 2));
        }
        let relative = self.relative_pair(at)?;
        let mut mention = self.mention(Some(relative));
        if let Relative::LastSeason(first) = relative {
            mention.end_month = Some((first + SEASON_MONTHS - 2) % 12 + 1);
            mention.to_month_end = true;
        }
        Some((mention, at + 2))
    }

    /// "a four-week inspection ... last November and December": a month after "last"
    /// (and a second month joined to it, to whose end the span runs), and the index
    /// after the words.
    fn last_named_month(&self, at: usize) -> Option<(DateMention, usize)> {
        if !self.words[at].is_any(&LAST_NAMED) || !self.linked(at, at + 1) {
            return None;
        }
        let month = self.month(at + 1)?;
        let mut mention = self.mention(Some(Relative::LastNamedMonth(month)));
        mention.month = Some(month);
        let joined = self
            .words
            .get(at + 2)
            .filter(|w| w.is_any(&PLACE_JOINERS) && self.linked(at + 1, at + 2))
            .and_then(|_| self.month(at + 3).filter(|_| self.linked(at + 2, at + 3)));
        match joined {
            Some(end) => {
                mention.end_month = Some(end);
                mention.to_month_end = true;
                Some((mention, at + 4))
            }
            None => Some((mention, at + 2)),
        }
    }

    /// "two years ago", "a year ago", "3 years ago", "six years prior": how many years.
    fn years_ago(&self, at: usize) -> Option<i32> {
        let ago = self.words.get(at + 2)?;
        // "given an 'inadequate' rating six years prior": before now, as "ago".
        if !ago.is_any(&YEARS_BACK) {
            return None;
        }
        self.years(at)
    }

    /// "Two years after Ashby Council's services were branded inadequate, a report has
    /// rated them ...", "Six years on from being found inadequate, ...": opening its
    /// sentence, a count of years after what the clause tells, up to the time the
    /// sentence goes on to tell, the article's own. How many years, and the index after
    /// the words.
    fn years_before_clause(&self, at: usize) -> Option<(i32, usize)> {
        // The words first, which most words are not: "N years after", "N years on from".
        let after = self.words.get(at + 2)?;
        let on_from = after.is("on") && self.words.get(at + 3).is_some_and(|w| w.is("from"));
        let next = if on_from {
            at + 4
        } else if after.is("after") {
            at + 3
        } else {
            return None;
        };
        let years = self.years(at)?;
        let word = &self.words[at];
        let sentence = self.layout.sentence_at(word.start);
        let lead = self.layout.words_in(sentence.start..word.start);
        if lead.is_empty() {
            return Some((years, next));
        }
        // Or after a comma that ends an undated main clause: "have been rated inadequate
        // in all areas, just four years after the council was rated good" counts back
        // from the article's time as the opening does (not "rated good in 2019, two
        // years after ...", whose main clause has its own date). Only so many words of
        // each clause are read, so that a run-on sentence stays linear.
        let is_year = |w: &Word| w.text.len() == 4 && w.text.bytes().all(|b| b.is_ascii_digit());
        let modifiers = lead
            .iter()
            .rev()
            .take(YEARS_AFTER_MODIFIERS.len())
            .take_while(|w| w.is_any(&YEARS_AFTER_MODIFIERS))
            .count();
        let main = &lead[..lead.len() - modifiers];
        let comma_before = main.last().is_some_and(|last| {
            self.layout
                .slice(last.end()..lead.get(main.len()).map_or(word.start, |w| w.start))
                .contains(',')
        });
        let main_clause = &main[main.len().saturating_sub(CLAUSE_READ_WORDS)..];
        if !comma_before || main_clause.iter().any(is_year) {
            return None;
        }
        // Nor "two years after it received a rating of 'inadequate' in December 2021":
        // a clause with its own year (read up to its comma, or so many words).
        let rest = &self.words[at..self.words.len().min(at + CLAUSE_READ_WORDS)];
        let own_year = rest
            .iter()
            .take_while(|w| w.start < sentence.end)
            .enumerate()
            .take_while(|(i, w)| {
                *i == 0
                    || !self
                        .layout
                        .slice(rest[i - 1].end()..w.start)
                        .contains([',', ';', ':'])
            })
            .any(|(_, w)| is_year(w));
        if own_year {
            return None;
        }
        Some((years, next))
    }

    /// The count of years in "two years", "a year", "3 years".
    fn years(&self, at: usize) -> Option<i32> {
        let unit = self.words.get(at + 1)?;
        if !unit.is_any(&["year", "years"]) {
            return None;
        }
        let count = self.words[at].key();
        const NUMBERS: [&str; 10] = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ];
        match count.as_str() {
            "a" | "an" => Some(1),
            word => NUMBERS
                .iter()
                .position(|n| *n == word)
                .map(|i| i as i32 + 1)
                .or_else(|| word.parse().ok().filter(|n| (1..=50).contains(n))),
        }
    }

    fn relative_pair(&self, at: usize) -> Option<Relative> {
        let word = self.words.get(at)?;
        if !word.is("this") && !word.is("last") {
            return None;
        }
        // "Following last month's inspection": the unit read without its possessive
        // ending, as "June's inspection" is.
        let next = &self.words.get(at + 1).map(|w| Word {
            text: w.possessor(),
            start: w.start,
        })?;
        if word.is("this") {
            if next.is("week") {
                Some(Relative::ThisWeek)
            } else if next.is("month") {
                Some(Relative::ThisMonth)
            } else if next.is("year") {
                Some(Relative::ThisYear)
            } else {
                None
            }
        } else if word.is("last") {
            if next.is("month") {
                Some(Relative::LastMonth)
            } else if next.is("year") {
                Some(Relative::LastYear)
            } else {
                SEASONS
                    .iter()
                    .find(|(season, _)| next.is(season))
                    .map(|&(_, first)| Relative::LastSeason(first))
            }
        } else {
            None
        }
    }

    fn mention(&self, relative: Option<Relative>) -> DateMention {
        DateMention {
            span: 0..0,
            year: None,
            month: None,
            day: None,
            end_day: None,
            end_month: None,
            end_year: None,
            weekday: None,
            to_month_end: false,
            relative,
            ahead: false,
        }
    }

    /// "21 Sep 2022", "18–29 July", "18 and 29 July".
    fn day_first(&self, at: usize) -> Option<(DateMention, usize)> {
        let (day, end_day, after_days) = self.days(at)?;
        let month = self
            .month(after_days)
            .filter(|_| self.linked(after_days - 1, after_days))?;
        let mut mention = self.mention(None);
        mention.day = Some(day);
        mention.end_day = end_day;
        mention.month = Some(month);
        Some(self.with_year(mention, after_days + 1))
    }

    /// "July 18 and 29", "October 19", "November 2025", "July this year".
    fn month_first(&self, at: usize) -> Option<(DateMention, usize)> {
        let month = self.month(at)?;
        let mut mention = self.mention(None);
        mention.month = Some(month);
        if let Some((day, end_day, next)) = self.days(at + 1).filter(|_| self.linked(at, at + 1)) {
            mention.day = Some(day);
            mention.end_day = end_day;
            return Some(self.with_year(mention, next));
        }
        if let Some((year, next)) = self.year_after(at) {
            mention.year = Some(year);
            return Some((mention, next));
        }
        let relative = self
            .relative_pair(at + 1)
            .filter(|r| matches!(r, Relative::ThisYear | Relative::LastYear))?;
        mention.relative = Some(relative);
        Some((mention, at + 3))
    }

    /// A month with no day or year, after a preposition ("in September"), or owning
    /// what follows ("the response to July's inspection").
    fn month_alone(&self, at: usize) -> Option<(DateMention, usize)> {
        let possessive = self.possessive_month(at);
        let month = self.month(at).or(possessive)?;
        let after_preposition = at > 0 && self.words[at - 1].is_any(&MONTH_PREPOSITIONS);
        let mut mention = self.mention(None);
        mention.month = Some(month);
        // "in September and October 2016": the first month takes the year written after
        // the second (the one before, where the second comes earlier in the calendar),
        // or its "last year" or "this year".
        // The second month may follow "and", perhaps with its own "early" or "late"
        // ("late October and early November 2014"), or a slash or dash
        // ("October/November 2014").
        let second = if self.words.get(at + 1).is_some_and(|w| w.is("and")) {
            let part = self
                .words
                .get(at + 2)
                .is_some_and(|w| w.is_any(&MONTH_PARTS));
            let second = at + 2 + usize::from(part);
            (self.linked(at, at + 1) && self.linked(second - 1, second)).then_some(second)
        } else {
            self.joined_by_mark(at, at + 1).then_some(at + 1)
        };
        let shared_year = second.and_then(|second| {
            let next = self.month(second)?;
            Some((next, self.year_after(second).map(|(year, _)| year)))
        });
        let second = second.unwrap_or(at + 2);
        // "between November and December last year": one span, to the second month's end.
        let span_opener = at > 0 && self.words[at - 1].is_any(&MONTH_SPAN_OPENERS);
        let mut next_index = at + 1;
        match shared_year {
            Some((next, Some(year))) => {
                mention.year = Some(year - i32::from(next < month));
                if span_opener {
                    mention.end_year = Some(year);
                    next_index = self
                        .year_after(second)
                        .map_or(second + 1, |(_, after)| after);
                }
            }
            // "in September and October last year": both of that year.
            Some((next, None)) if next > month => {
                mention.relative = self
                    .relative_pair(second + 1)
                    .filter(|r| matches!(r, Relative::ThisYear | Relative::LastYear));
                if span_opener {
                    next_index = second + 1 + 2 * usize::from(mention.relative.is_some());
                }
            }
            Some((_, None)) if span_opener => next_index = second + 1,
            _ => {}
        }
        if let Some((next, _)) = shared_year.filter(|_| span_opener) {
            mention.end_month = Some(next);
            mention.to_month_end = true;
        }
        // "During the December inspection", "its March monitoring visit": a month between
        // a determiner and an event word names when that event was.
        let names_event = at > 0
            && self.words[at - 1].is_any(&DETERMINERS)
            && self.linked(at, at + 1)
            && self.words[at + 1..]
                .iter()
                .take(2)
                .position(|w| w.is_any(&INSPECTION_NOUNS) || w.is_any(&VISIT_NOUNS))
                .is_some_and(|gap| {
                    gap == 0
                        || self.words[at + 1].is_any(&MONITORING)
                        || self.words[at + 1].is_any(&FOCUSED)
                });
        (after_preposition || span_opener || names_event || possessive.is_some())
            .then_some((mention, next_index))
    }

    /// A month name with a possessive ending ("July's inspection"), not after a capitalised
    /// word, where it would be a name's ("Theresa May's government").
    fn possessive_month(&self, at: usize) -> Option<u32> {
        let word = self.words.get(at)?;
        let after_name = at > 0
            && self.words[at - 1].is_capitalised()
            && self.layout.sentence_at(word.start).start < self.words[at - 1].start;
        if !word.is_possessive() || after_name {
            return None;
        }
        month_named(word.possessor())
    }

    fn year_alone(&self, at: usize) -> Option<(DateMention, usize)> {
        let mut mention = self.mention(None);
        mention.year = Some(self.year(at)?);
        Some((mention, at + 1))
    }

    /// Adds a year written straight after a day and month.
    fn with_year(&self, mut mention: DateMention, at: usize) -> (DateMention, usize) {
        match self.year(at).filter(|_| self.linked(at - 1, at)) {
            Some(year) => {
                mention.year = Some(year);
                (mention, at + 1)
            }
            None => (mention, at),
        }
    }

    /// A day, or a range of days ("18-29", "18 and 29", "18 to 29"), and the next index.
    fn days(&self, at: usize) -> Option<(u32, Option<u32>, usize)> {
        let word = self.words.get(at)?;
        // A day is written in digits ("18", "18th", "18-29"): other words are passed
        // over by their first character.
        if !word.text.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        if let Some((first, last)) = word.text.split_once('-') {
            return Some((day_number(first)?, Some(day_number(last)?), at + 1));
        }
        let day = day_number(word.text)?;
        let joined_by_word = self
            .words
            .get(at + 1)
            .is_some_and(|w| w.is_any(&["and", "to"]));
        if joined_by_word {
            // "from Monday 2 to Friday 6 October": the last day's weekday is read past.
            let last = match self.weekday(at + 2) {
                Some(_) if self.linked(at + 2, at + 3) => at + 3,
                _ => at + 2,
            };
            if let Some(end) = self.words.get(last).and_then(|w| day_number(w.text)) {
                return Some((day, Some(end), last + 1));
            }
        }
        let dashed = self.words.get(at + 1).is_some_and(|w| {
            matches!(
                self.layout.slice(word.end()..w.start).trim(),
                "–" | "—" | "-"
            )
        });
        if dashed {
            if let Some(end) = self.words.get(at + 1).and_then(|w| day_number(w.text)) {
                return Some((day, Some(end), at + 2));
            }
        }
        Some((day, None, at + 1))
    }

    fn month(&self, at: usize) -> Option<u32> {
        self.months.get(at).copied().flatten()
    }

    fn weekday(&self, at: usize) -> Option<u32> {
        let word = self.words.get(at)?;
        // The names are ASCII ("Monday", "Wednesday"): most words are passed over by
        // their length.
        let (shortest, longest) = WEEKDAY_LENGTHS;
        if !(shortest..=longest).contains(&word.text.len()) {
            return None;
        }
        WEEKDAYS
            .iter()
            .position(|day| word.is(day))
            .map(|index| index as u32)
    }

    /// The year written right after the word at `at`, directly or after "of" ("March
    /// 2019", "March of 2019"), and the index after it.
    fn year_after(&self, at: usize) -> Option<(i32, usize)> {
        if let Some(year) = self.year(at + 1).filter(|_| self.linked(at, at + 1)) {
            return Some((year, at + 2));
        }
        let of = self.words.get(at + 1).is_some_and(|w| w.is("of"))
            && self
                .layout
                .slice(self.words[at].end()..self.words[at + 1].start)
                == " ";
        let year = self
            .year(at + 2)
            .filter(|_| of && self.linked(at + 1, at + 2))?;
        Some((year, at + 3))
    }

    fn year(&self, at: usize) -> Option<i32> {
        let text = self.words.get(at)?.text;
        let is_year = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit());
        is_year
            .then(|| text.parse().ok())
            .flatten()
            .filter(|year| (1900..=2100).contains(year))
    }

    /// Whether the words at `left` and `right` are joined by a slash or a dash alone:
    /// "October/November", "October – November" ("October-November" is one word, not read).
    fn joined_by_mark(&self, left: usize, right: usize) -> bool {
        let (Some(a), Some(b)) = (self.words.get(left), self.words.get(right)) else {
            return false;
        };
        matches!(
            self.layout.slice(a.end()..b.start),
            "/" | "-" | "\u{2013}" | " - " | " \u{2013} "
        )
    }

    /// Whether two neighbouring words are joined only by spaces, commas or brackets.
    fn linked(&self, left: usize, right: usize) -> bool {
        let (Some(a), Some(b)) = (self.words.get(left), self.words.get(right)) else {
            return false;
        };
        let gap = self.layout.slice(a.end()..b.start);
        !gap.is_empty()
            && gap.chars().count() <= 3
            && gap
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
    }
}

/// The shortest and longest weekday names.
const WEEKDAY_LENGTHS: (usize, usize) = length_bounds(&WEEKDAYS);

/// The shortest and longest month names and short forms ("May", "September"; "Sep" and
/// "Sept" are no longer than the names).
const MONTH_LENGTHS: (usize, usize) = {
    let (names_shortest, names_longest) = length_bounds(&MONTHS);
    let (short_shortest, _) = length_bounds(&MONTH_ABBREVIATIONS);
    let shortest = if short_shortest < names_shortest {
        short_shortest
    } else {
        names_shortest
    };
    (shortest, names_longest)
};

/// Words joined to a month by a hyphen: "mid-January", "Early-March".
const MONTH_PREFIXES: [&str; 6] = ["mid", "Mid", "early", "Early", "late", "Late"];

/// The month a word written as `text` names, if any.
fn month_named(text: &str) -> Option<u32> {
    // Only a capital opens a month's name, or "mid-", "early-" or "late-" before one.
    if !text
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_uppercase() || matches!(b, b'm' | b'e' | b'l'))
    {
        return None;
    }
    // "mid-January", "early-March": the month.
    let text = match text.split_once('-') {
        Some((prefix, month)) if MONTH_PREFIXES.contains(&prefix) => month,
        _ => text,
    };
    if !text.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    // Compared as keys, without lower-casing a copy: most capitalised words are names.
    // The names are ASCII, and no other character lowers to their letters.
    let word = text.strip_suffix('.').unwrap_or(text);
    let (shortest, longest) = MONTH_LENGTHS;
    if !word.is_ascii() || !(shortest..=longest).contains(&word.len()) {
        return None;
    }
    MONTHS
        .iter()
        .zip(MONTH_ABBREVIATIONS)
        .position(|(month, short)| is_key_of(word, month) || is_abbreviation_of(word, short))
        .map(|index| index as u32 + 1)
}

/// Whether `word` is the short form `short` of a month's name, in any case: "Sep", "oct",
/// and "Sept" for September's "Sep". (The short forms are ASCII, and no other character
/// lowers to their letters.)
fn is_abbreviation_of(word: &str, short: &str) -> bool {
    word.eq_ignore_ascii_case(short) || (short == "Sep" && word.eq_ignore_ascii_case("sept"))
}

/// 1 to 31, with an optional "st", "nd", "rd" or "th".
fn day_number(text: &str) -> Option<u32> {
    let digits = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &text[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !["", "st", "nd", "rd", "th"].contains(&suffix) {
        return None;
    }
    digits.parse().ok().filter(|day| (1..=31).contains(day))
}
