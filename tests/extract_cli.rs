#![cfg(not(target_arch = "wasm32"))]
//! The `extract` binary: JSON on stdout, warnings on stderr, clear errors on bad input.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run_on(name: &str, text: &str, extra: &[&str]) -> Output {
    let folder = std::env::temp_dir().join(format!("extract-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("temp folder");
    let file: PathBuf = folder.join(format!("{name}.txt"));
    std::fs::write(&file, text).expect("temp article");
    let output = Command::new(env!("CARGO_BIN_EXE_extract"))
        .args(extra)
        .arg(&file)
        .output()
        .expect("the binary runs");
    std::fs::remove_dir_all(&folder).ok();
    output
}

#[test]
fn bad_input_gives_warnings_on_stderr_and_json_on_stdout() {
    let text = "The 2024 inspection rated it 'excellent'.\n\nMs Ann Lee said: “We are proud\n";
    let output = run_on("bad", text, &[]);
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("warning: bad, byte"), "{stderr}");
    assert!(stderr.contains("never closes"), "{stderr}");
    assert!(stderr.contains("'excellent' is not a grade"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert_eq!(json["quotes"][0]["text"], "We are proud");
}

#[test]
fn a_missing_manifest_is_an_error_not_a_panic() {
    let output = run_on(
        "ok",
        "Headline\n",
        &["--manifest", "/nonexistent/sources.toml"],
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("error: cannot read manifest"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_problem_met_many_times_is_one_warning_with_a_count() {
    // Three paragraphs, each with a quotation that never closes, and a stray mark.
    let text = "Headline\n\nIt said “one\n\nIt said “two\n\nIt said “three”” and ”\n";
    let output = run_on("many", text, &[]);
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let first = text.find('“').expect("a mark");
    assert!(
        stderr.contains(&format!(
            "warning: many: 2 quotations that never close, first at byte {first}; each taken to run to the end of its paragraph\n"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "warning: many: 2 closing quotation marks with no opening one, first at byte"
        ),
        "{stderr}"
    );
    // And the three quotations, whose speaker "it" stands for no one named.
    assert!(
        stderr.contains("warning: many: 3 quotations with no speaker found, first at byte"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 3, "{stderr}");
}

#[test]
fn two_files_of_one_name_in_two_folders_are_an_error_before_any_work() {
    let folder = std::env::temp_dir().join(format!("extract-cli-{}-same-name", std::process::id()));
    let (north, south) = (folder.join("north"), folder.join("south"));
    for side in [&north, &south] {
        std::fs::create_dir_all(side).expect("temp folder");
        std::fs::write(side.join("report.txt"), "Headline\n").expect("temp article");
    }
    // A file that does not exist, after them: the clash is found before any reading.
    let output = Command::new(env!("CARGO_BIN_EXE_extract"))
        .arg(north.join("report.txt"))
        .arg(south.join("report.txt"))
        .arg(folder.join("missing.txt"))
        .output()
        .expect("the binary runs");
    std::fs::remove_dir_all(&folder).ok();
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("error: "), "{stderr}");
    for path in [north.join("report.txt"), south.join("report.txt")] {
        assert!(stderr.contains(&path.display().to_string()), "{stderr}");
    }
    assert!(stderr.contains("source 'report'"), "{stderr}");
    assert!(!stderr.contains("cannot read"), "{stderr}");
}
