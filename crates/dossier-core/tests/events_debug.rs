//! Prints the parse, the actor mentions per token and the events of DOSSIER_TEXT (debug aid):
//! DOSSIER_TEXT="…" cargo test -p dossier-core --test events_debug -- --ignored --nocapture
use dossier_core::{make_document, DocumentHeader};

#[test]
#[ignore = "developer aid: set DOSSIER_TEXT and run with --ignored --nocapture"]
fn print_events() {
    let Ok(raw) = std::env::var("DOSSIER_TEXT") else {
        println!("DOSSIER_TEXT is not set: nothing to print");
        return;
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
        println!(
            "EVENT {} > {:?} {} {} {:?} | {}",
            e.source.id,
            e.target.as_ref().map(|t| &t.id),
            e.action.cameo,
            e.action.verb,
            e.modality,
            e.evidence.text
        );
    }
}
