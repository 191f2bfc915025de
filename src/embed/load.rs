//! Turning JSON text into a checked [`Dataset`], with messages a data editor can act on.

use super::decode;
use crate::model::{join_problems, Dataset};
use js_sys::JsString;
use wasm_bindgen::prelude::*;

/// The dataset compiled into the widget: the extractor's output on the bundled articles.
pub const DEFAULT_DATASET_JSON: &str = include_str!("../../www/data/timeline.json");

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JavaScript string, which is then never copied into the wasm whole.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_json(text: &JsString) -> Result<JsValue, JsValue>;
}

/// Parses and validates a dataset; the error names what is wrong and where.
pub fn parse_dataset(json: &str) -> Result<Dataset, String> {
    parse_dataset_text(&JsString::from(json))
}

/// [`parse_dataset`] for text that is already a JavaScript string, such as a fetched
/// `data-src`: its megabytes need not cross into the wasm and back before parsing.
pub fn parse_dataset_text(json: &JsString) -> Result<Dataset, String> {
    let value = parse_json(json)
        .map_err(|error| format!("The dataset is not valid JSON ({}).", js_error_text(&error)))?;
    let dataset = decode::dataset(value).map_err(|error| {
        let at = if error.path.is_empty() {
            String::new()
        } else {
            format!(" at {}", error.path)
        };
        format!(
            "The dataset does not match the format{at}: {}.",
            error.message
        )
    })?;
    dataset.validate().map_err(|problems| {
        const SHOWN: usize = 5;
        let shown = join_problems(&problems[..problems.len().min(SHOWN)], "; ");
        let more = problems.len().saturating_sub(SHOWN);
        let tail = if more > 0 {
            format!(" (and {more} more)")
        } else {
            String::new()
        };
        format!("The dataset is inconsistent: {shown}{tail}.")
    })?;
    Ok(dataset)
}

/// The message of a JavaScript exception, or a generic word if it has none.
fn js_error_text(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|message| message.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
