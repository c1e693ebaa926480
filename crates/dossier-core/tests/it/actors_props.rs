//! Property tests: actor recognition never panics and keeps its invariants on any input.

use dossier_core::actors::ActorLayer;
use dossier_core::lexicon::Lexicon;
use dossier_core::text;
use proptest::prelude::*;

fn check(raw: &str) {
    let t = text::normalize(raw);
    let s = text::sentences(&t);
    let l = ActorLayer::recognise(&t, &s, Lexicon::embedded());
    let mut last = 0;
    for m in &l.mentions {
        assert!(m.start >= last && m.start < m.end && m.end <= t.len());
        assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
        assert!(m.actor < l.actors.len());
        last = m.end;
    }
    // Every actor has at least one mention.
    for i in 0..l.actors.len() {
        assert!(l.mentions.iter().any(|m| m.actor == i));
    }
}

const WORDS: &[&str] = &[
    "Iran",
    "Iran's",
    "the",
    "The",
    "a",
    "A",
    "senior",
    "IRGC",
    "commander",
    ",",
    "Ali",
    "Fadavi",
    "said",
    "he",
    "He",
    "it",
    "It",
    "they",
    "Kremlin",
    "spokesman",
    "Dmitry",
    "Peskov",
    "(",
    ")",
    "KACH",
    "Khatam",
    "al-Anbia",
    "Headquarters",
    "foreign",
    "ministry",
    "minister",
    "Brig.",
    "Gen.",
    "Nozari",
    "of",
    "for",
    "Ukraine’s",
    "air",
    "force",
    ".",
    "\u{201C}",
    "\u{201D}",
    "Georgia",
    "Atlanta",
    "Israel",
    "Katz",
    "Washington",
    "White",
    "House",
    "agency",
    "Reuters",
    "told",
    "é",
    "Ωmega",
    "’s",
    "'",
    "-",
    "US",
    "us",
    "NATO",
    "the general",
    "\n\n",
];

proptest! {
    #[test]
    fn arbitrary_text_never_panics(raw in "\\PC{0,200}") {
        check(&raw);
    }

    #[test]
    fn news_like_word_salad_never_panics(idx in proptest::collection::vec(0..WORDS.len(), 0..60)) {
        let raw: Vec<&str> = idx.iter().map(|&i| WORDS[i]).collect();
        check(&raw.join(" "));
        check(&raw.concat());
    }
}
