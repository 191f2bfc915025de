//! Component tests of the widget, in a real browser:
//! `wasm-pack test --headless --chrome -- --test components`.
//!
//! Each test mounts the widget with a small fixture dataset into a fresh `<div>`,
//! dispatches real DOM events and checks the DOM the reader would see.

#![cfg(target_arch = "wasm32")]

use rating_timeline::components::{
    after_next_paint, available_width, Data, Timeline, TimelineProps,
};
use rating_timeline::model::{
    Dataset, Date, Event, EventKind, Grade, Judgement, Person, Quote, Rating, Source, Span,
    SpeakerKind,
};
use rating_timeline::state::{EVENTS_DRAWN_FIRST, EVENTS_PER_PAGE, SOURCES_BEFORE_EXPANDING};
use rating_timeline::view_model::{
    CHART_POINTS_DRAWN_FIRST, CHART_POINTS_PER_TASK, QUOTES_BEFORE_EXPANDING,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{
    Element, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement, KeyboardEvent,
    KeyboardEventInit, MouseEvent, MouseEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------- fixture

const RUIZ_2022: &str = "We are proud of every social worker in Newham.";
const RUIZ_2025: &str = "Outstanding in all five judgements is a first for us.";
const FIAZ_2019: &str = "This is a wake-up call for all of us.";
const OFSTED_2022: &str = "leaders have made impressive progress";

/// Five paragraphs of filler, so that a quote after them is out of the source view's sight.
fn filler() -> String {
    "The council said it had recruited more permanent social workers and cut caseloads. "
        .repeat(12)
        .repeat(5)
}

/// A source whose text is `text`, with a helper to find spans in it.
fn source(id: &str, title: &str, url: &str, published: &str, text: String) -> Source {
    Source {
        id: id.into(),
        title: title.into(),
        publisher: Some("Newham Recorder".into()),
        url: Some(url.into()),
        published: Some(Date::stated(published)),
        text,
    }
}

/// The span of `words` in `source`'s text.
fn span_of(source: &Source, words: &str) -> Span {
    let start = source
        .text
        .find(words)
        .unwrap_or_else(|| panic!("fixture: '{words}' not in {}", source.id));
    Span {
        start,
        end: start + words.len(),
    }
}

fn rating(source: &Source, judgement: Judgement, grade: Grade, words: &str) -> Rating {
    Rating {
        judgement,
        grade,
        source: source.id.clone(),
        span: span_of(source, words),
    }
}

fn quote(id: &str, source: &Source, words: &str, speaker: &str, role: &str, event: &str) -> Quote {
    Quote {
        id: id.into(),
        text: words.into(),
        speaker: speaker.into(),
        role: (!role.is_empty()).then(|| role.into()),
        event: Some(event.into()),
        source: source.id.clone(),
        span: span_of(source, words),
        fragment: false,
    }
}

fn person(id: &str, name: &str, kind: SpeakerKind) -> Person {
    Person {
        id: id.into(),
        name: name.into(),
        aliases: vec![],
        kind,
    }
}

fn event(
    id: &str,
    kind: EventKind,
    date: &str,
    ratings: Vec<Rating>,
    sources: &[&Source],
) -> Event {
    Event {
        id: id.into(),
        kind,
        date: Date::stated(date),
        published: None,
        ratings,
        sources: sources.iter().map(|s| s.id.clone()).collect(),
    }
}

/// Newham in miniature: inadequate 2019, a monitoring visit 2020, good 2022 (with
/// outstanding leadership), outstanding 2025. Events are deliberately out of order.
fn newham() -> Data {
    use Judgement::*;
    let s2019 = source(
        "s2019",
        "Newham children's services rated inadequate",
        " JAVASCRIPT:alert(1)",
        "2019-05-02",
        format!("Ofsted rated the services inadequate. Mayor Rokhsana Fiaz said: \"{FIAZ_2019}\" A monitoring visit followed in 2020."),
    );
    let s2022 = source(
        "s2022",
        "Newham children's services now good",
        "https://example.org/news/2022-good",
        "2022-09-21",
        format!(
            "Ofsted rated the services good, and the impact of leaders outstanding.\n\n{}\n\nInspectors said {OFSTED_2022}. Cllr Sarah Ruiz, lead member for children's services, said: \"{RUIZ_2022}\"",
            filler()
        ),
    );
    let s2025 = source(
        "s2025",
        "Newham rated outstanding",
        "https://example.org/news/2025-outstanding",
        "2025-03-14",
        format!("Newham was rated outstanding in every area. Deputy Mayor Sarah Ruiz said: \"{RUIZ_2025}\""),
    );
    let dataset = Dataset {
        subject: Some("Newham Council".into()),
        people: vec![
            person("fiaz", "Rokhsana Fiaz", SpeakerKind::Person),
            person("ruiz", "Sarah Ruiz", SpeakerKind::Person),
            person("ofsted", "Ofsted inspectors", SpeakerKind::Organisation),
        ],
        events: vec![
            event(
                "e2022",
                EventKind::Inspection,
                "2022-07",
                vec![
                    rating(&s2022, OverallEffectiveness, Grade::Good, "good"),
                    rating(&s2022, ImpactOfLeaders, Grade::Outstanding, "outstanding"),
                ],
                &[&s2022],
            ),
            event(
                "e2019",
                EventKind::Inspection,
                "2019-04",
                vec![rating(
                    &s2019,
                    OverallEffectiveness,
                    Grade::Inadequate,
                    "inadequate",
                )],
                &[&s2019],
            ),
            event(
                "e2020",
                EventKind::MonitoringVisit,
                "2020",
                vec![],
                &[&s2019],
            ),
            event(
                "e2025",
                EventKind::Inspection,
                "2025-02",
                Judgement::ALL
                    .into_iter()
                    .map(|j| rating(&s2025, j, Grade::Outstanding, "outstanding"))
                    .collect(),
                &[&s2025, &s2022],
            ),
        ],
        quotes: vec![
            quote(
                "q-fiaz-2019",
                &s2019,
                FIAZ_2019,
                "fiaz",
                "Mayor of Newham",
                "e2019",
            ),
            quote("q-ofsted-2022", &s2022, OFSTED_2022, "ofsted", "", "e2022"),
            quote(
                "q-ruiz-2022",
                &s2022,
                RUIZ_2022,
                "ruiz",
                "lead member for children's services",
                "e2022",
            ),
            quote(
                "q-ruiz-2025",
                &s2025,
                RUIZ_2025,
                "ruiz",
                "Deputy Mayor",
                "e2025",
            ),
        ],
        sources: vec![s2019, s2022, s2025],
    };
    dataset.validate().expect("the fixture is a valid dataset");
    Data::new(dataset)
}

/// A long timeline: `events` yearly monitoring visits from 1900, each reported by a
/// source of its own, the first with `first_quotes` quotes by Ofsted and the last with
/// one, all quoted from one more source.
fn long_timeline(events: usize, first_quotes: usize) -> Data {
    let said = |n: usize| format!("Visit note number {n} says progress is steady.");
    let text: String = (0..=first_quotes)
        .map(|n| format!("Ofsted said: \"{}\" ", said(n)))
        .collect();
    let notes = source(
        "notes",
        "Visit notes",
        "https://example.org/notes",
        "2000",
        text,
    );
    let mut quotes: Vec<Quote> = (0..first_quotes)
        .map(|n| quote(&format!("q{n}"), &notes, &said(n), "ofsted", "", "v0"))
        .collect();
    let last = format!("v{}", events - 1);
    quotes.push(quote(
        "q-last",
        &notes,
        &said(first_quotes),
        "ofsted",
        "",
        &last,
    ));
    let reports: Vec<Source> = (0..events)
        .map(|n| {
            let date = (1900 + n).to_string();
            let text = format!("A visit in {date}.");
            source(
                &format!("r{n}"),
                &format!("Visit {n}"),
                "https://example.org/r",
                &date,
                text,
            )
        })
        .collect();
    let dataset = Dataset {
        subject: Some("A long timeline".into()),
        people: vec![person(
            "ofsted",
            "Ofsted inspectors",
            SpeakerKind::Organisation,
        )],
        events: reports
            .iter()
            .enumerate()
            .map(|(n, report)| {
                let date = (1900 + n).to_string();
                event(
                    &format!("v{n}"),
                    EventKind::MonitoringVisit,
                    &date,
                    vec![],
                    &[report],
                )
            })
            .collect(),
        quotes,
        sources: std::iter::once(notes).chain(reports).collect(),
    };
    dataset
        .validate()
        .expect("the long fixture is a valid dataset");
    Data::new(dataset)
}

// ---------------------------------------------------------------- DOM helpers

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The real stylesheet, so that layout, scrolling and visibility are as readers get them.
fn ensure_stylesheet() {
    if document().get_element_by_id("rt-test-stylesheet").is_none() {
        let style = document().create_element("style").unwrap();
        style.set_id("rt-test-stylesheet");
        style.set_text_content(Some(include_str!("../www/rating-timeline.css")));
        document().head().unwrap().append_child(&style).unwrap();
    }
}

/// Mounts a widget into a fresh `<div>` of the given width and waits for it to render.
async fn mount_in(width: &str, props: TimelineProps) -> Element {
    ensure_stylesheet();
    let div = document().create_element("div").unwrap();
    div.set_attribute("style", &format!("width: {width}"))
        .unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    let props = TimelineProps {
        available_width: available_width(&div),
        ..props
    };
    yew::Renderer::<Timeline>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    div
}

/// Waits (up to a second, rendering as it goes) until `done` holds: for what the browser
/// does between frames, such as reporting a resize.
async fn until(done: impl Fn() -> bool) {
    for _ in 0..100 {
        if done() {
            return;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
        yew::scheduler::flush().await;
    }
}

async fn mount(props: TimelineProps) -> Element {
    mount_in("800px", props).await
}

/// The fixture, compact: the chart and one event at a time, as readers first see it.
async fn mount_newham() -> Element {
    mount(props(newham())).await
}

/// The fixture with every event listed ("Show all events").
async fn mount_newham_listed() -> Element {
    mount(TimelineProps {
        all_events: true,
        ..props(newham())
    })
    .await
}

fn props(dataset: Data) -> TimelineProps {
    TimelineProps {
        dataset,
        open: None,
        theme: Default::default(),
        available_width: None,
        all_events: false,
        on_report: None,
    }
}

/// Takes a widget off the page, with any reader view it opened: an open modal dialog
/// would make the rest of the test page inert.
fn done(widget: Element) {
    widget.remove();
}

/// The reader view (a modal dialog), if one is open.
fn reader(widget: &Element) -> Option<web_sys::HtmlDialogElement> {
    widget
        .query_selector("dialog.rt-reader")
        .unwrap()
        .map(|dialog| dialog.dyn_into().unwrap())
}

/// The id of the event the compact widget shows.
fn shown_event(widget: &Element) -> String {
    find(widget, ".rt-story .rt-event")
        .get_attribute("data-event-id")
        .unwrap()
}

/// The page's URL, to check that the widget never rewrites it.
fn page_url() -> String {
    web_sys::window().unwrap().location().href().unwrap()
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

/// The widget's event cards, in the order shown.
fn event_cards(widget: &Element) -> Vec<Element> {
    find_all(widget, ".rt-event-list .rt-event")
}

/// Whether `element` holds its list's roving tabindex.
fn is_tab_stop(element: &Element) -> bool {
    element.get_attribute("tabindex").as_deref() == Some("0")
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

/// The quote button whose text contains `words`.
fn quote_button(root: &Element, words: &str) -> HtmlElement {
    find_all(root, "button.rt-quote")
        .into_iter()
        .find(|button| text(button).contains(words))
        .unwrap_or_else(|| panic!("no quote button for '{words}'"))
        .dyn_into()
        .unwrap()
}

async fn click(element: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    element.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

/// Presses `key` on whatever has focus, as the browser would deliver it.
async fn press(key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    let focused = document().active_element().expect("something has focus");
    focused.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

async fn fire(element: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    element.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn focused() -> Element {
    document().active_element().expect("something has focus")
}

/// Waits until the browser has painted and run what widgets left for after a paint,
/// such as writing the URL fragment.
async fn after_a_paint() {
    let painted = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = painted.clone();
    after_next_paint(move || flag.set(true));
    until(|| painted.get()).await;
}

/// Sets the page's URL fragment without scrolling, a history entry or a `hashchange`
/// ("" removes it), as if the page had been opened with it.
async fn set_fragment(fragment: &str) {
    after_a_paint().await;
    let window = web_sys::window().unwrap();
    let href = window.location().href().unwrap();
    let base = href.split('#').next().unwrap().to_string();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{base}{fragment}")))
        .unwrap();
}

/// The grade shown for `judgement` in an event card.
fn grade_in(card: &Element, judgement: &str) -> String {
    find_all(card, ".rt-grade-row")
        .into_iter()
        .find(|row| text(&find(row, "dt")) == judgement)
        .map(|row| text(&find(&row, "dd")))
        .unwrap_or_else(|| panic!("no row for {judgement}"))
}

// ---------------------------------------------------------------- tests

#[wasm_bindgen_test]
async fn the_full_list_renders_every_event_in_date_order_with_its_headline_and_grades() {
    set_fragment("").await;
    let widget = mount_newham_listed().await;

    let cards = event_cards(&widget);
    let part = |card: &Element, selector: &str| text(&find(card, selector));
    let whens: Vec<String> = cards.iter().map(|c| part(c, ".rt-event-when")).collect();
    assert_eq!(
        whens,
        [
            "Inspection, April 2019",
            "Monitoring visit, 2020",
            "Inspection, July 2022",
            "Inspection, February 2025"
        ]
    );
    let headlines: Vec<String> = cards
        .iter()
        .map(|c| part(c, ".rt-event-headline"))
        .collect();
    assert_eq!(
        headlines,
        [
            "Rated Inadequate overall",
            "Monitoring visit: not graded",
            "Good overall; leadership Outstanding",
            "Outstanding in all five areas"
        ]
    );
    assert!(grade_in(&cards[0], "Overall").ends_with("Inadequate"));
    assert_eq!(
        part(&cards[0], ".rt-not-stated"),
        "Not stated in the sources: leadership, help and protection, children in care, care leavers."
    );
    assert!(text(&cards[1]).contains("Not graded"));
    assert!(grade_in(&cards[2], "Overall").ends_with("Good"));
    assert!(grade_in(&cards[2], "Leadership").ends_with("Outstanding"));
    assert_eq!(
        find_all(&cards[3], ".rt-grade-row").len(),
        1,
        "a clean sweep is one row"
    );
    assert!(grade_in(&cards[3], "All five areas").ends_with("Outstanding"));
    assert!(cards[3].query_selector(".rt-not-stated").unwrap().is_none());
    assert_eq!(part(&cards[3], ".rt-citations"), "Reported in [3] [2]");

    let chart = find(&widget, ".rt-chart--wide");
    let points: Vec<String> = find_all(&chart, ".rt-point")
        .iter()
        .map(|p| p.get_attribute("aria-label").unwrap())
        .collect();
    assert_eq!(
        points,
        [
            "Inspection, Apr 2019: Inadequate",
            "Monitoring visit, 2020: not graded",
            "Inspection, Jul 2022: Good",
            "Inspection, Feb 2025: Outstanding",
        ]
    );
    assert_eq!(find_all(&chart, ".rt-point--graded").len(), 3);
    assert_eq!(
        find_all(&chart, ".rt-visit-label").len(),
        1,
        "the ungraded visit is labelled"
    );
    // One label for the chart: the open event's until a point is pointed at.
    let labels = || find_all(&chart, ".rt-point-label");
    assert_eq!(labels().len(), 1);
    assert_eq!(text(&labels()[0]), "Inspection, Feb 2025: Outstanding");
    // The pointer is over the marker's shape, inside the point.
    let visit = find(&chart, ".rt-point[data-position='1'] .rt-shape");
    let over = MouseEventInit::new();
    over.set_bubbles(true);
    visit
        .dispatch_event(&MouseEvent::new_with_mouse_event_init_dict("mouseover", &over).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(text(&labels()[0]), "Monitoring visit, 2020: not graded");
    fire(&find(&chart, "svg"), "mouseleave").await;
    assert_eq!(text(&labels()[0]), "Inspection, Feb 2025: Outstanding");
    assert!(find(&chart, ".rt-steps")
        .get_attribute("d")
        .unwrap()
        .contains(" H"));

    let summary = find(&widget, ".rt-summary");
    assert_eq!(
        text(&summary),
        "Inadequate (2019) → Good (2022) → Outstanding (2025)"
    );
    let root = find(&widget, "section.rt");
    assert_eq!(root.get_attribute("aria-describedby"), Some(summary.id()));
    assert_eq!(root.class_name(), "rt rt-theme-light", "light unless asked");
    done(widget);
}

#[wasm_bindgen_test]
async fn the_compact_widget_shows_one_event_at_a_time_the_latest_first() {
    set_fragment("").await;
    let url = page_url();
    let widget = mount_newham().await;
    assert_eq!(find_all(&widget, ".rt-story .rt-event").len(), 1);
    assert_eq!(shown_event(&widget), "e2025");
    assert_eq!(
        text(&find(&widget, ".rt-event-headline")),
        "Outstanding in all five areas"
    );
    assert!(widget.query_selector(".rt-event-list").unwrap().is_none());
    assert!(widget.query_selector(".rt-filters").unwrap().is_none());

    // Earlier and later name their events; the last event has no later one.
    let nav = find(&widget, ".rt-event-nav");
    assert_eq!(
        text(&find(&nav, ".rt-nav-previous .rt-nav-event")),
        "Inspection, Jul 2022"
    );
    assert!(nav.query_selector("button.rt-nav-next").unwrap().is_none());
    assert_eq!(text(&find(&nav, ".rt-nav-count")), "4 of 4");
    click(&find(&nav, "button.rt-nav-previous")).await;
    assert_eq!(shown_event(&widget), "e2022");
    assert_eq!(
        text(&find(&widget, ".rt-event-headline")),
        "Good overall; leadership Outstanding"
    );
    assert_eq!(
        text(&find(&widget, ".rt-nav-next .rt-nav-event")),
        "Inspection, Feb 2025"
    );

    // The chart selects in place, and marks the event shown.
    let points = || find_all(&widget, ".rt-chart--wide .rt-point");
    assert_eq!(
        points()[2].get_attribute("aria-current").as_deref(),
        Some("true")
    );
    click(&points()[0]).await;
    assert_eq!(shown_event(&widget), "e2019");
    assert_eq!(
        points()[0].get_attribute("aria-current").as_deref(),
        Some("true")
    );

    // "Show all events" lists them, and comes back to the one shown.
    let toggle = find(&widget, ".rt-show-all");
    assert_eq!(text(&toggle), "Show all 4 events");
    click(&toggle).await;
    assert_eq!(event_cards(&widget).len(), 4);
    assert!(widget.query_selector(".rt-story").unwrap().is_none());
    assert_eq!(
        focused(),
        event_cards(&widget)[0],
        "the reader stays on their event"
    );
    let toggle = find(&widget, ".rt-show-all");
    assert_eq!(text(&toggle), "Show one event at a time");
    click(&toggle).await;
    assert_eq!(shown_event(&widget), "e2019");
    assert_eq!(page_url(), url, "no click rewrites the page's URL");
    done(widget);
}

#[wasm_bindgen_test]
async fn print_lists_every_event_and_source_and_then_returns_to_one() {
    set_fragment("").await;
    let widget = mount_newham().await;
    let window = web_sys::window().unwrap();
    let print = |kind: &str| {
        let event = web_sys::Event::new(kind).unwrap();
        window.dispatch_event(&event).unwrap();
    };
    print("beforeprint");
    yew::scheduler::flush().await;
    until(|| event_cards(&widget).len() == 4).await;
    assert_eq!(event_cards(&widget).len(), 4, "print gets every event");
    assert_eq!(
        find_all(&widget, ".rt-source-item").len(),
        3,
        "and every source"
    );
    print("afterprint");
    yew::scheduler::flush().await;
    until(|| event_cards(&widget).is_empty()).await;
    assert_eq!(shown_event(&widget), "e2025", "then one event again");
    done(widget);
}

#[wasm_bindgen_test]
async fn quotes_tied_to_no_event_are_shown_below_the_event_too() {
    set_fragment("").await;
    let mut dataset = Dataset::clone(&newham());
    let quote = dataset
        .quotes
        .iter_mut()
        .find(|quote| quote.id == "q-fiaz-2019")
        .unwrap();
    quote.event = None;
    dataset.validate().expect("still a valid dataset");
    let widget = mount(props(Data::new(dataset))).await;
    assert_eq!(shown_event(&widget), "e2025");
    let other = find(&widget, ".rt-other-quotes");
    assert_eq!(text(&find(&other, "h3")), "Other quotes");
    quote_button(&other, FIAZ_2019);
    done(widget);
}

#[wasm_bindgen_test]
async fn print_draws_a_long_timeline_whole_at_once() {
    set_fragment("").await;
    let events = EVENTS_PER_PAGE + 7;
    let widget = mount(props(long_timeline(events, QUOTES_BEFORE_EXPANDING + 2))).await;
    let print = web_sys::Event::new("beforeprint").unwrap();
    web_sys::window().unwrap().dispatch_event(&print).unwrap();
    // One render, no paint in between: what print snapshots.
    yew::scheduler::flush().await;
    assert_eq!(
        event_cards(&widget).len(),
        events,
        "every event, not a first page or batch"
    );
    assert_eq!(
        find_all(&event_cards(&widget)[0], "button.rt-quote").len(),
        QUOTES_BEFORE_EXPANDING + 2,
        "and every quote"
    );
    let after = web_sys::Event::new("afterprint").unwrap();
    web_sys::window().unwrap().dispatch_event(&after).unwrap();
    yew::scheduler::flush().await;
    done(widget);
}

#[wasm_bindgen_test]
async fn statements_come_first_and_the_rest_wait_behind_more_quotes() {
    set_fragment("").await;
    let widget = mount(props(long_timeline(3, QUOTES_BEFORE_EXPANDING + 2))).await;
    click(&find(&widget, ".rt-chart--wide .rt-point")).await;
    assert_eq!(shown_event(&widget), "v0");
    let quotes = || find_all(&widget, ".rt-story button.rt-quote");
    assert_eq!(quotes().len(), QUOTES_BEFORE_EXPANDING);
    let more = find(&widget, ".rt-more-quotes");
    assert_eq!(text(&more), "More quotes (2)");
    click(&more).await;
    assert_eq!(quotes().len(), QUOTES_BEFORE_EXPANDING + 2);
    assert_eq!(text(&find(&widget, ".rt-more-quotes")), "Fewer quotes");
    done(widget);
}

#[wasm_bindgen_test]
async fn a_quote_opens_in_a_reader_view_with_its_speaker_role_and_source() {
    set_fragment("").await;
    let url = page_url();
    let widget = mount_newham().await;
    assert!(reader(&widget).is_none());

    let button = quote_button(&widget, RUIZ_2025);
    click(&button).await;

    let dialog = reader(&widget).expect("the reader view is open");
    assert!(dialog.open(), "as a modal dialog");
    assert_eq!(
        text(&find(&dialog, ".rt-panel-quote")),
        format!("“{RUIZ_2025}”")
    );
    assert_eq!(
        text(&find(&dialog, ".rt-panel-speaker")),
        "Sarah Ruiz, Deputy Mayor"
    );
    assert_eq!(
        text(&find(&dialog, ".rt-panel-event")),
        "Inspection, Feb 2025"
    );
    assert_eq!(
        text(&find(&dialog, ".rt-panel-source")),
        "[3] Newham rated outstanding, Newham Recorder, 14 March 2025"
    );
    let link = find(&dialog, "a.rt-original");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.org/news/2025-outstanding")
    );
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert!(dialog.contains(Some(&focused())), "focus is in the dialog");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        page_url(),
        url,
        "opening a quote leaves the page's URL alone"
    );

    // Back closes it and returns focus to the quote.
    click(&find(&dialog, ".rt-back")).await;
    assert!(reader(&widget).is_none());
    assert_eq!(focused(), Element::from(button));

    // A source whose URL is unsafe gets no link.
    click(&find(&widget, ".rt-chart--wide .rt-point")).await;
    click(&quote_button(&widget, FIAZ_2019)).await;
    assert_eq!(
        text(&find(&widget, ".rt-panel-speaker")),
        "Rokhsana Fiaz, Mayor of Newham"
    );
    assert!(
        widget
            .query_selector(".rt-reader a.rt-original")
            .unwrap()
            .is_none(),
        "a javascript: URL never becomes a link"
    );
    done(widget);
}

#[wasm_bindgen_test]
async fn the_source_view_marks_exactly_the_quote_and_scrolls_it_into_view() {
    set_fragment("").await;
    let widget = mount_newham().await;
    click(&find(&widget, ".rt-nav-previous")).await;
    click(&quote_button(&widget, RUIZ_2022)).await;
    let toggle = find(&widget, ".rt-show-source");
    click(&toggle).await;

    let dialog = reader(&widget).unwrap();
    assert!(dialog.class_name().contains("rt-reader--source"));
    let view = find(&dialog, ".rt-source-view");
    let marks = find_all(&view, "mark");
    assert_eq!(marks.len(), 1);
    assert_eq!(text(&marks[0]), RUIZ_2022);
    assert!(
        text(&find(&view, ".rt-source-text")).starts_with("Ofsted rated the services good"),
        "the full article is shown"
    );
    assert_eq!(toggle.get_attribute("aria-controls"), Some(view.id()));

    until(|| view.scroll_top() > 0).await;
    assert!(view.scroll_top() > 0, "the view scrolled to the quote");
    let (mark, frame) = (
        marks[0].get_bounding_client_rect(),
        view.get_bounding_client_rect(),
    );
    assert!(
        mark.top() >= frame.top() && mark.bottom() <= frame.bottom(),
        "the mark is inside the visible part of the view"
    );
    done(widget);
}

#[wasm_bindgen_test]
async fn opening_a_quote_moves_nothing_in_the_widget() {
    set_fragment("").await;
    let widget = mount_in("1100px", props(newham())).await;
    let story = find(&widget, ".rt-story");
    let before = box_within(&widget, &story);
    click(&quote_button(&widget, RUIZ_2025)).await;
    assert!(reader(&widget).is_some());
    assert_eq!(box_within(&widget, &story), before);
    done(widget);
}

/// The border box of `element` within `root`'s, in whole pixels: (left, top, width, height).
fn box_within(root: &Element, element: &Element) -> (i32, i32, i32, i32) {
    let (outer, rect) = (
        root.get_bounding_client_rect(),
        element.get_bounding_client_rect(),
    );
    let [left, top, width, height] = [
        rect.left() - outer.left(),
        rect.top() - outer.top(),
        rect.width(),
        rect.height(),
    ]
    .map(|n| n.round() as i32);
    (left, top, width, height)
}

/// Fires a `cancel` on the dialog, as the browser does when Esc is pressed in it.
async fn press_escape_in(dialog: &Element) {
    let init = EventInit::new();
    init.set_cancelable(true);
    let event = web_sys::Event::new_with_event_init_dict("cancel", &init).unwrap();
    dialog.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn escape_closes_the_reader_view_and_returns_focus_to_the_quote() {
    set_fragment("").await;
    let widget = mount_newham().await;
    click(&find(&widget, ".rt-nav-previous")).await;
    let button: Element = quote_button(&widget, OFSTED_2022).into();
    click(&button).await;
    let dialog: Element = reader(&widget).unwrap().into();
    assert!(dialog.contains(Some(&focused())));

    press_escape_in(&dialog).await;

    assert!(reader(&widget).is_none(), "the reader view is closed");
    assert_eq!(focused(), button, "focus is back on the quote");
    done(widget);
}

#[wasm_bindgen_test]
async fn the_speaker_filter_shows_only_that_speakers_quotes_with_their_roles_over_time() {
    set_fragment("").await;
    let widget = mount_newham_listed().await;
    assert_eq!(find_all(&widget, ".rt-quote").len(), 4);

    let select: HtmlSelectElement = find(&widget, "select[id$='filter-speaker']")
        .dyn_into()
        .unwrap();
    select.set_value("ruiz");
    fire(&select, "change").await;

    let speakers: Vec<String> = find_all(&widget, ".rt-quote-speaker")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        speakers,
        [
            "Sarah Ruiz, lead member for children's services",
            "Sarah Ruiz, Deputy Mayor"
        ]
    );
    assert_eq!(text(&find(&widget, ".rt-status")), "Showing 2 of 4 quotes");
    assert_eq!(event_cards(&widget).len(), 4, "every event stays");

    let search: HtmlInputElement = find(&widget, "input[type=search]").dyn_into().unwrap();
    search.set_value("FIRST");
    fire(&search, "input").await;
    let shown: Vec<String> = find_all(&widget, ".rt-quote-text")
        .iter()
        .map(text)
        .collect();
    assert_eq!(shown, [format!("“{RUIZ_2025}”")]);

    click(&find(&widget, ".rt-clear")).await;
    assert_eq!(find_all(&widget, ".rt-quote").len(), 4);
    assert_eq!(select.value(), "");
    done(widget);
}

#[wasm_bindgen_test]
async fn a_link_opens_its_quote_and_a_link_followed_later_does_too() {
    set_fragment("#rt-q-q-ruiz-2022").await;
    let widget = mount_newham().await;
    let dialog = reader(&widget).expect("the linked quote is open");
    assert_eq!(text(&find(&dialog, "blockquote")), format!("“{RUIZ_2022}”"));
    assert_eq!(shown_event(&widget), "e2022", "in its event");
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#rt-q-q-ruiz-2022",
        "the fragment is kept"
    );
    click(&find(&dialog, ".rt-back")).await;

    // A link followed after load (hashchange) opens its quote, or its event.
    let window = web_sys::window().unwrap();
    window.location().set_hash("rt-q-q-ruiz-2025").unwrap();
    until(|| reader(&widget).is_some()).await;
    assert_eq!(
        text(&find(&widget, ".rt-reader blockquote")),
        format!("“{RUIZ_2025}”")
    );
    window.location().set_hash("rt-e-e2020").unwrap();
    until(|| reader(&widget).is_none()).await;
    assert_eq!(shown_event(&widget), "e2020");
    done(widget);

    // One naming another widget's quote is ignored.
    set_fragment("#rt-q-somebody-elses").await;
    let widget = mount_newham().await;
    assert!(reader(&widget).is_none());
    assert_eq!(shown_event(&widget), "e2025");
    done(widget);
    set_fragment("").await;
}

#[wasm_bindgen_test]
async fn the_open_prop_shows_a_quotes_event_without_a_dialog_and_a_link_wins_over_it() {
    set_fragment("").await;
    let widget = mount(TimelineProps {
        open: Some("q-fiaz-2019".into()),
        theme: rating_timeline::components::Theme::Dark,
        ..props(newham())
    })
    .await;
    assert!(
        reader(&widget).is_none(),
        "no dialog over the host page on load"
    );
    assert_eq!(shown_event(&widget), "e2019");
    quote_button(&widget, FIAZ_2019);
    assert_eq!(
        find(&widget, "section.rt").class_name(),
        "rt rt-theme-dark rt--compact"
    );
    done(widget);

    set_fragment("#rt-q-q-ruiz-2025").await;
    let widget = mount(TimelineProps {
        open: Some("q-fiaz-2019".into()),
        ..props(newham())
    })
    .await;
    assert_eq!(
        text(&find(&widget, ".rt-panel-speaker")),
        "Sarah Ruiz, Deputy Mayor"
    );
    done(widget);
    set_fragment("").await;
}

#[wasm_bindgen_test]
async fn arrow_keys_move_a_roving_tabindex_over_the_listed_events_and_enter_opens_one() {
    set_fragment("").await;
    let url = page_url();
    let widget = mount_newham_listed().await;
    let cards = || event_cards(&widget);
    let tabbable = |cards: &[Element]| -> Vec<bool> { cards.iter().map(is_tab_stop).collect() };
    assert_eq!(tabbable(&cards()), [true, false, false, false]);

    cards()[0]
        .dyn_ref::<HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    press("ArrowDown").await;
    assert_eq!(focused(), cards()[1]);
    assert_eq!(tabbable(&cards()), [false, true, false, false]);
    press("End").await;
    assert_eq!(focused(), cards()[3]);
    press("ArrowDown").await;
    assert_eq!(focused(), cards()[3], "the last card stays put");
    press("Home").await;
    assert_eq!(focused(), cards()[0]);

    press("Enter").await;
    assert_eq!(
        cards()[0].get_attribute("aria-current").as_deref(),
        Some("true")
    );
    assert_eq!(page_url(), url);
    done(widget);
}

#[wasm_bindgen_test]
async fn the_event_that_focus_moves_into_becomes_the_tab_stop_after_the_paint() {
    set_fragment("").await;
    let widget = mount_newham_listed().await;
    let cards = || event_cards(&widget);
    let stop = || cards().iter().position(is_tab_stop);
    let button_in = |card: usize| -> HtmlElement {
        find(&cards()[card], "button.rt-quote").dyn_into().unwrap()
    };
    assert_eq!(stop(), Some(0));

    button_in(2).focus().unwrap();
    yew::scheduler::flush().await;
    after_a_paint().await;
    assert_eq!(stop(), Some(2), "the card holding focus is the tab stop");

    // Focus that passes through a card before the paint does not take the stop there.
    button_in(0).focus().unwrap();
    cards()[2]
        .dyn_ref::<HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    yew::scheduler::flush().await;
    after_a_paint().await;
    assert_eq!(focused(), cards()[2]);
    assert_eq!(stop(), Some(2), "the stop stays with focus");
    done(widget);
}

#[wasm_bindgen_test]
async fn long_timelines_show_a_page_of_events_and_the_first_quotes_until_asked() {
    set_fragment("").await;
    let extra = 5;
    let widget = mount(TimelineProps {
        all_events: true,
        ..props(long_timeline(
            EVENTS_PER_PAGE + extra,
            QUOTES_BEFORE_EXPANDING + 3,
        ))
    })
    .await;
    let cards = || event_cards(&widget);
    assert_eq!(
        cards().len(),
        EVENTS_DRAWN_FIRST,
        "the first cards are drawn with the widget"
    );
    assert!(
        widget.query_selector(".rt-more-events").unwrap().is_none(),
        "nothing below the cards until they are all drawn"
    );
    until(|| cards().len() == EVENTS_PER_PAGE).await;
    assert_eq!(
        cards().len(),
        EVENTS_PER_PAGE,
        "the page's other cards follow"
    );
    let quotes_in_first = || find_all(&cards()[0], "button.rt-quote").len();
    assert_eq!(quotes_in_first(), QUOTES_BEFORE_EXPANDING);

    let toggle = find(&cards()[0], ".rt-more-quotes");
    assert_eq!(text(&toggle), "More quotes (3)");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let list = find(&cards()[0], ".rt-quotes");
    assert_eq!(
        toggle.get_attribute("aria-controls"),
        list.get_attribute("id")
    );
    click(&toggle).await;
    assert_eq!(quotes_in_first(), QUOTES_BEFORE_EXPANDING + 3);
    let revealed = &find_all(&cards()[0], "button.rt-quote")[QUOTES_BEFORE_EXPANDING];
    assert_eq!(
        &focused(),
        revealed,
        "focus moves to the first quote revealed"
    );
    let toggle = find(&cards()[0], ".rt-more-quotes");
    assert_eq!(
        (
            text(&toggle).as_str(),
            toggle.get_attribute("aria-expanded").as_deref()
        ),
        ("Fewer quotes", Some("true"))
    );
    click(&toggle).await;
    assert_eq!(quotes_in_first(), QUOTES_BEFORE_EXPANDING);

    let more = find(&widget, ".rt-more-events");
    assert_eq!(
        text(&more),
        format!("Show more events ({extra} not shown yet)")
    );
    click(&more).await;
    yew::scheduler::flush().await;
    assert_eq!(cards().len(), EVENTS_PER_PAGE + extra);
    assert!(widget.query_selector(".rt-more-events").unwrap().is_none());
    assert_eq!(
        focused(),
        cards()[EVENTS_PER_PAGE],
        "focus moves to the first event added"
    );

    let sources = || find_all(&widget, ".rt-source-item");
    assert_eq!(sources().len(), 0, "the sources wait behind their toggle");
    let total = EVENTS_PER_PAGE + extra + 1;
    let sources_toggle = find(&widget, ".rt-sources-toggle");
    assert_eq!(text(&sources_toggle), format!("Sources ({total})"));
    click(&sources_toggle).await;
    assert_eq!(sources().len(), SOURCES_BEFORE_EXPANDING);
    assert_eq!(
        text(&find(&widget, ".rt-more-sources")),
        format!("Show all {total} sources")
    );
    let last_card = cards().pop().unwrap();
    click(&find(&last_card, ".rt-cite")).await;
    yew::scheduler::flush().await;
    assert_eq!(
        sources().len(),
        total,
        "a citation further down shows every source"
    );
    assert_eq!(focused(), sources()[total - 1]);
    assert!(text(&focused()).contains(&format!("Visit {}", total - 2)));
    done(widget);
}

#[wasm_bindgen_test]
async fn links_and_keys_reach_events_and_quotes_beyond_what_is_shown() {
    set_fragment("").await;
    let events = EVENTS_PER_PAGE * 2;
    let hidden_quote = format!("q{}", QUOTES_BEFORE_EXPANDING + 1);
    let widget = mount(TimelineProps {
        open: Some(hidden_quote.clone()),
        all_events: true,
        ..props(long_timeline(events, QUOTES_BEFORE_EXPANDING + 3))
    })
    .await;
    assert!(
        widget
            .query_selector(&format!("button.rt-quote[data-quote-id='{hidden_quote}']"))
            .unwrap()
            .is_some(),
        "a kept-back quote asked for is shown"
    );

    let cards = || event_cards(&widget);
    cards()[0]
        .dyn_ref::<HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    press("End").await;
    yew::scheduler::flush().await;
    assert_eq!(cards().len(), events, "the list reaches the last event");
    assert_eq!(focused(), cards()[events - 1]);
    assert_eq!(find_all(&cards()[events - 1], "button.rt-quote").len(), 1);
    done(widget);
}

#[wasm_bindgen_test]
async fn a_long_chart_draws_its_points_in_batches_without_moving_anything() {
    let events = CHART_POINTS_PER_TASK * 2 + 1;
    let widget = mount_in(
        "1200px",
        TimelineProps {
            available_width: Some(1200.0),
            ..props(long_timeline(events, 1))
        },
    )
    .await;
    let chart = find(&widget, ".rt-chart--wide");
    let points = || find_all(&chart, ".rt-point").len();
    let height = || chart.get_bounding_client_rect().height();
    let first_height = height();
    assert!(
        (CHART_POINTS_DRAWN_FIRST..events).contains(&points()),
        "{} of {events} points drawn with the widget",
        points()
    );
    assert!(
        !find_all(&widget, "button.rt-quote").is_empty(),
        "quotes are shown at once"
    );
    assert!(
        find_all(&chart, ".rt-visit-label").is_empty(),
        "a long chart names its visits on hover and focus only"
    );
    until(|| points() == events).await;
    assert_eq!(points(), events, "the other points follow");
    assert_eq!(height(), first_height, "the chart kept its size");
    done(widget);
}

#[wasm_bindgen_test]
async fn arrowing_along_the_chart_selects_each_event_in_place() {
    set_fragment("").await;
    let url = page_url();
    let widget = mount_newham().await;
    let chart = find(&widget, ".rt-chart--wide");
    let points = || find_all(&chart, ".rt-point");
    let stop = points()
        .iter()
        .position(is_tab_stop)
        .expect("one keyboard stop");
    assert_eq!(stop, 3, "the stop is the event shown, the latest");
    points()[3]
        .clone()
        .dyn_into::<web_sys::SvgElement>()
        .unwrap()
        .focus()
        .unwrap();
    press("ArrowLeft").await;
    assert_eq!(focused(), points()[2]);
    assert_eq!(shown_event(&widget), "e2022", "arrowing selects");
    press("Home").await;
    assert_eq!(focused(), points()[0]);
    assert_eq!(shown_event(&widget), "e2019");
    assert!(chart.contains(Some(&focused())), "focus stays on the chart");

    click(&points()[3]).await;
    assert_eq!(shown_event(&widget), "e2025");
    let ringed: Vec<bool> = points()
        .iter()
        .map(|point| point.query_selector(".rt-focus-ring").unwrap().is_some())
        .collect();
    assert_eq!(
        ringed,
        [true, false, false, true],
        "only the keyboard stop (the point last focused) and the open point have a ring"
    );
    assert_eq!(page_url(), url);
    done(widget);
}

#[wasm_bindgen_test]
async fn in_the_full_list_arrows_on_the_chart_select_without_leaving_it_and_enter_goes_to_the_card()
{
    set_fragment("").await;
    let widget = mount_newham_listed().await;
    let chart = find(&widget, ".rt-chart--wide");
    let points = || find_all(&chart, ".rt-point");
    let stop = points().into_iter().find(is_tab_stop).unwrap();
    stop.dyn_into::<web_sys::SvgElement>()
        .unwrap()
        .focus()
        .unwrap();
    press("Home").await;
    press("ArrowRight").await;
    yew::scheduler::flush().await;
    assert_eq!(focused(), points()[1], "focus stays on the chart");
    assert_eq!(
        event_cards(&widget)[1]
            .get_attribute("aria-current")
            .as_deref(),
        Some("true"),
        "the event is selected in the list"
    );
    press("Enter").await;
    yew::scheduler::flush().await;
    assert_eq!(focused(), event_cards(&widget)[1], "Enter goes to its card");
    done(widget);
}

#[wasm_bindgen_test]
async fn a_narrow_column_gets_the_chart_strip_and_nothing_overflows() {
    set_fragment("").await;
    let displayed =
        |element: &Element| element.dyn_ref::<HtmlElement>().unwrap().offset_height() > 0;

    let narrow = mount_in("320px", props(newham())).await;
    assert!(displayed(&find(&narrow, ".rt-chart--narrow")));
    let drawn =
        |widget: &Element, selector: &str| widget.query_selector(selector).unwrap().is_some();
    assert!(
        !drawn(&narrow, ".rt-chart--wide"),
        "only the chart in use is drawn"
    );
    let root = find(&narrow, "section.rt");
    assert!(
        root.scroll_width() <= root.client_width(),
        "no horizontal overflow at 320px"
    );

    let wide = mount_in("1200px", props(newham())).await;
    assert!(displayed(&find(&wide, ".rt-chart--wide")));
    assert!(!drawn(&wide, ".rt-chart--narrow"));

    // A column that narrows (a phone turned, a window resized) gets the narrow chart.
    wide.set_attribute("style", "width: 400px").unwrap();
    until(|| drawn(&wide, ".rt-chart--narrow")).await;
    assert!(displayed(&find(&wide, ".rt-chart--narrow")));
    assert!(!drawn(&wide, ".rt-chart--wide"));
    wide.set_attribute("style", "width: 1200px").unwrap();
    let root = find(&wide, "section.rt");
    assert!(
        root.scroll_width() <= root.client_width(),
        "no horizontal overflow at 1200px"
    );
    done(narrow);
    done(wide);
}

// ---------------------------------------------------------------- dataset loading
