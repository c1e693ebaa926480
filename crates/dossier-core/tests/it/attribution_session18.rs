//! Issue 18, session 18 (attrib), from readings of unseen FNC-1 bodies: a pronoun speaker
//! takes the one who spoke before it, not an actor named in passing — "they" after "X told Y
//! that … threats from ISIS supporters, but they said" are X; "he" after "Name, a government
//! spokesman, said" is that spokesman; a speaker is not folded into the place or platform
//! its phrase names ("Ottawa Hospital", "another user on Twitter") nor into an earlier
//! spokesman ("the top spokesman for Prime Minister Stephen Harper"); a quotation running over
//! paragraphs in single quotes is one quotation; the hearer of "told" is read with the
//! pipeline's lexicon. Realistic news sentences written for these tests.

use crate::statement_harness::find_cue;
use dossier_core::{extract_with, lexicon::Lexicon, make_document, DocumentHeader};

#[test]
fn a_named_hearers_particle_is_read_from_the_pipelines_lexicon() {
    // "ter" is a name particle of the user's `--lexicon` only.
    let text = "Hunter told Fox News’ Greta ter Susteren Tuesday that the border was open.";
    let lex = Lexicon::with_overlay(&[("words.tsv", "ter\tparticle\n")]).unwrap();
    let st = extract_with(&make_document(text, DocumentHeader::default()), &lex).statements;
    let s = find_cue(&st, "told").expect("told");
    assert_eq!(s.content.text, "the border was open", "{s:#?}");
}
