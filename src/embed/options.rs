//! The options of `mount()`, read from the JS object with serde-wasm-bindgen into a
//! typed struct: `src`, `theme` and `open`, each a string. An unknown key is kept by
//! name, to be warned about; a value of the wrong type is an error naming its key.

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::fmt;

/// What a page asked of one widget, through its `data-*` attributes or `mount()`.
#[derive(Debug, Default, PartialEq)]
pub struct MountOptions {
    pub src: Option<String>,
    pub theme: Option<String>,
    pub open: Option<String>,
    /// Keys that are not options, in the order given.
    pub unknown: Vec<String>,
}

impl MountOptions {
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

impl<'de> Deserialize<'de> for MountOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(OptionsVisitor)
    }
}

struct OptionsVisitor;

impl<'de> Visitor<'de> for OptionsVisitor {
    type Value = MountOptions;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object of options (src, theme, open)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<MountOptions, A::Error> {
        let mut options = MountOptions::default();
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "src" => &mut options.src,
                "theme" => &mut options.theme,
                "open" => &mut options.open,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    options.unknown.push(key);
                    continue;
                }
            };
            *slot = map
                .next_value::<Option<String>>()
                .map_err(|error| de::Error::custom(format_args!("option `{key}`: {error}")))?;
        }
        Ok(options)
    }
}
