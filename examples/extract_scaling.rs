//! How the extractor's time and memory grow with its input (issue 17). Figures, not
//! asserts: `cargo run --release --example extract_scaling [-- --timeout SECONDS] [--runs N]`.
//!
//! Each input is built in memory and extracted as one article, each in a child process
//! of this example (so one case's peak memory is its own, and a case that runs past
//! the timeout, 60 s a run by default, is stopped and shown as such), `--runs` times (3
//! by default; the fastest is shown, as the machine may be busy). Families:
//! - `copies`: N copies of a seed article (www/data/sources/000_*.txt) joined by blank
//!   lines, as one file;
//! - `paragraph`: one paragraph made by joining the seed's paragraphs with spaces,
//!   repeated to the size;
//! - `said`: `"Good work," said Cllr X. ` repeated, with no line break;
//! - `opening`: opening quotation marks only;
//! - and run-on lines that once took time growing with their square: `grades` (a list of
//!   judgements and grades with no full stop), `names` ('Mr Smith said she was
//!   “pleased”.', many speakers named), `dates` ('the inspection in March 2019 and ...',
//!   one sentence of dates), `quotes` ('“abc” ...', a sentence of nothing but
//!   quotations), `dated` ('The council was rated good in 2019 and ...', one sentence of
//!   grades each with its year), `percent` (a grade, then `%` marks) and `gap` (judgement
//!   titles, a long run of spaces, then grades, with no rating word).
//!
//! For each: the input's bytes and its ratio to the family's smallest size, the seconds
//! `extract` took and their ratio to the smallest size's (linear growth makes the two
//! ratios equal), the peak heap memory during the run (a counting global allocator, the
//! input itself not counted), also as a multiple of the input, and how many warnings
//! it gave.
// Built for wasm32 only by `clippy --all-targets`, where the counting allocator is off.
#![cfg_attr(target_arch = "wasm32", allow(dead_code))]

use rating_timeline::extract::{extract, Article};
use std::alloc::{GlobalAlloc, Layout, System};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The system allocator, counting the bytes live now and at most.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(size: usize) {
    let live = LIVE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call is passed on to `System` unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = System.alloc(layout);
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        System.dealloc(pointer, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = System.realloc(pointer, layout, new_size);
        if !moved.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        moved
    }
}

// Native only: the library brings its own allocator to the wasm build, where this
// benchmark is never run (clippy still compiles it for wasm32).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: Counting = Counting;

const KB: usize = 1_000;
const MB: usize = 1_000_000;

/// Every case: its family, and its size (copies, or bytes).
const CASES: [(&str, usize); 25] = [
    ("copies", 100),
    ("copies", 300),
    ("copies", 1000),
    ("paragraph", 10 * KB),
    ("paragraph", 100 * KB),
    ("paragraph", MB),
    ("said", 10 * KB),
    ("said", 100 * KB),
    ("said", MB),
    ("opening", MB),
    ("opening", 5 * MB),
    ("grades", 100 * KB),
    ("grades", MB),
    ("names", 100 * KB),
    ("names", MB),
    ("dates", 100 * KB),
    ("dates", MB),
    ("quotes", 100 * KB),
    ("quotes", MB),
    ("dated", 100 * KB),
    ("dated", MB),
    ("percent", 100 * KB),
    ("percent", MB),
    ("gap", 100 * KB),
    ("gap", MB),
];

fn seed() -> String {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/www/data/sources");
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .expect("the seed folder")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    std::fs::read_to_string(&files[0]).expect("the first seed article")
}

/// `unit` repeated (joined by `joiner`) until the text reaches `size` bytes, cut there
/// at a character boundary.
fn repeated_to(unit: &str, joiner: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + unit.len() + joiner.len());
    while text.len() < size {
        if !text.is_empty() {
            text.push_str(joiner);
        }
        text.push_str(unit);
    }
    let mut cut = size;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

