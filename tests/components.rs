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

async fn mount_newham() -> Element {
    mount(TimelineProps {
        dataset: newham(),
        open: None,
        theme: Default::default(),
        available_width: None,
    })
    .await
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

/// The page's URL fragment once the browser has painted: the widget writes it after
/// the paint that shows what was opened.
async fn fragment() -> String {
    after_a_paint().await;
    web_sys::window().unwrap().location().hash().unwrap()
}

/// Sets the page's URL fragment without scrolling or a history entry ("" removes it),
/// once the widgets of earlier tests have written theirs.
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

/// The grade (or "not stated…") shown for `judgement` in an event card.
fn grade_in(card: &Element, judgement: &str) -> String {
    find_all(card, ".rt-grade-row")
        .into_iter()
        .find(|row| text(&find(row, "dt")) == judgement)
        .map(|row| text(&find(&row, "dd")))
        .unwrap_or_else(|| panic!("no row for {judgement}"))
}

// ---------------------------------------------------------------- tests

#[wasm_bindgen_test]
async fn the_timeline_renders_every_event_in_date_order_with_its_grades() {
    set_fragment("").await;
    let widget = mount_newham().await;

    let cards = event_cards(&widget);
    let titles: Vec<String> = cards
        .iter()
        .map(|card| text(&find(card, ".rt-event-title")))
        .collect();
    assert_eq!(
        titles,
        [
            "Inspection Apr 2019",
            "Monitoring visit 2020",
            "Inspection Jul 2022",
            "Inspection Feb 2025"
        ]
    );
    assert!(grade_in(&cards[0], "Overall effectiveness").ends_with("Inadequate"));
    assert_eq!(
        grade_in(&cards[0], "Care leavers"),
        "not stated in the sources"
    );
    assert!(text(&cards[1]).contains("Not graded"));
    assert!(grade_in(&cards[2], "Overall effectiveness").ends_with("Good"));
    assert!(grade_in(&cards[2], "Impact of leaders").ends_with("Outstanding"));
    assert_eq!(
        grade_in(&cards[2], "Help and protection"),
        "not stated in the sources"
    );
    for judgement in Judgement::ALL {
        assert!(grade_in(&cards[3], judgement.label()).ends_with("Outstanding"));
    }
    assert_eq!(
        text(&find(&cards[3], ".rt-citations")),
        "Reported in [3] [2]"
    );

    let chart = find(&widget, ".rt-chart--across");
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
    assert_eq!(root.class_name(), "rt rt-theme-auto");
}

#[wasm_bindgen_test]
async fn clicking_a_quote_opens_the_panel_with_its_speaker_role_and_source() {
    set_fragment("").await;
    let widget = mount_newham().await;
    assert!(widget.query_selector(".rt-panel").unwrap().is_none());

    let button = quote_button(&widget, RUIZ_2025);
    click(&button).await;

    let panel = find(&widget, ".rt-panel");
    assert_eq!(
        text(&find(&panel, ".rt-panel-quote")),
        format!("“{RUIZ_2025}”")
    );
    assert_eq!(
        text(&find(&panel, ".rt-panel-speaker")),
        "Sarah Ruiz, Deputy Mayor"
    );
    assert_eq!(
        text(&find(&panel, ".rt-panel-event")),
        "Inspection, Feb 2025"
    );
    assert_eq!(
        text(&find(&panel, ".rt-panel-source")),
        "[3] Newham rated outstanding, Newham Recorder, 14 Mar 2025"
    );
    let link = find(&panel, "a.rt-link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.org/news/2025-outstanding")
    );
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert_eq!(focused(), panel, "focus moves into the panel");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        fragment().await,
        "#rt-q-q-ruiz-2025",
        "the fragment names the quote"
    );

    // The same speaker, years earlier, in another role; and a source whose URL is unsafe.
    click(&quote_button(&widget, RUIZ_2022)).await;
    assert_eq!(
        text(&find(&widget, ".rt-panel-speaker")),
        "Sarah Ruiz, lead member for children's services"
    );
    click(&quote_button(&widget, FIAZ_2019)).await;
    assert_eq!(
        text(&find(&widget, ".rt-panel-speaker")),
        "Rokhsana Fiaz, Mayor of Newham"
    );
    assert!(
        find(&widget, ".rt-panel")
            .query_selector("a")
            .unwrap()
            .is_none(),
        "a javascript: URL never becomes a link"
    );
    set_fragment("").await;
}

