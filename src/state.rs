//! The widget's state and the one reducer that changes it.
//!
//! The state and its transitions are plain Rust (tested natively); only the
//! `Reducible` glue for Yew's `use_reducer` is compiled for the browser.

use crate::index::IndexedDataset;
use crate::model::{Dataset, Judgement};
use crate::view_model::{Filters, Target};

/// The colour scheme the embedding page asks for. Light unless the host says otherwise:
/// most articles are light, and a dark widget in a light page jars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows the reader's `prefers-color-scheme`.
    Auto,
}

impl Theme {
    /// Reads an embed attribute value: "light", "dark" or "auto" (any case).
    pub fn from_attr(value: &str) -> Option<Theme> {
        match value.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    /// The root element's theme class, e.g. `rt-theme-auto`.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "rt-theme-light",
            Theme::Dark => "rt-theme-dark",
            Theme::Auto => "rt-theme-auto",
        }
    }
}

/// Everything the reader has chosen: what is open, and how the quotes are filtered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WidgetState {
    /// The quote whose reader view (a dialog) is open.
    pub open_quote: Option<String>,
    /// Whether, on a narrow screen, the reader view shows the article rather than the
    /// quote's details (a wide one shows both side by side).
    pub source_view: bool,
    /// The event the reader selected (from the chart, the controls or a link): the one
    /// shown when one event is shown at a time, highlighted in the full list.
    pub open_event: Option<String>,
    /// The event that holds the roving tabindex in the full list.
    pub current_event: Option<String>,
    pub filters: Filters,
    /// Whether every event is listed, rather than the chart and one event at a time.
    pub all_events: bool,
    /// True while the page prints: print gets every event and every source.
    pub printing: bool,
    /// Whether the list of sources is open.
    pub sources_open: bool,
    /// Bumped by each link followed, so that the widget scrolls to it even when it
    /// names what is already open.
    pub followed_links: u32,
    /// How many more pages of events than the first the reader asked to see.
    pub more_events: usize,
    /// The events whose quotes the reader expanded in full.
    pub expanded_events: Vec<String>,
    /// Whether the list of sources shows every source, not only the first few.
    pub all_sources: bool,
}

/// How many sources the list of sources shows until the reader asks for all of them.
pub const SOURCES_BEFORE_EXPANDING: usize = 20;

/// How many events the list shows at first, and how many more each "Show more" adds;
/// long timelines render a page at a time so that they are ready at once.
pub const EVENTS_PER_PAGE: usize = 20;

/// How many of the first page's cards are drawn with the rest of the widget, the others
/// after a paint: more than a tall screen shows below the chart, and few enough that a
/// long timeline's first render, the longest task of its load, stays short.
pub const EVENTS_DRAWN_FIRST: usize = 5;

/// Everything that can change the widget's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Follows a `#rt-q-…`/`#rt-e-…` link: opens the quote (in its event) or the event,
    /// shows it, and asks the widget to scroll it into view.
    FollowLink {
        target: Target,
        /// The event of a linked quote.
        event: Option<String>,
    },
    /// Shows every event (`true`) or the chart and one event at a time (`false`).
    ShowAllEvents(bool),
    /// The page starts (`true`) or ends printing.
    Printing(bool),
    /// Opens or closes the list of sources.
    ShowSources(bool),
    /// The reader opened a quote; `event` is the event it belongs to, if any.
    OpenQuote {
        quote: String,
        event: Option<String>,
    },
    /// Closes the quote panel (and its source view).
    ClosePanel,
    /// Shows or hides the open quote's source article.
    ShowSource(bool),
    /// The reader selected an event from the chart, the controls or the list.
    OpenEvent(String),
    /// Moves the roving tabindex to an event.
    MoveTo(String),
    SetSpeaker(Option<String>),
    SetJudgement(Judgement),
    SetSearch(String),
    ClearFilters,
    /// Shows the next page of events.
    ShowMoreEvents,
    /// Shows every source in the list of sources.
    ShowAllSources,
    /// Shows all of an event's quotes (`true`) or only the first few (`false`).
    ExpandQuotes {
        event: String,
        expanded: bool,
    },
}

