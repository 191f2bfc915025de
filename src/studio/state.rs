//! The studio's state and its one reducer (as in Yew's function_todomvc): the articles,
//! the imported dataset if any, the last extraction, the corrections, what is selected.
//! No browser calls here: the components dispatch [`Action`]s and read [`Studio`].

use crate::edit::{apply, At, Edit};
use crate::extract::{Article, Extraction, Warning};
use crate::model::{Dataset, Date, DateParts};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// The largest article the studio takes: news articles are a few tens of KB; a file much
/// larger is almost surely not one article's text.
pub const MAX_ARTICLE_BYTES: usize = 500_000;

/// Checks one file's bytes: an article is UTF-8 text without NUL bytes, not too large.
pub fn article_text(name: &str, bytes: &[u8]) -> Result<String, String> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(too_large(name, bytes.len()));
    }
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(format!("“{name}” is not plain text: it looks like a binary file (a PDF, a Word document or an image?). Save the article as plain text (.txt) and add that."));
    }
    let text = std::str::from_utf8(bytes).map_err(|error| {
        format!("“{name}” is not UTF-8 plain text (byte {} is not). Save it as plain text in UTF-8 and add it again.", error.valid_up_to())
    })?;
    if text.trim().is_empty() {
        return Err(format!("“{name}” is empty."));
    }
    Ok(text.replace("\r\n", "\n"))
}

pub fn too_large(name: &str, bytes: usize) -> String {
    format!(
        "“{name}” is {:.1} MB: more than one article (the studio takes up to {} KB each). Nothing was added; add the articles one by one.",
        bytes as f64 / 1_000_000.0,
        MAX_ARTICLE_BYTES / 1000
    )
}

/// The article's own address, where the text states it: a line near its start or end
/// (the first 10 or last 5 lines with words) that is only an http(s) address, or a short
/// label and one ("Source: https://…"), as a page saved as text or a cutting has. An
/// address inside a sentence is a link in the story, not the article's: it is left alone.
pub fn stated_url(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let tail = lines.len().saturating_sub(5).max(10.min(lines.len()));
    lines[..10.min(lines.len())]
        .iter()
        .chain(&lines[tail..])
        .find_map(|line| url_line(line))
}

fn url_line(line: &str) -> Option<String> {
    let address = match line.split_once(": ") {
        // A label of at most three words, without a full stop: "Source", "Read online at".
        Some((label, rest))
            if !label.contains("://")
                && label.split_whitespace().count() <= 3
                && !label.contains('.') =>
        {
            rest.trim()
        }
        _ => line,
    };
    let address = address
        .trim_start_matches('<')
        .trim_end_matches(['>', ')', '.', ',', ';']);
    let lower = address.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let good = !address.contains(char::is_whitespace)
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.');
    good.then(|| address.to_string())
}

/// The site an address names ("www.bbc.co.uk" is "bbc.co.uk"): what the text states of
/// who published the article, no more. The journalist can write the publisher's name.
pub fn site_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// One article as the journalist gave it, with the manifest's fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleInput {
    pub id: String,
    #[serde(serialize_with = "text_out", deserialize_with = "text_in")]
    pub text: Rc<str>,
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub url: String,
    /// "YYYY", "YYYY-MM" or "YYYY-MM-DD", or empty.
    #[serde(default)]
    pub published: String,
}

impl ArticleInput {
    /// The article as the extractor takes it; a malformed date is left out (and flagged).
    pub fn to_article(&self) -> Article {
        let field = |value: &str| Some(value.trim().to_string()).filter(|v| !v.is_empty());
        Article {
            id: self.id.clone(),
            text: self.text.to_string(),
            publisher: field(&self.publisher),
            url: field(&self.url),
            published: field(&self.published)
                .filter(|value| DateParts::parse(value).is_some())
                .map(Date::stated),
        }
    }
}

fn text_out<S: serde::Serializer>(text: &Rc<str>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(text)
}

fn text_in<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Rc<str>, D::Error> {
    String::deserialize(deserializer).map(Rc::from)
}

/// Which field of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Publisher,
    Url,
    Published,
}

/// Something in a list that can be selected and has a span in an article.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Item {
    Event(String),
    Rating(At),
    Quote(At),
}

/// A message for the journalist: an error (bad input) or news (saved, copied).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

