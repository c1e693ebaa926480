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
fn a_hospital_named_after_its_city_speaks_for_itself_not_the_state() {
    let st = statements(
        "Ottawa police spokesman Chuck Benoit said two or three gunmen were believed to be involved.\n\nOttawa Hospital said it received two patients, both listed in stable condition.",
    );
    let s = with_content(&st, "received two patients");
    assert_eq!(speaker_words(s), "Ottawa Hospital", "{s:#?}");
    assert_ne!(
        s.speaker.id, "CAN",
        "the hospital folded into Canada: {s:#?}"
    );
    assert!(s.speaker.name.contains("Hospital"), "{s:#?}");
    // The police named with their city stay the state's police.
    let police = with_content(&st, "two or three gunmen");
    assert_eq!(police.speaker.name, "Chuck Benoit", "{police:#?}");
}

#[test]
fn a_user_on_a_platform_is_not_the_platform() {
    let st = statements(
        "On YouTube, one user commenting said he was proud, while another user on Twitter said the boy was a hero.",
    );
    let s = with_content(&st, "the boy was a hero");
    assert_eq!(speaker_words(s), "another user on Twitter", "{s:#?}");
    assert!(!s.speaker.id.contains("TWITTER"), "{s:#?}");
}

#[test]
fn a_spokesman_for_a_named_leader_is_not_an_earlier_spokesman() {
    let st = statements(
        "Ottawa police spokesman Chuck Benoit said two or three gunmen were believed to be involved in the attacks.\n\nThe top spokesman for Prime Minister Stephen Harper said Harper was safe and had left Parliament Hill.",
    );
    let s = with_content(&st, "Harper was safe");
    assert_ne!(s.speaker.name, "Chuck Benoit", "{s:#?}");
    assert!(s.speaker.name.contains("spokesman"), "{s:#?}");
    // The spokesman named for whom he speaks is still found by "the spokesman for …".
    let st = statements(
        "Dmitry Peskov, spokesman for President Vladimir Putin, said the Kremlin had no plans for talks. Later the spokesman for Putin said the call had been cordial.",
    );
    let s = with_content(&st, "the call had been cordial");
    assert_eq!(s.speaker.name, "Dmitry Peskov", "{s:#?}");
}

#[test]
fn a_quotation_over_paragraphs_in_single_quotes_is_the_speakers_not_an_i_of_its_own() {
    let st = statements(
        "Tan Shen, 26, said that she was walking around depressed after being dropped by her lover.\n\nShe said: 'I hadn't planned on staying there long, I just wanted some chicken wings. But once I got in there and started eating I decided I needed time to think.\n\n'I didn't want to go back to my apartment because it was full of memories of him. So I stayed.'\n\nStaff eventually realised after three days that she had not left the store.",
    );
    assert!(
        st.iter().all(|s| speaker_words(s) != "I"),
        "an I inside the quotation read as a speaker: {st:#?}"
    );
    let q = with_content(&st, "So I stayed");
    assert_eq!(q.speaker.name, "Tan Shen", "{q:#?}");
    assert!(q.content.text.starts_with("I hadn't planned"), "{q:#?}");
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

#[test]
fn he_reported_according_to_someone_is_not_that_someone() {
    let st = statements(
        "Asim Qureshi, research director at the advocacy group Cage, said he had been in contact with Emwazi before he left for Syria.\n\nMr Qureshi last spoke to Emwazi in 2012 when he contacted him for advice. He felt “actions were taken to criminalize him and he had no way to do something against these actions”, according to Mr Qureshi.",
    );
    let relay = find_cue(&st, "according to").expect("according to");
    assert_eq!(relay.speaker.name, "Asim Qureshi", "{relay:#?}");
    let felt = find_cue(&st, "felt").expect("felt");
    assert_eq!(speaker_words(felt), "He", "{felt:#?}");
    assert_ne!(
        felt.speaker.id, relay.speaker.id,
        "the relay reported on his own word: {felt:#?}"
    );
}
