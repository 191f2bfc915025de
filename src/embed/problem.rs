//! The message a widget shows in place of the timeline when its data cannot be used.
//! Written into the page directly rather than as a Yew app: it never changes, and a
//! component costs the wasm a copy of Yew's lifecycle code.

use web_sys::Element;

/// Puts a clearly worded alert inside `element`, `message` as text, never as markup;
/// returns it, to take away on unmount.
pub fn show(element: &Element, message: &str) -> Option<Element> {
    let document = element.owner_document()?;
    let section = document.create_element("section").ok()?;
    section.set_class_name("rt rt-problem");
    section.set_attribute("role", "alert").ok()?;
    for (class, text) in [
        ("rt-problem-title", "This timeline could not be shown."),
        ("rt-problem-detail", message),
    ] {
        let line = document.create_element("p").ok()?;
        line.set_class_name(class);
        line.set_text_content(Some(text));
        section.append_child(&line).ok()?;
    }
    element.append_child(&section).ok()?;
    Some(section)
}
