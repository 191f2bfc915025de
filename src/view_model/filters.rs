//! The reader's filters, and which quotes and events are shown.

use super::QUOTES_SHOWN_FIRST;
use crate::index::{sort_positions, IdIndex, IndexedDataset};
use crate::model::{Dataset, Judgement, Person, Quote};

/// The reader's choices that narrow what is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filters {
    /// Only quotes by this person id, if set.
    pub speaker: Option<String>,
    /// The judgement the chart and summary follow.
    pub judgement: Judgement,
    /// Only quotes containing this text (case-insensitive), if not blank.
    pub search: String,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            speaker: None,
            judgement: Judgement::OverallEffectiveness,
            search: String::new(),
        }
    }
}

impl Filters {
    /// True when a speaker or search narrows the quotes.
    pub fn narrows_quotes(&self) -> bool {
        self.speaker.is_some() || !self.search.trim().is_empty()
    }

    /// Whether `quote` passes the speaker and search filters.
    pub fn admits(&self, quote: &Quote) -> bool {
        self.admitter()(quote)
    }

    /// The test [`Filters::admits`] makes, with the search lowered to lower case once
    /// rather than once a quote.
    fn admitter(&self) -> impl Fn(&Quote) -> bool + '_ {
        let needle = lowercase(self.search.trim());
        move |quote| {
            let speaker_ok = self
                .speaker
                .as_deref()
                .is_none_or(|speaker| quote.speaker == speaker);
            speaker_ok && (needle.is_empty() || lowercase(&quote.text).contains(&needle))
        }
    }
}

/// The positions in the dataset's quotes of those about the event at position `event`
/// (or, for `None`, those tied to no event) that pass `filters`, in data order.
pub fn quote_indices_about(
    data: &IndexedDataset,
    event: Option<usize>,
    filters: &Filters,
) -> Vec<usize> {
    let admits = filters.admitter();
    data.quotes_of(event)
        .iter()
        .copied()
        .filter(|&index| admits(&data.quotes[index]))
        .collect()
}

/// `text` in lower case. In the wasm this is JavaScript's `toLowerCase`, which folds
/// case as Rust's `to_lowercase` does but without linking Unicode's tables (~8 KB gzip).
fn lowercase(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(text).to_lower_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    text.to_lowercase()
}

/// How many quotes pass `filters`.
pub fn count_admitted(dataset: &Dataset, filters: &Filters) -> usize {
    let admits = filters.admitter();
    dataset.quotes.iter().filter(|quote| admits(quote)).count()
}

/// How many of an event's quotes a card shows before the reader expands it.
pub const QUOTES_BEFORE_EXPANDING: usize = QUOTES_SHOWN_FIRST;

/// The quotes a card shows (`admitted`, positions in the dataset's quotes) and how many
/// it keeps back: all of them when the reader expanded the card, while filters narrow
/// the quotes, or when the open quote is among the rest; otherwise the first few.
pub fn quotes_to_show(
    mut admitted: Vec<usize>,
    expanded: bool,
    narrowed: bool,
    open: Option<usize>,
) -> (Vec<usize>, usize) {
    let open_is_kept_back = open.is_some_and(|open| {
        admitted
            .iter()
            .skip(QUOTES_BEFORE_EXPANDING)
            .any(|&index| index == open)
    });
    if expanded || narrowed || open_is_kept_back || admitted.len() <= QUOTES_BEFORE_EXPANDING {
        return (admitted, 0);
    }
    let kept_back = admitted.len() - QUOTES_BEFORE_EXPANDING;
    admitted.truncate(QUOTES_BEFORE_EXPANDING);
    (admitted, kept_back)
}

/// How many events, in date order, the list renders: the `requested` pages, or more if
/// needed to include each event of `must_show` (ids of the events that hold focus, are
/// open or hold the open quote), and never more than there are.
pub fn events_to_render(
    data: &IndexedDataset,
    requested: usize,
    must_show: &[Option<&str>],
) -> usize {
    let needed = must_show
        .iter()
        .flatten()
        .filter_map(|id| data.date_position(id))
        .map(|position| position + 1)
        .max()
        .unwrap_or(0);
    requested.max(needed).min(data.events.len())
}

/// Everyone who is quoted, by name.
pub fn quoted_people(dataset: &Dataset) -> Vec<&Person> {
    let people = &dataset.people;
    let by_id = IdIndex::new(people);
    let mut quoted = vec![false; people.len()];
    for quote in &dataset.quotes {
        if let Some(index) = by_id.find(people, &quote.speaker) {
            quoted[index] = true;
        }
    }
    let mut order: Vec<usize> = (0..people.len()).filter(|&i| quoted[i]).collect();
    sort_positions(&mut order, &|a, b| people[a].name.cmp(&people[b].name));
    order.into_iter().map(|index| &people[index]).collect()
}
