//! One quote in an event card: a button that opens the quote panel.
//! A plain function, not a component: it has no state, and each component costs the
//! wasm a copy of Yew's lifecycle code.

use super::Data;
use crate::view_model::speaker_line;
use yew::prelude::*;

pub struct QuoteButtonProps {
    pub data: Data,
    /// The quote's index in the dataset.
    pub index: usize,
    pub id: AttrValue,
    /// Whether this quote's panel is open.
    pub open: bool,
    /// Asked to open this quote (by click, Enter or Space).
    pub on_open: Callback<usize>,
}

/// The quote's words and who said them, with their role at the time.
pub fn quote_button(props: &QuoteButtonProps) -> Html {
    let Some(quote) = props.data.quotes.get(props.index) else {
        return Html::default();
    };
    let onclick = {
        let (on_open, index) = (props.on_open.clone(), props.index);
        Callback::from(move |_| on_open.emit(index))
    };
    html! {
        <button
            type="button"
            id={props.id.clone()}
            class={classes!("rt-quote", props.open.then_some("rt-quote--open"))}
            data-quote-id={quote.id.clone()}
            aria-haspopup="dialog"
            aria-expanded={props.open.to_string()}
            {onclick}
        >
            <span class="rt-quote-text">{ format!("“{}”", quote.text) }</span>
            <span class="rt-quote-speaker">{ speaker_line(&props.data, quote) }</span>
        </button>
    }
}
