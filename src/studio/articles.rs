//! The articles: adding them (paste, or drop or choose `.txt` files), their manifest
//! fields, and their text with every extracted item's words highlighted.

use super::state::{article_text, too_large, ArticleInput, Field, Item, MAX_ARTICLE_BYTES};
use super::{mark_id, Dispatch};
use crate::edit::At;
use crate::model::{Dataset, DateParts};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddArticlesProps {
    pub dispatch: Dispatch,
}

/// The paste box and the file chooser, which is also a drop zone.
#[component]
pub fn AddArticles(props: &AddArticlesProps) -> Html {
    let paste = use_node_ref();
    let dropping = use_state(|| false);
    let on_paste = {
        let (paste, dispatch) = (paste.clone(), props.dispatch.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(area) = paste.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let text = area.value();
            if text.len() > MAX_ARTICLE_BYTES {
                dispatch.error(too_large("The pasted text", text.len()));
                return;
            }
            if text.trim().is_empty() {
                dispatch.error("Paste an article's text into the box first.".into());
                return;
            }
            let name = text
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("article");
            let name = name.to_string();
            dispatch.add(vec![(name, text.replace("\r\n", "\n"))]);
            area.set_value("");
        })
    };
    let read_files = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |files: web_sys::FileList| read_files(files, dispatch.clone()))
    };
    let on_choose = {
        let read_files = read_files.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(files) = input.files() {
                read_files.emit(files);
            }
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dropping = dropping.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dropping.set(true);
        })
    };
    let on_drag_leave = {
        let dropping = dropping.clone();
        Callback::from(move |_: DragEvent| dropping.set(false))
    };
    let on_drop = {
        let dropping = dropping.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dropping.set(false);
            if let Some(files) = event.data_transfer().and_then(|d| d.files()) {
                read_files.emit(files);
            }
        })
    };
    html! {
        <section class="st-add" aria-labelledby="st-add-title">
            <h2 id="st-add-title">{ "1. Add the articles" }</h2>
            <form onsubmit={on_paste}>
                <label for="st-paste">{ "Paste one article's text (headline first)" }</label>
                <textarea id="st-paste" ref={paste} rows="4" />
                <button type="submit">{ "Add pasted article" }</button>
            </form>
            <div class={classes!("st-drop", (*dropping).then_some("st-dropping"))}
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <label for="st-files">{ "Or drop .txt files here, or choose them:" }</label>
                <input id="st-files" type="file" accept=".txt,text/plain" multiple=true onchange={on_choose} />
            </div>
        </section>
    }
}

/// Reads each file: too large is refused before reading; the rest are checked, and the
/// good ones added together.
fn read_files(files: web_sys::FileList, dispatch: Dispatch) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    wasm_bindgen_futures::spawn_local(async move {
        let mut added = Vec::new();
        let mut problems = Vec::new();
        for file in files {
            let name = file.name();
            let size = file.size() as usize;
            if size > MAX_ARTICLE_BYTES {
                problems.push(too_large(&name, size));
                continue;
            }
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    problems.push(format!("“{name}” could not be read."));
                    continue;
                }
            };
            match article_text(&name, &bytes) {
                Ok(text) => {
                    let stem = name
                        .rsplit_once('.')
                        .map_or(name.as_str(), |(stem, _)| stem);
                    added.push((stem.to_string(), text));
                }
                Err(problem) => problems.push(problem),
            }
        }
        if !added.is_empty() {
            dispatch.add(added);
        }
        if !problems.is_empty() {
            dispatch.error(problems.join(" "));
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub index: usize,
    pub article: ArticleInput,
    /// The corrected dataset, for the highlights.
    pub data: Option<Rc<Dataset>>,
    pub selected: Option<Item>,
    pub dispatch: Dispatch,
    /// Each article's id and text, to read a selection's span.
    pub texts: Rc<Vec<(String, Rc<str>)>>,
}

