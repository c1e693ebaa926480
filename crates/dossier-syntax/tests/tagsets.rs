//! Tag sets: the tag classes a word the treebanks know may take, applied as a mask over the
//! tagger's scores (`dossier_syntax::tagsets`).

use dossier_syntax::model::{self, Model};
use dossier_syntax::tagger::{word_info, Lexicon, Scratch};
use dossier_syntax::tagsets::{argmax_margin_masked, TagSets};

/// Classes: 0 NN, 1 VBD, 2 POS, 3 NNP, 4 DT.
fn toy() -> TagSets {
    let mut toks: Vec<(&str, u16)> = Vec::new();
    // "spread" five times, as a noun and a past-tense verb.
    toks.extend([
        ("spread", 0),
        ("spread", 1),
        ("spread", 1),
        ("spread", 0),
        ("spread", 1),
    ]);
    // "'s" is the possessive, "the" the determiner.
    toks.extend([("'s", 2); 6]);
    toks.extend([("the", 4); 6]);
    // Rare words (once each): nouns, past-tense verbs and names are open classes.
    for (i, w) in [
        "raid", "convoy", "truce", "shelled", "fled", "Idlib", "Raqqa",
    ]
    .iter()
    .enumerate()
    {
        toks.push((
            w,
            if i < 3 {
                0
            } else if i < 5 {
                1
            } else {
                3
            },
        ));
    }
    TagSets::build_with(toks.into_iter(), 5, 5, 1)
}

fn info(form: &str) -> dossier_syntax::tagger::WordInfo {
    word_info(form, &Lexicon::default(), &mut Scratch::default())
}

#[test]
fn a_known_word_takes_only_its_classes_and_an_unknown_one_only_open_classes() {
    let t = toy();
    assert_eq!(t.open, 0b01011, "NN, VBD, NNP are open; POS and DT are not");
    assert_eq!(
        t.allowed(&info("spread")),
        0b00011,
        "noun or verb, never POS"
    );
    assert_eq!(t.allowed(&info("'s")), 0b00100);
    // A form seen under the count floor keeps its own classes and may take the open ones.
    assert_eq!(t.allowed(&info("raid")), 0b01011);
    // An unseen word with letters: open classes only (a name is not a determiner).
    assert_eq!(t.allowed(&info("ISIS")), 0b01011);
    // A token without letters the treebank never saw: anything.
    assert_eq!(t.allowed(&info("»")), u128::MAX);
    assert_eq!(TagSets::default().allowed(&info("spread")), u128::MAX);
}

#[test]
fn the_mask_picks_the_best_allowed_class_and_its_margin() {
    // POS scores highest, but "spread" may not take it.
    let scores = [40, 70, 90, 10, 0];
    assert_eq!(argmax_margin_masked(&scores, u128::MAX), (2, 20));
    assert_eq!(argmax_margin_masked(&scores, 0b00011), (1, 30));
    assert_eq!(argmax_margin_masked(&scores, 0b00010), (1, i32::MAX));
    // A mask allowing none of the classes restricts nothing.
    assert_eq!(argmax_margin_masked(&scores, 0b100000), (2, 20));
    assert_eq!(argmax_margin_masked(&[], 0b1), (0, i32::MAX));
}

#[test]
fn tag_sets_round_trip_in_the_bundle_and_bad_masks_are_errors() {
    let bytes = include_bytes!("../../../data/models/syntax-en-ud.bin");
    let m = Model::from_bytes(bytes).expect("shipped model loads");
    assert_eq!(bytes[7], 3, "the shipped bundle carries tag sets");
    assert!(!m.tagger.lex.tagsets.is_empty());
    assert_eq!(
        m.to_bytes(),
        bytes.to_vec(),
        "read and written back unchanged"
    );
    // Cut inside the tag-set section: an error, not a panic.
    assert!(Model::from_bytes(&bytes[..bytes.len() - 5]).is_err());
    // A mask naming a class the tagger does not have.
    let n = m.tagger.classes.len();
    let mut buf = Vec::new();
    TagSets {
        known: [(7u64, 1u128 << n)].into_iter().collect(),
        open: 1,
    }
    .write(&mut buf);
    let mut r = dossier_syntax::perceptron::Reader::new(&buf);
    assert!(TagSets::read(&mut r, n).is_err());
}

#[test]
fn the_shipped_tagger_never_gives_a_known_verb_the_possessive() {
    // "spread" is a noun or verb in the treebanks; the session-17 cluster tagger, whose
    // weights may choose any class, tagged it POS after "ISIS" (a name rare in the treebanks,
    // whose word cluster pulls the next word).
    let m = model::embedded();
    let t = &m.tagger;
    let class = |x: &str, u: &str| {
        t.classes
            .iter()
            .position(|(c, up)| c == x && up.as_str() == u)
            .unwrap()
    };
    let spread = t
        .lex
        .tagsets
        .allowed(&word_info("spread", &t.lex, &mut Scratch::default()));
    assert_eq!(
        spread >> class("POS", "PART") & 1,
        0,
        "POS allowed for 'spread'"
    );
    assert_eq!(
        spread >> class("VBD", "VERB") & 1,
        1,
        "VBD not allowed for 'spread'"
    );
    let isis = t
        .lex
        .tagsets
        .allowed(&word_info("ISIS", &t.lex, &mut Scratch::default()));
    assert_eq!(
        isis >> class("DT", "DET") & 1,
        0,
        "a rare name may not be a determiner"
    );
    // Spelled-out numbers are rare forms; CD is open (from the rare numbers in digits).
    let eleven = t
        .lex
        .tagsets
        .allowed(&word_info("Eleven", &t.lex, &mut Scratch::default()));
    assert_eq!(
        eleven >> class("CD", "NUM") & 1,
        1,
        "CD not allowed for 'Eleven'"
    );
    let text = "Pictures of the Jordanian king's air raid on ISIS spread online on Wednesday.";
    let doc = dossier_syntax::parse(text);
    let i = (0..doc.tokens.len())
        .find(|&i| doc.form(text, i) == "spread")
        .unwrap();
    assert_ne!(doc.tokens[i].xpos.as_str(), "POS");
}
