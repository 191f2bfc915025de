//! The events a widget fires on its host element for the page's analytics: `CustomEvent`s
//! named `rating-timeline:<what>` that bubble and are composed, their `detail` built here
//! and passed to JavaScript with serde-wasm-bindgen. README.md lists them.

use crate::model::Judgement;
use crate::state::Report;
use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Ready {
    events: usize,
    quotes: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SelectEvent<'a> {
    event_id: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OpenQuote<'a> {
    quote_id: &'a str,
    speaker_id: Option<&'a str>,
    event_id: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OpenSource<'a> {
    quote_id: &'a str,
    source_id: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Filter<'a> {
    speaker_id: Option<&'a str>,
    judgement: Judgement,
    search: &'a str,
}

#[derive(Serialize)]
struct Problem<'a> {
    message: &'a str,
}

/// Fires `rating-timeline:ready` on `host`: the widget is shown, with this many events and quotes.
pub fn ready(host: &Element, events: usize, quotes: usize) {
    fire(host, "ready", &Ready { events, quotes });
}

/// Fires `rating-timeline:error` on `host` with the message the widget shows.
pub fn error(host: &Element, message: &str) {
    fire(host, "error", &Problem { message });
}

/// Fires the event for what the reader did.
pub fn report(host: &Element, report: &Report) {
    match report {
        Report::SelectEvent { event } => {
            fire(host, "select-event", &SelectEvent { event_id: event })
        }
        Report::OpenQuote {
            quote,
            speaker,
            event,
        } => fire(
            host,
            "open-quote",
            &OpenQuote {
                quote_id: quote,
                speaker_id: speaker.as_deref(),
                event_id: event.as_deref(),
            },
        ),
        Report::OpenSource { quote, source } => fire(
            host,
            "open-source",
            &OpenSource {
                quote_id: quote,
                source_id: source.as_deref(),
            },
        ),
        Report::Filter(filters) => fire(
            host,
            "filter",
            &Filter {
                speaker_id: filters.speaker.as_deref(),
                judgement: filters.judgement,
                search: &filters.search,
            },
        ),
    }
}

fn fire<T: Serialize>(host: &Element, name: &str, detail: &T) {
    // `null` for a missing value, as JSON has it, so that a detail logs and serialises whole.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    let detail = detail.serialize(&serializer).unwrap_or(JsValue::NULL);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) =
        CustomEvent::new_with_event_init_dict(&format!("rating-timeline:{name}"), &init)
    {
        // A listener's exception is the page's own, reported by the browser.
        let _ = host.dispatch_event(&event);
    }
}
