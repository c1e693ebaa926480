//! Session 33's repairs on shapes of real FNC-1 train bodies (the block of
//! `tests/fixtures/news_arcs.txt` from "# Session 33"): a name with "of" (and "and") inside
//! read as a coordination with the titled name after it ("Islamic State of Iraq and Syria
//! leader Abu Bakr al-Baghdadi"), an inverted speech verb whose speaker the parser hung inside
//! the relative clause after it ("…," said Maxwell, whose mates …) and a phrase set off by
//! dashes between the subject and its verb ("Three senior members of ISIS – including an aide
//! – were killed") and a relative clause set off between the subject and a participle after
//! its auxiliary ("Several sources, who have requested anonymity, have confirmed that …") and a
//! speech verb read as a modifier of its subject after a comma ("…, a senior Iraqi security
//! official told NBC News"), each with a control. Every arc must be right.

use dossier_syntax::model;
use dossier_syntax::newsarcs::{self, FIXTURE};

#[test]
fn session_33_shapes_are_read_right() {
    let start = FIXTURE
        .find("# Session 33:")
        .expect("the fixture has session 33's block");
    let sents = newsarcs::read(&FIXTURE[start..]).expect("fixture parses");
    assert!(
        sents.len() >= 12,
        "session 33's block has {} sentences",
        sents.len()
    );
    let sc = newsarcs::score(model::embedded(), &sents);
    for m in &sc.misses {
        println!("miss (line {}): want `{}`, got `{}`", m.line, m.want, m.got);
    }
    assert_eq!(sc.right, sc.total, "{}", sc.line());
}
