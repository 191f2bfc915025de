//! The widget's Yew function components, one per file, and the few DOM helpers they share.
//!
//! [`Timeline`] is the root: it owns the state (one reducer, see [`crate::state`])
//! and hands every other component props and callbacks. It shows the chart and one
//! event at a time ([`event_card`], [`event_nav`]) or the full list ([`event_list`]);
//! a quote opens in a reader view ([`quote_panel`], [`source_view`]).

mod chart_point;
mod citations;
mod copy_link;
mod date_note;
mod dom;
mod event_card;
mod event_list;
mod event_nav;
mod filters;
mod grade_badge;
mod ids;
mod quote_button;
mod quote_list;
mod quote_panel;
mod source_list;
mod source_view;
mod summary;
mod timeline;
mod trajectory_chart;

pub use crate::state::Theme;
pub use dom::{after_next_paint, available_width, scroll_to_centre};
pub use timeline::{Timeline, TimelineProps};

use crate::index::IndexedDataset;
use crate::model::Dataset;
use std::ops::Deref;
use std::rc::Rc;

/// The dataset, with its lookups, shared by every component; props compare it by
/// pointer, not by content, so a re-render never walks the articles' full texts.
#[derive(Debug, Clone)]
pub struct Data(pub Rc<IndexedDataset>);

impl Data {
    /// Indexes a checked dataset for the widget.
    pub fn new(dataset: Dataset) -> Data {
        Data(Rc::new(IndexedDataset::new(dataset)))
    }
}

impl PartialEq for Data {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Data {
    type Target = IndexedDataset;

    fn deref(&self) -> &IndexedDataset {
        &self.0
    }
}
