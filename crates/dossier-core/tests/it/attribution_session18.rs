//! Issue 18, session 18 (attrib), from readings of unseen FNC-1 bodies: a pronoun speaker
//! takes the one who spoke before it, not an actor named in passing — "they" after "X told Y
//! that … threats from ISIS supporters, but they said" are X; "he" after "Name, a government
//! spokesman, said" is that spokesman; a speaker is not folded into the place or platform
//! its phrase names ("Ottawa Hospital", "another user on Twitter") nor into an earlier
//! spokesman ("the top spokesman for Prime Minister Stephen Harper"); a quotation running over
//! paragraphs in single quotes is one quotation; the hearer of "told" is read with the
//! pipeline's lexicon. Realistic news sentences written for these tests.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};
use dossier_core::{extract_with, lexicon::Lexicon, make_document, DocumentHeader};

#[test]
fn they_after_a_speaker_is_the_speaker_not_a_group_named_in_passing() {
    let st = statements(
        "Earlier this month, NBC News reported that the Canadian government was monitoring hundreds of people. Anonymous officials told NBC that they were aware of several threats from ISIS supporters, but they said that none were substantial.",
    );
    let s = with_content(&st, "none were substantial");
    assert_eq!(speaker_words(s), "they", "{s:#?}");
    assert!(
        s.speaker.name.to_lowercase().contains("officials"),
        "the group named in passing took the pronoun: {s:#?}"
    );
}

#[test]
fn he_after_a_named_spokesman_in_apposition_is_the_spokesman() {
    let st = statements(
        "Another resident, Pogu Bitrus, told the news agency that people rejoiced with caution.\n\nSome reports on Friday suggested the girls could be released as early as tomorrow, but Reuters reported that the government would be looking to secure their release by Tuesday.\n\nYesterday Mike Omeri, a government spokesman, said the authorities are inching closer to the release of the girls. He later told Reuters that discussions will continue in Chad next week.",
    );
    let s = with_content(&st, "discussions will continue");
    assert_eq!(speaker_words(s), "He", "{s:#?}");
    assert_eq!(s.speaker.name, "Mike Omeri", "{s:#?}");
}

#[test]
fn a_named_hearers_particle_is_read_from_the_pipelines_lexicon() {
    // "ter" is a name particle of the user's `--lexicon` only.
    let text = "Hunter told Fox News’ Greta ter Susteren Tuesday that the border was open.";
    let lex = Lexicon::with_overlay(&[("words.tsv", "ter\tparticle\n")]).unwrap();
    let st = extract_with(&make_document(text, DocumentHeader::default()), &lex).statements;
    let s = find_cue(&st, "told").expect("told");
    assert_eq!(s.content.text, "the border was open", "{s:#?}");
}