/// One article: its fields, and its text with the items' words marked.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let keyboard = use_state(|| false);
    let editing = use_state(|| false);
    let editor = use_node_ref();
    let index = props.index;
    let article = &props.article;
    let field = |field: Field| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            dispatch.emit(super::state::Action::SetField(index, field, input.value()));
        })
    };
    let remove = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(super::state::Action::RemoveArticle(index))
        })
    };
    let toggle = {
        let keyboard = keyboard.clone();
        Callback::from(move |_: MouseEvent| keyboard.set(!*keyboard))
    };
    let date_ok =
        article.published.trim().is_empty() || DateParts::parse(article.published.trim()).is_some();
    let id = |what: &str| format!("st-{what}-{index}");
    let title = article.text.lines().next().unwrap_or_default().to_string();
    let marks = props
        .data
        .as_deref()
        .map(|data| marks_of(data, &article.id))
        .unwrap_or_default();
    let on_mark = {
        let dispatch = props.dispatch.clone();
        let marks = marks.clone();
        Callback::from(move |event: MouseEvent| {
            let Some(target) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let Some(mark) = target.closest("mark[data-mark]").ok().flatten() else {
                return;
            };
            let number: usize = mark
                .get_attribute("data-mark")
                .and_then(|n| n.parse().ok())
                .unwrap_or(usize::MAX);
            if let Some(found) = marks.get(number) {
                dispatch.select(found.item.clone(), false);
            }
        })
    };
    // Keys that move or select, and copying, pass; every other key would edit.
    let toggle_edit = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(!*editing))
    };
    let save_text = {
        let (editing, editor, dispatch) = (editing.clone(), editor.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(area) = editor.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let text = area.value().replace("\r\n", "\n");
            if text.len() > MAX_ARTICLE_BYTES {
                dispatch.error(too_large("The edited text", text.len()));
                return;
            }
            if text.trim().is_empty() {
                dispatch.error("An article cannot be empty: remove it instead.".into());
                return;
            }
            dispatch.emit(super::state::Action::SetText(index, text));
            editing.set(false);
        })
    };
    let refuse_keys = Callback::from(|event: KeyboardEvent| {
        let key = event.key();
        let moves = key.starts_with("Arrow")
            || matches!(
                key.as_str(),
                "Home"
                    | "End"
                    | "PageUp"
                    | "PageDown"
                    | "Tab"
                    | "Shift"
                    | "Control"
                    | "Alt"
                    | "Meta"
                    | "Escape"
            );
        let copies = (event.ctrl_key() || event.meta_key()) && matches!(key.as_str(), "a" | "c");
        if !moves && !copies {
            event.prevent_default();
        }
    });
    let use_words = {
        let (texts, dispatch) = (props.texts.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| super::review::take_selection(&texts, &dispatch))
    };
    let refuse_clipboard = Callback::from(|event: Event| event.prevent_default());
    let refuse_drop = Callback::from(|event: DragEvent| event.prevent_default());
    let restore = {
        let text = article.text.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            area.set_value(&text);
        })
    };
    let text = if *editing {
        html! {
            <>
                <label for={id("edit")}>{ "Article text (corrections tied to words you change will show as not applied)" }</label>
                <textarea id={id("edit")} class="st-text" ref={editor} rows="16" value={article.text.to_string()} />
                <button type="button" class="st-primary" onclick={save_text}>{ "Save text" }</button>
                <button type="button" onclick={toggle_edit.clone()}>{ "Cancel" }</button>
            </>
        }
    } else if *keyboard {
        html! {
            // Not `readonly`: Chromium does not let Shift and the arrows select in a read-only
            // textarea. Edits are refused instead, so the words stay the article's.
            <textarea class="st-text st-keyboard" aria-readonly="true" onkeydown={refuse_keys}
                onpaste={refuse_clipboard.clone()} oncut={refuse_clipboard} ondrop={refuse_drop} oninput={restore}
                data-source={article.id.clone()}
                aria-label={format!("Text of {}: select words with Shift and the arrow keys", article.id)}
                value={article.text.to_string()} rows="16" />
        }
    } else {
        html! {
            <div class="st-text" data-source={article.id.clone()} onclick={on_mark}
                tabindex="0" role="region" aria-label={format!("Text of {}", article.id)}>
                { render_text(&article.text, &marks, &props.selected, 0, article.text.len(), 0) }
            </div>
        }
    };
    html! {
        <article class="st-article" aria-labelledby={id("title")}>
            <h3 id={id("title")}>{ title }<span class="st-id">{ format!(" ({})", article.id) }</span></h3>
            <div class="st-fields">
                <label>{ "Publisher" }<input id={id("publisher")} value={article.publisher.clone()} onchange={field(Field::Publisher)} /></label>
                <label>{ "URL" }<input id={id("url")} type="url" value={article.url.clone()} onchange={field(Field::Url)} /></label>
                <label>{ "Published (YYYY-MM-DD)" }
                    <input id={id("published")} value={article.published.clone()} onchange={field(Field::Published)}
                        aria-invalid={(!date_ok).then_some("true")} aria-describedby={(!date_ok).then(|| id("date-error"))} />
                </label>
                if !date_ok {
                    <p class="st-field-error" id={id("date-error")}>{ "Not a date: write YYYY, YYYY-MM or YYYY-MM-DD. It is left out until then." }</p>
                }
            </div>
            <div class="st-article-tools">
                <button type="button" aria-pressed={keyboard.to_string()} onclick={toggle}>{ "Select words with the keyboard" }</button>
                if !*editing {
                    <button type="button" onclick={use_words}>{ "Add selected words…" }</button>
                    <button type="button" onclick={toggle_edit}>{ "Edit text" }</button>
                }
                <button type="button" class="st-quiet" onclick={remove}>{ "Remove article" }</button>
            </div>
            { text }
        </article>
    }
}

