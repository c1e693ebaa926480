//! Session 35's repair on a shape of a real FNC-1 train body (the block of
//! `tests/fixtures/news_arcs.txt` from "# Session 35"): the object of a relative clause's verb
//! that the parser made a second subject of the main verb ("two people who know Foley confirmed
//! that …"), with a control. Every arc must be right.

use dossier_syntax::model;
use dossier_syntax::newsarcs::{self, FIXTURE};

#[test]
fn session_35_shapes_are_read_right() {
    let start = FIXTURE
        .find("# Session 35:")
        .expect("the fixture has session 35's block");
    let sents = newsarcs::read(&FIXTURE[start..]).expect("fixture parses");
    assert!(
        sents.len() >= 2,
        "session 35's block has {} sentences",
        sents.len()
    );
    let sc = newsarcs::score(model::embedded(), &sents);
    for m in &sc.misses {
        println!("miss (line {}): want `{}`, got `{}`", m.line, m.want, m.got);
    }
    assert_eq!(sc.right, sc.total, "{}", sc.line());
}
