//! The studio's root component, its dispatcher, and its downloads and opening of files.

use super::articles::{AddArticles, ArticleView};
use super::dom;
use super::review::{Corrections, FromSelection, Review};
use super::state::{Action, Item, Notice, Saved, Studio};
use crate::components::{Data, Theme, Timeline};
use crate::edit::EditList;
use crate::extract::{extract, manifest};
use crate::index::IndexedDataset;
use crate::model::Dataset;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

const STORAGE_KEY: &str = "rating-timeline-studio";
/// How long the studio waits after a change to the articles before extracting again.
const EXTRACT_AFTER_MS: i32 = 300;
/// How long news stays on screen (errors stay until dismissed).
const NEWS_FOR_MS: i32 = 8000;

/// Mounts the studio into the page's `#studio` element.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("studio: internal error: {info}").into());
        if let Some(alert) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("studio-crashed"))
        {
            let _ = alert.remove_attribute("hidden");
        }
    }));
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("studio"))
        .expect("the page has a #studio element");
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}

/// The reducer's dispatcher, with the studio's common actions.
#[derive(Clone, PartialEq)]
pub struct Dispatch(UseReducerDispatcher<Studio>);

impl Dispatch {
    pub fn emit(&self, action: Action) {
        self.0.dispatch(action);
    }

    pub fn error(&self, text: String) {
        self.emit(Action::Notice(Some(Notice { error: true, text })));
    }

    pub fn news(&self, text: String) {
        self.emit(Action::Notice(Some(Notice { error: false, text })));
    }

    pub fn add(&self, articles: Vec<(String, String)>) {
        let count = articles.len();
        self.emit(Action::AddArticles(articles));
        self.news(format!(
            "Added {count} article{}.",
            if count == 1 { "" } else { "s" }
        ));
    }

    /// Selects `item` and scrolls its other side into view: its words in the article if
    /// it was chosen in a list, its list entry if it was chosen in the article.
    pub fn select(&self, item: Item, from_list: bool) {
        let target = if from_list {
            mark_id(&item)
        } else {
            item_id(&item)
        };
        self.emit(Action::Select(Some(item)));
        dom::set_timeout(0, move || dom::scroll_to(&target));
    }
}