impl WidgetState {
    /// The state on first render. A `link` (the page URL's fragment) opens its quote or
    /// event; `asked` (the embed's `data-open`) selects an event, or a quote's event with
    /// its quotes all shown, without opening a dialog over the host page.
    pub fn initial(dataset: &Dataset, link: Option<Target>, asked: Option<Target>) -> WidgetState {
        let mut state = WidgetState::default();
        let event_of = |id: &str| dataset.quote(id).and_then(|q| q.event.clone());
        if let Some(target) = link.filter(|target| target.exists_in(dataset)) {
            let event = match &target {
                Target::Quote(id) => event_of(id),
                Target::Event(_) => None,
            };
            return state.apply(Action::FollowLink { target, event });
        }
        match asked.filter(|target| target.exists_in(dataset)) {
            Some(Target::Quote(id)) => {
                if let Some(event) = event_of(&id) {
                    state.expanded_events.push(event.clone());
                    state.current_event = Some(event.clone());
                    state.open_event = Some(event);
                }
            }
            Some(Target::Event(id)) => {
                state.current_event = Some(id.clone());
                state.open_event = Some(id);
            }
            None => {}
        }
        state
    }

    /// The date-order position of the event shown when one is shown at a time: the
    /// selected one, else the latest.
    pub fn shown_position(&self, data: &IndexedDataset) -> Option<usize> {
        self.open_event
            .as_deref()
            .and_then(|id| data.date_position(id))
            .or_else(|| data.date_order().len().checked_sub(1))
    }

    /// Whether every event is listed: asked for, or the page is printing.
    pub fn lists_all_events(&self) -> bool {
        self.all_events || self.printing
    }

    /// What a link to the current view names: the open quote, else the selected event.
    pub fn fragment_target(&self) -> Option<Target> {
        self.open_quote
            .clone()
            .map(Target::Quote)
            .or_else(|| self.open_event.clone().map(Target::Event))
    }

    /// How many events the list is asked to show, before any it must show to reach
    /// what is open.
    pub fn events_requested(&self) -> usize {
        EVENTS_PER_PAGE.saturating_mul(self.more_events.saturating_add(1))
    }

    /// Applies one action, returning the next state.
    pub fn apply(&self, action: Action) -> WidgetState {
        let mut next = self.clone();
        match action {
            Action::OpenQuote { quote, event } => {
                next.source_view = next.open_quote.as_ref() == Some(&quote) && next.source_view;
                next.open_quote = Some(quote);
                next.current_event = event.or(next.current_event);
            }
            Action::FollowLink { target, event } => {
                next.followed_links = next.followed_links.wrapping_add(1);
                match target {
                    Target::Quote(quote) => {
                        next.source_view = false;
                        next.open_quote = Some(quote);
                        next.filters.speaker = None;
                        next.filters.search.clear();
                        if let Some(event) = event {
                            // Its quotes all shown, so that the linked one keeps its button
                            // (and focus can return to it) when the reader view closes.
                            if !next.expanded_events.contains(&event) {
                                next.expanded_events.push(event.clone());
                            }
                            next.current_event = Some(event.clone());
                            next.open_event = Some(event);
                        }
                    }
                    Target::Event(id) => {
                        next.open_quote = None;
                        next.source_view = false;
                        next.current_event = Some(id.clone());
                        next.open_event = Some(id);
                    }
                }
            }
            Action::ShowAllEvents(all) => {
                next.all_events = all;
                // The compact view has no filter controls: filters set in the full list
                // would go on hiding quotes there with no way to clear them.
                if !all {
                    next.filters.speaker = None;
                    next.filters.search.clear();
                }
            }
            Action::Printing(printing) => next.printing = printing,
            Action::ShowSources(open) => next.sources_open = open,
            Action::ClosePanel => {
                next.open_quote = None;
                next.source_view = false;
            }
            Action::ShowSource(shown) => next.source_view = shown && next.open_quote.is_some(),
            Action::OpenEvent(id) => {
                next.current_event = Some(id.clone());
                next.open_event = Some(id);
            }
            Action::MoveTo(id) => next.current_event = Some(id),
            Action::SetSpeaker(speaker) => next.filters.speaker = speaker,
            Action::SetJudgement(judgement) => next.filters.judgement = judgement,
            Action::SetSearch(search) => next.filters.search = search,
            Action::ClearFilters => next.filters = Filters::default(),
            Action::ShowMoreEvents => next.more_events = next.more_events.saturating_add(1),
            Action::ShowAllSources => {
                next.sources_open = true;
                next.all_sources = true;
            }
            Action::ExpandQuotes { event, expanded } => {
                next.expanded_events.retain(|id| *id != event);
                if expanded {
                    next.expanded_events.push(event);
                }
            }
        }
        next
    }
}

