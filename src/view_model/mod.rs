//! What the widget shows, worked out from a [`crate::model::Dataset`] without a browser,
//! one concern a file:
//! what each event says (`story`), date and grade wording (`words`), quote filters
//! (`filters`), the summary sentence (`summary`), the chart's geometry (`chart`), keys
//! (`keys`) and which URLs may become links (`links`).
//!
//! Everything here is pure and compiles natively, so it is unit-tested with `cargo test`.

mod chart;
mod filters;
#[cfg(test)]
mod fixtures;
mod keys;
mod links;
mod story;
mod summary;
mod words;

pub use chart::{
    grade_shape_path, ChartGeometry, ChartLayout, Num, PlottedEvent, Tick,
    CHART_POINTS_DRAWN_FIRST, CHART_POINTS_PER_TASK,
};
pub use filters::{
    count_admitted, events_to_render, quote_indices_about, quoted_people, quotes_to_show, Filters,
    QUOTES_BEFORE_EXPANDING,
};
pub use keys::Step;
pub use links::{safe_http_url, Target};
pub use summary::{landmark, summary_sentence, timeline_title, SUMMARY_STEPS};
pub use words::{
    citation_number, event_title, grade_symbol, is_graded_kind, sentence_case, source_byline,
    speaker_line, split_around, Count,
};

pub use story::{
    date_note, event_headline, grade_rows, judgement_phrase, plain_date, quotes_in_reading_order,
    short_date, QUOTES_SHOWN_FIRST,
};