fn id_part(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

fn item_key(item: &Item) -> String {
    match item {
        Item::Event(id) => format!("e-{}", id_part(id)),
        Item::Rating(at) => format!(
            "r-{}-{}-{}",
            id_part(&at.source),
            at.span.start,
            at.span.end
        ),
        Item::Quote(at) => format!(
            "q-{}-{}-{}",
            id_part(&at.source),
            at.span.start,
            at.span.end
        ),
    }
}

/// The id of an item's words in its article.
pub fn mark_id(item: &Item) -> String {
    format!("st-mark-{}", item_key(item))
}

/// The id of an item's entry in the lists.
pub fn item_id(item: &Item) -> String {
    format!("st-item-{}", item_key(item))
}

/// The saved work, if any, and a notice if it could not be read.
fn restored() -> Studio {
    let Some(text) = dom::storage_get(STORAGE_KEY) else {
        return Studio::default();
    };
    match serde_json::from_str::<Saved>(&text) {
        Ok(saved) => Studio::from_saved(saved),
        Err(_) => Studio {
            notice: Some(Notice {
                error: true,
                text: "The work saved in this browser could not be read; the studio starts empty. It will be overwritten at your next change.".into(),
            }),
            ..Studio::default()
        },
    }
}

/// The corrected dataset as the preview and the exports use it.
#[derive(Clone)]
struct Corrected {
    uncorrected: Rc<Dataset>,
    data: Rc<Dataset>,
    skipped: Rc<Vec<(usize, String)>>,
    /// Problems `Dataset::validate` finds (none, unless something is wrong in the studio).
    problems: Option<String>,
    /// Changes whenever the dataset does: the preview is drawn anew for each.
    generation: u64,
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(restored);
    let dispatch = Dispatch(state.dispatcher());

    // Extraction, debounced: a newer change cancels the pending one.
    {
        let (articles, has_base, dispatcher) = (
            state.articles.clone(),
            state.base.is_some(),
            state.dispatcher(),
        );
        use_effect_with(state.revision, move |&revision| {
            let pending = (!has_base && !articles.is_empty()).then(|| {
                dom::set_timeout(EXTRACT_AFTER_MS, move || {
                    let input: Vec<_> = articles.iter().map(|a| a.to_article()).collect();
                    let extraction = extract(&input);
                    dispatcher.dispatch(Action::Extracted(revision, Rc::new(extraction)));
                })
            });
            move || {
                if let Some(id) = pending {
                    dom::cancel_timeout(id);
                }
            }
        });
    }
    // News ("Added 2 articles.", "Downloaded …") goes after a while: in the wide layout it
    // takes a row above the columns. Errors stay until dismissed.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.notice.clone(), move |notice| {
            let pending = notice.as_ref().filter(|n| !n.error).map(|_| {
                dom::set_timeout(NEWS_FOR_MS, move || {
                    dispatcher.dispatch(Action::Notice(None))
                })
            });
            move || {
                if let Some(id) = pending {
                    dom::cancel_timeout(id);
                }
            }
        });
    }
    // Autosave.
    {
        let saved = state.saved();
        let dispatch = dispatch.clone();
        use_effect_with(saved, move |saved| {
            let result = if saved.articles.is_empty() && saved.edits.is_empty() {
                dom::storage_remove(STORAGE_KEY);
                Ok(())
            } else {
                dom::storage_set(
                    STORAGE_KEY,
                    &serde_json::to_string(saved).expect("saved work serialises"),
                )
            };
            if let Err(why) = result {
                dispatch.error(format!("Not saved: {why}."));
            }
        });
    }
    let generation = use_mut_ref(|| Cell::new(0u64));
    let corrected = {
        // Keyed by the dataset's version and the edits, so a render that changes neither
        // (a selection, a notice) does not re-apply them.
        let source = state.clone();
        let edits = state.edits.clone();
        use_memo((state.data_version, edits), move |(_, edits)| {
            let uncorrected = Rc::new(source.uncorrected()?.clone());
            let applied = crate::edit::apply(&uncorrected, edits);
            let problems = applied
                .dataset
                .validate()
                .err()
                .map(|p| crate::model::join_problems(&p, "; "));
            let counter = generation.borrow();
            counter.set(counter.get() + 1);
            Some(Corrected {
                uncorrected,
                data: Rc::new(applied.dataset),
                skipped: Rc::new(applied.skipped),
                problems,
                generation: counter.get(),
            })
        })
    };
    let corrected: Option<Corrected> = (*corrected).clone();
    let warnings = Rc::new(state.warnings().to_vec());
    let texts: Rc<Vec<(String, Rc<str>)>> = Rc::new(
        state
            .articles
            .iter()
            .map(|a| (a.id.clone(), a.text.clone()))
            .collect(),
    );

    let notice = state.notice.clone().map(|notice| {
        let close = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Notice(None)))
        };
        html! {
            <div class={classes!("st-notice", notice.error.then_some("st-error"))}>
                <p>{ notice.text }</p>
                <button type="button" class="st-quiet" onclick={close}>{ "Dismiss" }</button>
            </div>
        }
    });
    let extracting =
        !state.articles.is_empty() && state.base.is_none() && state.extraction.is_none();
    let articles: Html = state
        .articles
        .iter()
        .enumerate()
        .map(|(index, article)| {
            html! {
                <ArticleView key={article.id.clone()} index={index} article={article.clone()}
                    data={corrected.as_ref().map(|c| c.data.clone())}
                    selected={state.selected.clone()} dispatch={dispatch.clone()} texts={texts.clone()} />
            }
        })
        .collect();
    html! {
        <>
        <header class="st-header">
            <h1>{ "Timeline studio" }</h1>
            <p class="st-lede">{ "Make a rating timeline for any council from news articles. Everything stays in this browser: nothing is uploaded, and your work is saved here as you go." }</p>
            <p><a href="../">{ "Back to the demo article" }</a></p>
        </header>
        <div class="st-status" role="status" aria-live="polite">{ notice }</div>
        <main class="st-main">
            <div class="st-col st-col-articles">
                <AddArticles dispatch={dispatch.clone()} />
                <OpenDataset dispatch={dispatch.clone()} />
                if state.base.is_some() {
                    <p class="st-muted">{ "Showing the dataset you opened. Change or add an article and the studio extracts again from all articles, keeping your corrections." }</p>
                }
                if extracting {
                    <p class="st-muted">{ "Extracting…" }</p>
                }
                <section aria-labelledby="st-articles-title">
                    <h2 id="st-articles-title">{ format!("Articles ({})", state.articles.len()) }</h2>
                    { articles }
                </section>
            </div>
            <div class="st-col st-col-review">
                if let Some(c) = &corrected {
                    <FromSelection data={c.data.clone()} pending={state.pending.clone()}
                        dispatch={dispatch.clone()} texts={texts.clone()} />
                    <Corrections edits={state.edits.clone()} uncorrected={c.uncorrected.clone()}
                        skipped={c.skipped.clone()} dispatch={dispatch.clone()} />
                    <Review data={c.data.clone()} warnings={warnings.clone()}
                        selected={state.selected.clone()} dispatch={dispatch.clone()} />
                } else {
                    <section>
                        <h2>{ "2. Check what was found" }</h2>
                        <p class="st-muted">{ "Add an article, or open a dataset you made before, to see its events, grades and quotes here." }</p>
                    </section>
                }
            </div>
            <div class="st-col st-col-preview">
                <Export corrected={corrected.as_ref().map(|c| c.data.clone())}
                    edits={state.edits.clone()} dispatch={dispatch.clone()} />
                <section class="st-preview" aria-labelledby="st-preview-title">
                    <h2 id="st-preview-title">{ "Preview: what readers will see" }</h2>
                    { preview(corrected.as_ref()) }
                </section>
            </div>
        </main>
        </>
    }
}