fn input(family: &str, size: usize) -> String {
    match family {
        "copies" => vec![seed().trim_end().to_string(); size].join("\n\n") + "\n",
        "paragraph" => {
            let seed = seed();
            let joined = seed
                .split('\n')
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            repeated_to(&joined, " ", size)
        }
        "said" => repeated_to("\"Good work,\" said Cllr X.", " ", size),
        "opening" => repeated_to("“", "", size),
        "grades" => repeated_to(
            "children in care good, care leavers requires improvement to be good,",
            " ",
            size,
        ),
        "names" => repeated_to("Mr Smith said she was “pleased”.", " ", size),
        "dates" => repeated_to("the inspection in March 2019 and", " ", size),
        "quotes" => repeated_to("“abc”", " ", size),
        // One sentence of grades, each with its year, all on one event.
        "dated" => format!(
            "The council was inspected by Ofsted. The council{}",
            repeated_to(" was rated good in 2019 and", "", size)
        ),
        // A run of percentage marks after a grade.
        "percent" => format!("Ofsted rated the council good {}", "%".repeat(size)),
        // Judgement titles and grades far apart in one run of words, with no rating word:
        // each title and grade pair must not read the text between them.
        "gap" => format!(
            "{}{}{}",
            "Care leavers ".repeat(30),
            " ".repeat(size),
            "good ".repeat(58)
        ),
        _ => panic!("no family {family}"),
    }
}

/// In the child: builds one input, extracts it `runs` times, prints "bytes seconds
/// peak warnings" with the fastest run's seconds (the machine may be shared).
fn run_case(family: &str, size: usize, runs: usize) {
    let text = input(family, size);
    let bytes = text.len();
    let article = Article::new("scaling", text);
    let (mut fastest, mut peak, mut warnings) = (f64::INFINITY, 0, 0);
    for _ in 0..runs.max(1) {
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let started = Instant::now();
        let extraction = extract(std::slice::from_ref(&article));
        fastest = fastest.min(started.elapsed().as_secs_f64());
        peak = peak.max(PEAK.load(Ordering::Relaxed) - before);
        warnings = extraction.warnings.len();
    }
    println!("{bytes} {fastest} {peak} {warnings}");
}

const USAGE: &str = "usage: extract_scaling [--timeout SECONDS] [--runs N]";

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, family, size, runs] = arguments.as_slice() {
        if flag == "--case" {
            run_case(
                family,
                size.parse().expect("a size"),
                runs.parse().expect("runs"),
            );
            return;
        }
    }
    let (mut timeout, mut runs) = (60.0, 3);
    let mut options = arguments.iter();
    while let Some(option) = options.next() {
        let value = options.next().and_then(|v| v.parse::<f64>().ok());
        match (option.as_str(), value) {
            ("--timeout", Some(seconds)) => timeout = seconds,
            ("--runs", Some(count)) if count >= 1.0 => runs = count as usize,
            _ => {
                eprintln!("{USAGE}");
                std::process::exit(2);
            }
        }
    }
    let me = std::env::current_exe().expect("this example's path");
    println!(
        "{:<10} {:>6} {:>10} {:>6} {:>9} {:>7} {:>9} {:>6} {:>8}",
        "family", "size", "bytes", "xbytes", "seconds", "xtime", "peak MB", "xinput", "warnings"
    );
    // The family's smallest case: its family, bytes and seconds.
    let mut smallest: Option<(&str, f64, f64)> = None;
    for (family, size) in CASES {
        let mut child = Command::new(&me)
            .args(["--case", family, &size.to_string(), &runs.to_string()])
            .stdout(Stdio::piped())
            .spawn()
            .expect("the child runs");
        let started = Instant::now();
        let finished = loop {
            if child.try_wait().expect("the child").is_some() {
                break true;
            }
            if started.elapsed().as_secs_f64() > timeout * runs as f64 {
                child.kill().ok();
                child.wait().ok();
                break false;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let label = if family == "copies" {
            format!("{size}x")
        } else {
            format!("{}K", size / KB)
        };
        if !finished {
            println!(
                "{family:<10} {label:>6} {:>10} {:>6} {:>9}",
                "",
                "",
                format!(">{timeout}")
            );
            continue;
        }
        let output = child.wait_with_output().expect("the child's output");
        let line = String::from_utf8_lossy(&output.stdout);
        let fields: Vec<f64> = line
            .split_whitespace()
            .filter_map(|f| f.parse().ok())
            .collect();
        let [bytes, seconds, peak, warnings] = fields[..] else {
            println!("{family:<10} {label:>6} failed: {line}");
            continue;
        };
        let (base_bytes, base_seconds) = match smallest {
            Some((f, b, s)) if f == family => (b, s),
            _ => {
                smallest = Some((family, bytes, seconds));
                (bytes, seconds)
            }
        };
        println!(
            "{family:<10} {label:>6} {bytes:>10} {:>6.1} {seconds:>9.3} {:>7.1} {:>9.1} {:>6.1} {warnings:>8}",
            bytes / base_bytes,
            seconds / base_seconds,
            peak / MB as f64,
            peak / bytes,
        );
    }
}
