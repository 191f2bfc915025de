//! The studio's state and its one reducer (as in Yew's function_todomvc): the articles,
//! the imported dataset if any, the last extraction, the corrections, what is selected.
//! No browser calls here: the components dispatch [`Action`]s and read [`Studio`].

use crate::edit::{apply, At, Edit};
use crate::extract::{Article, Extraction, Warning};
use crate::model::{Dataset, Date, DateParts};
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::Reducible;

/// The largest article the studio takes: news articles are a few tens of KB; a file much
/// larger is almost surely not one article's text.
pub const MAX_ARTICLE_BYTES: usize = 500_000;

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

impl Reducible for Studio {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::AddArticles(articles) => {
                for (name, text) in articles {
                    let id = next.new_id(&name);
                    next.articles.push(ArticleInput {
                        id,
                        text: text.into(),
                        publisher: String::new(),
                        url: String::new(),
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
