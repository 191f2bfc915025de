//! What was extracted, with the controls that correct it: events with their grades and
//! dates, quotes with speaker, role and event, people, warnings, and the corrections made.

use super::state::{Action, Item};
use super::{item_id, Dispatch};
use crate::edit::{At, Edit, EventChoice, EventRef};
use crate::extract::text::capitalised;
use crate::extract::Warning;
use crate::model::{Dataset, DateParts, EventKind, Grade, Judgement};
use std::rc::Rc;
use yew::prelude::*;

pub const KINDS: [EventKind; 3] = [
    EventKind::Inspection,
    EventKind::MonitoringVisit,
    EventKind::FocusedVisit,
];

pub fn kind_key(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Inspection => "inspection",
        EventKind::MonitoringVisit => "monitoring_visit",
        EventKind::FocusedVisit => "focused_visit",
    }
}

fn kind_from_key(key: &str) -> Option<EventKind> {
    KINDS.into_iter().find(|k| kind_key(*k) == key)
}

fn select_value(event: &Event) -> String {
    let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
    select.value()
}

fn input_value(event: &Event) -> String {
    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
    input.value()
}

/// A `<select>` of `options` (value, label) with `chosen` selected.
pub fn options(options: &[(String, String)], chosen: &str) -> Html {
    options
        .iter()
        .map(|(value, label)| {
            html! { <option value={value.clone()} selected={value == chosen}>{ label }</option> }
        })
        .collect()
}

pub fn grade_options() -> Vec<(String, String)> {
    Grade::ALL
        .iter()
        .map(|g| (g.key().to_string(), g.label().to_string()))
        .collect()
}

pub fn judgement_options() -> Vec<(String, String)> {
    Judgement::ALL
        .iter()
        .map(|j| (j.key().to_string(), j.label().to_string()))
        .collect()
}

pub fn kind_options() -> Vec<(String, String)> {
    KINDS
        .iter()
        .map(|k| (kind_key(*k).to_string(), capitalised(k.label())))
        .collect()
}