fn preview(corrected: Option<&Corrected>) -> Html {
    let Some(corrected) = corrected else {
        return html! { <p class="st-muted">{ "The timeline appears here." }</p> };
    };
    if let Some(problems) = &corrected.problems {
        return html! { <p class="st-field-error">{ format!("The dataset is inconsistent: {problems}") }</p> };
    }
    if corrected.data.events.is_empty() {
        return html! { <p class="st-muted">{ "No event yet: the timeline needs at least one." }</p> };
    }
    let data = Data::new((*corrected.data).clone());
    html! { <Timeline key={corrected.generation.to_string()} dataset={data} theme={Theme::Auto} /> }
}

#[derive(Properties, PartialEq)]
struct ExportProps {
    corrected: Option<Rc<Dataset>>,
    edits: Vec<crate::edit::Edit>,
    dispatch: Dispatch,
}

/// Downloads, the embed snippet, opening a dataset, starting afresh.
#[component]
fn Export(props: &ExportProps) -> Html {
    let src = use_state(|| "timeline.json".to_string());
    let confirm_clear = use_state(|| false);
    let dispatch = props.dispatch.clone();
    let loader = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|href| web_sys::Url::new_with_base("../embed/rating-timeline.js", &href).ok())
        .map(|url| url.href())
        .unwrap_or_else(|| "/embed/rating-timeline.js".into());
    let snippet = format!(
        "<div data-rating-timeline data-src=\"{}\">\n  <!-- paste timeline-text.html here, for readers without JavaScript -->\n</div>\n<script type=\"module\" src=\"{loader}\"></script>",
        crate::fallback::escape_html(&src)
    );
    let ready = props
        .corrected
        .as_ref()
        .filter(|d| d.validate().is_ok() && !d.events.is_empty());
    let download = |name: &'static str, mime: &'static str, make: Rc<dyn Fn() -> String>| {
        let dispatch = dispatch.clone();
        Callback::from(
            move |_: MouseEvent| match dom::download(name, mime, &make()) {
                Ok(()) => dispatch.news(format!("Downloaded {name}.")),
                Err(why) => dispatch.error(format!("Could not download {name}: {why}.")),
            },
        )
    };
    let (on_json, on_html) = match ready {
        Some(data) => {
            let (a, b) = (data.clone(), data.clone());
            (
                Some(download(
                    "timeline.json",
                    "application/json",
                    Rc::new(move || manifest::to_json(&a)),
                )),
                Some(download(
                    "timeline-text.html",
                    "text/html",
                    Rc::new(move || crate::fallback::render(&IndexedDataset::new((*b).clone()))),
                )),
            )
        }
        None => (None, None),
    };
    let on_edits = {
        let list = EditList {
            edits: props.edits.clone(),
        };
        download(
            "corrections.json",
            "application/json",
            Rc::new(move || list.to_json()),
        )
    };
    let on_copy = {
        let (dispatch, snippet) = (dispatch.clone(), snippet.clone());
        Callback::from(move |_: MouseEvent| {
            let dispatch = dispatch.clone();
            dom::copy_text(&snippet, move |ok| {
                if ok {
                    dispatch.news("Copied the embed code.".into());
                } else {
                    dispatch.error("The browser did not let the studio copy: select the code in the box and copy it.".into());
                }
            });
        })
    };
    let on_src = {
        let src = src.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            src.set(input.value());
        })
    };
    let on_clear = {
        let confirm_clear = confirm_clear.clone();
        Callback::from(move |_: MouseEvent| confirm_clear.set(true))
    };
    let on_clear_yes = {
        let (confirm_clear, dispatch) = (confirm_clear.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            confirm_clear.set(false);
            dispatch.emit(Action::Clear);
        })
    };
    let on_clear_no = {
        let confirm_clear = confirm_clear.clone();
        Callback::from(move |_: MouseEvent| confirm_clear.set(false))
    };
    html! {
        <section class="st-export" aria-labelledby="st-export-title">
            <h2 id="st-export-title">{ "3. Publish" }</h2>
            <div class="st-buttons">
                <button type="button" class="st-primary" disabled={on_json.is_none()} onclick={on_json.unwrap_or_default()}>{ "Download dataset (JSON)" }</button>
                <button type="button" disabled={on_html.is_none()} onclick={on_html.unwrap_or_default()}>{ "Download text version (HTML)" }</button>
                <button type="button" disabled={props.edits.is_empty()} onclick={on_edits}>{ "Download corrections" }</button>
            </div>
            <label for="st-src">{ "Where you will upload the dataset (data-src)" }</label>
            <input id="st-src" value={(*src).clone()} onchange={on_src} />
            <label for="st-snippet">{ "Embed code" }</label>
            <textarea id="st-snippet" readonly=true rows="4" value={snippet} />
            <button type="button" onclick={on_copy}>{ "Copy embed code" }</button>
            if *confirm_clear {
                <p role="alert">{ "Remove every article and correction from this browser? " }
                    <button type="button" onclick={on_clear_yes}>{ "Yes, start afresh" }</button>
                    <button type="button" onclick={on_clear_no}>{ "No" }</button>
                </p>
            } else {
                <button type="button" class="st-quiet" onclick={on_clear}>{ "Start afresh…" }</button>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct OpenDatasetProps {
    dispatch: Dispatch,
}

/// Opens a dataset made before (JSON), to go on editing it.
#[component]
fn OpenDataset(props: &OpenDatasetProps) -> Html {
    let dispatch = props.dispatch.clone();
    let on_open = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                if file.size() > 20_000_000.0 {
                    dispatch.error(format!("“{name}” is too large to be a timeline dataset."));
                    return;
                }
                let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                    Err(_) => {
                        dispatch.error(format!("“{name}” could not be read."));
                        return;
                    }
                };
                match crate::decode::read_dataset_bytes(&bytes) {
                    Ok(indexed) => {
                        let dataset: Dataset = (*indexed).clone();
                        dispatch.emit(Action::Open(dataset));
                        dispatch.news(format!(
                            "Opened {name}. Your corrections to it are listed as you make them."
                        ));
                    }
                    Err(why) => dispatch.error(format!("“{name}” cannot be opened: {why}")),
                }
            });
        })
    };
    html! {
        <div class="st-open">
            <label for="st-open">{ "Or open a dataset (JSON) you made before, to go on editing it:" }</label>
            <input id="st-open" type="file" accept=".json,application/json" onchange={on_open} />
        </div>
    }
}
