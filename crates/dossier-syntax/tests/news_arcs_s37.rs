//! Session 37's repairs on shapes of real FNC-1 train bodies (the block of
//! `tests/fixtures/news_arcs.txt` from "# Session 37"): a verb with its finite auxiliary hung on
//! the noun before it as a relative clause ("Islamic State militants are using bombs …",
//! "the army commanders from Maiduguri have agreed …", "The woman, who …, was carrying …,
//! Interior Minister Nouhad Mashnuq told …"), and an opening participle clause set off by a
//! comma read as the main verb's clausal subject or as a modifier of the noun after it
//! ("Speaking at a press conference on Tuesday, …", "Posting photos of the boy online, …"),
//! with controls (a relative clause with its own "who", a subordinating "as" between the noun
//! and the auxiliary, an opening gerund that is the subject). Every arc must be right.

use dossier_syntax::model;
use dossier_syntax::newsarcs::{self, FIXTURE};

#[test]
fn session_37_shapes_are_read_right() {
    let start = FIXTURE
        .find("# Session 37:")
        .expect("the fixture has session 37's block");
    let sents = newsarcs::read(&FIXTURE[start..]).expect("fixture parses");
    assert!(
        sents.len() >= 15,
        "session 37's block has {} sentences",
        sents.len()
    );
    let sc = newsarcs::score(model::embedded(), &sents);
    for m in &sc.misses {
        println!("miss (line {}): want `{}`, got `{}`", m.line, m.want, m.got);
    }
    assert_eq!(sc.right, sc.total, "{}", sc.line());
}
