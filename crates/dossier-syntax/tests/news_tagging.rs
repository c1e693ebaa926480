//! The shipped tagger on hand-tagged wire-style news sentences (`tests/fixtures/news_upos.txt`,
//! written for this test): names at sentence start and after quotes, Title Case and ALL CAPS
//! headlines, Arabic/Persian/Russian transliterations, nationality words. Prints accuracy and
//! every miss; fails below the floor set from the measured figure.

use dossier_syntax::{model, newscheck, Upos};

use dossier_syntax::newscheck::FIXTURE;

/// The shipped model (session 18: session 7's weights with tag sets) measured 95.63%
/// (569/595) on the fixture (session 7 95.46%, 93.61% before headline truecasing); the floor
/// leaves one token of margin.
const FLOOR: f64 = 95.4;

#[test]
fn news_sentences_are_tagged_right() {
    let sents = newscheck::read(FIXTURE).expect("fixture parses");
    assert!(sents.len() >= 40, "the check has {} sentences", sents.len());
    let (right, total, misses) = newscheck::score(model::embedded(), &sents);
    for m in &misses {
        println!(
            "miss: sentence {} token {} {:?}: gold {} got {}",
            m.sentence + 1,
            m.token + 1,
            m.form,
            m.gold.as_str(),
            m.got.as_str()
        );
    }
    let acc = 100.0 * right as f64 / total as f64;
    let propn_total = sents
        .iter()
        .flat_map(|s| &s.gold)
        .filter(|&&g| g == Upos::Propn)
        .count();
    let propn_missed = misses.iter().filter(|m| m.gold == Upos::Propn).count();
    println!(
        "news check: UPOS {acc:.2}% ({right}/{total}); PROPN recall {:.2}% ({}/{propn_total})",
        100.0 * (propn_total - propn_missed) as f64 / propn_total as f64,
        propn_total - propn_missed
    );
    assert!(acc >= FLOOR, "news UPOS {acc:.2}% below the floor {FLOOR}%");
}

#[test]
fn malformed_fixture_lines_are_clear_errors() {
    let e = newscheck::read("Iraqi/ADJ forces/NOUNZ").unwrap_err();
    assert!(e.contains("line 1") && e.contains("NOUNZ"), "{e}");
    let e = newscheck::read("# note\nforces").unwrap_err();
    assert!(e.contains("line 2"), "{e}");
    assert_eq!(newscheck::read("# only notes\n\n").unwrap().len(), 0);
}

/// UPOS of `text` read as one sentence by the shipped model.
fn tags(text: &str) -> Vec<(String, Upos)> {
    let doc = dossier_syntax::parse(text);
    (0..doc.tokens.len())
        .map(|i| (doc.form(text, i).to_string(), doc.tokens[i].upos))
        .collect()
}

#[test]
fn running_text_capitals_are_still_names() {
    // A capitalised common word inside running text is part of a name.
    let t = tags("Officials said the Security Council would meet on Friday.");
    let get = |w: &str| t.iter().find(|(f, _)| f == w).map(|x| x.1);
    assert_eq!(get("Security"), Some(Upos::Propn), "{t:?}");
    assert_eq!(get("Council"), Some(Upos::Propn), "{t:?}");
    assert_eq!(get("said"), Some(Upos::Verb), "{t:?}");
}

#[test]
fn headline_verbs_and_nouns_are_not_read_as_names() {
    // Title Case and ALL CAPS headlines (not in the fixture): the common words keep the tags
    // they have in running text, the names stay names.
    for (headline, word, want) in [
        (
            "Israel Says Talks With Hamas Have Stalled Over Prisoner Release",
            "Says",
            Upos::Verb,
        ),
        (
            "Israel Says Talks With Hamas Have Stalled Over Prisoner Release",
            "Release",
            Upos::Noun,
        ),
        (
            "Israel Says Talks With Hamas Have Stalled Over Prisoner Release",
            "Hamas",
            Upos::Propn,
        ),
        (
            "TURKEY ARRESTS JOURNALISTS AFTER PROTEST IN ISTANBUL",
            "JOURNALISTS",
            Upos::Noun,
        ),
        (
            "TURKEY ARRESTS JOURNALISTS AFTER PROTEST IN ISTANBUL",
            "TURKEY",
            Upos::Propn,
        ),
    ] {
        let t = tags(headline);
        let got = t.iter().find(|(f, _)| f == word).map(|x| x.1);
        assert_eq!(got, Some(want), "{word:?} in {headline:?}: {t:?}");
    }
}

/// Each `(text, word)`: the word is tagged `want` in the text.
fn assert_tagged(cases: &[(&str, &str)], want: Upos) {
    for &(text, word) in cases {
        let t = tags(text);
        let got = t.iter().find(|(f, _)| f == word).map(|x| x.1);
        assert_eq!(got, Some(want), "{word:?} in {text:?}: {t:?}");
    }
}

#[test]
fn a_noun_after_a_possessive_stays_a_noun() {
    // "claim" shares its word cluster with "reports, notes, confirms" (mostly verbs in raw
    // news text); after a possessive it is the noun — session 16's cluster tagger, which read
    // every word's own class, tagged it VBP here and hung the "that" clause on a verb.
    assert_tagged(
        &[
            (
                "Analysts questioned the government's claim that the economy had recovered.",
                "claim",
            ),
            ("Kiev rejected Moscow's claim that the convoy carried aid.", "claim"),
            (
                "Fact-checkers examined the senator's claim that the border wall had cut crossings by half.",
                "claim",
            ),
            (
                "Officials dismissed the group's claims of responsibility for the blast.",
                "claims",
            ),
        ],
        Upos::Noun,
    );
}

#[test]
fn a_passive_participle_the_treebanks_know_stays_a_verb() {
    // "shot" is mostly a noun in raw news text ("a shot", "shots fired"), so its word cluster
    // pulls it to NN; the treebanks know it well, and after "is" it is the passive participle.
    assert_tagged(
        &[
            (
                "This extraordinary video shows the moment a US Marine is shot in the head by a Taliban sniper.",
                "shot",
            ),
            (
                "A police officer was shot dead outside the embassy on Tuesday, officials said.",
                "shot",
            ),
        ],
        Upos::Verb,
    );
}

#[test]
fn an_unknown_plural_name_is_not_an_auxiliary() {
    // "Iraqis" is not in the treebanks; sentence-initial and capitalised, the session-7 weights
    // tagged it VBZ/AUX (and "voted" a participle). The tag sets allow an unknown word only the
    // open classes, so the weights' best open class wins.
    let text = "Iraqis voted on Sunday in the first election since the withdrawal.";
    let doc = dossier_syntax::parse(text);
    let tags: Vec<&str> = doc.tokens.iter().map(|t| t.xpos.as_str()).collect();
    assert_eq!(doc.tokens[0].upos, Upos::Propn, "{tags:?}");
    assert_eq!(tags[1], "VBD", "{tags:?}");
}
