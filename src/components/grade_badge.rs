//! A grade told by text and shape as well as colour.
//! A plain function, not a component: it has no state, and each component costs the
//! wasm a copy of Yew's lifecycle code.

use crate::model::Grade;
use crate::view_model::grade_symbol;
use yew::prelude::*;

pub struct GradeBadgeProps {
    pub grade: Grade,
}

/// "★ Outstanding", "▼ Inadequate"…; the shape is decorative, the word is read out.
pub fn grade_badge(props: &GradeBadgeProps) -> Html {
    let grade = props.grade;
    html! {
        <span class={classes!("rt-grade", format!("rt-grade--{}", grade.key()))}>
            <span class="rt-grade-shape" aria-hidden="true">{ grade_symbol(grade) }</span>
            { " " }
            <span class="rt-grade-label">{ grade.label() }</span>
        </span>
    }
}
