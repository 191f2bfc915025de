//! The dataset compiled into the widget.

/// The extractor's output on the bundled articles, used when no `data-src` is given.
pub const DEFAULT_DATASET_JSON: &str = include_str!("../../www/data/timeline.json");
