//! `extract [--manifest sources.toml] [--edits edits.json] FILE...`: prints the dataset
//! extracted from the articles as JSON on stdout, and any warnings on stderr. With
//! `--edits`, the corrections (as the studio exports them) are applied to it, as the studio
//! applies them: the same articles and edits give the same dataset.

use rating_timeline::edit::{extract_and_apply, EditList};
use rating_timeline::extract::manifest;
use rating_timeline::model::join_problems;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: extract [--manifest sources.toml] [--edits edits.json] FILE...";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let arguments = parse_arguments(std::env::args().skip(1))?;
    let edits = match &arguments.edits {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
            EditList::from_json(&text).map_err(|error| format!("{}: {error}", path.display()))?
        }
        None => EditList::default(),
    };
    let (articles, mut warnings) =
        manifest::read_articles(&arguments.files, arguments.manifest.as_deref())?;
    let (extraction, skipped) = extract_and_apply(&articles, &edits.edits);
    warnings.extend(extraction.warnings);
    for warning in &warnings {
        eprintln!("warning: {warning}");
    }
    for (index, why) in &skipped {
        eprintln!("warning: edit {} was not applied: {why}", index + 1);
    }
    if let Err(problems) = extraction.dataset.validate() {
        return Err(format!(
            "the dataset is inconsistent:\n{}",
            join_problems(&problems, "\n")
        ));
    }
    print!("{}", manifest::to_json(&extraction.dataset));
    Ok(())
}

struct Arguments {
    files: Vec<PathBuf>,
    manifest: Option<PathBuf>,
    edits: Option<PathBuf>,
}

fn parse_arguments(mut arguments: impl Iterator<Item = String>) -> Result<Arguments, String> {
    let mut files = Vec::new();
    let mut manifest = None;
    let mut edits = None;
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--manifest" => {
                let path = arguments
                    .next()
                    .ok_or(format!("--manifest needs a path\n{USAGE}"))?;
                manifest = Some(PathBuf::from(path));
            }
            "--edits" => {
                let path = arguments
                    .next()
                    .ok_or(format!("--edits needs a path\n{USAGE}"))?;
                edits = Some(PathBuf::from(path));
            }
            "-h" | "--help" => return Err(USAGE.into()),
            _ => files.push(PathBuf::from(argument)),
        }
    }
    if files.is_empty() {
        return Err(format!("no article files given\n{USAGE}"));
    }
    Ok(Arguments {
        files,
        manifest,
        edits,
    })
}
