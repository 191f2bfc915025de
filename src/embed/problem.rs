//! The message a widget shows in place of the timeline when its data cannot be used.

use yew::prelude::*;

/// Props of [`Problem`].
#[derive(Properties, PartialEq)]
pub struct ProblemProps {
    /// What went wrong, in plain words; shown as text, never as markup.
    pub message: AttrValue,
}

/// A clearly worded alert inside the widget's own element.
#[function_component(Problem)]
pub fn problem(props: &ProblemProps) -> Html {
    html! {
        <section class="rt rt-problem" role="alert">
            <p class="rt-problem-title">{ "This timeline could not be shown." }</p>
            <p class="rt-problem-detail">{ props.message.clone() }</p>
        </section>
    }
}