#[wasm_bindgen_test]
async fn the_source_view_marks_exactly_the_quote_and_scrolls_it_into_view() {
    set_fragment("").await;
    let widget = mount_newham().await;
    click(&quote_button(&widget, RUIZ_2022)).await;
    let toggle = find(&widget, ".rt-show-source");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    click(&toggle).await;

    let view = find(&widget, ".rt-source-view");
    let marks = find_all(&view, "mark");
    assert_eq!(marks.len(), 1);
    assert_eq!(text(&marks[0]), RUIZ_2022);
    assert!(
        text(&view).starts_with("Ofsted rated the services good"),
        "the full article is shown"
    );
    assert_eq!(toggle.get_attribute("aria-controls"), Some(view.id()));

    assert!(view.scroll_top() > 0, "the view scrolled to the quote");
    let (mark, frame) = (
        marks[0].get_bounding_client_rect(),
        view.get_bounding_client_rect(),
    );
    assert!(
        mark.top() >= frame.top() && mark.bottom() <= frame.bottom(),
        "the mark is inside the visible part of the view"
    );
    set_fragment("").await;
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

#[wasm_bindgen_test]
async fn on_a_wide_screen_opening_a_quote_reflows_no_event() {
    set_fragment("").await;
    let props = TimelineProps {
        dataset: newham(),
        open: None,
        theme: Default::default(),
        available_width: None,
    };
    let widget = mount_in("1100px", props).await;
    let cards = || find_all(&widget, "article.rt-event");
    let boxes = |elements: Vec<Element>| -> Vec<_> {
        elements
            .iter()
            .map(|element| box_within(&widget, element))
            .collect()
    };
    let before = boxes(cards());
    let (hint_left, _, hint_width, _) = box_within(&widget, &find(&widget, ".rt-panel-hint"));
    let (card_left, _, card_width, _) = before[0];
    assert!(
        hint_left >= card_left + card_width && hint_width > 200,
        "the hint holds the panel's column beside the events ({hint_left}px, {hint_width}px wide)"
    );

    click(&quote_button(&widget, RUIZ_2025)).await;

    let (panel_left, _, panel_width, _) = box_within(&widget, &find(&widget, ".rt-panel"));
    assert_eq!(
        (panel_left, panel_width),
        (hint_left, hint_width),
        "the panel takes the hint's place"
    );
    assert!(widget.query_selector(".rt-panel-hint").unwrap().is_none());
    assert_eq!(
        boxes(cards()),
        before,
        "no event card moved or changed size"
    );
    widget.remove();
}

#[wasm_bindgen_test]
async fn below_the_wide_layout_the_panel_hint_takes_no_room() {
    let widget = mount_newham().await;
    let hint = find(&widget, ".rt-panel-hint")
        .dyn_into::<HtmlElement>()
        .unwrap();
    assert!(
        hint.offset_parent().is_none(),
        "the hint is not displayed at 800px"
    );
    widget.remove();
}

#[wasm_bindgen_test]
async fn escape_closes_the_panel_and_returns_focus_to_the_quote() {
    set_fragment("").await;
    let widget = mount_newham().await;
    let button: Element = quote_button(&widget, OFSTED_2022).into();
    click(&button).await;
    click(&find(&widget, ".rt-show-source")).await;
    assert!(find(&widget, ".rt-panel").contains(Some(&focused())));
    assert_eq!(fragment().await, "#rt-q-q-ofsted-2022");

    press("Escape").await;

    assert!(
        widget.query_selector(".rt-panel").unwrap().is_none(),
        "the panel is closed"
    );
    assert_eq!(focused(), button, "focus is back on the quote");
    assert_eq!(fragment().await, "", "the fragment is removed");
}

#[wasm_bindgen_test]
async fn the_speaker_filter_shows_only_that_speakers_quotes_with_their_roles_over_time() {
    set_fragment("").await;
    let widget = mount_newham().await;
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
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_its_quote_without_taking_focus_or_scrolling() {
    set_fragment("#rt-q-q-ruiz-2022").await;
    let scrolled_before = web_sys::window().unwrap().scroll_y().unwrap();
    let widget = mount_newham().await;

    let panel = find(&widget, ".rt-panel");
    assert_eq!(text(&find(&panel, "blockquote")), format!("“{RUIZ_2022}”"));
    assert_eq!(
        text(&find(&panel, ".rt-panel-speaker")),
        "Sarah Ruiz, lead member for children's services"
    );
    assert!(
        !panel.contains(Some(&focused())),
        "a link does not steal focus"
    );
    assert_eq!(
        web_sys::window().unwrap().scroll_y().unwrap(),
        scrolled_before
    );
    assert_eq!(
        fragment().await,
        "#rt-q-q-ruiz-2022",
        "the fragment is kept"
    );

    // A link to this dataset's event opens it; one naming another widget's quote is ignored.
    set_fragment("#rt-e-e2020").await;
    let widget = mount_newham().await;
    assert!(find(&widget, ".rt-event--open").id().ends_with("-e1"));
    set_fragment("#rt-q-somebody-elses").await;
    let widget = mount_newham().await;
    assert!(widget.query_selector(".rt-panel").unwrap().is_none());
    assert_eq!(
        fragment().await,
        "#rt-q-somebody-elses",
        "another widget's fragment is left alone"
    );
    set_fragment("").await;
}

#[wasm_bindgen_test]
async fn the_open_prop_opens_a_quote_and_a_link_wins_over_it() {
    set_fragment("").await;
    let widget = mount(TimelineProps {
        dataset: newham(),
        open: Some("q-fiaz-2019".into()),
        theme: rating_timeline::components::Theme::Dark,
        available_width: None,
    })
    .await;
    assert_eq!(
        text(&find(&widget, ".rt-panel-speaker")),
        "Rokhsana Fiaz, Mayor of Newham"
    );
    assert_eq!(find(&widget, "section.rt").class_name(), "rt rt-theme-dark");
    assert_eq!(
        fragment().await,
        "",
        "opening by the embed writes no fragment"
    );

    set_fragment("#rt-q-q-ruiz-2025").await;
    let widget = mount(TimelineProps {
        dataset: newham(),
        open: Some("q-fiaz-2019".into()),
        theme: Default::default(),
        available_width: None,
    })
    .await;
    assert_eq!(
        text(&find(&widget, ".rt-panel-speaker")),
        "Sarah Ruiz, Deputy Mayor"
    );
    set_fragment("").await;
}

#[wasm_bindgen_test]
async fn arrow_keys_move_a_roving_tabindex_over_the_events_and_enter_opens_one() {
    set_fragment("").await;
    let widget = mount_newham().await;
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
    assert_eq!(fragment().await, "#rt-e-e2019");
    set_fragment("").await;
}

#[wasm_bindgen_test]
async fn the_event_that_focus_moves_into_becomes_the_tab_stop_after_the_paint() {
    set_fragment("").await;
    let widget = mount_newham().await;
    let cards = || event_cards(&widget);
    let stop = || cards().iter().position(is_tab_stop);
    let button_in =
        |card: usize| -> HtmlElement { find(&cards()[card], "button").dyn_into().unwrap() };
    assert_eq!(stop(), Some(0));

    button_in(2).focus().unwrap();
    yew::scheduler::flush().await;
    after_a_paint().await;
    assert_eq!(stop(), Some(2), "the card holding focus is the tab stop");

    // Focus that passes through a card before the paint does not take the stop there.
    button_in(1).focus().unwrap();
    cards()[2]
        .dyn_ref::<HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    yew::scheduler::flush().await;
    after_a_paint().await;
    assert_eq!(focused(), cards()[2]);
    assert_eq!(stop(), Some(2), "the stop stays with focus");
}

#[wasm_bindgen_test]
async fn long_timelines_show_a_page_of_events_and_the_first_quotes_until_asked() {
    set_fragment("").await;
    let extra = 5;
    let widget = mount(TimelineProps {
        dataset: long_timeline(EVENTS_PER_PAGE + extra, QUOTES_BEFORE_EXPANDING + 3),
        open: None,
        theme: Default::default(),
        available_width: None,
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
    assert_eq!(
        text(&toggle),
        format!("Show all {} quotes", QUOTES_BEFORE_EXPANDING + 3)
    );
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
        ("Show fewer quotes", Some("true"))
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
    assert_eq!(sources().len(), SOURCES_BEFORE_EXPANDING);
    let total = EVENTS_PER_PAGE + extra + 1;
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
}

#[wasm_bindgen_test]
async fn links_and_keys_reach_events_and_quotes_beyond_what_is_shown() {
    set_fragment("").await;
    let events = EVENTS_PER_PAGE * 2;
    let hidden_quote = format!("q{}", QUOTES_BEFORE_EXPANDING + 1);
    let widget = mount(TimelineProps {
        dataset: long_timeline(events, QUOTES_BEFORE_EXPANDING + 3),
        open: Some(hidden_quote.clone()),
        theme: Default::default(),
        available_width: None,
    })
    .await;
    let open = find(&widget, "button.rt-quote--open");
    assert_eq!(
        open.get_attribute("data-quote-id"),
        Some(hidden_quote),
        "a kept-back quote is shown when opened"
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
    set_fragment("").await;
}

#[wasm_bindgen_test]
async fn a_long_chart_draws_its_points_in_batches_without_moving_anything() {
    let events = CHART_POINTS_PER_TASK * 2 + 1;
    let widget = mount_in(
        "1200px",
        TimelineProps {
            dataset: long_timeline(events, 1),
            open: None,
            theme: Default::default(),
            available_width: Some(1200.0),
        },
    )
    .await;
    let chart = find(&widget, ".rt-chart--across");
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
    until(|| points() == events).await;
    assert_eq!(points(), events, "the other points follow");
    assert_eq!(height(), first_height, "the chart kept its size");
}

#[wasm_bindgen_test]
async fn chart_points_are_reachable_by_keyboard_and_open_their_event() {
    set_fragment("").await;
    let widget = mount_newham().await;
    let chart = find(&widget, ".rt-chart--across");
    let points = || find_all(&chart, ".rt-point");
    let first = points()[0]
        .clone()
        .dyn_into::<web_sys::SvgElement>()
        .unwrap();
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("0"));
    first.focus().unwrap();
    press("ArrowRight").await;
    press("ArrowRight").await;
    assert_eq!(focused(), points()[2]);
    assert_eq!(points()[2].get_attribute("tabindex").as_deref(), Some("0"));

    press("Enter").await;
    let opened = find(&widget, ".rt-event--open");
    assert!(text(&opened).contains("Jul 2022"));
    assert_eq!(focused(), opened, "focus follows to the event card");

    click(&points()[3]).await;
    assert!(text(&find(&widget, ".rt-event--open")).contains("Feb 2025"));
    assert_eq!(fragment().await, "#rt-e-e2025");
    let ringed: Vec<bool> = points()
        .iter()
        .map(|point| point.query_selector(".rt-focus-ring").unwrap().is_some())
        .collect();
    assert_eq!(
        ringed,
        [false, false, true, true],
        "only the keyboard stop (the point last focused) and the open point have a ring"
    );
    set_fragment("").await;
}

#[wasm_bindgen_test]
async fn a_narrow_column_gets_the_downward_chart_and_nothing_overflows() {
    set_fragment("").await;
    let props = || TimelineProps {
        dataset: newham(),
        open: Some("q-ruiz-2022".into()),
        theme: Default::default(),
        available_width: None,
    };
    let displayed =
        |element: &Element| element.dyn_ref::<HtmlElement>().unwrap().offset_height() > 0;

    let narrow = mount_in("320px", props()).await;
    click(&find(&narrow, ".rt-show-source")).await;
    assert!(displayed(&find(&narrow, ".rt-chart--down")));
    let drawn =
        |widget: &Element, selector: &str| widget.query_selector(selector).unwrap().is_some();
    assert!(
        !drawn(&narrow, ".rt-chart--across"),
        "only the chart in use is drawn"
    );
    let root = find(&narrow, "section.rt");
    assert!(
        root.scroll_width() <= root.client_width(),
        "no horizontal overflow at 320px"
    );

    let wide = mount_in("1200px", props()).await;
    assert!(displayed(&find(&wide, ".rt-chart--across")));
    assert!(!drawn(&wide, ".rt-chart--down"));

    // A column that narrows (a phone turned, a window resized) gets the downward chart.
    wide.set_attribute("style", "width: 400px").unwrap();
    until(|| drawn(&wide, ".rt-chart--down")).await;
    assert!(displayed(&find(&wide, ".rt-chart--down")));
    assert!(!drawn(&wide, ".rt-chart--across"));
    wide.set_attribute("style", "width: 1200px").unwrap();
    let root = find(&wide, "section.rt");
    assert!(
        root.scroll_width() <= root.client_width(),
        "no horizontal overflow at 1200px"
    );
    set_fragment("").await;
}

// ---------------------------------------------------------------- dataset loading
