//! Session 36's repairs on shapes of real FNC-1 train bodies (the block of
//! `tests/fixtures/news_arcs.txt` from "# Session 36"): a lower-case common noun before a name
//! read as a one-word title ("Jilted lover Oliver Ilic reportedly tossed"), a participle after
//! its clause's opening noun phrase read as the past tense ("Islamist radicals seized Tripoli
//! International Airport"), a finite verb hung as `acl` on a clause verb's object made its
//! `ccomp` ("say the radical group used the gas"), a bare noun after its preposition that is no
//! title ("is in fact Mohammed Emwazi"), a participle with its own agent on the object ("weapons
//! and ammunition dropped by the U.S. military"), "as" opening a clause ("comes as Glyn Davies,
//! …, said") and an unknown plural in "-ists" read as a verb ("reports that jihadists fighting
//! …"), each with a control. Every arc must be right.

use dossier_syntax::model;
use dossier_syntax::newsarcs::{self, FIXTURE};

#[test]
fn session_36_shapes_are_read_right() {
    let start = FIXTURE
        .find("# Session 36:")
        .expect("the fixture has session 36's block");
    let sents = newsarcs::read(&FIXTURE[start..]).expect("fixture parses");
    assert!(
        sents.len() >= 23,
        "session 36's block has {} sentences",
        sents.len()
    );
    let sc = newsarcs::score(model::embedded(), &sents);
    for m in &sc.misses {
        println!("miss (line {}): want `{}`, got `{}`", m.line, m.want, m.got);
    }
    assert_eq!(sc.right, sc.total, "{}", sc.line());
}
