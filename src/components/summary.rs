//! The widget's heading and its one-sentence summary of the trajectory.
//! A plain function, not a component: it has no state, and each component costs the
//! wasm a copy of Yew's lifecycle code.

use super::ids::Ids;
use super::Data;
use crate::model::Judgement;
use crate::view_model::{summary_sentence, timeline_title};
use yew::prelude::*;

pub struct SummaryProps {
    pub data: Data,
    pub ids: Ids,
    /// The judgement the summary follows.
    pub judgement: Judgement,
}

/// Heading plus summary sentence; the sentence is the widget's accessible description.
pub fn summary(props: &SummaryProps) -> Html {
    let title = timeline_title(props.data.subject.as_deref());
    html! {
        <header class="rt-header">
            <h2 class="rt-title" id={props.ids.title()}>{ title }</h2>
            <p class="rt-summary" id={props.ids.summary()}>
                { summary_sentence(&props.data, props.judgement) }
            </p>
        </header>
    }
}