/// What a reader did, as the embed reports it to the host page (its analytics events):
/// worked out from one state to the next, so that the widget's components stay unaware
/// of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Report {
    /// An event was selected (from the chart, the controls, the list or a link).
    SelectEvent { event: String },
    /// A quote's reader view was opened.
    OpenQuote {
        quote: String,
        speaker: Option<String>,
        event: Option<String>,
    },
    /// The reader asked to read the open quote in its article.
    OpenSource {
        quote: String,
        source: Option<String>,
    },
    /// The quote filters changed; their new values.
    Filter(Filters),
}

/// What changed from `before` to `after` that a host page is told about, in this order:
/// the event selected, the quote opened, its article read, the filters changed.
pub fn reports(before: &WidgetState, after: &WidgetState, dataset: &IndexedDataset) -> Vec<Report> {
    let mut reports = Vec::new();
    // Showing every event (or one at a time) keeps the one on screen selected: the reader
    // changed the view, not the event.
    let same_view = before.all_events == after.all_events;
    if let Some(event) = after
        .open_event
        .as_ref()
        .filter(|e| same_view && before.open_event.as_ref() != Some(*e))
    {
        reports.push(Report::SelectEvent {
            event: event.clone(),
        });
    }
    if let Some(id) = after
        .open_quote
        .as_ref()
        .filter(|q| before.open_quote.as_ref() != Some(*q))
    {
        let quote = dataset.quote(id);
        reports.push(Report::OpenQuote {
            quote: id.clone(),
            speaker: quote.map(|q| q.speaker.clone()),
            event: quote.and_then(|q| q.event.clone()),
        });
    }
    if let (true, false, Some(id)) = (after.source_view, before.source_view, &after.open_quote) {
        reports.push(Report::OpenSource {
            quote: id.clone(),
            source: dataset.quote(id).map(|q| q.source.clone()),
        });
    }
    if after.filters != before.filters {
        reports.push(Report::Filter(after.filters.clone()));
    }
    reports
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        self.apply(action).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::IndexedDataset;
    use crate::model::{Date, Event, EventKind, Quote, Span};

    fn dataset() -> Dataset {
        Dataset {
            events: vec![Event {
                id: "e1".into(),
                kind: EventKind::Inspection,
                date: Date::stated("2022"),
                published: None,
                ratings: vec![],
                sources: vec![],
            }],
            quotes: vec![Quote {
                id: "q1".into(),
                text: "x".into(),
                speaker: "p".into(),
                role: None,
                event: Some("e1".into()),
                source: "s".into(),
                span: Span { start: 0, end: 1 },
                fragment: false,
            }],
            ..Dataset::default()
        }
    }

    #[test]
    fn each_change_a_host_is_told_about_is_reported_once_and_nothing_else() {
        let data = IndexedDataset::new(dataset());
        let start = WidgetState::default();
        let chosen = start.apply(Action::OpenEvent("e1".into()));
        let select = Report::SelectEvent { event: "e1".into() };
        assert_eq!(reports(&start, &chosen, &data), [select]);
        assert_eq!(reports(&chosen, &chosen, &data), [], "nothing changed");
        let again = chosen.apply(Action::OpenEvent("e1".into()));
        assert_eq!(reports(&chosen, &again, &data), [], "the same event again");
        let quote = chosen.apply(Action::OpenQuote {
            quote: "q1".into(),
            event: Some("e1".into()),
        });
        let opened = Report::OpenQuote {
            quote: "q1".into(),
            speaker: Some("p".into()),
            event: Some("e1".into()),
        };
        assert_eq!(reports(&chosen, &quote, &data), [opened]);
        let read = quote.apply(Action::ShowSource(true));
        let source = Report::OpenSource {
            quote: "q1".into(),
            source: Some("s".into()),
        };
        assert_eq!(reports(&quote, &read, &data), [source]);
        let shown = WidgetState::default();
        let listed = shown
            .apply(Action::OpenEvent("e1".into()))
            .apply(Action::ShowAllEvents(true));
        assert_eq!(
            reports(&shown, &listed, &data),
            [],
            "a change of view, not of event"
        );
        let moved = read.apply(Action::MoveTo("e1".into()));
        assert_eq!(
            reports(&read, &moved, &data),
            [],
            "focus moves are not reported"
        );
        let searched = moved.apply(Action::SetSearch("care".into()));
        let [Report::Filter(filters)] = &reports(&moved, &searched, &data)[..] else {
            panic!("one filter report");
        };
        assert_eq!(filters.search, "care");
    }

    #[test]
    fn themes_read_from_attributes_and_default_to_light() {
        assert_eq!(Theme::from_attr(" Dark "), Some(Theme::Dark));
        assert_eq!(Theme::from_attr("light"), Some(Theme::Light));
        assert_eq!(Theme::from_attr("auto"), Some(Theme::Auto));
        assert_eq!(Theme::from_attr("sepia"), None);
        assert_eq!(Theme::default().class(), "rt-theme-light");
    }

    #[test]
    fn a_link_opens_its_quote_in_its_event_and_unknown_ids_are_ignored() {
        let data = dataset();
        let state = WidgetState::initial(&data, Some(Target::Quote("q1".into())), None);
        assert_eq!(state.open_quote.as_deref(), Some("q1"));
        assert_eq!(state.open_event.as_deref(), Some("e1"));
        assert_eq!(state.followed_links, 1);
        assert_eq!(state.fragment_target(), Some(Target::Quote("q1".into())));
        let event = WidgetState::initial(&data, Some(Target::Event("e1".into())), None);
        assert_eq!(event.fragment_target(), Some(Target::Event("e1".into())));
        assert_eq!(
            WidgetState::initial(&data, Some(Target::Quote("nope".into())), None),
            WidgetState::default()
        );
    }

    #[test]
    fn data_open_selects_a_quotes_event_without_opening_a_dialog_and_a_link_wins() {
        let data = dataset();
        let asked = WidgetState::initial(&data, None, Some(Target::Quote("q1".into())));
        assert_eq!(
            asked.open_quote, None,
            "no dialog over the host page on load"
        );
        assert_eq!(asked.open_event.as_deref(), Some("e1"));
        assert_eq!(
            asked.expanded_events,
            ["e1"],
            "the quote is among those shown"
        );
        let linked = WidgetState::initial(
            &data,
            Some(Target::Quote("q1".into())),
            Some(Target::Event("e1".into())),
        );
        assert_eq!(linked.open_quote.as_deref(), Some("q1"));
    }

    #[test]
    fn one_event_is_shown_at_a_time_the_latest_first_until_all_are_asked_for() {
        let mut two = dataset();
        let mut later = two.events[0].clone();
        later.id = "e2".into();
        later.date = Date::stated("2024");
        two.events.push(later);
        let data = IndexedDataset::new(two);
        let state = WidgetState::default();
        assert_eq!(state.shown_position(&data), Some(1), "the latest");
        let chosen = state.apply(Action::OpenEvent("e1".into()));
        assert_eq!(chosen.shown_position(&data), Some(0));
        assert!(!chosen.lists_all_events());
        assert!(chosen.apply(Action::ShowAllEvents(true)).lists_all_events());
        let printing = chosen.apply(Action::Printing(true));
        assert!(printing.lists_all_events(), "print gets every event");
        assert!(!printing.apply(Action::Printing(false)).lists_all_events());
        assert_eq!(
            WidgetState::default().shown_position(&IndexedDataset::new(Dataset::default())),
            None
        );
    }

    #[test]
    fn a_linked_quote_shows_all_its_events_quotes_and_clears_quote_filters() {
        let filtered = WidgetState::default()
            .apply(Action::SetSpeaker(Some("someone".into())))
            .apply(Action::SetSearch("word".into()));
        let linked = filtered.apply(Action::FollowLink {
            target: Target::Quote("q1".into()),
            event: Some("e1".into()),
        });
        assert_eq!(linked.expanded_events, ["e1"]);
        assert!(!linked.filters.narrows_quotes());
        let listed = filtered.apply(Action::ShowAllEvents(true));
        assert!(
            listed.filters.narrows_quotes(),
            "the full list keeps its filters"
        );
        let one = listed.apply(Action::ShowAllEvents(false));
        assert!(
            !one.filters.narrows_quotes(),
            "one event at a time has no filter controls"
        );
    }

    #[test]
    fn following_a_link_again_asks_to_scroll_again() {
        let data = dataset();
        let state = WidgetState::initial(&data, Some(Target::Event("e1".into())), None);
        let again = state.apply(Action::FollowLink {
            target: Target::Event("e1".into()),
            event: None,
        });
        assert_eq!(again.followed_links, 2);
        let quote = again.apply(Action::FollowLink {
            target: Target::Quote("q1".into()),
            event: Some("e1".into()),
        });
        assert_eq!(quote.open_quote.as_deref(), Some("q1"));
        let back = quote.apply(Action::FollowLink {
            target: Target::Event("e1".into()),
            event: None,
        });
        assert_eq!(back.open_quote, None, "an event link closes the open quote");
    }

    #[test]
    fn opening_a_quote_and_closing_forgets_the_source_view() {
        let open = WidgetState::default().apply(Action::OpenQuote {
            quote: "q1".into(),
            event: Some("e1".into()),
        });
        assert_eq!(open.current_event.as_deref(), Some("e1"));
        let reading = open.apply(Action::ShowSource(true));
        assert!(reading.source_view);
        let other = reading.apply(Action::OpenQuote {
            quote: "q2".into(),
            event: None,
        });
        assert!(
            !other.source_view,
            "a different quote starts without its source"
        );
        assert_eq!(other.current_event.as_deref(), Some("e1"));
        let closed = reading.apply(Action::ClosePanel);
        assert_eq!((closed.open_quote, closed.source_view), (None, false));
        assert!(
            !WidgetState::default()
                .apply(Action::ShowSource(true))
                .source_view
        );
    }

    #[test]
    fn the_fragment_falls_back_to_the_open_event_when_the_panel_closes() {
        let state = WidgetState::default()
            .apply(Action::OpenEvent("e1".into()))
            .apply(Action::OpenQuote {
                quote: "q1".into(),
                event: None,
            });
        assert_eq!(state.fragment_target(), Some(Target::Quote("q1".into())));
        let closed = state.apply(Action::ClosePanel);
        assert_eq!(closed.fragment_target(), Some(Target::Event("e1".into())));
        let moved = closed.apply(Action::MoveTo("e2".into()));
        assert_eq!(moved.current_event.as_deref(), Some("e2"));
        assert_eq!(
            moved.open_event.as_deref(),
            Some("e1"),
            "moving focus opens nothing"
        );
    }

    #[test]
    fn events_come_a_page_at_a_time_and_quotes_expand_per_event() {
        let state = WidgetState::default();
        assert_eq!(state.events_requested(), EVENTS_PER_PAGE);
        let more = state
            .apply(Action::ShowMoreEvents)
            .apply(Action::ShowMoreEvents);
        assert_eq!(more.events_requested(), 3 * EVENTS_PER_PAGE);
        let expand = |event: &str, expanded| Action::ExpandQuotes {
            event: event.into(),
            expanded,
        };
        let open = state.apply(expand("e1", true)).apply(expand("e1", true));
        assert_eq!(
            open.expanded_events,
            ["e1"],
            "expanding twice keeps one entry"
        );
        let closed = open.apply(expand("e2", true)).apply(expand("e1", false));
        assert_eq!(
            closed.expanded_events,
            ["e2"],
            "collapsing one leaves the others"
        );
        assert!(!state.all_sources && state.apply(Action::ShowAllSources).all_sources);
        assert!(state.apply(Action::ShowAllSources).sources_open);
        assert!(state.apply(Action::ShowSources(true)).sources_open);
    }

    #[test]
    fn filters_change_one_at_a_time_and_clear_together() {
        let state = WidgetState::default()
            .apply(Action::SetSpeaker(Some("ruiz".into())))
            .apply(Action::SetJudgement(Judgement::CareLeavers))
            .apply(Action::SetSearch("proud".into()));
        assert_eq!(state.filters.speaker.as_deref(), Some("ruiz"));
        assert_eq!(state.filters.judgement, Judgement::CareLeavers);
        assert_eq!(state.filters.search, "proud");
        assert_eq!(
            state.apply(Action::ClearFilters).filters,
            Filters::default()
        );
    }
}
