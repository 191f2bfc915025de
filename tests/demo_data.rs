#![cfg(not(target_arch = "wasm32"))]
//! The demo page's second dataset is the extractor's output on the demo article, like
//! the default one is on the seeds: nothing in it is typed by hand.

use rating_timeline::extract::{extract, manifest};
use std::path::Path;

#[test]
fn the_committed_demo_dataset_is_the_extractors_output_on_the_demo_article() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let article = root.join("www/demo/sources/eastbridge-2024.txt");
    let (articles, warnings) =
        manifest::read_articles(&[article], Some(&root.join("www/demo/sources.toml")))
            .expect("the demo article reads");
    assert!(warnings.is_empty(), "{warnings:?}");
    let dataset = extract(&articles).dataset;
    assert_eq!(dataset.validate(), Ok(()));
    let committed = std::fs::read_to_string(root.join("www/demo/data/example-council.json"))
        .expect("the demo dataset is committed");
    assert!(
        committed == manifest::to_json(&dataset),
        "www/demo/data/example-council.json is stale: run scripts/extract.sh and commit it"
    );
}
