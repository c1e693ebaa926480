//! Time of each extraction stage against document length, to check it stays linear.
//!
//! `cargo run --release -p dossier-core --example length_scaling [-- UNIT N1 N2 …]`: builds one
//! document of N copies of UNIT (default "Iran said. "; a path reads the file, e.g. real
//! articles joined) for each N and prints the time of each
//! stage and the time per KiB. Linear means the last column stays flat as N grows.

use dossier_core::actors::ActorLayer;
use dossier_core::lexicon::Lexicon;
use dossier_core::text::{self, Offsets};
use dossier_core::{attribution, claims, events, Extraction};
use std::time::Instant;

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
    println!(
        "{:>9} {:>9} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>9}",
        "copies", "KiB", "sent+syn", "actors", "attrib", "events", "claims", "total s", "ms/KiB"
    );
    for n in ns {
        let t = text::normalize(&unit.repeat(n));
        let t0 = Instant::now();
        let offsets = Offsets::new(&t);
        let syn = dossier_core::syntax::parse(&t);
        let sentences = dossier_core::doc_sentences(&t, &syn);
        let t1 = Instant::now();
        let actors = ActorLayer::recognise_in(&t, &syn, &sentences, Lexicon::embedded());
        let t2 = Instant::now();
        let statements = attribution::attribute_doc(&t, &sentences, &actors, &offsets, &syn, None);
        let t3 = Instant::now();
        let evs = events::extract_by(
            events::PRODUCTION_CODER,
            &t,
            &syn,
            &actors,
            &statements,
            events::EventLexicon::builtin(),
        );
        let t4 = Instant::now();
        let x = Extraction {
            document: Default::default(),
            actors: actors.to_actors(&t, &offsets),
            statements,
            events: evs,
            claims: Vec::new(),
            article_stances: Vec::new(),
        };
        let c = claims::doc_claims(&x, claims::ClaimLexicon::embedded());
        let t5 = Instant::now();
        let kib = t.len() as f64 / 1024.0;
        let s = |a: Instant, b: Instant| (b - a).as_secs_f64();
        println!(
            "{:>9} {:>9.0} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>9.4}   ({} statements, {} claims)",
            n, kib, s(t0, t1), s(t1, t2), s(t2, t3), s(t3, t4), s(t4, t5), s(t0, t5),
            1000.0 * s(t0, t5) / kib, x.statements.len(), c.len()
        );
    }
}
