//! Prints the actor layer of DOSSIER_TEXT (debug aid): DOSSIER_TEXT="…" cargo test -p dossier-core --test actors_debug -- --nocapture
use dossier_core::actors::ActorLayer;
use dossier_core::lexicon::Lexicon;
use dossier_core::text;

#[test]
fn print_layer() {
    let Ok(raw) = std::env::var("DOSSIER_TEXT") else {
        return;
    };
    let t = text::normalize(&raw);
    let s = text::sentences(&t);
    let l = ActorLayer::recognise(&t, &s, Lexicon::embedded());
    for m in &l.mentions {
        let a = &l.actors[m.actor];
        println!(
            "{:>4} {:<40} {:?} -> {} ({:?}, {:?})",
            m.start,
            &t[m.start..m.end],
            m.form,
            a.id,
            a.kind,
            a.country
        );
    }
    for a in &l.actors {
        println!("{a:?}");
    }
}
