//! Word clusters from unlabeled text (`dossier_syntax::clusters`) and the tagger's use of them.

use dossier_syntax::clusters::{self, ClusterOptions, Clusters};
use dossier_syntax::tagger::{word_info, Lexicon, Scratch};
use dossier_syntax::Model;

/// Wire-style sentences in which the attack nouns, the nationalities, the verbs and the places
/// each share their contexts.
fn corpus(times: usize) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for _ in 0..times {
        for who in ["US", "Russian", "Israeli", "Syrian"] {
            for what in ["airstrikes", "raids", "strikes"] {
                for did in ["hit", "destroyed"] {
                    for place in ["town", "city", "camp"] {
                        let s = format!("{who} {what} {did} the {place} on Monday .");
                        out.push(s.split(' ').map(str::to_string).collect());
                    }
                }
            }
        }
        for s in [
            "The minister said the airstrikes killed civilians .",
            "The spokesman said the raids killed civilians .",
        ] {
            out.push(s.split(' ').map(str::to_string).collect());
        }
    }
    out
}

fn small() -> ClusterOptions {
    ClusterOptions {
        min_count: 3,
        fine: 8,
        coarse: 3,
        max_passes: 20,
    }
}

#[test]
fn clustering_is_deterministic_and_groups_words_by_their_contexts() {
    let sents = corpus(3);
    let a = clusters::train(&sents, &small(), &mut |_| {});
    let b = clusters::train(&sents, &small(), &mut |_| {});
    assert_eq!(a, b, "same text, same classes");
    let fine = |w: &str| a.of_word(w).expect("frequent word has a class").0;
    assert_eq!(fine("airstrikes"), fine("raids"));
    assert_eq!(fine("raids"), fine("strikes"));
    assert_eq!(fine("town"), fine("city"));
    assert_eq!(fine("hit"), fine("destroyed"));
    assert_eq!(fine("us"), fine("israeli"));
    assert_ne!(fine("airstrikes"), fine("hit"));
    assert_ne!(fine("town"), fine("the"));
    // Upper case reads as lower case; each coarse class is a union of fine classes.
    assert_eq!(a.of_word("Airstrikes"), a.of_word("airstrikes"));
    let (f, c) = a.of_word("raids").unwrap();
    for w in ["airstrikes", "strikes"] {
        assert_eq!(a.of_word(w), Some((f, c)));
    }
    // "spokesman" is seen 3 times, under a floor of 4: no class.
    let strict = clusters::train(
        &sents,
        &ClusterOptions {
            min_count: 4,
            ..small()
        },
        &mut |_| {},
    );
    assert_eq!(strict.of_word("spokesman"), None);
    assert!(strict.of_word("camp").is_some());
}

#[test]
fn a_word_the_treebank_never_saw_gets_its_class_in_the_tagger() {
    let c = clusters::train(&corpus(3), &small(), &mut |_| {});
    let mut sc = Scratch::default();
    let lex = Lexicon {
        amb: Default::default(),
        clusters: c.clone(),
        tagsets: Default::default(),
    };
    let w = word_info("Airstrikes", &lex, &mut sc);
    let (f, k) = c.of_word("airstrikes").unwrap();
    assert_eq!((w.fine, w.coarse), (f as u64 + 1, k as u64 + 1));
    assert_eq!(w.fine, word_info("raids", &lex, &mut sc).fine);
    let none = word_info("drones", &lex, &mut sc);
    assert_eq!((none.fine, none.coarse), (0, 0), "unseen in the raw text");
    let plain = word_info("airstrikes", &Lexicon::default(), &mut sc);
    assert_eq!(
        (plain.fine, plain.coarse),
        (0, 0),
        "a tagger without clusters"
    );
}

#[test]
fn bundles_with_and_without_clusters_load_and_tag() {
    let bytes = include_bytes!("../../../data/models/syntax-en-ud.bin");
    let text = "US airstrikes hit the town on Monday, the minister said.";
    let mut m = Model::from_bytes(bytes).expect("shipped model loads");
    let (toks, sents) = dossier_syntax::tokenize::tokenize(text);
    let before = m.analyse(text, &toks, &sents);
    assert_eq!(before.tokens.len(), toks.len());
    // Without clusters and tag sets a bundle is version 1, byte for byte as before.
    m.tagger.lex.clusters = Clusters::default();
    m.tagger.lex.tagsets = Default::default();
    let plain = m.to_bytes();
    assert_eq!(plain[7], 1, "a bundle without clusters stays version 1");
    assert_eq!(
        Model::from_bytes(&plain).unwrap().tagger.lex.clusters,
        Clusters::default()
    );
    // A bundle carrying clusters is version 2 and keeps them; cutting it short is an error.
    let c = clusters::train(&corpus(3), &small(), &mut |_| {});
    m.tagger.lex.clusters = c.clone();
    let with = m.to_bytes();
    assert_eq!(with[7], 2);
    let back = Model::from_bytes(&with).expect("bundle with clusters loads");
    assert_eq!(back.tagger.lex.clusters, c);
    assert_eq!(back.to_bytes(), with);
    assert!(Model::from_bytes(&with[..with.len() - 3]).is_err());
    let after = back.analyse(text, &toks, &sents);
    assert_eq!(after.tokens.len(), toks.len());
    let mut v4 = with.clone();
    v4[7] = 4;
    assert!(Model::from_bytes(&v4).is_err(), "unknown version");
}
