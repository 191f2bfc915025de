//! Reads a [`Dataset`] from the value `JSON.parse` returns, naming the path of anything
//! that does not fit the format, e.g. `events[2].ratings[0].grade`.
//!
//! It follows the serde derives in [`crate::model`] (defaults, optional fields, enum keys)
//! by hand: going through serde here would link serde's deserialisers, serde_wasm_bindgen
//! and serde_path_to_error into the wasm. The component tests check it against serde_json.

use crate::model::{
    Dataset, Date, Event, EventKind, Grade, Judgement, Person, Quote, Rating, Source, Span,
    SpeakerKind,
};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsValue;

/// What does not fit the format, and where: `path` is empty for the whole dataset.
#[derive(Debug, PartialEq)]
pub struct FormatError {
    pub path: String,
    pub message: String,
}

type Result<T> = std::result::Result<T, FormatError>;

/// Reads a whole dataset.
pub fn dataset(value: JsValue) -> Result<Dataset> {
    let root = Node {
        value,
        place: Place::Root,
    };
    root.expect_object()?;
    Ok(Dataset {
        subject: root.field("subject").optional(Node::string)?,
        sources: root.required("sources")?.list(source)?,
        people: root.field("people").or_default(|n| n.list(person))?,
        events: root.field("events").or_default(|n| n.list(event))?,
        quotes: root.field("quotes").or_default(|n| n.list(quote))?,
    })
}

fn source(node: Node) -> Result<Source> {
    node.expect_object()?;
    Ok(Source {
        id: node.required("id")?.string()?,
        title: node.required("title")?.string()?,
        publisher: node.field("publisher").optional(Node::string)?,
        url: node.field("url").optional(Node::string)?,
        published: node.field("published").optional(date)?,
        text: node.required("text")?.string()?,
    })
}

fn person(node: Node) -> Result<Person> {
    node.expect_object()?;
    Ok(Person {
        id: node.required("id")?.string()?,
        name: node.required("name")?.string()?,
        aliases: node
            .field("aliases")
            .or_default(|n| n.list(|n| n.string()))?,
        kind: node.field("kind").or_default(|n| {
            n.choice(&[
                ("person", SpeakerKind::Person),
                ("organisation", SpeakerKind::Organisation),
            ])
        })?,
    })
}

fn event(node: Node) -> Result<Event> {
    node.expect_object()?;
    Ok(Event {
        id: node.required("id")?.string()?,
        kind: node.required("kind")?.choice(&[
            ("inspection", EventKind::Inspection),
            ("monitoring_visit", EventKind::MonitoringVisit),
            ("focused_visit", EventKind::FocusedVisit),
        ])?,
        date: date(node.required("date")?)?,
        published: node.field("published").optional(date)?,
        ratings: node.field("ratings").or_default(|n| n.list(rating))?,
        sources: node.required("sources")?.list(|n| n.string())?,
    })
}

fn rating(node: Node) -> Result<Rating> {
    node.expect_object()?;
    Ok(Rating {
        judgement: node
            .required("judgement")?
            .choice(&Judgement::ALL.map(|j| (j.key(), j)))?,
        grade: node
            .required("grade")?
            .choice(&Grade::ALL.map(|g| (g.key(), g)))?,
        source: node.required("source")?.string()?,
        span: span(node.required("span")?)?,
    })
}

fn quote(node: Node) -> Result<Quote> {
    node.expect_object()?;
    Ok(Quote {
        id: node.required("id")?.string()?,
        text: node.required("text")?.string()?,
        speaker: node.required("speaker")?.string()?,
        role: node.field("role").optional(Node::string)?,
        event: node.field("event").optional(Node::string)?,
        source: node.required("source")?.string()?,
        span: span(node.required("span")?)?,
        fragment: node.field("fragment").or_default(Node::bool)?,
    })
}

fn span(node: Node) -> Result<Span> {
    node.expect_object()?;
    Ok(Span {
        start: node.required("start")?.usize()?,
        end: node.required("end")?.usize()?,
    })
}

fn date(node: Node) -> Result<Date> {
    node.expect_object()?;
    Ok(Date {
        value: node.required("value")?.string()?,
        end: node.field("end").optional(Node::string)?,
        inferred: node.field("inferred").or_default(Node::bool)?,
        basis: node.field("basis").optional(Node::string)?,
        source: node.field("source").optional(Node::string)?,
        span: node.field("span").optional(span)?,
    })
}

