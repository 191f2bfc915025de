//! The widget's state and the one reducer that changes it.
//!
//! The state and its transitions are plain Rust (tested natively); only the
//! `Reducible` glue for Yew's `use_reducer` is compiled for the browser.

use crate::model::{Dataset, Judgement};
use crate::view_model::{Filters, Target};

/// The colour scheme the embedding page asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
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
    /// The quote whose detail panel is open.
    pub open_quote: Option<String>,
    /// Whether the open quote's source article is shown in full.
    pub source_view: bool,
    /// The event the reader opened (from the chart or a link), highlighted in the list.
    pub open_event: Option<String>,
    /// The event that holds the roving tabindex in the chart and the event list.
    pub current_event: Option<String>,
    pub filters: Filters,
    /// True when the reader opened the panel themselves, so focus should move into it;
    /// false when it was opened by a link or the embed, so the page is left alone.
    pub panel_takes_focus: bool,
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
    /// The reader opened a quote; `event` is the event it belongs to, if any.
    OpenQuote {
        quote: String,
        event: Option<String>,
    },
    /// Closes the quote panel (and its source view).
    ClosePanel,
    /// Shows or hides the open quote's source article.
    ShowSource(bool),
    /// The reader opened an event from the chart or the list.
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
    /// The state on first render: `target` (from the URL fragment or the embed) opened,
    /// without taking focus, if it names something in `dataset`.
    pub fn initial(dataset: &Dataset, target: Option<Target>) -> WidgetState {
        let mut state = WidgetState::default();
        match target.filter(|target| target.exists_in(dataset)) {
            Some(Target::Quote(id)) => {
                state.current_event = dataset.quote(&id).and_then(|q| q.event.clone());
                state.open_quote = Some(id);
            }
            Some(Target::Event(id)) => {
                state.current_event = Some(id.clone());
                state.open_event = Some(id);
            }
            None => {}
        }
        state
    }

    /// What the URL fragment should name: the open quote, else the open event.
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
                next.panel_takes_focus = true;
            }
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
            Action::ShowAllSources => next.all_sources = true,
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
    fn themes_read_from_attributes() {
        assert_eq!(Theme::from_attr(" Dark "), Some(Theme::Dark));
        assert_eq!(Theme::from_attr("light"), Some(Theme::Light));
        assert_eq!(Theme::from_attr("auto"), Some(Theme::Auto));
        assert_eq!(Theme::from_attr("sepia"), None);
        assert_eq!(Theme::default().class(), "rt-theme-auto");
    }

    #[test]
    fn a_link_opens_its_quote_without_taking_focus_and_unknown_ids_are_ignored() {
        let data = dataset();
        let state = WidgetState::initial(&data, Some(Target::Quote("q1".into())));
        assert_eq!(state.open_quote.as_deref(), Some("q1"));
        assert_eq!(state.current_event.as_deref(), Some("e1"));
        assert!(!state.panel_takes_focus);
        assert_eq!(state.fragment_target(), Some(Target::Quote("q1".into())));
        let event = WidgetState::initial(&data, Some(Target::Event("e1".into())));
        assert_eq!(event.fragment_target(), Some(Target::Event("e1".into())));
        assert_eq!(
            WidgetState::initial(&data, Some(Target::Quote("nope".into()))),
            WidgetState::default()
        );
    }

    #[test]
    fn opening_a_quote_takes_focus_and_closing_forgets_the_source_view() {
        let open = WidgetState::default().apply(Action::OpenQuote {
            quote: "q1".into(),
            event: Some("e1".into()),
        });
        assert!(open.panel_takes_focus);
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
