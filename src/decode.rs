//! Reads a [`Dataset`] from JSON text, naming the path of anything that does not fit
//! the format, e.g. `events[2].ratings[0].grade`, and checks it: what the widget does
//! with a dataset's text, as messages a data editor can act on.
//!
//! It follows the serde derives in [`crate::model`] (defaults, optional fields, enum keys)
//! by hand: serde's deserialisers and serde_json would weigh ~25 KB gzip in the wasm.
//! The tests check it against serde_json.

use crate::index::IndexedDataset;
use crate::json::{self, Value};
use crate::model::{
    join_problems, Dataset, Date, Event, EventKind, Grade, Judgement, Person, Quote, Rating,
    Source, Span, SpeakerKind,
};

/// Parses, decodes, validates and indexes a dataset; the error names what is wrong and where.
pub fn read_dataset(text: &str) -> std::result::Result<IndexedDataset, String> {
    let value = json::parse(text).map_err(|error| {
        format!(
            "The dataset is not valid JSON ({} at line {}, column {}).",
            error.message, error.line, error.column
        )
    })?;
    let dataset = dataset(&value).map_err(|error| {
        let at = if error.path.is_empty() {
            String::new()
        } else {
            format!(" at {}", error.path)
        };
        format!(
            "The dataset does not match the format{at}: {}.",
            error.message
        )
    })?;
    IndexedDataset::validated(dataset).map_err(|problems| {
        const SHOWN: usize = 5;
        let shown = join_problems(&problems[..problems.len().min(SHOWN)], "; ");
        let more = problems.len().saturating_sub(SHOWN);
        let tail = if more > 0 {
            format!(" (and {more} more)")
        } else {
            String::new()
        };
        format!("The dataset is inconsistent: {shown}{tail}.")
    })
}

/// [`read_dataset`] for the bytes of a fetched file, which must be UTF-8 (JSON's only
/// encoding), with or without a byte order mark: a byte that is not UTF-8 is reported,
/// where a text decoder would silently put U+FFFD in a quote.
pub fn read_dataset_bytes(bytes: &[u8]) -> std::result::Result<IndexedDataset, String> {
    const BYTE_ORDER_MARK: &[u8] = "\u{feff}".as_bytes();
    let bytes = bytes.strip_prefix(BYTE_ORDER_MARK).unwrap_or(bytes);
    reserve_heap_for_reading(bytes.len());
    let text = std::str::from_utf8(bytes).map_err(|error| {
        format!(
            "The dataset is not UTF-8 text: byte {} starts a sequence that is not UTF-8.",
            error.valid_up_to()
        )
    })?;
    read_dataset(text)
}

