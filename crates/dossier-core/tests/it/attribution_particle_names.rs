//! Issue 18, session 21 (lead), from a reading of unseen FNC-1 bodies: a speaker named after a
//! quotation by a name that opens with a lower-case particle ("…,” al-Hassan said) is as much a
//! speaker as a capitalised name; before, the quotation was lost. Realistic news sentences
//! written for these tests.

use crate::statement_harness::{speaker_words, statements, with_content};
use dossier_core::Mode;

#[test]
fn a_quote_signed_by_a_particle_name_is_that_persons_direct_statement() {
    let st = statements(
        "Tribal leaders in Anbar welcomed the news, said Sheikh Ahmed al-Rishawi, who heads the \
         council. \"The militants who shelled our villages will face justice,\" al-Rishawi said. \
         \"We will not let them return,\" el-Amin told reporters in Ramadi.",
    );
    let first = with_content(&st, "will face justice");
    assert_eq!(speaker_words(first), "al-Rishawi", "{first:#?}");
    assert_eq!(first.mode, Mode::Direct);
    let second = with_content(&st, "not let them return");
    assert_eq!(speaker_words(second), "el-Amin", "{second:#?}");
}
