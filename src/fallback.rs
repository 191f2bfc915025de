//! The static HTML version of a timeline, put inside the widget's element at build time.
//!
//! Readers without JavaScript, search engines, reader mode and print get the same events,
//! grades, quotes and source links as the interactive widget, worked out by the same
//! [`crate::view_model`] functions. Every data string is escaped; a URL becomes a link or
//! a `cite` only when it is http(s).

use crate::index::IndexedDataset;
use crate::model::{Dataset, Judgement, Quote};
use crate::view_model::{
    citation_number, event_headline, grade_symbol, plain_date, safe_http_url, sentence_case,
    source_byline, speaker_line, summary_sentence, timeline_title,
};
use std::fmt::Write;

/// Escapes text for use in HTML content and in double-quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// The whole timeline as static, semantic HTML: one `<section class="rt-static">`, the
/// start the embed loader checks a fetched fallback for.
pub fn render(data: &IndexedDataset) -> String {
    let mut html = String::new();
    let title = escape_html(&timeline_title(data.subject.as_deref()));
    let _ = write!(
        html,
        "<section class=\"rt-static\" aria-label=\"{title}, text version\"><h2>{title}</h2><p><strong>{}</strong></p><ol class=\"rt-static-events\">",
        escape_html(&summary_sentence(data, Judgement::OverallEffectiveness)),
    );
    for &index in data.date_order() {
        render_event(&mut html, data, index);
    }
    html.push_str("</ol>");
    render_sources(&mut html, data);
    html.push_str("</section>");
    html
}

/// The event at `index` in the dataset's events, with its grades, quotes and citations.
fn render_event(html: &mut String, dataset: &IndexedDataset, index: usize) {
    let event = &dataset.events[index];
    let _ = write!(
        html,
        "<li><h3>{}</h3><p>{}, {}{}</p>",
        escape_html(&event_headline(dataset, index)),
        escape_html(&sentence_case(event.kind.label())),
        escape_html(&plain_date(&event.date)),
        if event.date.inferred {
            " (approximate)"
        } else {
            ""
        },
    );
    if !event.ratings.is_empty() {
        html.push_str("<ul>");
        for judgement in Judgement::ALL {
            let grade = event
                .grade(judgement)
                .map(|grade| format!("{} {}", grade_symbol(grade), grade.label()))
                .unwrap_or_else(|| "not stated in the sources".into());
            let _ = write!(
                html,
                "<li>{}: {}</li>",
                judgement.label(),
                escape_html(&grade)
            );
        }
        html.push_str("</ul>");
    }
    for &quote in dataset.quotes_of(Some(index)) {
        render_quote(html, dataset, &dataset.quotes[quote]);
    }
    let citations: Vec<String> = event
        .sources
        .iter()
        .filter_map(|id| citation_number(dataset, id))
        .map(|n| format!("[{n}]"))
        .collect();
    if !citations.is_empty() {
        let _ = write!(html, "<p>Reported in {}</p>", citations.join(" "));
    }
    html.push_str("</li>");
}

fn render_quote(html: &mut String, dataset: &Dataset, quote: &Quote) {
    let source = dataset.source(&quote.source);
    let cite = source
        .and_then(|source| source.url.as_deref())
        .and_then(safe_http_url)
        .map(|url| format!(" cite=\"{}\"", escape_html(url)))
        .unwrap_or_default();
    let number = citation_number(dataset, &quote.source)
        .map(|n| format!(" [{n}]"))
        .unwrap_or_default();
    let _ = write!(
        html,
        "<blockquote{cite}><p>{}</p><footer>— {}{number}</footer></blockquote>",
        escape_html(&quote.text),
        escape_html(&speaker_line(dataset, quote)),
    );
}

fn render_sources(html: &mut String, dataset: &Dataset) {
    html.push_str("<h3>Sources</h3><ol class=\"rt-static-sources\">");
    for source in &dataset.sources {
        let title = escape_html(&source.title);
        let linked = match source.url.as_deref().and_then(safe_http_url) {
            Some(url) => format!(
                "<a href=\"{}\" rel=\"noopener noreferrer\">{title}</a>",
                escape_html(url)
            ),
            None => title,
        };
        let byline = source_byline(source)
            .map(|byline| format!(", {}", escape_html(&byline)))
            .unwrap_or_default();
        let _ = write!(html, "<li>{linked}{byline}</li>");
    }
    html.push_str("</ol>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::one_quote_dataset;

    fn hostile() -> Dataset {
        let mut data = one_quote_dataset(
            "He said: \"<img src=x onerror=alert(1)> & more\". Rated 'good'.",
            "<img src=x onerror=alert(1)> & more",
        );
        data.subject = Some("Council <b>X</b>".into());
        data.sources[0].title = "Title \"quoted\" <script>".into();
        data.sources[0].url = Some("javascript:alert(1)".into());
        data.people[0].name = "A <i>Person</i>".into();
        data
    }

    #[test]
    fn data_strings_are_escaped_and_unsafe_urls_are_not_linked() {
        let data = IndexedDataset::validated(hostile()).expect("a valid dataset");
        let html = render(&data);
        for raw in ["<img", "<script", "<b>", "<i>", "javascript:"] {
            assert!(!html.contains(raw), "{raw} leaked into {html}");
        }
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; more"));
        assert!(
            html.starts_with("<section class=\"rt-static\""),
            "the loader shows a fetched fallback only if it starts so"
        );
        assert!(
            html.contains("<h2>Council &lt;b&gt;X&lt;/b&gt;: Ofsted ratings over time</h2>"),
            "the widget's own heading: {html}"
        );
        assert!(!html.contains("<a "));
    }

    #[test]
    fn events_grades_quotes_and_http_sources_are_all_present() {
        let mut data = hostile();
        data.sources[0].url = Some("https://news.example/a?b=1&c=2".into());
        let html = render(&IndexedDataset::new(data));
        assert!(html.contains("Overall effectiveness: ● Good"));
        assert!(html.contains("Care leavers: not stated in the sources"));
        assert!(html.contains("<blockquote cite=\"https://news.example/a?b=1&amp;c=2\">"));
        assert!(html.contains(
            "<a href=\"https://news.example/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">"
        ));
        assert!(html.contains("Reported in [1]"));
    }
}