/// Words of an article tied to an item.
#[derive(Clone, PartialEq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub item: Item,
    pub class: &'static str,
}

/// The marks of `source`'s items, by start, longer first where two start together.
pub fn marks_of(data: &Dataset, source: &str) -> Rc<Vec<Mark>> {
    let mut marks = Vec::new();
    for event in &data.events {
        if let (Some(s), Some(span)) = (&event.date.source, event.date.span) {
            if s == source {
                marks.push(Mark {
                    start: span.start,
                    end: span.end,
                    item: Item::Event(event.id.clone()),
                    class: "st-m-date",
                });
            }
        }
        for rating in event.ratings.iter().filter(|r| r.source == source) {
            marks.push(Mark {
                start: rating.span.start,
                end: rating.span.end,
                item: Item::Rating(At {
                    source: rating.source.clone(),
                    span: rating.span,
                }),
                class: "st-m-grade",
            });
        }
    }
    for quote in data.quotes.iter().filter(|q| q.source == source) {
        marks.push(Mark {
            start: quote.span.start,
            end: quote.span.end,
            item: Item::Quote(At {
                source: quote.source.clone(),
                span: quote.span,
            }),
            class: "st-m-quote",
        });
    }
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    Rc::new(marks)
}

/// `text[start..end]` with the marks from `first` on that start inside it, nested where
/// one holds another; a mark that overlaps the end of the one before is cut there.
fn render_text(
    text: &str,
    marks: &[Mark],
    selected: &Option<Item>,
    start: usize,
    end: usize,
    first: usize,
) -> Html {
    let mut out = Vec::new();
    let mut cursor = start;
    let mut i = first;
    while i < marks.len() && marks[i].start < end {
        let mark = &marks[i];
        if mark.start < cursor || text.get(mark.start..mark.end.min(end)).is_none() {
            i += 1;
            continue;
        }
        out.push(Html::from(text[cursor..mark.start].to_string()));
        let mark_end = mark.end.min(end);
        let inner_first = i + 1;
        let mut next = inner_first;
        while next < marks.len() && marks[next].start < mark_end {
            next += 1;
        }
        let is_selected = selected.as_ref() == Some(&mark.item);
        out.push(html! {
            <mark id={mark_id(&mark.item)} data-mark={i.to_string()}
                class={classes!(mark.class, is_selected.then_some("st-selected"))}>
                { render_text(text, marks, selected, mark.start, mark_end, inner_first) }
            </mark>
        });
        cursor = mark_end;
        i = next;
    }
    if cursor < end {
        if let Some(rest) = text.get(cursor..end) {
            out.push(Html::from(rest.to_string()));
        }
    }
    out.into_iter().collect()
}
