//! A list of quotes, each a button that opens the quote panel.
//! A plain function, not a component: it has no state, and each component costs the
//! wasm a copy of Yew's lifecycle code.

use super::ids::Ids;
use super::quote_button::{quote_button, QuoteButtonProps};
use super::Data;
use crate::state::Action;
use yew::prelude::*;

pub struct QuoteListProps {
    pub data: Data,
    pub ids: Ids,
    /// The list element's id, if something refers to it.
    pub id: Option<AttrValue>,
    /// Indices into the dataset's quotes, in the order to show them.
    pub indices: Vec<usize>,
    pub open_quote: Option<String>,
    pub on_action: Callback<Action>,
}

/// The quotes as a list of buttons; opening one dispatches [`Action::OpenQuote`].
pub fn quote_list(props: &QuoteListProps) -> Html {
    let on_open = {
        let (on_action, data) = (props.on_action.clone(), props.data.clone());
        Callback::from(move |index: usize| {
            let quote = &data.quotes[index];
            on_action.emit(Action::OpenQuote {
                quote: quote.id.clone(),
                event: quote.event.clone(),
            });
        })
    };
    html! {
        <ul id={props.id.clone()} class="rt-quotes" aria-label="Quotes">
            { for props.indices.iter().map(|&index| {
                let id = &props.data.quotes[index].id;
                html! {
                    <li key={id.clone()}>
                        { quote_button(&QuoteButtonProps {
                            data: props.data.clone(),
                            index,
                            id: props.ids.quote(index),
                            open: props.open_quote.as_deref() == Some(id.as_str()),
                            on_open: on_open.clone(),
                        }) }
                    </li>
                }
            }) }
        </ul>
    }
}
