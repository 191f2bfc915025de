//! Lookups over a dataset, built once when it is loaded, so that finding a quote by its
//! id, or an event's quotes, never scans the whole dataset: the widget stays quick on
//! thousands of events and tens of thousands of quotes.

use crate::model::{Dataset, Event, Person, Problem, Quote, Source};
use std::cmp::Ordering;
use std::ops::Deref;

/// Sorts `positions` (of some list) by `order`, equal ones in position order. Every list
/// the widget sorts goes through here, so the wasm carries one sort, not one per caller.
pub fn sort_positions(positions: &mut [usize], order: &dyn Fn(usize, usize) -> Ordering) {
    positions.sort_unstable_by(|&a, &b| order(a, b).then(a.cmp(&b)));
}

/// Something in a dataset list that has an id.
pub trait Identified {
    fn id(&self) -> &str;
}

/// Implements [`Identified`] for dataset types with an `id` field.
macro_rules! identified_by_id_field {
    ($($kind:ty),*) => {
        $(impl Identified for $kind {
            fn id(&self) -> &str {
                &self.id
            }
        })*
    };
}

identified_by_id_field!(Source, Person, Event, Quote);

/// The positions of a list's items sorted by id: lookups by binary search, without a
/// hash table in the wasm. Equal ids keep their list order.
#[derive(Debug, Clone, Default)]
pub struct IdIndex(Vec<usize>);

impl IdIndex {
    /// Indexes `items` by id.
    pub fn new<T: Identified>(items: &[T]) -> IdIndex {
        let mut order: Vec<usize> = (0..items.len()).collect();
        sort_positions(&mut order, &|a, b| items[a].id().cmp(items[b].id()));
        IdIndex(order)
    }

    /// The position of the first of `items` (the list indexed) with this id.
    pub fn find<T: Identified>(&self, items: &[T], id: &str) -> Option<usize> {
        // `cmp` rather than `<`, which at opt-level z is one more call per step.
        let at = self.0.partition_point(|&i| items[i].id().cmp(id).is_lt());
        self.0.get(at).copied().filter(|&i| items[i].id() == id)
    }

    /// The positions of items whose id an earlier item already has, in sorted order.
    pub fn repeats<'a, T: Identified>(
        &'a self,
        items: &'a [T],
    ) -> impl Iterator<Item = usize> + 'a {
        self.0
            .windows(2)
            .filter(|pair| items[pair[0]].id() == items[pair[1]].id())
            .map(|pair| pair[1])
    }
}

/// The id indexes of a dataset's sources, people, events and quotes: built once, for
/// both [`Dataset::validate`] and [`IndexedDataset`].
#[derive(Debug)]
pub(crate) struct DatasetIds {
    pub(crate) sources: IdIndex,
    pub(crate) people: IdIndex,
    pub(crate) events: IdIndex,
    pub(crate) quotes: IdIndex,
}

impl DatasetIds {
    /// Indexes each of `dataset`'s lists by id.
    pub(crate) fn new(dataset: &Dataset) -> DatasetIds {
        DatasetIds {
            sources: IdIndex::new(&dataset.sources),
            people: IdIndex::new(&dataset.people),
            events: IdIndex::new(&dataset.events),
            quotes: IdIndex::new(&dataset.quotes),
        }
    }
}

/// A dataset with its lookups: quotes, events, sources and people by id, each event's
/// quotes, and the events in date order. It reads as a [`Dataset`] through `Deref`, and
/// its own `quote`, `event`, `source` and `person` replace the dataset's scans.
#[derive(Debug)]
pub struct IndexedDataset {
    dataset: Dataset,
    ids: DatasetIds,
    /// For each event (by position in the dataset), its quotes' positions in data order.
    quotes_by_event: Vec<Vec<usize>>,
    /// The quotes tied to no event, or to an event the dataset lacks.
    unattached: Vec<usize>,
    /// The events' positions in date order; unreadable dates last, in data order.
    date_order: Vec<usize>,
}

impl IndexedDataset {
    /// Builds the lookups; the dataset should already be valid (see [`Dataset::validate`],
    /// or check and index it at once with [`IndexedDataset::validated`]).
    pub fn new(dataset: Dataset) -> IndexedDataset {
        let ids = DatasetIds::new(&dataset);
        IndexedDataset::with_ids(dataset, ids)
    }

    /// Checks the dataset as [`Dataset::validate`] does and builds its lookups, sorting
    /// its ids once for both.
    pub fn validated(dataset: Dataset) -> Result<IndexedDataset, Vec<Problem>> {
        let ids = DatasetIds::new(&dataset);
        dataset.validate_with(&ids)?;
        Ok(IndexedDataset::with_ids(dataset, ids))
    }

