//! The options of `mount()`, read from the JS object with serde-wasm-bindgen into a
//! typed struct: `src`, `theme` and `open`, each a string. An unknown key is kept by
//! name, to be warned about; a value of the wrong type is an error naming its key.
//!
//! `Deserialize` is written by hand, and every key and value goes through [`Text`], whose
//! visitor answers every `visit_*` itself with a message naming the JS type in words:
//! serde's default answers go through `Unexpected`, whose `Display` formats floats and so
//! links `core`'s float formatting into the wasm (docs/embedding.md).

use serde::de::{
    self, Deserialize, Deserializer, EnumAccess, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use std::fmt;
use wasm_bindgen::JsValue;

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
    /// Reads an options object; `undefined` and `null` are no options. Anything else that
    /// is not a plain object, or an option that is neither a string nor absent, is an error
    /// saying so.
    pub fn from_js(value: JsValue) -> Result<MountOptions, String> {
        if value.is_undefined() || value.is_null() {
            return Ok(MountOptions::default());
        }
        if !value.is_object() || js_sys::Array::is_array(&value) {
            let kind = value.js_typeof().as_string().unwrap_or_default();
            return Err(format!(
                "the options must be an object of options (src, theme, open), not {kind}"
            ));
        }
        serde_wasm_bindgen::from_value(value).map_err(|error| error.to_string())
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
        while let Some(Text(key)) = map.next_key::<Text>()? {
            let key = key.unwrap_or_default();
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
            let Text(value) = map
                .next_value::<Text>()
                .map_err(|error| de::Error::custom(format_args!("option `{key}`: {error}")))?;
            *slot = value;
        }
        Ok(options)
    }
}

/// A string, or nothing for `undefined` and `null`; anything else is an error naming its
/// JS type in words.
struct Text(Option<String>);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

fn not_a_string<E: de::Error>(kind: &str) -> E {
    E::custom(format_args!("expected a string, not {kind}"))
}

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Text, E> {
        Ok(Text(Some(value.to_owned())))
    }
    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Text, E> {
        Ok(Text(Some(value.to_owned())))
    }
    fn visit_string<E: de::Error>(self, value: String) -> Result<Text, E> {
        Ok(Text(Some(value)))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Text, E> {
        Ok(Text(None))
    }
    fn visit_none<E: de::Error>(self) -> Result<Text, E> {
        Ok(Text(None))
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Text, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Text, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Text, E> {
        Err(not_a_string("boolean"))
    }
    fn visit_i8<E: de::Error>(self, _: i8) -> Result<Text, E> {
        Err(not_a_string("number"))
    }
    fn visit_i16<E: de::Error>(self, _: i16) -> Result<Text, E> {
        Err(not_a_string("number"))
    }
    fn visit_i32<E: de::Error>(self, _: i32) -> Result<Text, E> {
        Err(not_a_string("number"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Text, E> {
        Err(not_a_string("number"))
    }
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<Text, E> {
        Err(not_a_string("bigint"))
    }
    fn visit_u8<E: de::Error>(self, _: u8) -> Result<Text, E> {
        Err(not_a_string("number"))
    }
    fn visit_u16<E: de::Error>(self, _: u16) -> Result<Text, E> {
        Err(not_a_string("number"))
    }
    fn visit_u32<E: de::Error>(self, _: u32) -> Result<Text, E> {
        Err(not_a_string("number"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Text, E> {
        Err(not_a_string("bigint"))
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<Text, E> {
        Err(not_a_string("bigint"))
    }
    fn visit_f32<E: de::Error>(self, _: f32) -> Result<Text, E> {
        Err(not_a_string("number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Text, E> {
        Err(not_a_string("number"))
    }
    fn visit_char<E: de::Error>(self, value: char) -> Result<Text, E> {
        Ok(Text(Some(value.into())))
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Text, E> {
        Err(not_a_string("object"))
    }
    fn visit_borrowed_bytes<E: de::Error>(self, _: &'de [u8]) -> Result<Text, E> {
        Err(not_a_string("object"))
    }
    fn visit_byte_buf<E: de::Error>(self, _: Vec<u8>) -> Result<Text, E> {
        Err(not_a_string("object"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Text, A::Error> {
        Err(not_a_string("object"))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Text, A::Error> {
        Err(not_a_string("object"))
    }
    fn visit_enum<A: EnumAccess<'de>>(self, _: A) -> Result<Text, A::Error> {
        Err(not_a_string("object"))
    }
}
