//! "Copy link": the shareable URL of a quote or an event, put on the clipboard. The
//! host page's own URL is never rewritten; a reader who wants a link asks for one.

use crate::view_model::Target;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// What the link opens.
    pub target: Target,
    /// What it is, for the button's accessible name: "quote", "event".
    pub what: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Yes,
    /// The clipboard refused: the URL is shown, selected, to copy by hand.
    ByHand(String),
}

/// A button that copies the link, then says so; where the clipboard cannot be used, it
/// shows the URL in a selected text box instead.
#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let copied = use_state_eq(|| Copied::Not);
    let onclick = {
        let (copied, target) = (copied.clone(), props.target.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(url) = link_to(&target) else {
                return;
            };
            let (done, refused) = (copied.clone(), copied.clone());
            let by_hand = url.clone();
            let Some(promise) =
                web_sys::window().map(|window| window.navigator().clipboard().write_text(&url))
            else {
                copied.set(Copied::ByHand(url));
                return;
            };
            // Two small closures a copy, one of which never runs: kept alive by forgetting
            // them, as the promise holds no way to free the other.
            let on_done = Closure::<dyn FnMut(JsValue)>::new(move |_| done.set(Copied::Yes));
            let on_refused = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                refused.set(Copied::ByHand(by_hand.clone()))
            });
            let _ = promise.then2(&on_done, &on_refused);
            on_done.forget();
            on_refused.forget();
        })
    };
    let select_all = Callback::from(|event: FocusEvent| {
        event
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .select();
    });
    html! {
        <span class="rt-copy">
            <button
                type="button"
                class="rt-button rt-button--quiet rt-copy-link"
                aria-label={format!("Copy link to this {}", props.what)}
                {onclick}
            >
                { "Copy link" }
            </button>
            <span class="rt-copy-status" role="status">
                { match &*copied {
                    Copied::Not => Html::default(),
                    Copied::Yes => html! { { "Link copied" } },
                    Copied::ByHand(url) => html! {
                        <input
                            class="rt-copy-url"
                            type="text"
                            readonly=true
                            value={url.clone()}
                            aria-label="Link to copy"
                            onfocus={select_all.clone()}
                        />
                    },
                } }
            </span>
        </span>
    }
}

/// The page's URL with a fragment naming `target` instead of its own.
pub fn link_to(target: &Target) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let page = href.split('#').next().unwrap_or_default();
    let (prefix, id) = target.fragment_prefix();
    let encoded: String = js_sys::encode_uri_component(id).into();
    Some(format!("{page}#{prefix}{encoded}"))
}