/// What is saved in `localStorage` between visits.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Saved {
    pub articles: Vec<ArticleInput>,
    #[serde(default)]
    pub base: Option<Dataset>,
    #[serde(default)]
    pub edits: Vec<Edit>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Studio {
    pub articles: Vec<ArticleInput>,
    /// An opened dataset: the base for edits until an article is added or changed.
    pub base: Option<Rc<Dataset>>,
    /// The last extraction of `articles`, when there is no base.
    pub extraction: Option<Rc<Extraction>>,
    /// Bumped at every change to the articles; an extraction of an older revision is dropped.
    pub revision: u64,
    /// Bumped whenever `base` or `extraction` changes.
    pub data_version: u64,
    pub edits: Vec<Edit>,
    pub selected: Option<Item>,
    /// Words selected in an article, waiting to become a grade or a quote.
    pub pending: Option<At>,
    pub notice: Option<Notice>,
}

pub enum Action {
    /// New articles, each as a name (a file name or the first line) and its text.
    AddArticles(Vec<(String, String)>),
    RemoveArticle(usize),
    SetField(usize, Field, String),
    /// The article's text, edited.
    SetText(usize, String),
    /// The extraction of the articles at this revision.
    Extracted(u64, Rc<Extraction>),
    Open(Dataset),
    Edit(Edit),
    Undo(usize),
    Select(Option<Item>),
    Pending(Option<At>),
    Notice(Option<Notice>),
    Clear,
}

impl Studio {
    /// The studio as saved work leaves it.
    pub fn from_saved(saved: Saved) -> Studio {
        Studio {
            articles: saved.articles,
            base: saved.base.map(Rc::new),
            edits: saved.edits,
            ..Studio::default()
        }
    }

    /// The dataset before corrections: the opened one, or the last extraction.
    pub fn uncorrected(&self) -> Option<&Dataset> {
        match (&self.base, &self.extraction) {
            (Some(base), _) => Some(base),
            (None, Some(extraction)) => Some(&extraction.dataset),
            _ => None,
        }
    }

    pub fn warnings(&self) -> &[Warning] {
        match (&self.base, &self.extraction) {
            (None, Some(extraction)) => &extraction.warnings,
            _ => &[],
        }
    }

    /// The corrected dataset, and the edits that could not be applied, with why.
    pub fn corrected(&self) -> Option<(Dataset, Vec<(usize, String)>)> {
        let applied = apply(self.uncorrected()?, &self.edits);
        Some((applied.dataset, applied.skipped))
    }

    pub fn saved(&self) -> Saved {
        Saved {
            articles: self.articles.clone(),
            base: self.base.as_deref().cloned(),
            edits: self.edits.clone(),
        }
    }

    /// An id for a new article from `name`, unlike any other article's.
    pub fn new_id(&self, name: &str) -> String {
        let words: Vec<String> = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(6)
            .map(str::to_lowercase)
            .collect();
        let base = if words.is_empty() {
            "article".to_string()
        } else {
            words.join("-")
        };
        let used = |id: &str| self.articles.iter().any(|a| a.id == id);
        if !used(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !used(id))
            .expect("a free id")
    }

    fn articles_changed(&mut self) {
        self.revision += 1;
        self.data_version += 1;
        // The articles are now the input: an opened dataset is re-extracted from them.
        self.base = None;
        self.pending = None;
    }
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for Studio {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        self.after(action)
    }
}

