//! Session 37's repairs found reading unseen FNC-1 train bodies (the block of
//! `tests/fixtures/news_arcs.txt` from "# Session 37 (lead)"): a past participle after a
//! subordinator read as the clause's verb before the subject of its finite verb ("when
//! respected Italian newspaper Corriere Della Sera reported"), and a reported clause whose verb
//! takes no object read as a relative clause on the speech verb's oblique ("reported on its
//! website that Castro had died"), each with a control. Every arc must be right.

use dossier_syntax::model;
use dossier_syntax::newsarcs::{self, FIXTURE};

#[test]
fn session_37_lead_shapes_are_read_right() {
    let start = FIXTURE
        .find("# Session 37 (lead):")
        .expect("the fixture has session 37's lead block");
    let block = &FIXTURE[start..];
    let end = block[1..]
        .find("\n# Session ")
        .map_or(block.len(), |e| e + 1);
    let sents = newsarcs::read(&block[..end]).expect("fixture parses");
    assert!(
        sents.len() >= 3,
        "session 37's lead block has {} sentences",
        sents.len()
    );
    let sc = newsarcs::score(model::embedded(), &sents);
    for m in &sc.misses {
        println!("miss (line {}): want `{}`, got `{}`", m.line, m.want, m.got);
    }
    assert_eq!(sc.right, sc.total, "{}", sc.line());
}
