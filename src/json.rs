//! A small JSON reader, enough for the dataset format: the widget parses a dataset's
//! text in the wasm in one pass, instead of asking JavaScript for every field of every
//! object (which took most of the load time of a large dataset), and without serde_json's
//! weight. Numbers are kept as their text; the format only needs whole numbers.
//!
//! Values borrow their numbers, strings and names from the text: only a string with an
//! escape in it owns a copy, so reading allocates little besides arrays and objects.

use std::borrow::Cow;

/// A JSON value, borrowing from the text it was read from.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// A number, as written.
    Number(&'a str),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    /// Members in the order written.
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
    /// An array or object nested deeper than [`MAX_DEPTH`]: checked to be JSON but not
    /// kept, so that a field the format ignores may hold anything, while a field it reads
    /// gets a message naming the nesting.
    TooDeep,
}

impl<'a> Value<'a> {
    /// The member `name` of an object (the last, if written twice, as `JSON.parse` does).
    pub fn member(&self, name: &str) -> Option<&Value<'a>> {
        match self {
            Value::Object(members) => members
                .iter()
                .rev()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value),
            _ => None,
        }
    }
}

/// Why a text is not JSON, and where: line and column count from 1, in characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

/// How deeply arrays and objects are read into [`Value`]s: far more than the format
/// needs, and few enough that hostile input cannot exhaust the stack. Deeper ones are
/// checked without recursion and read as [`Value::TooDeep`].
pub const MAX_DEPTH: usize = 64;

