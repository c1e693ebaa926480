//! Tests of the tokeniser and sentence splitter (`tokenize.rs`).

use super::*;

fn forms(text: &str) -> Vec<&str> {
    tokenize(text)
        .0
        .iter()
        .map(|t| &text[t.start as usize..t.end as usize])
        .collect()
}

#[test]
fn lists_load() {
    let l = lists();
    assert!(l.abbrev.keys().all(|a| a.len() <= MAX_ABBREV));
    assert!(l.prefixes.iter().all(|p| p.len() <= MAX_PREFIX));
    assert!(l.emoticons.iter().all(|e| e.len() <= MAX_EMOTICON));
    assert!(l
        .contractions
        .keys()
        .all(|c| (MIN_CONTRACTION..=MAX_CONTRACTION).contains(&c.len())));
    assert!(l.abbrev.len() > 100);
    assert!(l.prefixes.contains("non"));
    assert_eq!(l.contractions["cannot"], vec![3, 3]);
    assert!(l.emoticons.contains(":)"));
    assert!(l.starters.contains("The"));
}

#[test]
fn clitics_and_hyphens() {
    assert_eq!(
        forms("The U.S.-led coalition didn't strike."),
        [
            "The",
            "U.S.",
            "-",
            "led",
            "coalition",
            "did",
            "n't",
            "strike",
            "."
        ]
    );
}
