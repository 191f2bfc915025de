//! Native-only input and output: article files, the optional manifest, and JSON.
//!
//! The manifest (TOML) supplies only what an article's text does not say: its
//! publisher, URL and publication date. A field left out stays unknown.
//!
//! ```toml
//! [[source]]
//! file = "001_example.txt"    # matched by file name
//! publisher = "Example Council"
//! url = "https://example.org/news/1"
//! published = "2022-09"       # YYYY, YYYY-MM or YYYY-MM-DD
//! ```

use super::{Article, Warning};
use crate::model::{Dataset, Date, DateParts};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    #[serde(default, rename = "source")]
    sources: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    file: String,
    publisher: Option<String>,
    url: Option<String>,
    published: Option<String>,
}

/// Reads each file as an article (id: the file name without extension) and applies
/// the manifest, if given. Manifest entries naming no given file are warnings. Two
/// files that would have one id (the same name in two folders) are an error, found
/// before any file is read.
pub fn read_articles(
    paths: &[PathBuf],
    manifest: Option<&Path>,
) -> Result<(Vec<Article>, Vec<Warning>), String> {
    let mut ids: HashMap<String, &PathBuf> = HashMap::new();
    for path in paths {
        let id = source_id(path)?;
        if let Some(first) = ids.insert(id.clone(), path) {
            return Err(format!(
                "{} and {} would both be source '{id}' (the file name without its extension); rename one",
                first.display(),
                path.display()
            ));
        }
    }
    let entries = match manifest {
        Some(path) => read_manifest(path)?,
        None => Vec::new(),
    };
    let mut articles = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        let id = source_id(path)?;
        let mut article = Article::new(id, text);
        if let Some(entry) = entries.iter().find(|e| names_file(e, path)) {
            apply(entry, &mut article)?;
        }
        articles.push(article);
    }
    let warnings = entries
        .iter()
        .filter(|entry| !paths.iter().any(|path| names_file(entry, path)))
        .map(|entry| Warning {
            source: entry.file.clone(),
            offset: None,
            message: "the manifest names this file, but it was not given".into(),
            count: 1,
        })
        .collect();
    Ok((articles, warnings))
}

/// A file's source id: its name without the extension.
fn source_id(path: &Path) -> Result<String, String> {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .ok_or_else(|| format!("{} has no file name", path.display()))
}

fn read_manifest(path: &Path) -> Result<Vec<Entry>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read manifest {}: {error}", path.display()))?;
    let parsed: ManifestFile = toml::from_str(&text)
        .map_err(|error| format!("manifest {} is not valid: {error}", path.display()))?;
    Ok(parsed.sources)
}

fn names_file(entry: &Entry, path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.to_string_lossy() == entry.file)
}

fn apply(entry: &Entry, article: &mut Article) -> Result<(), String> {
    article.publisher = entry.publisher.clone();
    article.url = entry.url.clone();
    article.published = match &entry.published {
        Some(value) if DateParts::parse(value).is_some() => Some(Date::stated(value.clone())),
        Some(value) => {
            return Err(format!(
                "manifest: {} has published = '{value}', which is not YYYY, YYYY-MM or YYYY-MM-DD",
                entry.file
            ))
        }
        None => None,
    };
    Ok(())
}

/// The dataset as the committed JSON file holds it: pretty-printed, ending in a newline.
pub fn to_json(dataset: &Dataset) -> String {
    let mut json = serde_json::to_string_pretty(dataset).expect("a dataset always serialises");
    json.push('\n');
    json
}
