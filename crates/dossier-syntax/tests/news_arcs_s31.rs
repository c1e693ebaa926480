//! Session 31's repairs on shapes of real FNC-1 train bodies (the block of
//! `tests/fixtures/news_arcs.txt` from "# Session 31"): a double genitive before a speech verb
//! the tagger read as a participle ("A cousin of Ahmed's told"), two objects after a verb of
//! giving read as one phrase ("gave the rebels weapons"), a phrasal verb's particle read as a
//! preposition ("shot down the report", "played down the threat"), a plural noun opening the
//! sentence read as a verb before an intransitive past form ("Talks resumed"), a name after a
//! closing quotation mark set off before its speech verb ("…,” Welat Avar, a doctor, told
//! Reuters") and a past form read as a noun after an "-ly" adverb ("Officer Darren Wilson
//! fatally shot Michael Brown"), each with a control. Every arc must be right.

use dossier_syntax::model;
use dossier_syntax::newsarcs::{self, FIXTURE};

#[test]
fn session_31_shapes_are_read_right() {
    let start = FIXTURE
        .find("# Session 31:")
        .expect("the fixture has session 31's block");
    let sents = newsarcs::read(&FIXTURE[start..]).expect("fixture parses");
    assert!(
        sents.len() >= 16,
        "session 31's block has {} sentences",
        sents.len()
    );
    let sc = newsarcs::score(model::embedded(), &sents);
    for m in &sc.misses {
        println!("miss (line {}): want `{}`, got `{}`", m.line, m.want, m.got);
    }
    assert_eq!(sc.right, sc.total, "{}", sc.line());
}