/// Where a value sits in the dataset; spelt out as a path only when an error needs it,
/// so that reading a large dataset builds no strings for the paths of good values.
#[derive(Clone, Copy)]
enum Place<'a> {
    Root,
    Field(&'a Node<'a>, &'static str),
    Item(&'a Node<'a>, u32),
}

/// A JSON value and where it sits.
struct Node<'a> {
    value: JsValue,
    place: Place<'a>,
}

impl Node<'_> {
    /// The path from the root, e.g. `events[2].ratings[0].grade`; empty for the root.
    fn path(&self) -> String {
        match self.place {
            Place::Root => String::new(),
            Place::Field(parent, name) => match parent.path() {
                path if path.is_empty() => name.to_string(),
                path => format!("{path}.{name}"),
            },
            Place::Item(parent, index) => format!("{}[{index}]", parent.path()),
        }
    }

    fn error(&self, message: String) -> FormatError {
        FormatError {
            path: self.path(),
            message,
        }
    }

    /// An error saying this value is not `expected`, showing the value if it is short.
    fn invalid(&self, expected: &str) -> FormatError {
        let found = if Array::is_array(&self.value) {
            "an array".to_string()
        } else if self.value.is_object() {
            "an object".to_string()
        } else {
            JSON::stringify(&self.value)
                .ok()
                .and_then(|json| json.as_string())
                .unwrap_or_else(|| "undefined".into())
        };
        self.error(format!("invalid value {found}, expected {expected}"))
    }

    fn expect_object(&self) -> Result<()> {
        if self.value.is_object() && !Array::is_array(&self.value) {
            Ok(())
        } else {
            Err(self.invalid("an object"))
        }
    }

    /// The member `name` of this object; `undefined` if it is absent. The name is
    /// interned: made a JavaScript string once, not once for every object read.
    fn field(&self, name: &'static str) -> Node<'_> {
        let key = JsValue::from_str(wasm_bindgen::intern(name));
        Node {
            value: Reflect::get(&self.value, &key).unwrap_or_default(),
            place: Place::Field(self, name),
        }
    }

    fn required(&self, name: &'static str) -> Result<Node<'_>> {
        let field = self.field(name);
        if field.value.is_undefined() {
            Err(self.error(format!("missing field `{name}`")))
        } else {
            Ok(field)
        }
    }

    /// `None` for an absent or null value, as serde reads an `Option`.
    fn optional<T>(self, read: impl FnOnce(Self) -> Result<T>) -> Result<Option<T>> {
        if self.value.is_undefined() || self.value.is_null() {
            Ok(None)
        } else {
            read(self).map(Some)
        }
    }

    /// The default for an absent value, as `#[serde(default)]` does (null is not absent).
    fn or_default<T: Default>(self, read: impl FnOnce(Self) -> Result<T>) -> Result<T> {
        if self.value.is_undefined() {
            Ok(T::default())
        } else {
            read(self)
        }
    }

    fn list<T>(self, read: impl Fn(Node) -> Result<T>) -> Result<Vec<T>> {
        if !Array::is_array(&self.value) {
            return Err(self.invalid("an array"));
        }
        // A loop rather than collecting Results: the collecting adapter costs ~1 KB of
        // wasm for each list type.
        let array = Array::from(&self.value);
        let mut items = Vec::with_capacity(array.length() as usize);
        for i in 0..array.length() {
            items.push(read(Node {
                value: array.get(i),
                place: Place::Item(&self, i),
            })?);
        }
        Ok(items)
    }

    fn string(self) -> Result<String> {
        self.value
            .as_string()
            .ok_or_else(|| self.invalid("a string"))
    }

    fn bool(self) -> Result<bool> {
        self.value
            .as_bool()
            .ok_or_else(|| self.invalid("a boolean"))
    }

    /// A whole number that fits a `usize`, as a byte offset must.
    fn usize(self) -> Result<usize> {
        match self.value.as_f64() {
            Some(n) if n >= 0.0 && n <= usize::MAX as f64 && n.trunc() == n => Ok(n as usize),
            _ => Err(self.invalid("a whole number")),
        }
    }

    /// One of `options`, by its serialised name.
    fn choice<T: Copy>(self, options: &[(&str, T)]) -> Result<T> {
        let name = self
            .value
            .as_string()
            .ok_or_else(|| self.invalid("a string"))?;
        match options.iter().find(|(key, _)| *key == name) {
            Some(&(_, value)) => Ok(value),
            None => {
                let keys: Vec<String> = options.iter().map(|(key, _)| format!("`{key}`")).collect();
                Err(self.error(format!(
                    "unknown variant `{name}`, expected one of {}",
                    keys.join(", ")
                )))
            }
        }
    }
}
