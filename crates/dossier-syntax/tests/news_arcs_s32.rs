//! Session 32's repairs on shapes of real FNC-1 train bodies (the block of
//! `tests/fixtures/news_arcs.txt` from "# Session 32"): a past form read as a noun before a
//! phrasal verb's particle ("Jeh Johnson shot down claims"), "that" read as a demonstrative
//! before a name and its verb and a perfect's participle read as a modifier ("it appeared that
//! IS had not used chlorine gas", with "it" the expletive), a bare gerund opening the sentence
//! before an intransitive past form ("Fighting resumed"), a subject read as the apposition of an
//! opening prepositional phrase ("In the statement, Foley's mother, Diane Foley, said"), a noun
//! after a modal ("will no longer arrest people") and an adjective with its complement after a
//! noun read as the root ("People familiar with the plans told"), each with a control. Every
//! arc must be right.

use dossier_syntax::model;
use dossier_syntax::newsarcs::{self, FIXTURE};

#[test]
fn session_32_shapes_are_read_right() {
    let start = FIXTURE
        .find("# Session 32:")
        .expect("the fixture has session 32's block");
    let sents = newsarcs::read(&FIXTURE[start..]).expect("fixture parses");
    assert!(
        sents.len() >= 18,
        "session 32's block has {} sentences",
        sents.len()
    );
    let sc = newsarcs::score(model::embedded(), &sents);
    for m in &sc.misses {
        println!("miss (line {}): want `{}`, got `{}`", m.line, m.want, m.got);
    }
    assert_eq!(sc.right, sc.total, "{}", sc.line());
}
