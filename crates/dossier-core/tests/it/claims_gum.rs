//! Propositions on real news with gold trees: GUM's Wikinews documents (`GUM_news_*`, train
//! split of `../shared/data/syntax/ud-english-gum-open`, CC BY). The word-level stages run as in
//! `extract`; claims are read with the gold `Doc`, so this checks the proposition reader on real
//! sentences independently of the parser. Skipped, with a message, when the data is absent.
//!
//! Checks: no panic; every claim's evidence is exactly the text at its code-point offsets; keys
//! are deterministic and recomputable from the normalised parts; statements yield propositions
//! (a floor, not a tuned score). `DOSSIER_SHOW=1` prints every claim for reading.

use dossier_core::claims::{claim_key, extract_claims, ClaimLexicon};
use dossier_core::syntax::conllu;
use dossier_core::DocumentHeader;

fn shared() -> Option<std::path::PathBuf> {
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
    let p = std::env::var("DOSSIER_SHARED_DATA").unwrap_or_else(|_| default.to_string());
    let p = std::path::Path::new(&p);
    if p.is_dir() {
        Some(p.to_path_buf())
    } else {
        eprintln!("SKIP: {} not found (shared data absent)", p.display());
        None
    }
}

#[test]
fn propositions_on_gum_news_gold_trees() {
    let Some(data) = shared() else { return };
    let path = data.join("syntax/ud-english-gum-open/en_gum-open-ud-train.conllu");
    let Ok(src) = std::fs::read_to_string(&path) else {
        eprintln!("SKIP: {} not found", path.display());
        return;
    };
    let sentences = conllu::parse(&src).expect("GUM parses");
    // Documents: runs of sentences from one `newdoc`, news only.
    let mut docs: Vec<Vec<conllu::GoldSentence>> = Vec::new();
    for s in sentences {
        if s.new_doc || docs.is_empty() {
            docs.push(Vec::new());
        }
        docs.last_mut().unwrap().push(s);
    }
    docs.retain(|d| d.first().is_some_and(|s| s.id.starts_with("GUM_news")));
    assert!(docs.len() >= 5, "GUM train has news documents");
    let lex = ClaimLexicon::embedded();
    let show = std::env::var("DOSSIER_SHOW").is_ok();
    let (mut claims, mut from_statements, mut read) = (0, 0, 0);
    for d in &docs {
        let (text, doc) = conllu::gold_doc(d);
        let document = dossier_core::make_document(&text, DocumentHeader::default());
        if document.text != text {
            continue; // normalisation moved the tokens (rare): not comparable
        }
        read += 1;
        let x = dossier_core::extract(&document);
        let got = extract_claims(&x, &text, &doc, lex);
        let chars: Vec<char> = text.chars().collect();
        for c in &got {
            let at: String = chars[c.evidence.start..c.evidence.end].iter().collect();
            assert_eq!(at, c.evidence.text, "evidence span exact in {}", d[0].id);
            assert_eq!(
                c.key,
                claim_key(
                    &c.subject.id,
                    &c.predicate,
                    c.target.as_ref().map(|t| t.id.as_str()),
                    c.object.as_deref()
                ),
                "key recomputable from its parts"
            );
            assert!(!c.subject.id.is_empty(), "no claim without a subject");
            if c.statement.is_some() && c.event.is_none() {
                from_statements += 1;
            }
            if show {
                println!(
                    "{} | {} | {} | {:?} | {:?} | {:?} | place={:?} time={:?} detail={:?} | «{}» | {:?}",
                    d[0].id,
                    c.subject.name,
                    c.predicate,
                    c.target.as_ref().map(|t| &t.name),
                    c.object,
                    c.stance,
                    c.place,
                    c.time,
                    c.detail,
                    c.evidence.text,
                    c.merge
                );
            }
        }
        // Same input, same claims.
        assert_eq!(got, extract_claims(&x, &text, &doc, lex));
        claims += got.len();
    }
    println!("{read} GUM news documents: {claims} claims, {from_statements} read from statements");
    assert!(read >= 5);
    assert!(
        from_statements >= 10,
        "statements should yield propositions on real news: {from_statements}"
    );
}
