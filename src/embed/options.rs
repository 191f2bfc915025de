//! The options of `mount()`, read from the JS object into a typed struct: `src`, `theme`
//! and `open`, each a string. An unknown key is kept by name, to be warned about; a value
//! of the wrong type is an error naming its key.
//!
//! Read by hand with `js_sys` rather than with serde-wasm-bindgen's deserializer: that one
//! formats its own type errors through serde's `Unexpected` (`Deserializer::invalid_type_`,
//! on every path that reads an object or a string), which links the float formatting of
//! `core` into the wasm, whatever our visitors do: +12.8 KB gzip of wasm measured, for three
//! strings (docs/embedding.md). The events' details go out through serde-wasm-bindgen's
//! serializer, which costs little.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// What a page asked of one widget, through its `data-*` attributes or `mount()`.
#[derive(Debug, Default, PartialEq)]
pub struct MountOptions {
    pub src: Option<String>,
    pub theme: Option<String>,
    pub open: Option<String>,
    /// Keys that are not options, in the order given.
    pub unknown: Vec<String>,
}

const KEYS: [&str; 3] = ["src", "theme", "open"];

impl MountOptions {
    /// Reads an options object; `undefined` and `null` are no options. Anything else that
    /// is not a plain object, or an option that is neither a string nor absent, is an error
    /// saying so.
    pub fn from_js(value: &JsValue) -> Result<MountOptions, String> {
        if value.is_undefined() || value.is_null() {
            return Ok(MountOptions::default());
        }
        let object = match value.dyn_ref::<Object>() {
            Some(object) if value.is_object() && !js_sys::Array::is_array(value) => object,
            _ => {
                let kind = value.js_typeof().as_string().unwrap_or_default();
                return Err(format!(
                    "the options must be an object of options (src, theme, open), not {kind}"
                ));
            }
        };
        let mut options = MountOptions::default();
        let mut values = [None, None, None];
        for (key, slot) in KEYS.iter().zip(values.iter_mut()) {
            let value = Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
            if value.is_undefined() || value.is_null() {
                continue;
            }
            *slot = Some(value.as_string().ok_or_else(|| {
                let kind = value.js_typeof().as_string().unwrap_or_default();
                format!("option `{key}`: expected a string, not {kind}")
            })?);
        }
        [options.src, options.theme, options.open] = values;
        options.unknown = Object::keys(object)
            .iter()
            .filter_map(|key| key.as_string())
            .filter(|key| !KEYS.contains(&key.as_str()))
            .collect();
        Ok(options)
    }

    /// `over`'s options where it gives them, else `self`'s; `over`'s unknown keys.
    pub fn overridden_by(self, over: MountOptions) -> MountOptions {
        MountOptions {
            src: over.src.or(self.src),
            theme: over.theme.or(self.theme),
            open: over.open.or(self.open),
            unknown: over.unknown,
        }
    }
}