impl Studio {
    /// The state after `action` (the reducer; `self` again when nothing changes).
    pub fn after(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::AddArticles(articles) => {
                for (name, text) in articles {
                    let id = next.new_id(&name);
                    // Prefilled only from what the text states: its own address on a line.
                    let url = stated_url(&text).unwrap_or_default();
                    let publisher = site_of(&url).unwrap_or_default();
                    next.articles.push(ArticleInput {
                        id,
                        text: text.into(),
                        publisher,
                        url,
                        published: String::new(),
                    });
                }
                next.articles_changed();
            }
            Action::RemoveArticle(index) if index < next.articles.len() => {
                next.articles.remove(index);
                next.articles_changed();
                if next.articles.is_empty() {
                    next.extraction = None;
                }
            }
            Action::RemoveArticle(_) => return self,
            Action::SetField(index, field, value) => {
                let Some(article) = next.articles.get_mut(index) else {
                    return self;
                };
                match field {
                    Field::Publisher => article.publisher = value,
                    Field::Url => article.url = value,
                    Field::Published => article.published = value,
                }
                next.articles_changed();
            }
            Action::SetText(index, text) => {
                let Some(article) = next.articles.get_mut(index) else {
                    return self;
                };
                if *article.text == *text {
                    return self;
                }
                // The corrections below (or above) the changed words move with them.
                crate::edit::follow_text(&mut next.edits, &article.id, &article.text, &text);
                article.text = text.into();
                next.articles_changed();
            }
            Action::Extracted(revision, extraction) => {
                if revision != next.revision || next.base.is_some() {
                    return self;
                }
                // Fields left empty get what the text states.
                for article in &mut next.articles {
                    let Some(source) = extraction.dataset.source(&article.id) else {
                        continue;
                    };
                    if article.published.is_empty() {
                        if let Some(date) = &source.published {
                            article.published = date.value.clone();
                        }
                    }
                    if article.publisher.is_empty() {
                        if let Some(publisher) = &source.publisher {
                            article.publisher = publisher.clone();
                        }
                    }
                }
                next.extraction = Some(extraction);
                next.data_version += 1;
            }
            Action::Open(dataset) => {
                next.articles = dataset
                    .sources
                    .iter()
                    .map(|source| ArticleInput {
                        id: source.id.clone(),
                        text: source.text.as_str().into(),
                        publisher: source.publisher.clone().unwrap_or_default(),
                        url: source.url.clone().unwrap_or_default(),
                        published: source
                            .published
                            .as_ref()
                            .map(|d| d.value.clone())
                            .unwrap_or_default(),
                    })
                    .collect();
                next.revision += 1;
                next.base = Some(Rc::new(dataset));
                next.data_version += 1;
                next.extraction = None;
                next.edits.clear();
                next.selected = None;
                next.pending = None;
            }
            Action::Edit(edit) => {
                next.edits.push(edit);
                next.pending = None;
            }
            Action::Undo(index) if index < next.edits.len() => {
                next.edits.remove(index);
            }
            Action::Undo(_) => return self,
            Action::Select(item) => next.selected = item,
            Action::Pending(at) => next.pending = at,
            Action::Notice(notice) => next.notice = notice,
            Action::Clear => {
                next = Studio {
                    revision: next.revision + 1,
                    data_version: next.data_version + 1,
                    ..Studio::default()
                };
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::extract::extract;

    const ARTICLE: &str = "Council rated 'good' by Ofsted\n\nThe inspection took place in May 2023. Ofsted said: \"Children are safe and well supported.\"\n";

    fn with_article() -> Rc<Studio> {
        Rc::new(Studio::default()).after(Action::AddArticles(vec![(
            "Council rated good!".into(),
            ARTICLE.into(),
        )]))
    }

    fn extracted(state: Rc<Studio>) -> Rc<Studio> {
        let articles: Vec<_> = state.articles.iter().map(|a| a.to_article()).collect();
        let revision = state.revision;
        state.after(Action::Extracted(revision, Rc::new(extract(&articles))))
    }

    #[test]
    fn articles_get_unique_ids_from_their_names() {
        let state = with_article().after(Action::AddArticles(vec![
            ("Council rated good!".into(), "Other text".into()),
            ("   ".into(), "Third".into()),
        ]));
        let ids: Vec<&str> = state.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            ["council-rated-good", "council-rated-good-2", "article"]
        );
    }

    #[test]
    fn an_extraction_of_an_older_revision_is_dropped() {
        let state = with_article();
        let stale = state.revision;
        let changed = state.after(Action::SetField(0, Field::Publisher, "The Ledger".into()));
        let articles: Vec<_> = changed.articles.iter().map(|a| a.to_article()).collect();
        let late = changed
            .clone()
            .after(Action::Extracted(stale, Rc::new(extract(&articles))));
        assert!(late.extraction.is_none());
        let current = extracted(changed);
        assert!(current.extraction.is_some());
        assert_eq!(
            current.corrected().unwrap().0.sources[0]
                .publisher
                .as_deref(),
            Some("The Ledger")
        );
    }

    #[test]
    fn an_opened_dataset_is_the_base_until_an_article_changes() {
        let state = extracted(with_article());
        let dataset = state.corrected().unwrap().0;
        let opened = state.after(Action::Open(dataset.clone()));
        assert_eq!(opened.uncorrected(), Some(&dataset));
        assert_eq!(opened.articles.len(), dataset.sources.len());
        let quote = &dataset.quotes[0];
        let edited = opened.after(Action::Edit(Edit::SetRole {
            quote: crate::edit::At {
                source: quote.source.clone(),
                span: quote.span,
            },
            role: Some("inspectorate".into()),
        }));
        assert_eq!(
            edited.corrected().unwrap().0.quotes[0].role.as_deref(),
            Some("inspectorate")
        );
        let changed = edited.after(Action::SetField(
            0,
            Field::Url,
            "https://example.org/a".into(),
        ));
        assert!(changed.base.is_none(), "the articles are the input again");
        assert_eq!(changed.edits.len(), 1, "the corrections stay");
    }

    #[test]
    fn undo_removes_one_correction_and_bad_indexes_change_nothing() {
        let state = extracted(with_article());
        let edit = Edit::MergePeople {
            from: "x".into(),
            into: "y".into(),
        };
        let state = state.after(Action::Edit(edit.clone()));
        let same = state.clone().after(Action::Undo(5));
        assert!(Rc::ptr_eq(&state, &same));
        let undone = state.after(Action::Undo(0));
        assert!(undone.edits.is_empty());
    }

    #[test]
    fn saved_work_round_trips_through_json() {
        let state = extracted(with_article()).after(Action::Edit(Edit::MergePeople {
            from: "a".into(),
            into: "b".into(),
        }));
        let json = serde_json::to_string(&state.saved()).unwrap();
        let back = Studio::from_saved(serde_json::from_str(&json).unwrap());
        assert_eq!(back.articles, state.articles);
        assert_eq!(back.edits, state.edits);
    }

    #[test]
    fn files_that_are_not_one_article_of_plain_text_are_refused_by_name() {
        let pdf = b"%PDF-1.7\n\0\0binary";
        assert!(article_text("report.pdf", pdf)
            .unwrap_err()
            .contains("“report.pdf” is not plain text"));
        let latin1 = b"caf\xe9 rated good";
        assert!(article_text("old.txt", latin1)
            .unwrap_err()
            .contains("not UTF-8 plain text (byte 3"));
        let huge = vec![b'a'; 5_000_001];
        assert!(article_text("huge.txt", &huge)
            .unwrap_err()
            .contains("“huge.txt” is 5.0 MB"));
        assert!(article_text("blank.txt", b" \n ")
            .unwrap_err()
            .contains("empty"));
        assert_eq!(
            article_text("ok.txt", "\u{feff}Title\r\nBody".as_bytes()),
            Ok("Title\nBody".into())
        );
    }

    #[test]
    fn editing_the_text_moves_the_corrections_with_their_words() {
        let state = extracted(with_article());
        let quote = state.uncorrected().expect("extracted").quotes[0].clone();
        let at = At {
            source: quote.source.clone(),
            span: quote.span,
        };
        let state = state.after(Action::Edit(Edit::SetRole {
            quote: at.clone(),
            role: Some("Inspector".into()),
        }));
        let text = ARTICLE.replacen("Council rated", "The council was rated", 1);
        let state = extracted(state.after(Action::SetText(0, text.clone())));
        let (data, skipped) = state.corrected().expect("extracted");
        assert_eq!(skipped, vec![]);
        let moved = &data.quotes[0];
        assert_eq!(
            moved.span.start,
            quote.span.start + "The council was rated".len() - "Council rated".len()
        );
        assert_eq!(moved.role.as_deref(), Some("Inspector"));
        assert_eq!(&text[moved.span.start..moved.span.end], quote.text);
    }

    #[test]
    fn the_url_and_site_are_prefilled_only_from_a_line_that_states_them() {
        let added = |text: &str| {
            let state = Rc::new(Studio::default())
                .after(Action::AddArticles(vec![("a".into(), text.into())]));
            let article = &state.articles[0];
            (article.url.clone(), article.publisher.clone())
        };
        let stated = "Council rated good\nhttps://www.example-news.co.uk/news/council-rated-good?src=x\n\nThe council was rated good.\n";
        assert_eq!(
            added(stated),
            (
                "https://www.example-news.co.uk/news/council-rated-good?src=x".into(),
                "example-news.co.uk".into()
            )
        );
        let labelled = "Council rated good\n\nThe council was rated good.\n\nSource: <http://news.example.org/a/1>.\n";
        assert_eq!(
            added(labelled),
            (
                "http://news.example.org/a/1".into(),
                "news.example.org".into()
            )
        );
        // A link inside a sentence is the story's, not the article's address.
        let in_sentence =
            "Council rated good\n\nThe report is at https://reports.example.gov.uk/1 online.\n";
        assert_eq!(added(in_sentence), (String::new(), String::new()));
        // Not an address: no host with a dot, or words around it.
        assert_eq!(stated_url("Title\nhttps://localhost/x\n"), None);
        assert_eq!(
            stated_url("Title\nSee https://a.example.org/ for more: it is long\n"),
            None
        );
        // Only near the start or the end: a bare link in the middle of a long story is left.
        let mut long = String::from("Title\n");
        for n in 0..30 {
            long.push_str(&format!("Paragraph {n} of the story.\n"));
            if n == 15 {
                long.push_str("https://elsewhere.example.org/related\n");
            }
        }
        assert_eq!(stated_url(&long), None);
        assert_eq!(
            site_of("https://user@WWW.Example.org:8080/x"),
            Some("example.org".into())
        );
    }

    #[test]
    fn a_malformed_date_is_left_out_of_the_article() {
        let state =
            with_article().after(Action::SetField(0, Field::Published, "26/04/2024".into()));
        assert_eq!(state.articles[0].to_article().published, None);
        let state = state.after(Action::SetField(0, Field::Published, "2024-04-26".into()));
        assert_eq!(
            state.articles[0].to_article().published.map(|d| d.value),
            Some("2024-04-26".into())
        );
    }
}
