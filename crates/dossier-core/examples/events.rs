//! The parse, the actor mention of each token, the coreference links and the events of a text,
//! for reading why an event is (not) coded:
//!
//! ```text
//! cargo run -p dossier-core --example events -- "Al-Shabaab fighters stormed a hotel …"
//! ```
use dossier_core::{make_document, DocumentHeader};

fn main() {
    let Some(raw) = std::env::args().nth(1) else {
        eprintln!("usage: events TEXT");
        std::process::exit(2);
    };
    let d = make_document(&raw, DocumentHeader::default());
    let t = d.text.as_str();
    let syn = dossier_core::syntax::parse(t);
    let sents = dossier_core::doc_sentences(t, &syn);
    let layer = dossier_core::actors::ActorLayer::recognise_in(
        t,
        &syn,
        &sents,
        dossier_core::lexicon::Lexicon::embedded(),
    );
    for (i, tok) in syn.tokens.iter().enumerate() {
        let (s, e) = (tok.start as usize, tok.end as usize);
        let m = layer
            .mention_covering(s)
            .map(|m| layer.actors[m.actor].id.clone())
            .unwrap_or_default();
        println!(
            "{i:>4} {:<16} {:<6?} {:<5} {:<14} head {:>4} {:<10?} {m}",
            &t[s..e],
            tok.upos,
            tok.xpos,
            tok.lemma,
            tok.head,
            tok.rel
        );
    }
    for l in dossier_core::coref::resolve(t, &syn, &layer).links() {
        let m = &layer.mentions[l.antecedent];
        println!("COREF {} -> {}", &t[l.start..l.end], &t[m.start..m.end]);
    }
    let x = dossier_core::extract(&d);
    for e in &x.events {
        println!("EVENT {e}");
    }
    let (_, dropped) = dossier_core::events::explain(
        t,
        &syn,
        &layer,
        &x.statements,
        dossier_core::events::EventLexicon::builtin(),
    );
    for dr in dropped {
        println!("DROPPED {} @{}: {}", dr.trigger, dr.start, dr.stage);
    }
}
