//! Session 30's repairs on wire-style sentences written for this check
//! (the block of `tests/fixtures/news_arcs.txt` from "# Session 30"): a clause after "after" read as the preposition's noun,
//! a clause with its auxiliaries read as a participle on a noun, a "that" clause on the indirect
//! object of "told", a relative clause between a subject and its speech verb, two objects, a
//! get-passive inside the subject's phrase, an "-ly" adverb before a past form read as a noun,
//! a double genitive before the speech verb, and a control beside each. Every arc must be right.

use dossier_syntax::model;
use dossier_syntax::newsarcs::{self, FIXTURE};

#[test]
fn session_30_shapes_are_read_right() {
    let start = FIXTURE
        .find("# Session 30:")
        .expect("the fixture has session 30's block");
    let sents = newsarcs::read(&FIXTURE[start..]).expect("fixture parses");
    assert!(
        sents.len() >= 15,
        "session 30's block has {} sentences",
        sents.len()
    );
    let sc = newsarcs::score(model::embedded(), &sents);
    for m in &sc.misses {
        println!("miss (line {}): want `{}`, got `{}`", m.line, m.want, m.got);
    }
    assert_eq!(sc.right, sc.total, "{}", sc.line());
}
