//! Session 34's repairs on shapes of real FNC-1 train bodies (the block of
//! `tests/fixtures/news_arcs.txt` from "# Session 34"): a noun for people read as an adjective
//! after a name ("a United States official following North Korea said", "an Isis militant ,
//! whose", "the ISIS militant who"), the participle after it whose object the parser made a
//! second subject, an inverted speech verb opening the sentence ("Said one , posting on the
//! Hanein forums : \" …"), a name in capitals read as a function word ("the WHO said") and a
//! ministry's capitalised plural before a title ("Veterans Affairs Minister Julian Fantino
//! said"), each with a control. Every arc must be right.

use dossier_syntax::model;
use dossier_syntax::newsarcs::{self, FIXTURE};

#[test]
fn session_35_shapes_are_read_right() {
    let start = FIXTURE
        .find("# Session 35:")
        .expect("the fixture has session 35's block");
    let sents = newsarcs::read(&FIXTURE[start..]).expect("fixture parses");
    assert!(
        sents.len() >= 15,
        "session 35's block has {} sentences",
        sents.len()
    );
    let sc = newsarcs::score(model::embedded(), &sents);
    for m in &sc.misses {
        println!("miss (line {}): want `{}`, got `{}`", m.line, m.want, m.got);
    }
    assert_eq!(sc.right, sc.total, "{}", sc.line());
}
