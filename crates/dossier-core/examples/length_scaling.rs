//! Time of each extraction stage against document length, to check it stays linear.
//!
//! `cargo run --release -p dossier-core --example length_scaling [-- UNIT N1 N2 …]`: builds one
//! document of N copies of UNIT (default "Iran said. "; a path reads the file, e.g. real
//! articles joined) for each N, runs the pipeline exactly as `dossier extract` does (through
//! [`dossier_core::extract_probed`], so no stage can be left out or run another way) and prints
//! the CPU time of each stage and the time per KiB. Linear means the last column stays flat as
//! N grows.
use dossier_core::{extract_probed, lexicon, Stage};
#[path = "../../dossier-syntax/examples/common/mod.rs"]
#[allow(dead_code)] // only the CPU clock is used here
mod common;
use common::cpu;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (unit, ns): (String, Vec<usize>) = match args.split_first() {
        Some((u, rest)) if !rest.is_empty() => (
            // A file's text (e.g. real articles joined), else the argument itself.
            std::fs::read_to_string(u).unwrap_or_else(|_| u.replace("\\n", "\n")),
            rest.iter().filter_map(|n| n.parse().ok()).collect(),
        ),
        _ => ("Iran said. ".to_string(), vec![12_500, 25_000, 50_000]),
    };
    let lex = lexicon::Lexicon::embedded();
    // Decode the model and lexicons before the first timing.
    let _ = extract_probed(
        &dossier_core::make_document("Iran said.", Default::default()),
        lex,
        &mut |_| {},
    );
    print!("{:>9} {:>9}", "copies", "KiB");
    for stage in Stage::ALL {
        print!(" {:>11}", format!("{stage:?}"));
    }
    println!(" {:>8} {:>8}", "total s", "ms/KiB");
    for n in ns {
        let doc = dossier_core::make_document(&unit.repeat(n), Default::default());
        let mut t = [0f64; Stage::ALL.len()];
        let mut last = cpu();
        let x = extract_probed(&doc, lex, &mut |stage| {
            let now = cpu();
            let i = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0);
            t[i] += now - last;
            last = now;
        });
        let kib = doc.text.len() as f64 / 1024.0;
        let total: f64 = t.iter().sum();
        print!("{n:>9} {kib:>9.0}");
        for s in t {
            print!(" {s:>11.3}");
        }
        println!(
            " {total:>8.3} {:>8.4}   ({} statements, {} events, {} claims)",
            1000.0 * total / kib,
            x.statements.len(),
            x.events.len(),
            x.claims.len()
        );
    }
}
