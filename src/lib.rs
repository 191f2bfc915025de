//! rating-timeline: an embeddable timeline of an organisation's inspection ratings,
//! in which every grade, date and quote traces back to a span of a source article.
//!
//! - [`model`]: the public dataset format, shared by the extractor and the widget.

pub mod model;