/// Grows the wasm memory once, before reading a dataset of `len` bytes, by about what
/// reading, checking and indexing it take (three times its size): the allocator would
/// otherwise grow it a step at a time as the values come, and each of those many grows
/// costs the browser time on the main thread. The block is freed at once and its memory
/// serves the allocations that follow; a wasm memory never shrinks, so nothing is lost.
fn reserve_heap_for_reading(len: usize) {
    #[cfg(target_arch = "wasm32")]
    {
        let block = Vec::<u8>::with_capacity(len.saturating_mul(3));
        // Kept, where the compiler would drop an allocation nothing uses.
        std::hint::black_box(&block);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = len;
}

/// What does not fit the format, and where: `path` is empty for the whole dataset.
#[derive(Debug, PartialEq)]
pub struct FormatError {
    pub path: String,
    pub message: String,
}

type Result<T> = std::result::Result<T, FormatError>;

/// Reads a whole dataset from its JSON value.
pub fn dataset(value: &Value<'_>) -> Result<Dataset> {
    let root = Node {
        value: Some(value),
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
        before: node.field("before").or_default(Node::bool)?,
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
    Item(&'a Node<'a>, usize),
}

/// A JSON value (`None` where a member is absent) and where it sits.
struct Node<'a> {
    value: Option<&'a Value<'a>>,
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
        let found = match self.value {
            None => "undefined".to_string(),
            Some(Value::Null) => "null".to_string(),
            Some(Value::Bool(value)) => value.to_string(),
            Some(Value::Number(text)) => text.to_string(),
            Some(Value::String(text)) => format!("\"{text}\""),
            Some(Value::Array(_)) => "an array".to_string(),
            Some(Value::Object(_)) => "an object".to_string(),
            Some(Value::TooDeep) => format!(
                "an array or object nested more than {} deep",
                crate::json::MAX_DEPTH
            ),
        };
        self.error(format!("invalid value {found}, expected {expected}"))
    }

    fn expect_object(&self) -> Result<()> {
        match self.value {
            Some(Value::Object(_)) => Ok(()),
            _ => Err(self.invalid("an object")),
        }
    }

    /// The member `name` of this object; absent if it has none.
    fn field(&self, name: &'static str) -> Node<'_> {
        Node {
            value: self.value.and_then(|value| value.member(name)),
            place: Place::Field(self, name),
        }
    }

    fn required(&self, name: &'static str) -> Result<Node<'_>> {
        let field = self.field(name);
        if field.value.is_none() {
            Err(self.error(format!("missing field `{name}`")))
        } else {
            Ok(field)
        }
    }

    /// `None` for an absent or null value, as serde reads an `Option`.
    fn optional<T>(self, read: impl FnOnce(Self) -> Result<T>) -> Result<Option<T>> {
        match self.value {
            None | Some(Value::Null) => Ok(None),
            Some(_) => read(self).map(Some),
        }
    }

    /// The default for an absent value, as `#[serde(default)]` does (null is not absent).
    fn or_default<T: Default>(self, read: impl FnOnce(Self) -> Result<T>) -> Result<T> {
        match self.value {
            None => Ok(T::default()),
            Some(_) => read(self),
        }
    }

    fn list<T>(self, read: impl Fn(Node) -> Result<T>) -> Result<Vec<T>> {
        let Some(Value::Array(values)) = self.value else {
            return Err(self.invalid("an array"));
        };
        // A loop rather than collecting Results: the collecting adapter costs ~1 KB of
        // wasm for each list type.
        let mut items = Vec::with_capacity(values.len());
        for (i, value) in values.iter().enumerate() {
            items.push(read(Node {
                value: Some(value),
                place: Place::Item(&self, i),
            })?);
        }
        Ok(items)
    }

    fn string(self) -> Result<String> {
        match self.value {
            // The one copy of the text: the JSON value only borrows it.
            Some(Value::String(text)) => Ok(text.as_ref().to_owned()),
            _ => Err(self.invalid("a string")),
        }
    }

    fn bool(self) -> Result<bool> {
        match self.value {
            Some(Value::Bool(value)) => Ok(*value),
            _ => Err(self.invalid("a boolean")),
        }
    }

    /// A whole number that fits a `usize`, as a byte offset must.
    fn usize(self) -> Result<usize> {
        match self.value {
            Some(Value::Number(text)) => text.parse().map_err(|_| self.invalid("a whole number")),
            _ => Err(self.invalid("a whole number")),
        }
    }

    /// One of `options`, by its serialised name.
    fn choice<T: Copy>(self, options: &[(&str, T)]) -> Result<T> {
        let Some(Value::String(name)) = self.value else {
            return Err(self.invalid("a string"));
        };
        match options.iter().find(|(key, _)| key == name) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_datasets_as_serde_does() {
        for text in [
            include_str!("../www/data/timeline.json"),
            include_str!("../www/demo/data/example-council.json"),
            r#"{"sources":[],"subject":null,"people":[{"id":"p","name":"P"}]}"#,
            // An inspection dated only as before another.
            r#"{"sources":[{"id":"s","title":"T","text":"Once inadequate."}],"subject":null,"events":[{"id":"e","kind":"inspection","date":{"value":"2022-06","inferred":true,"before":true},"sources":["s"]}]}"#,
        ] {
            let by_serde: Dataset = serde_json::from_str(text).unwrap();
            assert_eq!(*read_dataset(text).unwrap(), by_serde);
            if text.contains("before") {
                assert!(by_serde.events[0].date.before);
            }
        }
    }

    #[test]
    fn deep_nesting_is_ignored_where_the_format_ignores_it_and_named_where_it_reads() {
        let deep = format!("{}1{}", "[{\"a\":".repeat(5_000), "}]".repeat(5_000));
        let text = include_str!("../www/demo/data/example-council.json");
        let with_extra = text.replacen('{', &format!("{{\"extra\":{deep},"), 1);
        assert_eq!(
            *read_dataset(&with_extra).unwrap(),
            *read_dataset(text).unwrap()
        );

        let message = read_dataset(&format!(
            r#"{{"sources":[],"subject":"S","people":{deep}}}"#
        ))
        .err()
        .unwrap();
        // Deep where the format reads: a format error naming the place, not a JSON one.
        assert!(
            message.contains("does not match the format at people[0]"),
            "{message}"
        );
    }

    #[test]
    fn reads_the_bytes_of_a_file_with_or_without_a_byte_order_mark() {
        let text = include_str!("../www/demo/data/example-council.json");
        let from_text = read_dataset(text).unwrap();
        assert_eq!(*read_dataset_bytes(text.as_bytes()).unwrap(), *from_text);
        let marked = ["\u{feff}".as_bytes(), text.as_bytes()].concat();
        assert_eq!(*read_dataset_bytes(&marked).unwrap(), *from_text);
    }

    #[test]
    fn bytes_that_are_not_utf8_are_named_not_replaced() {
        let mut bytes = br#"{"sources":[],"subject":"Caf"#.to_vec();
        let at = bytes.len();
        bytes.extend_from_slice(b"\xe9\"}");
        assert_eq!(
            read_dataset_bytes(&bytes).unwrap_err(),
            format!(
                "The dataset is not UTF-8 text: byte {at} starts a sequence that is not UTF-8."
            )
        );
    }

    /// Format errors name the path of the value at fault, as serde_path_to_error did.
    #[test]
    fn format_errors_name_their_path() {
        let message = |text: &str| read_dataset(text).unwrap_err();
        let event = |rating: &str| {
            format!(
                r#"{{"sources":[],"events":[{{"id":"e","kind":"inspection","date":{{"value":"2022"}},"sources":[],"ratings":[{rating}]}}]}}"#
            )
        };
        let bad_grade = message(&event(
            r#"{"judgement":"overall_effectiveness","grade":"excellent","source":"s","span":{"start":0,"end":1}}"#,
        ));
        assert!(
            bad_grade.contains("at events[0].ratings[0].grade: unknown variant `excellent`"),
            "{bad_grade}"
        );
        let bad_span = message(&event(
            r#"{"judgement":"overall_effectiveness","grade":"good","source":"s","span":{"start":-1,"end":1.5}}"#,
        ));
        assert!(
            bad_span.contains(
                "at events[0].ratings[0].span.start: invalid value -1, expected a whole number"
            ),
            "{bad_span}"
        );
        let missing = message(r#"{"sources":[{"id":"s","title":"T"}]}"#);
        assert!(
            missing.contains("at sources[0]: missing field `text`"),
            "{missing}"
        );
        assert!(message(r#"{"sources":null}"#).contains("at sources: invalid value null"));
        assert!(message(r#"{"sources":"x"}"#).contains("invalid value \"x\", expected an array"));
        assert!(message("[]").contains("format: invalid value an array, expected an object"));
        assert_eq!(
            message("{\n  \"sources\": [}"),
            "The dataset is not valid JSON (expected a value at line 2, column 15)."
        );
        assert!(message(r#"{"sources":[],"quotes":[{"id":"q"}]}"#)
            .contains("at quotes[0]: missing field `text`"));
    }

    #[test]
    fn inconsistent_datasets_list_their_first_problems() {
        let mut dataset: Dataset =
            serde_json::from_str(include_str!("../www/data/timeline.json")).unwrap();
        for quote in &mut dataset.quotes {
            quote.text.push('!');
        }
        let text = serde_json::to_string(&dataset).unwrap();
        let message = read_dataset(&text).unwrap_err();
        assert!(
            message.starts_with("The dataset is inconsistent: quotes[0]"),
            "{message}"
        );
        assert!(
            message.contains(&format!("(and {} more)", dataset.quotes.len() - 5)),
            "{message}"
        );
    }
}