/// Parses `text` as one JSON value, with nothing but white space around it.
pub fn parse(text: &str) -> Result<Value<'_>, SyntaxError> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at < text.len() {
        return Err(reader.error("unexpected text after the end"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    /// Byte offset of the next character: always on a character boundary, since the
    /// reader steps only over whole characters.
    at: usize,
}

impl<'a> Reader<'a> {
    fn error(&self, message: &'static str) -> SyntaxError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        SyntaxError {
            message,
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }

    /// The next byte. Always inlined: at opt-level z it stayed a call, made for nearly
    /// every byte outside strings, and took a third of the wasm's parsing time.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Skips any white space. Only a test of the next byte is inlined: reading calls this
    /// before every token, mostly with nothing to skip, and the call cost more than that.
    #[inline(always)]
    fn skip_space(&mut self) {
        if self.peek().is_some_and(|byte| byte <= b' ') {
            self.skip_white_bytes();
        }
    }

    /// Skips spaces, tabs and line breaks.
    fn skip_white_bytes(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    /// Consumes `byte` (after any white space) or fails with `message`.
    fn expect(&mut self, byte: u8, message: &'static str) -> Result<(), SyntaxError> {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(message))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        self.skip_space();
        match self.peek() {
            Some(b'{' | b'[') if depth > MAX_DEPTH => self.skip_nested().map(|_| Value::TooDeep),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => self.word(),
            None => Err(self.error("unexpected end of text")),
        }
    }

    /// `true`, `false` or `null`.
    fn word(&mut self) -> Result<Value<'a>, SyntaxError> {
        for (word, value) in [
            ("true", Value::Bool(true)),
            ("false", Value::Bool(false)),
            ("null", Value::Null),
        ] {
            if self.text[self.at..].starts_with(word) {
                self.at += word.len();
                return Ok(value);
            }
        }
        Err(self.error("expected a value"))
    }

    fn number(&mut self) -> Result<Value<'a>, SyntaxError> {
        let start = self.at;
        let digits = |reader: &mut Self| {
            let from = reader.at;
            while matches!(reader.peek(), Some(b'0'..=b'9')) {
                reader.at += 1;
            }
            reader.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        let whole_start = self.at;
        if !digits(self) || (leading_zero && self.at - whole_start > 1) {
            return Err(self.error("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        Ok(Value::Number(&self.text[start..self.at]))
    }

    /// A string: borrowed from the text, or copied if it has escapes to undo.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.expect(b'"', "expected a string")?;
        // The string so far when it had escapes; every escape adds a character to it.
        let mut unescaped = String::new();
        loop {
            let run = self.plain_run();
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    if unescaped.is_empty() {
                        return Ok(Cow::Borrowed(run));
                    }
                    unescaped.push_str(run);
                    return Ok(Cow::Owned(unescaped));
                }
                Some(b'\\') => {
                    self.at += 1;
                    unescaped.push_str(run);
                    unescaped.push(self.escape()?);
                }
                Some(_) => return Err(self.error("a control character in a string")),
                None => return Err(self.error("a string is not closed")),
            }
        }
    }

    /// The text up to the next quote, backslash or control character (or the end).
    fn plain_run(&mut self) -> &'a str {
        let rest = &self.text.as_bytes()[self.at..];
        let run = rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            .unwrap_or(rest.len());
        let start = self.at;
        self.at += run;
        &self.text[start..self.at]
    }

    /// The character an escape after a backslash stands for.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let Some(byte) = self.peek() else {
            return Err(self.error("a string is not closed"));
        };
        // The error points at the character after the backslash, which may take several
        // bytes: step past it only once it is known to be one of the ASCII escapes.
        let unescaped = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                self.at += 1;
                return self.unicode_escape();
            }
            _ => return Err(self.error("an unknown escape in a string")),
        };
        self.at += 1;
        Ok(unescaped)
    }

    /// `\uXXXX`, or a pair of them for a character beyond the Basic Multilingual Plane.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.text[self.at..].starts_with("\\u") {
                return Err(self.error("a lone surrogate in a \\u escape"));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("a lone surrogate in a \\u escape"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("a lone surrogate in a \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(digits) = digits else {
            return Err(self.error("a \\u escape needs four hex digits"));
        };
        self.at += 4;
        u32::from_str_radix(digits, 16)
            .map_err(|_| self.error("a \\u escape needs four hex digits"))
    }

    fn array(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        let mut items = Vec::new();
        self.sequence(b']', "expected ',' or ']' in an array", |reader| {
            items.push(reader.value(depth + 1)?);
            Ok(())
        })?;
        Ok(Value::Array(items))
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        let mut members = Vec::new();
        self.sequence(b'}', "expected ',' or '}' in an object", |reader| {
            reader.skip_space();
            let key = reader.string()?;
            reader.expect(b':', "expected ':' after a member's name")?;
            members.push((key, reader.value(depth + 1)?));
            Ok(())
        })?;
        Ok(Value::Object(members))
    }

    /// Checks the array or object starting here without keeping it, with a stack of the
    /// brackets still open on the heap instead of recursion: the input's depth cannot
    /// exhaust the call stack, and the time and memory stay linear in its length.
    fn skip_nested(&mut self) -> Result<(), SyntaxError> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            // A value is due here.
            self.skip_space();
            match self.peek() {
                Some(byte @ (b'{' | b'[')) => {
                    self.at += 1;
                    let close = if byte == b'{' { b'}' } else { b']' };
                    self.skip_space();
                    if self.peek() == Some(close) {
                        self.at += 1;
                    } else {
                        open.push(close);
                        if close == b'}' {
                            self.member_name()?;
                        }
                        continue;
                    }
                }
                Some(b'"') => drop(self.string()?),
                Some(b'-' | b'0'..=b'9') => drop(self.number()?),
                Some(_) => drop(self.word()?),
                None => return Err(self.error("unexpected end of text")),
            }
            // After a value: close what it ends, then a comma brings the next one.
            loop {
                let Some(&close) = open.last() else {
                    return Ok(());
                };
                self.skip_space();
                match self.peek() {
                    Some(b',') => {
                        self.at += 1;
                        if close == b'}' {
                            self.member_name()?;
                        }
                        break;
                    }
                    Some(byte) if byte == close => {
                        self.at += 1;
                        open.pop();
                    }
                    _ if close == b']' => return Err(self.error("expected ',' or ']' in an array")),
                    _ => return Err(self.error("expected ',' or '}' in an object")),
                }
            }
        }
    }

    /// A member's name and its colon, skipped.
    fn member_name(&mut self) -> Result<(), SyntaxError> {
        self.string()?;
        self.expect(b':', "expected ':' after a member's name")
    }

    /// The items of an array or object after its opening bracket: `item` reads each,
    /// commas separate them, `close` ends them (`message` if something else does).
    fn sequence(
        &mut self,
        close: u8,
        message: &'static str,
        mut item: impl FnMut(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        self.at += 1;
        self.skip_space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(byte) if byte == close => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(self.error(message)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value_as_serde_json_does() {
        let text = r#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00 ‘é’"}, "a": 0} "#;
        let value = parse(text).unwrap();
        let expected: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            value.member("b").and_then(|b| b.member("c")),
            Some(&Value::String(expected["b"]["c"].as_str().unwrap().into()))
        );
        assert_eq!(
            value.member("a"),
            Some(&Value::Number("0")),
            "the last of a repeated name"
        );
        let Value::Object(members) = &value else {
            panic!("an object")
        };
        assert_eq!(
            members[0].1,
            Value::Array(vec![
                Value::Number("1"),
                Value::Number("-2.5e3"),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null,
            ])
        );
        assert_eq!(parse("[]"), Ok(Value::Array(vec![])));
        assert_eq!(parse("{}"), Ok(Value::Object(vec![])));
    }

    #[test]
    fn borrows_strings_unless_they_have_escapes() {
        let text = r#"{"plain ‘é’": "as written", "escaped": "a\tb\"", "n": -1}"#;
        let value = parse(text).unwrap();
        let Value::Object(members) = &value else {
            panic!("an object")
        };
        assert!(matches!(members[0].0, Cow::Borrowed("plain ‘é’")));
        assert!(matches!(
            members[0].1,
            Value::String(Cow::Borrowed("as written"))
        ));
        assert!(matches!(
            &members[1].1,
            Value::String(Cow::Owned(owned)) if owned == "a\tb\""
        ));
        assert_eq!(members[2].1, Value::Number("-1"));
    }

    #[test]
    fn says_what_is_wrong_and_where() {
        let error = |text: &str| parse(text).unwrap_err();
        assert_eq!(
            error("{\n  \"a\": tru }"),
            SyntaxError {
                message: "expected a value",
                line: 2,
                column: 8
            }
        );
        assert_eq!(error(r#"{"a": "open"#).message, "a string is not closed");
        assert_eq!(error("[1, 2").message, "expected ',' or ']' in an array");
        assert_eq!(
            error("{\"a\" 1}").message,
            "expected ':' after a member's name"
        );
        assert_eq!(error("[01]").message, "invalid number");
        assert_eq!(error("[1.]").message, "invalid number");
        assert_eq!(error("\"\\x\"").message, "an unknown escape in a string");
        // The character after the backslash, here of three bytes, is the one named.
        assert_eq!(
            error("[\"\\\u{cad1}\"]"),
            SyntaxError {
                message: "an unknown escape in a string",
                line: 1,
                column: 4
            }
        );
        assert_eq!(
            error("\"\\ud800\"").message,
            "a lone surrogate in a \\u escape"
        );
        assert_eq!(
            error("\"\\u12\"").message,
            "a \\u escape needs four hex digits"
        );
        assert_eq!(error("\"a\tb\"").message, "a control character in a string");
        assert_eq!(error("{} {}").message, "unexpected text after the end");
        assert_eq!(error("").message, "unexpected end of text");
        assert_eq!(error(&"[".repeat(10_000)).message, "unexpected end of text");
        assert_eq!(
            error(&format!("{}1,]{}", "[".repeat(100), "]".repeat(99))).message,
            "expected a value"
        );
    }

    #[test]
    fn never_panics_on_any_prefix_of_a_dataset() {
        let text = include_str!("../www/data/timeline.json");
        let mut cut = 0;
        while cut < text.len() {
            if text.is_char_boundary(cut) {
                let _ = parse(&text[..cut]);
            }
            cut += 97;
        }
        assert!(parse(text).is_ok());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    proptest! {
        /// Any text at all gets a value or a syntax error, never a panic: JSON's own
        /// characters, strings escaping any character, or anything.
        #[test]
        fn never_panics(
            text in r#"[\[\]{}",:\\u0-9a-fA-F.eE+\- \n]{0,64}|"(\\.|[^"\\]){0,32}"?|.{0,64}"#
        ) {
            let _ = super::parse(&text);
        }

        /// Any string, as serde_json writes it, reads back as itself, wherever its quotes,
        /// backslashes and control characters fall.
        #[test]
        fn reads_back_any_string(
            text in r#"([a-z é‘’😀]{0,11}["\\\n\u{1}]?){0,6}"#
        ) {
            let written = serde_json::to_string(&text).unwrap();
            prop_assert_eq!(super::parse(&written), Ok(super::Value::String(text.into())));
        }
    }
}
