//! The syntactic layer alone over a JSONL file: CPU per document and an exact dump.
//!
//! `cargo run --release -p dossier-syntax --example parse_jsonl -- DOCS.jsonl [OUT.jsonl] [REPEAT]`
//!
//! Reads `{"text":…}` lines, runs `dossier_syntax::parse` on each (REPEAT times, default 1) and
//! prints the thread CPU time (model decode reported apart) with documents and words per CPU
//! second. With OUT, writes each document's `Doc` as one JSON line: two builds whose dumps are
//! byte-identical give every later stage the same input (`cmp` them after a speed change).
use std::io::Write;

mod common;
use common::{cpu, read_texts};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: parse_jsonl DOCS.jsonl [OUT.jsonl|-] [REPEAT]");
        std::process::exit(2);
    };
    let out = args.get(2).filter(|s| *s != "-");
    let repeat: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1);
    let texts = read_texts(path);
    let t0 = cpu();
    let _ = dossier_syntax::model::embedded();
    println!("model decoded: {:.3} s CPU", cpu() - t0);
    let (mut words, mut t) = (0usize, 0f64);
    for _ in 0..repeat {
        for text in &texts {
            let a = cpu();
            let doc = dossier_syntax::parse(text);
            t += cpu() - a;
            words += doc.tokens.len();
            std::hint::black_box(doc);
        }
    }
    let docs = texts.len() * repeat;
    println!(
        "{docs} documents, {words} words: {t:.3} s CPU ({:.0} docs/s, {:.0} words/s)",
        docs as f64 / t,
        words as f64 / t
    );
    if let Some(out) = out {
        let f = std::fs::File::create(out).unwrap_or_else(|e| {
            eprintln!("{out}: {e}");
            std::process::exit(1);
        });
        let mut w = std::io::BufWriter::new(f);
        for text in &texts {
            let doc = dossier_syntax::parse(text);
            let line = serde_json::to_string(&doc).expect("a Doc serialises");
            if writeln!(w, "{line}").is_err() {
                eprintln!("{out}: write failed");
                std::process::exit(1);
            }
        }
    }
}
