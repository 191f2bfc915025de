//! Which URLs may become links, and what a `#rt-q-…`/`#rt-e-…` link names.

use crate::model::Dataset;

/// Returns `url` (trimmed) if it is an absolute `http:` or `https:` URL with a host,
/// so that it is safe to use as a link target; anything else (`javascript:`, `data:`,
/// relative or protocol-relative URLs, URLs with spaces or control characters) is `None`.
pub fn safe_http_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://")?;
    let scheme_is_http =
        scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (scheme_is_http && !host.is_empty() && clean).then_some(url)
}

/// What a `#rt-q-<id>` or `#rt-e-<id>` URL fragment names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Quote(String),
    Event(String),
}

impl Target {
    /// Reads a decoded fragment such as `#rt-q-q7` (the `#` is optional).
    pub fn from_fragment(fragment: &str) -> Option<Target> {
        let name = fragment.strip_prefix('#').unwrap_or(fragment);
        if let Some(id) = name.strip_prefix("rt-q-") {
            (!id.is_empty()).then(|| Target::Quote(id.to_string()))
        } else {
            let id = name.strip_prefix("rt-e-")?;
            (!id.is_empty()).then(|| Target::Event(id.to_string()))
        }
    }

    /// The fragment naming this target, without `#` and before percent-encoding the id.
    pub fn fragment_prefix(&self) -> (&'static str, &str) {
        match self {
            Target::Quote(id) => ("rt-q-", id),
            Target::Event(id) => ("rt-e-", id),
        }
    }

    /// Resolves an id of an event or a quote of `dataset` (quotes first).
    pub fn from_id(dataset: &Dataset, id: &str) -> Option<Target> {
        if dataset.quote(id).is_some() {
            Some(Target::Quote(id.to_string()))
        } else {
            dataset.event(id).map(|_| Target::Event(id.to_string()))
        }
    }

    /// True if this names a quote or event that `dataset` has.
    pub fn exists_in(&self, dataset: &Dataset) -> bool {
        match self {
            Target::Quote(id) => dataset.quote(id).is_some(),
            Target::Event(id) => dataset.event(id).is_some(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::view_model::fixtures::*;

    #[test]
    fn only_absolute_http_urls_with_a_host_are_safe() {
        assert_eq!(
            safe_http_url("https://example.org/a?b#c"),
            Some("https://example.org/a?b#c")
        );
        assert_eq!(
            safe_http_url("  HTTP://Example.org "),
            Some("HTTP://Example.org")
        );
        for unsafe_url in [
            "javascript:alert(1)",
            " JAVASCRIPT:alert(1)",
            "javascript://example.org/%0aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "/relative/path",
            "relative.html",
            "//example.org/protocol-relative",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://example.org/\nx",
            "ftp://example.org",
            "",
        ] {
            assert_eq!(safe_http_url(unsafe_url), None, "{unsafe_url:?}");
        }
    }

    #[test]
    fn fragments_name_quotes_and_events() {
        assert_eq!(
            Target::from_fragment("#rt-q-q7"),
            Some(Target::Quote("q7".into()))
        );
        assert_eq!(
            Target::from_fragment("rt-e-e-2019"),
            Some(Target::Event("e-2019".into()))
        );
        assert_eq!(Target::from_fragment("#rt-q-"), None);
        assert_eq!(Target::from_fragment("#comments"), None);
        assert_eq!(
            Target::Quote("q7".into()).fragment_prefix(),
            ("rt-q-", "q7")
        );
        let data = newham();
        assert_eq!(
            Target::from_id(&data, "q2"),
            Some(Target::Quote("q2".into()))
        );
        assert_eq!(
            Target::from_id(&data, "e2019"),
            Some(Target::Event("e2019".into()))
        );
        assert_eq!(Target::from_id(&data, "zzz"), None);
        assert!(!Target::Quote("e2019".into()).exists_in(&data));
    }
}
