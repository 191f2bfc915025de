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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::IndexedDataset;

    use crate::view_model::fixtures::*;

    #[test]
    fn filters_narrow_quotes_by_speaker_and_case_insensitive_search() {
        let data = newham();
        let ids = |filters: &Filters| -> Vec<String> {
            data.quotes
                .iter()
                .filter(|q| filters.admits(q))
                .map(|q| q.id.clone())
                .collect()
        };
        let mut filters = Filters::default();
        assert!(!filters.narrows_quotes());
        assert_eq!(ids(&filters).len(), 4);
        filters.speaker = Some("fiaz".into());
        assert_eq!(ids(&filters), ["q2", "q3"]);
        filters.search = "  proud ".into();
        assert_eq!(ids(&filters), ["q3"]);
        filters.speaker = None;
        assert_eq!(ids(&filters), ["q1", "q3"]);
        assert_eq!(count_admitted(&data, &filters), 2);
        assert!(filters.narrows_quotes());
    }

    #[test]
    fn quotes_are_grouped_by_event_including_those_about_none() {
        let data = IndexedDataset::new(newham());
        let mut filters = Filters::default();
        let ids = |event: Option<&str>, filters: &Filters| -> Vec<&str> {
            let event = event.map(|id| data.event_index(id).expect("a known event"));
            quote_indices_about(&data, event, filters)
                .into_iter()
                .map(|index| data.quotes[index].id.as_str())
                .collect()
        };
        assert_eq!(ids(Some("e2022"), &filters), ["q1"]);
        assert_eq!(ids(None, &filters), ["q4"]);
        assert!(ids(Some("e2020"), &filters).is_empty());
        filters.search = "NOTHING SAYS THIS".into();
        assert!(ids(Some("e2022"), &filters).is_empty());
    }

    #[test]
    fn cards_show_the_first_quotes_until_expanded_narrowed_or_opened_further_down() {
        let quotes: Vec<usize> = (10..10 + QUOTES_BEFORE_EXPANDING + 3).collect();
        let first_few = quotes[..QUOTES_BEFORE_EXPANDING].to_vec();
        let show =
            |expanded, narrowed, open| quotes_to_show(quotes.clone(), expanded, narrowed, open);
        assert_eq!(show(false, false, None), (first_few.clone(), 3));
        assert_eq!(
            show(false, false, Some(10)),
            (first_few, 3),
            "open and already shown"
        );
        assert_eq!(show(true, false, None), (quotes.clone(), 0));
        assert_eq!(show(false, true, None), (quotes.clone(), 0));
        let last = *quotes.last().unwrap();
        assert_eq!(show(false, false, Some(last)), (quotes.clone(), 0));
        assert_eq!(
            quotes_to_show(vec![1, 2], false, false, None),
            (vec![1, 2], 0)
        );
    }

    #[test]
    fn the_list_renders_the_pages_asked_for_and_reaches_what_is_open() {
        let data = IndexedDataset::new(newham());
        let count = data.events.len();
        assert_eq!(events_to_render(&data, 1, &[]), 1);
        assert_eq!(events_to_render(&data, 100, &[]), count);
        let last = data.events_in_order().last().unwrap().id.clone();
        assert_eq!(events_to_render(&data, 1, &[None, Some(&last)]), count);
        assert_eq!(events_to_render(&data, 1, &[Some("no-such-event")]), 1);
    }

    #[test]
    fn only_quoted_people_are_offered_by_name() {
        let data = newham();
        let names: Vec<&str> = quoted_people(&data)
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["Rokhsana Fiaz", "Sarah Ruiz"]);
    }

    #[test]
    fn events_are_ordered_by_date_at_any_precision() {
        let data = IndexedDataset::new(newham());
        let ids: Vec<&str> = data
            .events_in_order()
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["e2019", "e2020", "e2022", "e2025"]);
    }
}
