//! Where extraction time goes, stage by stage (issue 16).
//!
//! `cargo run --release -p dossier-core --example stages -- BODIES.jsonl [REPEAT]`
//!
//! Reads `{"id":…,"text":…}` lines, runs the pipeline exactly as `extract_with` does (through
//! [`dossier_core::extract_probed`]) and prints the thread CPU time of each stage, in seconds
//! and as a share of the total. The first line reports the one-off model and lexicon decode.
//! The syntax stage's own steps (tag, parse, label) are measured by `dossier eval syntax`.
use dossier_core::{claims, events, extract_probed, lexicon, Stage};
#[path = "../../dossier-syntax/examples/common/mod.rs"]
mod common;
use common::{cpu, read_texts};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: stages BODIES.jsonl [REPEAT]");
        std::process::exit(2);
    };
    let repeat: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let docs: Vec<_> = read_texts(path)
        .iter()
        .map(|t| dossier_core::make_document(t, Default::default()))
        .collect();
    let t0 = cpu();
    let _ = dossier_core::syntax::model::embedded();
    let lex = lexicon::Lexicon::embedded();
    let _ = (
        events::EventLexicon::builtin(),
        claims::ClaimLexicon::embedded(),
    );
    println!("model + lexicons decoded: {:.3} s CPU", cpu() - t0);

    let mut t = [0f64; Stage::ALL.len()];
    let mut bytes = 0usize;
    for _ in 0..repeat {
        for d in &docs {
            bytes += d.text.len();
            let mut last = cpu();
            let x = extract_probed(d, lex, &mut |stage| {
                let now = cpu();
                let i = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0);
                t[i] += now - last;
                last = now;
            });
            std::hint::black_box(x);
        }
    }
    let total: f64 = t.iter().sum();
    println!(
        "{} documents × {repeat}, {:.2} MB: {:.3} s CPU ({:.2} MB/s)",
        docs.len(),
        bytes as f64 / 1e6,
        total,
        bytes as f64 / 1e6 / total
    );
    println!("| stage | CPU s | share |\n|---|---|---|");
    for (stage, s) in Stage::ALL.iter().zip(t) {
        println!("| {stage:?} | {s:.3} | {:.1} % |", 100.0 * s / total);
    }
}