/// The events as choices: (id, "Inspection, Mar 2024").
pub fn event_options(data: &Dataset) -> Vec<(String, String)> {
    data.date_order()
        .into_iter()
        .map(|i| {
            let e = &data.events[i];
            (
                e.id.clone(),
                format!("{}, {}", capitalised(e.kind.label()), e.date.display()),
            )
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub data: Rc<Dataset>,
    pub warnings: Rc<Vec<Warning>>,
    pub selected: Option<Item>,
    pub dispatch: Dispatch,
}

/// The lists of events, quotes, people and warnings.
#[component]
pub fn Review(props: &ReviewProps) -> Html {
    let data = &props.data;
    let dispatch = &props.dispatch;
    let events = event_options(data);
    let event_ref = |id: &str| data.event(id).map(EventRef::of);
    let selected = |item: &Item| props.selected.as_ref() == Some(item);
    let select_button = |item: Item, label: String| {
        let dispatch = dispatch.clone();
        let pressed = selected(&item);
        let on = {
            let item = item.clone();
            Callback::from(move |_: MouseEvent| dispatch.select(item.clone(), true))
        };
        html! { <button type="button" class="st-item" aria-pressed={pressed.to_string()} onclick={on}>{ label }</button> }
    };
    let edit = |make: Rc<dyn Fn(String) -> Option<Edit>>| {
        let dispatch = dispatch.clone();
        move |value: String| {
            if let Some(edit) = make(value) {
                dispatch.emit(Action::Edit(edit));
            }
        }
    };

    let event_items: Html = data
        .date_order()
        .into_iter()
        .map(|index| {
            let event = &data.events[index];
            let reference = EventRef::of(event);
            let item = Item::Event(event.id.clone());
            let on_kind = {
                let (r, apply) = (reference.clone(), edit(Rc::new({
                    let r = reference.clone();
                    move |v: String| kind_from_key(&v).map(|kind| Edit::SetEventKind { event: r.clone(), kind })
                })));
                let _ = r;
                Callback::from(move |e: Event| apply(select_value(&e)))
            };
            let on_date = {
                let dispatch = dispatch.clone();
                let r = reference.clone();
                Callback::from(move |e: Event| {
                    let value = input_value(&e).trim().to_string();
                    if DateParts::parse(&value).is_none() {
                        dispatch.error(format!("“{value}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD."));
                        return;
                    }
                    dispatch.emit(Action::Edit(Edit::SetEventDate { event: r.clone(), value, at: None }));
                })
            };
            let on_remove = {
                let dispatch = dispatch.clone();
                let r = reference.clone();
                Callback::from(move |_: MouseEvent| dispatch.emit(Action::Edit(Edit::RemoveEvent { event: r.clone() })))
            };
            let ratings: Html = event.ratings.iter().map(|rating| {
                let at = At { source: rating.source.clone(), span: rating.span };
                let words = crate::edit::words_at(data, &at).unwrap_or_default().to_string();
                let r_item = Item::Rating(at.clone());
                let on_judgement = {
                    let at = at.clone();
                    let apply = edit(Rc::new(move |v: String| Judgement::from_key(&v).map(|judgement| Edit::SetJudgement { rating: at.clone(), judgement })));
                    Callback::from(move |e: Event| apply(select_value(&e)))
                };
                let on_grade = {
                    let at = at.clone();
                    let apply = edit(Rc::new(move |v: String| Grade::from_words(&v).map(|grade| Edit::SetGrade { rating: at.clone(), grade })));
                    Callback::from(move |e: Event| apply(select_value(&e)))
                };
                let on_remove = {
                    let dispatch = dispatch.clone();
                    let at = at.clone();
                    Callback::from(move |_: MouseEvent| dispatch.emit(Action::Edit(Edit::RemoveRating { rating: at.clone() })))
                };
                html! {
                    <li id={item_id(&r_item)} class={classes!("st-row", selected(&r_item).then_some("st-selected"))}>
                        { select_button(r_item.clone(), format!("Words: {}", shorten(&words, 50))) }
                        <label>{ "Judgement" }<select onchange={on_judgement}>{ options(&judgement_options(), rating.judgement.key()) }</select></label>
                        <label>{ "Grade" }<select onchange={on_grade}>{ options(&grade_options(), rating.grade.key()) }</select></label>
                        <button type="button" class="st-quiet" onclick={on_remove}>{ "Remove grade" }</button>
                    </li>
                }
            }).collect();
            html! {
                <li id={item_id(&item)} class={classes!("st-event", selected(&item).then_some("st-selected"))}>
                    { select_button(item.clone(), format!("{}, {}", capitalised(event.kind.label()), event.date.display())) }
                    <div class="st-row">
                        <label>{ "Kind" }<select onchange={on_kind}>{ options(&kind_options(), kind_key(event.kind)) }</select></label>
                        // An inspection the articles date only as before another shows no date
                        // to keep: the journalist types the one they know.
                        <label>{ "Date" }<input
                            value={if event.date.before { String::new() } else { event.date.value.clone() }}
                            placeholder={event.date.before.then_some("not given")}
                            size="10" onchange={on_date} /></label>
                        <button type="button" class="st-quiet" onclick={on_remove}>{ "Remove event" }</button>
                    </div>
                    if event.ratings.is_empty() {
                        <p class="st-muted">{ "No grade (add one from the article's words)." }</p>
                    } else {
                        <ul class="st-ratings" aria-label="Grades">{ ratings }</ul>
                    }
                </li>
            }
        })
        .collect();

    let mut event_choices = vec![(String::new(), "No event".to_string())];
    event_choices.extend(events.iter().cloned());
    let quote_items: Html = data
        .quotes
        .iter()
        .map(|quote| {
            let at = At { source: quote.source.clone(), span: quote.span };
            let item = Item::Quote(at.clone());
            let speaker = data.person(&quote.speaker).map(|p| p.name.clone()).unwrap_or_default();
            let on_speaker = {
                let dispatch = dispatch.clone();
                let at = at.clone();
                Callback::from(move |e: Event| {
                    let name = input_value(&e).trim().to_string();
                    if name.is_empty() {
                        dispatch.error("A quote needs a speaker: type a name.".into());
                        return;
                    }
                    dispatch.emit(Action::Edit(Edit::SetSpeaker { quote: at.clone(), speaker: name }));
                })
            };
            let on_role = {
                let dispatch = dispatch.clone();
                let at = at.clone();
                Callback::from(move |e: Event| {
                    let role = input_value(&e);
                    let role = Some(role.trim().to_string()).filter(|r| !r.is_empty());
                    dispatch.emit(Action::Edit(Edit::SetRole { quote: at.clone(), role }));
                })
            };
            let on_event = {
                let dispatch = dispatch.clone();
                let at = at.clone();
                let refs: Vec<(String, Option<EventRef>)> = events.iter().map(|(id, _)| (id.clone(), event_ref(id))).collect();
                Callback::from(move |e: Event| {
                    let id = select_value(&e);
                    let event = refs.iter().find(|(i, _)| *i == id).and_then(|(_, r)| r.clone());
                    dispatch.emit(Action::Edit(Edit::SetQuoteEvent { quote: at.clone(), event }));
                })
            };
            let on_remove = {
                let dispatch = dispatch.clone();
                let at = at.clone();
                Callback::from(move |_: MouseEvent| dispatch.emit(Action::Edit(Edit::RemoveQuote { quote: at.clone() })))
            };
            html! {
                <li id={item_id(&item)} class={classes!("st-quote", selected(&item).then_some("st-selected"))}>
                    { select_button(item.clone(), format!("“{}”", shorten(&quote.text, 90))) }
                    <div class="st-row">
                        <label>{ "Speaker" }<input list="st-people" value={speaker} onchange={on_speaker} /></label>
                        <label>{ "Role" }<input value={quote.role.clone().unwrap_or_default()} onchange={on_role} /></label>
                        <label>{ "Event" }<select onchange={on_event}>{ options(&event_choices, quote.event.as_deref().unwrap_or_default()) }</select></label>
                        <button type="button" class="st-quiet" onclick={on_remove}>{ "Remove quote" }</button>
                    </div>
                </li>
            }
        })
        .collect();

    let people: Html = data
        .people
        .iter()
        .map(|person| {
            let count = data.quotes.iter().filter(|q| q.speaker == person.id).count();
            let mut others = vec![(String::new(), "Same person as…".to_string())];
            others.extend(
                data.people
                    .iter()
                    .filter(|p| p.id != person.id)
                    .map(|p| (p.name.clone(), p.name.clone())),
            );
            let on_merge = {
                let dispatch = dispatch.clone();
                let from = person.name.clone();
                Callback::from(move |e: Event| {
                    let into = select_value(&e);
                    if !into.is_empty() {
                        dispatch.emit(Action::Edit(Edit::MergePeople { from: from.clone(), into }));
                    }
                })
            };
            let aliases = if person.aliases.is_empty() {
                String::new()
            } else {
                format!(" (also “{}”)", person.aliases.join("”, “"))
            };
            html! {
                <li class="st-row">
                    <span>{ format!("{}{aliases}: {count} quote{}", person.name, if count == 1 { "" } else { "s" }) }</span>
                    if others.len() > 1 {
                        <label class="st-visually-hidden-label">
                            <span class="st-sr">{ format!("Merge {} into", person.name) }</span>
                            <select onchange={on_merge}>{ options(&others, "") }</select>
                        </label>
                    }
                </li>
            }
        })
        .collect();
    let datalist: Html = data
        .people
        .iter()
        .map(|p| html! { <option value={p.name.clone()} /> })
        .collect();

    // A warning with a place in its article is a button, as items are: it shows the place.
    let warnings: Html = props
        .warnings
        .iter()
        .map(|w| {
            let text = format!("{}: {}", w.source, w.message);
            match w.offset {
                Some(offset) => {
                    let (dispatch, source) = (dispatch.clone(), w.source.clone());
                    let on = Callback::from(move |_: MouseEvent| {
                        if !super::dom::show_place(&source, offset) {
                            dispatch.error(format!("The article {source} is not shown."));
                        }
                    });
                    html! {
                        <li><button type="button" class="st-item st-warning"
                            title="Show this place in the article" onclick={on}>{ text }</button></li>
                    }
                }
                None => html! { <li>{ text }</li> },
            }
        })
        .collect();

    html! {
        <>
            <datalist id="st-people">{ datalist }</datalist>
            <section aria-labelledby="st-events-title">
                <h2 id="st-events-title">{ format!("Events ({})", data.events.len()) }</h2>
                if data.events.is_empty() {
                    <p class="st-muted">{ "No event found yet." }</p>
                }
                <ul class="st-list">{ event_items }</ul>
            </section>
            <section aria-labelledby="st-quotes-title">
                <h2 id="st-quotes-title">{ format!("Quotes ({})", data.quotes.len()) }</h2>
                if data.quotes.is_empty() {
                    <p class="st-muted">{ "No quote found yet." }</p>
                }
                <ul class="st-list">{ quote_items }</ul>
            </section>
            <section aria-labelledby="st-people-title">
                <h2 id="st-people-title">{ format!("People ({})", data.people.len()) }</h2>
                <ul class="st-list">{ people }</ul>
            </section>
            <section aria-labelledby="st-warnings-title">
                <h2 id="st-warnings-title">{ format!("Warnings ({})", props.warnings.len()) }</h2>
                if props.warnings.is_empty() {
                    <p class="st-muted">{ "None." }</p>
                } else {
                    <ul class="st-list st-warnings">{ warnings }</ul>
                }
            </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct CorrectionsProps {
    pub edits: Vec<Edit>,
    /// The dataset before corrections, to describe them.
    pub uncorrected: Rc<Dataset>,
    pub skipped: Rc<Vec<(usize, String)>>,
    pub dispatch: Dispatch,
}

/// The corrections made, newest last, each with an undo.
#[component]
pub fn Corrections(props: &CorrectionsProps) -> Html {
    let items: Html = props
        .edits
        .iter()
        .enumerate()
        .map(|(index, edit)| {
            let dispatch = props.dispatch.clone();
            let undo = Callback::from(move |_: MouseEvent| dispatch.emit(Action::Undo(index)));
            let skipped = props.skipped.iter().find(|(i, _)| *i == index);
            html! {
                <li class="st-row">
                    <span>{ edit.describe(&props.uncorrected) }</span>
                    if let Some((_, why)) = skipped {
                        <span class="st-field-error">{ format!(" Not applied: {why}.") }</span>
                    }
                    <button type="button" class="st-quiet" onclick={undo}
                        aria-label={format!("Undo: {}", edit.describe(&props.uncorrected))}>{ "Undo" }</button>
                </li>
            }
        })
        .collect();
    html! {
        <section class="st-corrections" aria-labelledby="st-corrections-title">
            <h2 id="st-corrections-title">{ format!("Corrections ({})", props.edits.len()) }</h2>
            if props.edits.is_empty() {
                <p class="st-muted">{ "None yet. Every change you make is listed here, and can be undone." }</p>
            } else {
                <ol class="st-list">{ items }</ol>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct FromSelectionProps {
    pub data: Rc<Dataset>,
    pub pending: Option<At>,
    pub dispatch: Dispatch,
    /// Each article's id and text, to read the selection's span.
    pub texts: Rc<Vec<(String, Rc<str>)>>,
}

/// Takes the words selected in an article as the ones to add, and brings the form that adds
/// them into view (on a phone it is below the articles).
pub fn take_selection(texts: &[(String, Rc<str>)], dispatch: &Dispatch) {
    let text_of = |id: &str| {
        texts
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, t)| t.to_string())
    };
    match super::dom::selected_words(text_of) {
        Ok(at) => {
            dispatch.emit(Action::Pending(Some(at)));
            super::dom::set_timeout(0, || super::dom::scroll_to("st-sel-title"));
        }
        Err(why) => dispatch.error(why),
    }
}

/// The event the words at `at` most likely belong to: the event of a grade over the same
/// words; else of the nearest grade in the same article (a grade is surer than a date: an
/// article tells of earlier inspections' dates); else of the nearest date there; else the
/// latest event.
fn likely_event(data: &Dataset, at: &At) -> Option<String> {
    let distance = |span: crate::model::Span| {
        if span.start < at.span.end && at.span.start < span.end {
            0
        } else {
            span.start.abs_diff(at.span.start)
        }
    };
    let by_grade = data
        .events
        .iter()
        .flat_map(|e| e.ratings.iter().map(move |r| (e, r)))
        .filter(|(_, r)| r.source == at.source)
        .map(|(e, r)| (distance(r.span), e.id.clone()))
        .min();
    let by_date = || {
        data.events
            .iter()
            .filter(|e| e.date.source.as_deref() == Some(at.source.as_str()))
            .filter_map(|e| Some((distance(e.date.span?), e.id.clone())))
            .min()
    };
    by_grade
        .or_else(by_date)
        .map(|(_, id)| id)
        .or_else(|| data.date_order().last().map(|&i| data.events[i].id.clone()))
}

/// "Use selection": the words selected in an article become a grade or a quote.
#[component]
pub fn FromSelection(props: &FromSelectionProps) -> Html {
    let judgement = use_node_ref();
    let grade = use_node_ref();
    let grade_event = use_node_ref();
    let new_kind = use_node_ref();
    let new_date = use_node_ref();
    let speaker = use_node_ref();
    let role = use_node_ref();
    let quote_event = use_node_ref();
    let dispatch = &props.dispatch;
    let use_selection = {
        let dispatch = dispatch.clone();
        let texts = props.texts.clone();
        Callback::from(move |_: MouseEvent| take_selection(&texts, &dispatch))
    };
    let Some(at) = props.pending.clone() else {
        return html! {
            <section class="st-from-selection" aria-labelledby="st-sel-title">
                <h2 id="st-sel-title">{ "Add a grade or a quote the extractor missed" }</h2>
                <p class="st-muted">{ "Select its words in the article, then:" }</p>
                <button type="button" class="st-primary" onclick={use_selection}>{ "Use selection" }</button>
            </section>
        };
    };
    let data = &props.data;
    let words = crate::edit::words_at(data, &at)
        .unwrap_or_default()
        .to_string();
    let guessed = guess_grade(&words);
    let value = |node: &NodeRef| {
        node.cast::<web_sys::HtmlSelectElement>()
            .map(|s| s.value())
            .or_else(|| node.cast::<web_sys::HtmlInputElement>().map(|i| i.value()))
            .unwrap_or_default()
    };
    let add_grade = {
        let (dispatch, at, data) = (dispatch.clone(), at.clone(), data.clone());
        let (judgement, grade, grade_event, new_kind, new_date) = (
            judgement.clone(),
            grade.clone(),
            grade_event.clone(),
            new_kind.clone(),
            new_date.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (Some(judgement), Some(grade)) = (
                Judgement::from_key(&value(&judgement)),
                Grade::from_words(&value(&grade)),
            ) else {
                return;
            };
            let chosen = value(&grade_event);
            let event = if chosen.is_empty() {
                let date = value(&new_date).trim().to_string();
                if DateParts::parse(&date).is_none() {
                    dispatch.error(
                        "A new event needs a date: write YYYY, YYYY-MM or YYYY-MM-DD.".into(),
                    );
                    return;
                }
                let kind = kind_from_key(&value(&new_kind)).unwrap_or(EventKind::Inspection);
                EventChoice::New { kind, date }
            } else {
                match data.event(&chosen) {
                    Some(event) => EventChoice::Existing(EventRef::of(event)),
                    None => return,
                }
            };
            dispatch.emit(Action::Edit(Edit::AddRating {
                rating: at.clone(),
                judgement,
                grade,
                event,
            }));
        })
    };
    let add_quote = {
        let (dispatch, at, data) = (dispatch.clone(), at.clone(), data.clone());
        let (speaker, role, quote_event) = (speaker.clone(), role.clone(), quote_event.clone());
        Callback::from(move |_: MouseEvent| {
            let name = value(&speaker).trim().to_string();
            if name.is_empty() {
                dispatch.error("A quote needs a speaker: type a name.".into());
                return;
            }
            let role = Some(value(&role).trim().to_string()).filter(|r| !r.is_empty());
            let event = data.event(&value(&quote_event)).map(EventRef::of);
            dispatch.emit(Action::Edit(Edit::AddQuote {
                quote: at.clone(),
                speaker: name,
                role,
                event,
            }));
        })
    };
    let cancel = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Pending(None)))
    };
    let events = event_options(data);
    let mut grade_events = events.clone();
    grade_events.push((String::new(), "A new event…".into()));
    let mut quote_events = vec![(String::new(), "No event".to_string())];
    quote_events.extend(events.iter().cloned());
    let first_event = likely_event(data, &at).unwrap_or_default();
    html! {
        <section class="st-from-selection" aria-labelledby="st-sel-title">
            <h2 id="st-sel-title">{ "Add from the selected words" }</h2>
            <blockquote class="st-words">{ shorten(&words, 200) }</blockquote>
            <p class="st-muted">{ format!("In the article {}", at.source) }</p>
            <fieldset>
                <legend>{ "As a grade" }</legend>
                <label>{ "Judgement" }<select ref={judgement}>{ options(&judgement_options(), Judgement::OverallEffectiveness.key()) }</select></label>
                <label>{ "Grade" }<select ref={grade}>{ options(&grade_options(), guessed.map(|g| g.key()).unwrap_or("good")) }</select></label>
                <label>{ "Event" }<select ref={grade_event}>{ options(&grade_events, &first_event) }</select></label>
                <fieldset class="st-new-event">
                    <legend>{ "Only for “A new event…”" }</legend>
                    <label>{ "Kind" }<select ref={new_kind}>{ options(&kind_options(), "inspection") }</select></label>
                    <label>{ "Date" }<input ref={new_date} size="10" placeholder="YYYY-MM" /></label>
                </fieldset>
                <button type="button" class="st-primary" onclick={add_grade}>{ "Add grade" }</button>
            </fieldset>
            <fieldset>
                <legend>{ "As a quote" }</legend>
                <label>{ "Speaker" }<input ref={speaker} list="st-people" /></label>
                <label>{ "Role" }<input ref={role} /></label>
                <label>{ "Event" }<select ref={quote_event}>{ options(&quote_events, &first_event) }</select></label>
                <button type="button" class="st-primary" onclick={add_quote}>{ "Add quote" }</button>
            </fieldset>
            <button type="button" onclick={use_selection}>{ "Use selection again" }</button>
            <button type="button" class="st-quiet" onclick={cancel}>{ "Cancel" }</button>
        </section>
    }
}

/// The grade the words name, the longest name found ("requires improvement" over "good").
fn guess_grade(words: &str) -> Option<Grade> {
    let lower = words.to_lowercase();
    Grade::ALL
        .into_iter()
        .filter(|g| lower.contains(&g.label().to_lowercase()))
        .max_by_key(|g| g.label().len())
}

pub fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
