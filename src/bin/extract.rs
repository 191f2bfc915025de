//! `extract [--manifest sources.toml] FILE...`: prints the dataset extracted from the
//! articles as JSON on stdout, and any warnings on stderr.

use rating_timeline::extract::{extract, manifest};
use rating_timeline::model::join_problems;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: extract [--manifest sources.toml] FILE...";

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
    let (files, manifest_path) = parse_arguments(std::env::args().skip(1))?;
    let (articles, mut warnings) = manifest::read_articles(&files, manifest_path.as_deref())?;
    let extraction = extract(&articles);
    warnings.extend(extraction.warnings);
    for warning in &warnings {
        eprintln!("warning: {warning}");
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

fn parse_arguments(
    mut arguments: impl Iterator<Item = String>,
) -> Result<(Vec<PathBuf>, Option<PathBuf>), String> {
    let mut files = Vec::new();
    let mut manifest = None;
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--manifest" => {
                let path = arguments
                    .next()
                    .ok_or(format!("--manifest needs a path\n{USAGE}"))?;
                manifest = Some(PathBuf::from(path));
            }
            "-h" | "--help" => return Err(USAGE.into()),
            _ => files.push(PathBuf::from(argument)),
        }
    }
    if files.is_empty() {
        return Err(format!("no article files given\n{USAGE}"));
    }
    Ok((files, manifest))
}
