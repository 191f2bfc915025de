//! A grade told by text and shape as well as colour.

use crate::model::Grade;
use crate::view_model::grade_symbol;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GradeBadgeProps {
    pub grade: Grade,
}

/// "★ Outstanding", "▼ Inadequate"…; the shape is decorative, the word is read out.
#[component]
pub fn GradeBadge(props: &GradeBadgeProps) -> Html {
    let grade = props.grade;
    html! {
        <span class={classes!("rt-grade", format!("rt-grade--{}", grade.key()))}>
            <span class="rt-grade-shape" aria-hidden="true">{ grade_symbol(grade) }</span>
            { " " }
            <span class="rt-grade-label">{ grade.label() }</span>
        </span>
    }
}
