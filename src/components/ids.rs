//! Element ids, unique to one widget instance so that two widgets on a page never clash.
//!
//! Ids are built from positions, never from data ids, so they are always valid and
//! never equal a `#rt-q-…` fragment (which would make the browser jump to them).

use yew::AttrValue;

/// The id maker of one widget instance.
#[derive(Debug, Clone, PartialEq)]
pub struct Ids {
    prefix: AttrValue,
}

impl Ids {
    /// A fresh, random prefix for a new widget instance.
    pub fn new_instance() -> Ids {
        let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        Ids {
            prefix: format!("rt{random:08x}").into(),
        }
    }

    fn make(&self, what: &str) -> AttrValue {
        format!("{}-{what}", self.prefix).into()
    }

    /// The widget's heading.
    pub fn title(&self) -> AttrValue {
        self.make("title")
    }

    /// The summary sentence, which is the widget's accessible description.
    pub fn summary(&self) -> AttrValue {
        self.make("summary")
    }

    /// A form control of the filters, e.g. `speaker`.
    pub fn control(&self, name: &str) -> AttrValue {
        self.make(&format!("filter-{name}"))
    }

    /// The event card at `position` in date order.
    pub fn event(&self, position: usize) -> AttrValue {
        self.make(&format!("e{position}"))
    }

    /// The heading of the event card at `position`.
    pub fn event_heading(&self, position: usize) -> AttrValue {
        self.make(&format!("e{position}-h"))
    }

    /// The quote list of the event card at `position`.
    pub fn event_quotes(&self, position: usize) -> AttrValue {
        self.make(&format!("e{position}-q"))
    }

    /// The button of the quote at `index` in the dataset.
    pub fn quote(&self, index: usize) -> AttrValue {
        self.make(&format!("q{index}"))
    }

    /// The entry of the source at `index` in the sources list.
    pub fn source(&self, index: usize) -> AttrValue {
        self.make(&format!("s{index}"))
    }

    /// The sources list's heading.
    pub fn sources_heading(&self) -> AttrValue {
        self.make("sources")
    }

    /// The quote panel's heading.
    pub fn panel_heading(&self) -> AttrValue {
        self.make("panel-h")
    }

    /// The source view's scroll container.
    pub fn source_view(&self) -> AttrValue {
        self.make("source-view")
    }
}