    /// Builds the other lookups around the dataset's id indexes.
    fn with_ids(dataset: Dataset, ids: DatasetIds) -> IndexedDataset {
        let mut quotes_by_event = vec![Vec::new(); dataset.events.len()];
        let mut unattached = Vec::new();
        for (index, quote) in dataset.quotes.iter().enumerate() {
            match quote
                .event
                .as_deref()
                .and_then(|id| ids.events.find(&dataset.events, id))
            {
                Some(event) => quotes_by_event[event].push(index),
                None => unattached.push(index),
            }
        }
        IndexedDataset {
            date_order: dataset.date_order(),
            ids,
            quotes_by_event,
            unattached,
            dataset,
        }
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        let index = self.ids.sources.find(&self.dataset.sources, id)?;
        self.dataset.sources.get(index)
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        let index = self.ids.people.find(&self.dataset.people, id)?;
        self.dataset.people.get(index)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_index(id)
            .map(|index| &self.dataset.events[index])
    }

    /// The quote with this id.
    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.quote_index(id)
            .map(|index| &self.dataset.quotes[index])
    }

    /// The position of the event with this id in the dataset's events.
    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.ids.events.find(&self.dataset.events, id)
    }

    /// The position of the quote with this id in the dataset's quotes.
    pub fn quote_index(&self, id: &str) -> Option<usize> {
        self.ids.quotes.find(&self.dataset.quotes, id)
    }

    /// The positions of the quotes about the event at `event` (a position in the dataset's
    /// events), or for `None` of the quotes tied to no event, in data order.
    pub fn quotes_of(&self, event: Option<usize>) -> &[usize] {
        match event {
            Some(event) => self.quotes_by_event.get(event).map_or(&[], Vec::as_slice),
            None => &self.unattached,
        }
    }

    /// The events' positions in the dataset, in date order (unreadable dates last).
    pub fn date_order(&self) -> &[usize] {
        &self.date_order
    }

    /// The events in date order.
    pub fn events_in_order(&self) -> Vec<&Event> {
        self.date_order
            .iter()
            .map(|&index| &self.dataset.events[index])
            .collect()
    }

    /// Where the event with this id comes in date order.
    pub fn date_position(&self, id: &str) -> Option<usize> {
        let index = self.event_index(id)?;
        self.date_order.iter().position(|&i| i == index)
    }
}

impl Deref for IndexedDataset {
    type Target = Dataset;

    fn deref(&self) -> &Dataset {
        &self.dataset
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, EventKind, Span};

    fn event(id: &str, date: &str) -> Event {
        Event {
            id: id.into(),
            kind: EventKind::Inspection,
            date: Date::stated(date),
            published: None,
            ratings: vec![],
            sources: vec![],
        }
    }

    fn quote(id: &str, event: Option<&str>) -> Quote {
        Quote {
            id: id.into(),
            text: "x".into(),
            speaker: "p".into(),
            role: None,
            event: event.map(Into::into),
            source: "s".into(),
            span: Span { start: 0, end: 1 },
            fragment: false,
        }
    }

    fn indexed() -> IndexedDataset {
        IndexedDataset::new(Dataset {
            events: vec![
                event("late", "2022-07"),
                event("bad", "someday"),
                event("early", "2019"),
            ],
            quotes: vec![
                quote("q3", Some("early")),
                quote("q1", Some("late")),
                quote("q2", None),
                quote("q0", Some("early")),
                quote("q9", Some("missing")),
            ],
            ..Dataset::default()
        })
    }

    #[test]
    fn finds_by_id_in_any_order_and_misses_cleanly() {
        let data = indexed();
        for (position, quote) in data.quotes.iter().enumerate() {
            assert_eq!(data.quote_index(&quote.id), Some(position));
        }
        assert_eq!(
            data.event("early").map(|e| e.date.value.as_str()),
            Some("2019")
        );
        assert_eq!(data.quote("q5"), None);
        assert_eq!(data.quote(""), None);
        assert_eq!(data.event("zzz"), None);
        assert_eq!(data.source("s"), None, "no sources: nothing found");
    }

    #[test]
    fn groups_quotes_by_event_in_data_order() {
        let data = indexed();
        assert_eq!(data.quotes_of(Some(2)), [0, 3], "early's quotes");
        assert_eq!(data.quotes_of(Some(0)), [1]);
        assert_eq!(data.quotes_of(Some(1)), [] as [usize; 0]);
        assert_eq!(data.quotes_of(None), [2, 4], "no event, or a missing one");
        assert_eq!(data.quotes_of(Some(7)), [] as [usize; 0]);
    }

    #[test]
    fn orders_events_by_date_with_unreadable_dates_last() {
        let data = indexed();
        let ids: Vec<&str> = data
            .events_in_order()
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["early", "late", "bad"]);
        assert_eq!(data.date_position("late"), Some(1));
        assert_eq!(data.date_position("nope"), None);
    }

    #[test]
    fn repeats_are_the_later_items_with_an_id_seen_before() {
        let quotes = vec![
            quote("a", None),
            quote("b", None),
            quote("a", None),
            quote("a", None),
        ];
        let index = IdIndex::new(&quotes);
        assert_eq!(index.repeats(&quotes).collect::<Vec<_>>(), [2, 3]);
        assert_eq!(index.find(&quotes, "a"), Some(0), "the first of equal ids");
    }
}
