//! Writes the static HTML fallback of a dataset (see `rating_timeline::fallback`).
//!
//! `fallback DATASET.json` prints it; `--inject PAGE.html` also puts it in place of the
//! `<!--rating-timeline:fallback-->` marker inside that page. Used by Trunk's post-build hook.

use rating_timeline::fallback;
use rating_timeline::index::IndexedDataset;
use rating_timeline::model::{join_problems, Dataset};
use std::process::ExitCode;

const MARKER: &str = "<!--rating-timeline:fallback-->";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("fallback: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let (dataset_path, page) = match args.as_slice() {
        [dataset] => (dataset, None),
        [dataset, flag, page] if flag == "--inject" => (dataset, Some(page)),
        _ => return Err("usage: fallback DATASET.json [--inject PAGE.html]".into()),
    };
    let html = fallback::render(&read_dataset(dataset_path)?);
    if let Some(page) = page {
        inject(page, &html)?;
    }
    println!("{html}");
    Ok(())
}

fn read_dataset(path: &str) -> Result<IndexedDataset, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let dataset: Dataset =
        serde_json::from_str(&text).map_err(|e| format!("{path} is not a valid dataset: {e}"))?;
    IndexedDataset::validated(dataset).map_err(|problems| {
        format!(
            "{path} is inconsistent:\n  {}",
            join_problems(&problems, "\n  ")
        )
    })
}

fn inject(page: &str, html: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(page).map_err(|e| format!("cannot read {page}: {e}"))?;
    if !text.contains(MARKER) {
        return Err(format!("{page} has no {MARKER} marker"));
    }
    std::fs::write(page, text.replacen(MARKER, html, 1))
        .map_err(|e| format!("cannot write {page}: {e}"))
}
