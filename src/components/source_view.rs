//! A source article's full text with one quote highlighted and scrolled into view.

use super::Data;
use crate::view_model::split_around;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceViewProps {
    pub data: Data,
    pub id: AttrValue,
    /// The quote's index in the dataset.
    pub index: usize,
}

/// The article in its own scroll container, scrolled (by itself, never the page) so
/// that the quote's `<mark>` sits near the top.
#[component]
pub fn SourceView(props: &SourceViewProps) -> Html {
    let container = use_node_ref();
    let mark = use_node_ref();
    {
        let (container, mark) = (container.clone(), mark.clone());
        use_effect_with(props.index, move |_| {
            if let (Some(container), Some(mark)) =
                (container.cast::<HtmlElement>(), mark.cast::<HtmlElement>())
            {
                scroll_to_mark(&container, &mark);
            }
        });
    }
    let data = &props.data;
    let Some(quote) = data.quotes.get(props.index) else {
        return Html::default();
    };
    let Some(source) = data.source(&quote.source) else {
        return Html::default();
    };
    let body = match split_around(&source.text, quote) {
        Some((before, marked, after)) => html! {
            <>{ before }<mark ref={mark} class="rt-mark">{ marked }</mark>{ after }</>
        },
        None => html! { { source.text.clone() } },
    };
    html! {
        <section
            ref={container}
            id={props.id.clone()}
            class="rt-source-view"
            role="region"
            aria-label={format!("Full text of “{}”, with the quote highlighted", source.title)}
            tabindex="0"
        >
            <p class="rt-source-text">{ body }</p>
        </section>
    }
}

/// Scrolls `container` so that `mark` sits a little below its top edge.
fn scroll_to_mark(container: &HtmlElement, mark: &HtmlElement) {
    let offset = mark.get_bounding_client_rect().top() - container.get_bounding_client_rect().top();
    let breathing_room = f64::from(container.client_height()) / 4.0;
    let top = f64::from(container.scroll_top()) + offset - breathing_room;
    container.set_scroll_top(top.max(0.0) as i32);
}
