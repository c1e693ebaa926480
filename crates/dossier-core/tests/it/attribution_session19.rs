//! Issue 18, session 19 (attrib), from readings of unseen FNC-1 bodies: the attribution
//! tokenizer reads given names from the pipeline's lexicon. Realistic news sentences written
//! for these tests.

use crate::statement_harness::find_cue;
use dossier_core::{extract_with, lexicon::Lexicon, make_document, DocumentHeader};

#[test]
fn a_middle_initial_after_a_given_name_of_the_users_lexicon_stays_in_the_name() {
    // "Ilir" is a given name of the user's `--lexicon` only.
    let text = "\"The talks have stalled,\" said Ilir K. Hoxha, a spokesman for the mission.";
    let lex = Lexicon::with_overlay(&[("given_names.tsv", "ilir\tm\n")]).unwrap();
    let st = extract_with(&make_document(text, DocumentHeader::default()), &lex).statements;
    let s = find_cue(&st, "said").expect("said");
    assert_eq!(
        s.speaker.mention.as_ref().map(|m| m.text.as_str()),
        Some("Ilir K. Hoxha"),
        "{s:#?}"
    );
}
