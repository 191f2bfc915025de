//! A source article's full text with one quote highlighted and scrolled into view.

use super::dom::before_next_paint;
use super::Data;
use crate::view_model::{source_byline, split_around};
use web_sys::HtmlElement;
use yew::prelude::*;

/// The refs of the article's scroll container and of its `<mark>`; the container is
/// scrolled (by itself, never the page) so that the mark sits in its upper part whenever
/// the quote (`index`) changes or the article comes into view (`shown`).
#[hook]
pub fn use_scrolled_to_mark(index: usize, shown: bool) -> (NodeRef, NodeRef) {
    let container = use_node_ref();
    let mark = use_node_ref();
    {
        let (container, mark) = (container.clone(), mark.clone());
        // Before the next paint rather than now: the dialog around the view opens in its
        // own effect, and a closed dialog has no layout to scroll.
        use_effect_with((index, shown), move |_| {
            before_next_paint(move || {
                if let (Some(container), Some(mark)) =
                    (container.cast::<HtmlElement>(), mark.cast::<HtmlElement>())
                {
                    scroll_to_mark(&container, &mark);
                }
            })
        });
    }
    (container, mark)
}

/// The article of the quote at `index`, in its own scroll container, the quote marked.
/// A plain function (its state is the hook above): each component costs the wasm a copy
/// of Yew's lifecycle code.
pub fn source_view(data: &Data, id: AttrValue, index: usize, refs: &(NodeRef, NodeRef)) -> Html {
    let (container, mark) = refs;
    let Some(quote) = data.quotes.get(index) else {
        return Html::default();
    };
    let Some(source) = data.source(&quote.source) else {
        return Html::default();
    };
    let body = match split_around(&source.text, quote) {
        Some((before, marked, after)) => html! {
            <>{ before }<mark ref={mark.clone()} class="rt-mark">{ marked }</mark>{ after }</>
        },
        None => html! { { source.text.clone() } },
    };
    html! {
        <section
            ref={container.clone()}
            {id}
            class="rt-source-view"
            role="region"
            aria-label={format!("Full text of “{}”, with the quote highlighted", source.title)}
            tabindex="0"
        >
            if let Some(byline) = source_byline(source) {
                <p class="rt-source-view-byline">{ byline }</p>
            }
            <p class="rt-source-text">{ body }</p>
        </section>
    }
}

/// Scrolls `container` so that `mark` starts a sixth of the way down it, or at its top
/// when the mark is nearly as tall as the container.
fn scroll_to_mark(container: &HtmlElement, mark: &HtmlElement) {
    let height = f64::from(container.client_height());
    let mark_height = mark.get_bounding_client_rect().height();
    let offset = mark.get_bounding_client_rect().top() - container.get_bounding_client_rect().top();
    let breathing_room = if mark_height > height * 0.7 {
        8.0
    } else {
        ((height - mark_height) / 4.0).min(height / 6.0).max(8.0)
    };
    let top = f64::from(container.scroll_top()) + offset - breathing_room;
    container.set_scroll_top(top.max(0.0) as i32);
}
